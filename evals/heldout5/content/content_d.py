# Content for greater-manchester-mayor-response-soc-thematic-2025.txt (fictional web capture: all people, figures and programmes invented)
TITLE = "Mayor of Greater Manchester: response to the HMICFRS serious and organised crime inspection 'Beneath the surface'"
TEXT = r"""
Skip to main content
Skip to navigation
Skip to footer

We use cookies
Some cookies are essential to make this site work. We'd like to set optional analytics cookies to help us improve it. We won't set optional cookies unless you enable them.
[Accept all cookies]  [Reject optional cookies]  [Manage preferences]

Greater Manchester Combined Authority
Bolton | Bury | Manchester | Oldham | Rochdale | Salford | Stockport | Tameside | Trafford | Wigan

MENU
Home
Who we are
  The Mayor
  Deputy Mayors
  The GMCA board
What we do
  Police, crime and criminal justice
    Police and Crime Plan: Standing Together 2025-2029
    Holding GMP to account
    Inspection reports and responses
    Police Accountability Board
    Victims' services
  Fire and rescue
  Transport
  Housing
  Work and skills
News
Get involved
Contact
Search [                    ] [Go]

A- | A | A+ | Contrast | ReadSpeaker: Listen | Translate this page

You are here: Home > What we do > Police, crime and criminal justice > Inspection reports and responses > Beneath the surface (serious and organised crime)

Mayor's response to HMICFRS: 'Beneath the surface: An inspection of how police forces tackle serious and organised crime'

Published: 9 December 2025 | Last updated: 11 December 2025 | Reading time: 11 minutes
Share: Facebook | X | LinkedIn | WhatsApp | Email | Copy link

Print this page   Download as PDF (318 KB)

------------------------------------------------------------
ON THIS PAGE
  1. Introduction
  2. What the inspectorate found about Greater Manchester
  3. Key figures
  4. My response to the recommendations
  5. What happens next
  6. Frequently asked questions
  7. Comments
------------------------------------------------------------

1. INTRODUCTION

As Mayor of Greater Manchester I exercise the functions of a police and crime commissioner for the ten boroughs of Greater Manchester. Under section 55 of the Police Act 1996, I must publish my comments on any HMICFRS report that relates to Greater Manchester Police (GMP). The inspectorate published 'Beneath the surface', its thematic inspection of serious and organised crime, on 14 October 2025. GMP was one of six forces visited during fieldwork.

This is my response. It has been prepared with the Deputy Mayor for Safer and Stronger Communities, Councillor Imran Chaudhry, and was discussed with Chief Constable Alan Whitworth at the Police Accountability Board on 20 November 2025.

Organised crime in our city region is not an abstract threat. It is the gang that grooms a 14-year-old in Rochdale to carry drugs, the landlord who packs workers into a house in Bolton, and the money launderer who runs three barber shops in Trafford. I want Greater Manchester to be the hardest place in the country for organised criminals to operate.

Mayor Helen Royle

2. WHAT THE INSPECTORATE FOUND ABOUT GREATER MANCHESTER

I welcome the inspectorate's recognition of Operation Larkspur as notable practice. Larkspur shows what can happen when enforcement is followed by patient work with residents: the 37 percent fall in reports of drug dealing in the three neighbourhoods is a real achievement, and it belongs as much to the council staff and residents of Salford and Oldham as to GMP.

I am also pleased that GMP was one of only two forces in the inspection to have a lead responsible officer for every mapped organised crime group.

But the report does not let us off the hook. Like most forces, GMP's serious and organised crime local profile relied too heavily on police data. GMP's profile was last refreshed in January 2024. And neighbourhood officers in GMP, as elsewhere, told the inspectors they did not know which groups were active on their patch.

3. KEY FIGURES

Greater Manchester Police and serious and organised crime, year to 31 March 2025 (GMP data supplied to the Mayor's office):

  Mapped organised crime groups ......................... 118
  Estimated OCG members ................................. 1,210
  OCGs with a lead responsible officer ................... 118 (100%)
  Recorded disruptions .................................. 566
     of which major ..................................... 71
  Confiscation orders obtained ........................... 104
  Value of confiscation orders ........................... £7.9m
  Accredited financial investigators ..................... 29 (4 posts vacant)
  Serious crime prevention orders (two years) ............ 11

4. MY RESPONSE TO THE RECOMMENDATIONS

Recommendations 1 to 5 are for chief constables. The Chief Constable has accepted all five, and I have set out GMP's response, and my own commitments, below. Recommendations 6 to 9 are for national bodies; I have written to the NPCC and the Home Office to support them, and in particular recommendation 9 on multi-year funding.

+------+----------------------------------+-------------+------------------+------------------------------+
| Rec  | Subject                          | GMP status  | Target date      | Lead                         |
+------+----------------------------------+-------------+------------------+------------------------------+
| 1    | Refresh local profile            | Accepted    | 31 March 2026    | Det Supt Naomi Kershaw       |
| 2    | LRO and 4P plan for every OCG    | Met         | Already in place | ACC Stuart Pennington        |
| 3    | Brief neighbourhood teams        | Accepted    | 31 March 2026    | Ch Supt Farah Iqbal          |
| 4    | Financial investigation capacity | Accepted    | 30 Sept 2026     | Det Ch Supt Martin Crowe     |
| 5    | Report SOC to the Mayor          | Accepted    | January 2026     | ACC Stuart Pennington        |
+------+----------------------------------+-------------+------------------+------------------------------+

Recommendation 1 - local profile
GMP will publish a refreshed local profile by 31 March 2026. For the first time it will draw on data from all ten councils, Greater Manchester Fire and Rescue Service, the NHS and the probation service. My office will fund a partnership analyst post for two years, at a cost of £118,000.

Recommendation 2 - lead responsible officers and 4P plans
GMP already meets this recommendation. However, the inspectorate found that 4P plans across the six forces were weighted towards Pursue. I have asked the Chief Constable to review the Prevent and Protect content of every GMP plan by June 2026.

Recommendation 3 - briefing neighbourhood teams
GMP has committed to the following:
  - a monthly OCG briefing for every neighbourhood inspector, starting in January 2026;
  - an OCG awareness module in the neighbourhood officer development programme;
  - a named intelligence contact for each of the ten districts;
  - a cuckooing alert on the force's briefing system, so that neighbourhood officers are told when a vulnerable address is linked to an OCG.

Recommendation 4 - financial investigation
GMP will recruit six additional financial investigators during 2026/27. I will contribute £240,000 a year towards these posts from my share of asset recovery incentivisation scheme (ARIS) receipts.

Recommendation 5 - reporting to the Mayor
From January 2026 GMP will report its serious and organised crime performance to the Police Accountability Board every quarter, in public. The report will include disruptions by grade, asset recovery and, once the national measure is agreed, harm reduction.

Extending Operation Larkspur
I have agreed to fund the extension of Operation Larkspur to two further neighbourhoods, in Wigan and Tameside, from April 2026. The cost is £410,000 over two years from the Mayor's Safer Streets reserve. The extension will be evaluated by Manchester Metropolitan University.

Working with partners
Organised crime cannot be tackled by the police alone. The Greater Manchester Serious and Organised Crime Partnership, which I chair, brings together GMP, the ten councils, the National Crime Agency, the North West Regional Organised Crime Unit, HMRC, Immigration Enforcement and the Probation Service. The partnership meets every quarter. Following the inspection I have asked it to take three actions:
  - to agree a shared data set for the refreshed local profile;
  - to nominate a council lead for each of GMP's highest-harm OCGs;
  - to review how licensing and trading standards powers are used against businesses linked to organised crime.

Protecting young people
The inspectorate found that Prevent and Protect work in most forces was short-term and grant-funded. Greater Manchester is no exception. Our violence reduction unit funds youth workers in hospital emergency departments, mentoring for young people at risk of exploitation, and a programme in schools. Much of this depends on Home Office grants that are confirmed a year at a time. That is why I support recommendation 9, and I have written to the Home Secretary to ask for a three-year settlement.

5. WHAT HAPPENS NEXT

The Police Accountability Board will review progress against this response in June 2026. I will publish an update on this page. You can watch the Board live on the GMCA YouTube channel.

6. FREQUENTLY ASKED QUESTIONS

Q: Was GMP graded in this inspection?
A: No. Thematic inspections do not give forces a grade. The inspectorate's findings about individual forces are set out in the report.

Q: Is Operation Larkspur coming to my area?
A: Larkspur will extend to one neighbourhood in Wigan and one in Tameside from April 2026. Decisions on further areas will follow the evaluation.

Q: How do I report concerns about drug dealing or exploitation?
A: Call 101, report online through GMP's website, or contact Crimestoppers anonymously on 0800 555 111. In an emergency always call 999.

Q: Where does the ARIS money come from?
A: Under the asset recovery incentivisation scheme, a share of money confiscated from criminals is returned to the police, prosecutors and courts. GMP's share in 2024/25 was £1.3m.

Q: What is an organised crime group?
A: An organised crime group is a group of people who work together on a continuing basis to commit serious crime, usually for profit. In Greater Manchester most groups are involved in drug supply, but others are involved in exploitation, fraud, firearms and organised acquisitive crime such as vehicle theft.

Q: What is a 4P plan?
A: A plan for tackling a particular organised crime group, which sets out actions under four headings: Pursue (prosecuting and disrupting the group), Prevent (stopping people getting involved), Protect (protecting victims and places) and Prepare (being ready to deal with the consequences).

Q: Why does the Mayor not just fund more police officers?
A: Arrests and seizures are important, but the inspectorate was clear that forces need to measure the harm they reduce, not just what they seize. That means working with councils, schools, health services and communities, which is what Operation Larkspur does.

7. COMMENTS (5)

Comments are moderated and may take up to two working days to appear. Please read our community guidelines before posting.

  Dave_Eccles  |  10 December 2025, 08:14
  Good to see Larkspur praised. Our estate in Salford feels different now. But the police need to keep coming back, not just for a year.
  [Reply] [Report]

  M. Ahmed  |  10 December 2025, 12:52
  118 gangs in Greater Manchester and only 29 financial investigators? That says it all.
  [Reply] [Report]

    GMCA Policing Team  |  11 December 2025, 09:30
    Thank you for your comment. GMP is recruiting six more financial investigators during 2026/27, part-funded by the Mayor. See recommendation 4 above.
    [Reply] [Report]

  concerned_parent_bury  |  11 December 2025, 17:05
  Will the neighbourhood briefings be shared with schools? We know who the dealers are before the police do.
  [Reply] [Report]

  Linda R (Wigan)  |  12 December 2025, 10:41
  Glad Wigan is getting Larkspur but which neighbourhood? Nobody on our estate has been told anything. The page says April but our councillor says it might be later. Please keep residents informed, not just the press.
  [Reply] [Report]

Add a comment
Name [            ]  Email (not published) [            ]
Comment [                                              ]
[ ] I agree to the community guidelines    [Post comment]

------------------------------------------------------------
DOWNLOADS
  Mayor's response to 'Beneath the surface' (PDF, 318 KB)
  Easy read summary (PDF, 1.1 MB)
  Police Accountability Board papers, 20 November 2025 (PDF, 2.4 MB)

RELATED PAGES
  Police and Crime Plan: Standing Together 2025-2029
  Operation Larkspur: one year on
  HMICFRS PEEL 2023-25: GMP inspection and the Mayor's response

LATEST NEWS
  05 Dec 2025  Mayor announces winter night-time economy safety fund
  28 Nov 2025  New victims' hub opens in Stockport
  21 Nov 2025  Police Accountability Board: November summary
  14 Nov 2025  Mayor responds to State of Policing report
  07 Nov 2025  Bonfire night: record low number of attacks on firefighters
------------------------------------------------------------

Was this page helpful?  [Yes]  [No]

Greater Manchester Combined Authority, Tootal Buildings, 56 Oxford Street, Manchester M1 6EU
Contact us | Accessibility | Privacy notice | Cookies | Freedom of information | Modern slavery statement | Sitemap
Follow us: Facebook | X | Instagram | LinkedIn | YouTube
(c) Greater Manchester Combined Authority 2025. All rights reserved.
"""
