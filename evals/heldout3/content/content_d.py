# Content for norfolk-pcc-response-retail-crime-thematic-2025.txt (fictional web capture)
TITLE = "Norfolk PCC response to the HMICFRS retail crime inspection 'Behind the counter'"
TEXT = r"""
Skip to main content
Skip to navigation
Skip to footer

This website uses cookies
We use necessary cookies to make our site work. We would also like to set optional analytics cookies to help us improve it. We won't set optional cookies unless you enable them. Using this tool will set a cookie on your device to remember your preferences.
[Accept all] [Necessary cookies only] [Cookie settings]

Norfolk Police and Crime Commissioner
Working for a safer Norfolk

Menu
Home
About
  The Commissioner
  Our team
  Police and Crime Panel
Police and Crime Plan
Transparency
  Decisions
  Finance and budgets
  HMICFRS inspections and responses
  Meetings and minutes
Victims and witnesses
Funding opportunities
News
Contact
Search [                    ] Go

A A A  | Listen | Translate

You are here: Home > Transparency > HMICFRS inspections and responses > Response to 'Behind the counter' (retail crime)

Response to the HMICFRS inspection 'Behind the counter: An inspection of the police response to retail crime'

Published: 19 August 2025
Category: HMICFRS responses
Reading time: 12 minutes

Share this page
Facebook | X | LinkedIn | WhatsApp | Email

----------------------------------------------------------------------

On this page
1. Introduction
2. Commissioner's comments
3. Chief Constable's comments
4. Response to recommendations 1 to 5
5. Recommendations 6 to 10
6. Next steps

1. Introduction

On 24 June 2025, His Majesty's Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS) published 'Behind the counter', its national thematic inspection of the police response to retail crime. Norfolk Constabulary was one of the eight forces in which HMICFRS carried out fieldwork.

Under section 55 of the Police Act 1996, I must publish my comments on an HMICFRS report within 56 days of its publication. This page is my response. I have sent a copy to His Majesty's Chief Inspector of Constabulary and to the Home Secretary.

The report makes ten recommendations. Five of them (recommendations 1 to 5) are addressed to all chief constables. I set out below the Chief Constable's response to each of them and my own comments. The remaining five are for national bodies, and I comment on them briefly in section 5.

Caroline Brandish
Police and Crime Commissioner for Norfolk

2. Commissioner's comments

Retail crime matters to the people of Norfolk. When I consulted residents and businesses on my Police and Crime Plan, shop theft and the abuse of shop workers were among the issues raised most often, particularly in our market towns. I have met shop workers who have been threatened with needles, punched and spat at while trying to do their jobs. They deserve better, and so do the small businesses, many of them family-run, for whom repeated theft is a serious threat to their survival.

So I welcome this report, and I am pleased that HMICFRS has identified Operation Tillbox, Norfolk Constabulary's dedicated retail crime team, as notable practice. The team has shown what can be achieved when officers have the time to build relationships with retailers, to collect evidence quickly and to follow up every reasonable line of enquiry. I have agreed to fund its expansion, as set out below.

But the report also makes uncomfortable reading in places. Norfolk is not immune from the problems the inspectors found across the country. Recorded shop theft in Norfolk rose by 27 percent in 2024/25, to 9,842 offences. Outside the areas covered by Operation Tillbox, too many shop workers still tell me that they have given up reporting. I want every retailer in Norfolk, not only those in Norwich and Great Yarmouth, to have confidence that the police will respond.

I will hold the Chief Constable to account for the force's progress against each of the recommendations through my Police Accountability Forum, which meets in public.

3. Chief Constable's comments

The Chief Constable, Robert Elmham, has provided the following comments:

"I welcome the report and I accept all five of the recommendations addressed to chief constables. I am proud that Operation Tillbox has been recognised as notable practice, and I want to thank the officers in the team and the retailers and partners who have worked with them. We know we have more to do. Retail crime is a priority for Norfolk Constabulary, and it will remain so."

Retail crime in Norfolk: the figures

The table below sets out some of the figures that the Chief Constable has provided to me about retail crime in Norfolk. They relate to the year ending 31 March 2025 unless otherwise stated.

  Measure                                              Norfolk      Change on previous year
  ---------------------------------------------------  -----------  -----------------------
  Recorded shop theft offences                         9,842        up 27%
  Shop theft offences resulting in charge or summons   18.9%        up 2.6 percentage points
  Reports attended by an officer                       31%          up 5 percentage points
  Average time to collect CCTV (outside Tillbox)       9 days       not recorded in 2023/24
  Retailers signed up to business crime partnerships   386          up 61

Source: Norfolk Constabulary performance data, provided to the OPCC in July 2025. Figures are provisional and may change.

The charge rate in the areas covered by Operation Tillbox is considerably higher than in the rest of the county. HMICFRS reports that it rose from 14 percent to 29 percent over 12 months in Norwich and Great Yarmouth.

What my office is already doing

Before this report was published, I had already taken a number of steps to tackle retail crime in Norfolk. In summary:

- in 2024 I set up the Norfolk Business Crime Advisory Group, which brings together retailers, business crime reduction partnerships, the shop workers' trade union, district councils and the police, and which meets every quarter;
- I have funded a business crime coordinator in my office since April 2024, who acts as a single point of contact for retailers and partnerships;
- I fund the drug and alcohol worker in the force's custody suites (see recommendation 3); and
- I publish a monthly business crime newsletter, which now has more than 1,100 subscribers.

The Business Crime Advisory Group discussed the HMICFRS report at its meeting on 15 July 2025, and its views have informed this response.

4. Response to recommendations 1 to 5

Recommendation 1: By 31 December 2025, chief constables should make sure that every report of retail crime is assessed for risk and vulnerability at first contact, and that the reason for any decision not to attend is recorded.

Chief Constable's response: Accepted. From 1 September 2025, call handlers in the force control room have been required to complete a mandatory field in the command and control system recording the reason for any decision not to attend a report of retail crime. The force has also added questions about threats and violence towards staff to its call handling script for retail crime. A new Retail Crime Attendance Standard, setting out when officers will attend, will be published by 31 October 2025.

Commissioner's comment: I welcome the new mandatory field. I have asked the Chief Constable to report to me every quarter on the proportion of retail crime reports attended, broken down by district, so that I can see whether the service is the same across the county.

Recommendation 2: By 31 December 2025, chief constables should make sure that CCTV and other evidence offered by retailers is collected, or received digitally, and reviewed within seven days of the offence being reported.

Chief Constable's response: Accepted. In the year ending 31 March 2025, it took an average of 9 days for the force to collect CCTV from retailers outside the Operation Tillbox areas. The force will introduce an online portal for retailers to upload CCTV footage and other evidence, based on the Retail Evidence Gateway developed by Humberside Police, and expects it to go live by March 2026. Until then, neighbourhood teams will prioritise the collection of CCTV in cases where the offender is not known.

Commissioner's comment: I am disappointed that the portal will not be in place by the date HMICFRS has set. I have asked the Chief Constable to explore whether the timetable can be brought forward, and I will report on this in my update.

Recommendation 3: By 31 March 2026, chief constables should make sure that they identify prolific and repeat retail crime offenders and manage them with partners, including through integrated offender management and referrals to drug and alcohol treatment.

Chief Constable's response: Accepted. The force's integrated offender management scheme now includes 42 prolific retail crime offenders. The force has introduced a monthly prolific offender meeting, chaired by a detective inspector, with the probation service and drug and alcohol treatment providers.

Commissioner's comment: I fund a drug and alcohol worker based in the force's custody suites, at a cost of £58,000 a year, who offers every detained shop theft suspect a referral to treatment. I have agreed to continue this funding until at least March 2027.

Recommendation 4: By 31 December 2025, chief constables should make sure that offences of violence and abuse against retail workers are flagged on crime records, and that these victims receive the services they are entitled to under the Victims' Code.

Chief Constable's response: Accepted. On 1 July 2025, the force introduced a retail worker flag on its crime recording system. Officers must use the flag for any offence in which the victim is a retail worker who was targeted because of their work. Retail workers who are victims of violence or abuse will now be offered a victim needs assessment in every case.

Commissioner's comment: My office commissions Norfolk's victim care service. I have asked the service to make sure that retail workers who are referred to it receive support that reflects their circumstances, including the fact that they may have to return to the place where they were assaulted.

Recommendation 5: By 30 June 2026, chief constables should work with business crime reduction partnerships and local retailers to agree information-sharing arrangements, and should publish how their force will respond to retail crime.

Chief Constable's response: Accepted. The force already has information-sharing agreements with the Norwich and Great Yarmouth business crime reduction partnerships. It will agree similar arrangements with business groups in King's Lynn and Thetford by March 2026. The Retail Crime Attendance Standard (see recommendation 1) will be published on the force's website.

Commissioner's comment: I will publish the Retail Crime Attendance Standard on my own website and promote it to retailers through my business crime newsletter.

Expansion of Operation Tillbox

Why I am funding the expansion. Since it began in 2024, Operation Tillbox has changed the way retailers in Norwich and Great Yarmouth see the police. Retailers tell me that they now know who to call, that officers come to collect CCTV in person, and that prolific offenders are brought to justice. Several have told me that they have started reporting thefts again after years of not bothering. I want retailers in the west and south of the county to have the same service, and the HMICFRS findings give me confidence that this is a good use of public money.

I have agreed to provide £186,000 from my Safer Norfolk Fund over two years (2025/26 and 2026/27) to expand Operation Tillbox to King's Lynn and Thetford. The funding will pay for one additional sergeant and four additional constables. The expanded team will begin work on 1 October 2025. I expect the Chief Constable to report to me on the team's results, including the charge rate for shop theft in the new areas, after its first six months.

5. Recommendations 6 to 10

Recommendations 6 to 10 are for the NPCC, the Home Office and the College of Policing. I support all of them.

I particularly welcome recommendation 8. Until offences against retail workers can be identified in recorded crime data, neither forces nor commissioners can know the true scale of the problem. I will write to the Home Office, through the Association of Police and Crime Commissioners, to ask for a timetable for implementing it.

I also welcome recommendation 7 on organised retail crime. Norfolk's market towns and retail parks are targeted by organised groups who travel from outside the county. A national approach, with proper funding, is long overdue.

Decision record

My decision to fund the expansion of Operation Tillbox is recorded as decision 2025/037 on the decisions page of this website. The decision record sets out the costs in more detail, including the one-off cost of equipment and vehicles for the expanded team, and the arrangements for evaluating the team's results. The funding comes from the Safer Norfolk Fund, which is made up of money from my budget that I set aside each year for projects that support the priorities in my Police and Crime Plan. It does not come from the force's budget, and it will not reduce the number of officers available elsewhere in the county.

6. Next steps

The Chief Constable will report on the force's progress against recommendations 1 to 5 to my Police Accountability Forum on 4 December 2025. I will publish an update on this page after that meeting. I will also ask the Norfolk Police and Crime Panel to consider the force's response to retail crime at its meeting in early 2026.

Frequently asked questions

Does the police and crime commissioner decide whether officers attend shop thefts?
No. Decisions about how the police respond to individual incidents are operational matters for the Chief Constable. My role is to hold the Chief Constable to account for the service the force provides, and to set the priorities in my Police and Crime Plan.

How can I report retail crime in Norfolk?
You can report a crime online through the Norfolk Constabulary website or by calling 101. If a crime is in progress, or someone is in danger, always call 999.

My shop is not part of a business crime reduction partnership. How can I join?
Contact my office's business crime coordinator using the details at the bottom of this page, and we will put you in touch with the partnership for your area.

Related documents
- HMICFRS: Behind the counter - An inspection of the police response to retail crime (24 June 2025) (external link)
- Police and Crime Plan for Norfolk
- Police Accountability Forum: papers and minutes
- Business crime newsletter: sign up

Latest news
- Commissioner welcomes fall in rural crime in west Norfolk (12 August 2025)
- New funding round opens for community safety projects (5 August 2025)
- Police Accountability Forum: July 2025 papers published (29 July 2025)
- Commissioner launches consultation on the Police and Crime Plan refresh (21 July 2025)

Was this page helpful?  Yes / No

----------------------------------------------------------------------

Contact us
Office of the Police and Crime Commissioner for Norfolk
Jubilee House, Falconers Chase, Wymondham, Norfolk NR18 0WW
Telephone: 01953 000000
Email: opccn@norfolk-pcc.example.gov.uk

Useful links
Accessibility | Privacy notice | Cookies | Complaints about the PCC | Freedom of information | Sitemap

To report a crime call 101 or visit the Norfolk Constabulary website. In an emergency always call 999.

Follow us: Facebook | X | Instagram | YouTube

(c) 2025 Office of the Police and Crime Commissioner for Norfolk
Back to top
"""
