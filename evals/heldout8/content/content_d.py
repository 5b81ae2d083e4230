# Content for staffordshire-commissioner-response-rural-wildlife-crime-2025.txt (fictional web capture: all people, figures and programmes invented)
TITLE = "Staffordshire Commissioner for Police, Fire & Rescue and Crime: response to the HMICFRS inspection 'Far from help?' (rural and wildlife crime)"
TEXT = r"""
Skip to main content
Skip to navigation
Skip to footer

This website uses cookies
Some cookies are essential to make this site work. We would also like to set optional analytics cookies to help us improve it. We won't set optional cookies unless you enable them.
[Allow all cookies]  [Essential cookies only]  [Manage preferences]

Staffordshire Commissioner
Police, Fire & Rescue and Crime
Safer, fairer, united communities for Staffordshire and Stoke-on-Trent

MAIN MENU
Home
About the Commissioner
  Adrian Bellingham
  Police and Crime Plan 2025-2029
  Fire and Rescue Plan
  Decisions and meetings
Scrutiny
  Performance meetings
  HMICFRS inspections and responses
  Ethics, Transparency and Audit Panel
Funding
  Commissioner's Community Fund
  Project Hedgerow
Victims' services
News
Contact us
Search this site [                    ] [Search]

Text size: A A A | High contrast | Translate this page | Listen

You are here: Home > Scrutiny > HMICFRS inspections and responses > Rural and wildlife crime (July 2025)

Commissioner's response to 'Far from help?', the HMICFRS inspection of rural and wildlife crime

Published: 9 September 2025 | Updated: 10 September 2025 | 9 minute read
Share this page: Facebook | X | LinkedIn | WhatsApp | Email | Copy link

[Print]   [Download this response (PDF, 264 KB)]

==============================================================
IN THIS RESPONSE
  1. Why this matters in Staffordshire
  2. What the inspectors found here
  3. Staffordshire rural crime at a glance
  4. The recommendations: the force's response and my view
  5. What I will do
  6. Timeline
  7. Frequently asked questions
  8. Comments
==============================================================

1. WHY THIS MATTERS IN STAFFORDSHIRE

On 15 July 2025 His Majesty's Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS) published 'Far from help?', its first inspection of how police forces tackle rural and wildlife crime. Staffordshire Police was one of three forces the inspectors visited. The other two were Derbyshire Constabulary and Gwent Police.

Four of the eight recommendations are for chief constables, and I asked the Chief Constable for his response to each of them. Recommendations 5, 6 and 7 are for the National Police Chiefs' Council, the College of Policing and the Home Office. Recommendation 8 is for police and crime commissioners, and so it is for me.

I am required by law to publish my comments on an HMICFRS inspection report within 56 days. This is my response. The Chief Constable and I discussed it at my public performance meeting on 2 September 2025.

More than four-fifths of Staffordshire is countryside. From the moorlands above Leek to the farms around Uttoxeter and the forest at Cannock Chase, rural communities are a big part of what makes this county special. I grew up on a farm near Eccleshall, and I know how isolated a crime can make you feel when the nearest police officer is half an hour away. The inspectors' findings about Staffordshire are not comfortable reading, and I do not dispute any of them.

2. WHAT THE INSPECTORS FOUND HERE

The inspectors found that in Staffordshire:
  * the rural crime team was reduced from 8 officers to 3 in 2023;
  * only 48 percent of the rural crime files they reviewed had been flagged correctly;
  * none of the force's 12 wildlife crime officers had protected time for the role;
  * rural crime officers had to borrow four-wheel-drive vehicles from other teams;
  * responsibility for rural and wildlife crime had moved between three chief officers since 2022;
  * the force had no rural and wildlife crime plan;
  * but the force's work with the county council and the Environment Agency on fly-tipping was good.

3. STAFFORDSHIRE RURAL CRIME AT A GLANCE

  Rural crime team officers (September 2025) ............. 3
  Wildlife crime officers (September 2025) ............... 12
  Rural crimes recorded, year to March 2025 .............. 1,386
  Of which: theft of farm machinery and vehicles ......... 214
  Livestock worrying incidents, year to March 2025 ....... 97
  Fly-tipping reports passed to councils, 2024/25 ........ 1,530
  Members of Staffordshire Rural Alert .................... 4,120
  Rural crime team officers planned from April 2026 ...... 8

Figures supplied by Staffordshire Police. The number of rural crimes depends on the rural crime flag being used correctly, which the inspectors found it often was not, so the real figure is likely to be higher.

4. THE RECOMMENDATIONS: THE FORCE'S RESPONSE AND MY VIEW

+-----+----------------------------------------+--------------------+------------------+
| Rec | Chief Constable's response             | My view            | When             |
+-----+----------------------------------------+--------------------+------------------+
| 1   | Accepted. Rural and wildlife crime     | Support            | December 2025    |
|     | plan being written                     |                    |                  |
| 2   | Accepted. Call handler training        | Support            | March 2026       |
|     | module with the NFU                    |                    |                  |
| 3   | Partly accepted                        | Support CC         | March 2027       |
| 4   | Accepted. Monthly audit of the flag    | Support            | Started Aug 2025 |
| 5   | For the NPCC                           | Support            | December 2026    |
| 6   | For the College of Policing            | Support            | June 2026        |
| 7   | For the Home Office                    | Support            | March 2027       |
| 8   | For PCCs. Accepted                     | Accepted           | January 2026     |
+-----+----------------------------------------+--------------------+------------------+

Recommendation 1 (rural and wildlife crime plan). The force will publish its first rural and wildlife crime plan in December 2025, ahead of the March 2026 deadline. Superintendent Nadia Okonjo, the head of neighbourhood policing, is writing it with the help of farming and conservation groups.

Recommendation 2 (call handler training). All call handlers will complete a new rural and wildlife crime training module by the end of March 2026. The module has been written with the National Farmers' Union and includes real calls, used with the callers' permission.

Recommendation 3 (wildlife crime officers with protected time). The Chief Constable partly accepts recommendation 3, and I support his position. The force agrees that there should be a trained wildlife crime officer in every neighbourhood policing area, and it will give each of them one day a month of protected time. But it cannot train enough officers by the inspectors' deadline of September 2026, because national training will not be available until the College of Policing has acted on recommendation 6. The force will meet the recommendation in full by March 2027.

Recommendation 4 (the rural crime flag). Since August 2025, the force has audited a sample of crime records every month to check that the rural crime flag has been used correctly. In August, 71 percent of the records checked had been flagged correctly, up from the 48 percent the inspectors found.

Recommendations 5, 6 and 7 (national guidance, training and data). These are not for Staffordshire, but I support all three. I have written to the Home Secretary to support making the main wildlife offences notifiable.

Recommendation 8 (police and crime plans). My Police and Crime Plan 2025-2029 covers rural crime but does not mention wildlife crime. I accept recommendation 8. I will add wildlife crime to the plan when I refresh it in January 2026, and I will ask the Chief Constable to report on it at my performance meetings.

5. WHAT I WILL DO

The Commissioner has committed to the following:
  1. funding five more officers for the rural crime team, bringing it back to 8 from April 2026, at a cost of £310,000 a year;
  2. buying two four-wheel-drive vehicles for the rural crime team, at a cost of £96,000 from my capital budget;
  3. doubling Project Hedgerow, my small grants fund for rural community safety projects, from £20,000 to £40,000 a year;
  4. holding a Staffordshire rural crime summit at the County Showground on 14 November 2025;
  5. adding wildlife crime to my Police and Crime Plan when it is refreshed in January 2026;
  6. publishing rural crime figures for each district every quarter, starting in January 2026.

The extra officers and vehicles will be paid for from the police budget for 2026/27 and will not require a rise in the police precept above the level already planned.

6. TIMELINE

  15 July 2025 ........ 'Far from help?' published by HMICFRS
  August 2025 ......... Monthly rural crime flag audit started
  2 September 2025 .... Response discussed at the Commissioner's performance meeting
  9 September 2025 .... This response published
  14 November 2025 .... Staffordshire rural crime summit, County Showground
  December 2025 ....... Rural and wildlife crime plan published
  January 2026 ........ Police and Crime Plan refreshed; first quarterly district rural crime figures
  April 2026 .......... Rural crime team back to 8 officers

7. FREQUENTLY ASKED QUESTIONS

Q: How do I report a rural crime?
A: Call 999 if a crime is happening now or someone is in danger, for example if you see hare coursers on your land. Otherwise, call 101 or report online through the Staffordshire Police website. Tell the call handler that it is a rural crime.

Q: What is Staffordshire Rural Alert?
A: A free messaging service run by Staffordshire Police. Members get alerts about crime in their area and advice on keeping property safe. Sign up on the force website.

Q: Can I apply to Project Hedgerow?
A: Yes, if you are a community group, parish council or charity working in rural Staffordshire. Grants are up to £2,500. The next funding round opens on 1 October 2025.

Q: Why aren't wildlife crimes in the crime figures?
A: Most wildlife offences are not notifiable, so the Home Office does not collect them. The inspectors have recommended that this changes, and I support that.

Q: Will the new rural crime officers be taken away to cover other work?
A: The Chief Constable has told me that the rural crime team will be ring-fenced. I will check this at my performance meetings.

8. COMMENTS (6)

Comments are moderated and may take up to two working days to appear.

  MoorlandsFarmer | 9 September 2025, 18:20
  Had a quad taken in June. Took three days for anyone to ring me back. Glad to see the team going back up to 8 but it should never have been cut.
    Reply
    > Staffordshire Commissioner's Office | 10 September 2025, 09:05
    > Thank you for sharing this. We agree, and the Commissioner has asked the Chief Constable to make sure the new officers stay in the rural crime team.

  CannockChaseWalker | 9 September 2025, 20:47
  What about the people who leave litter and light barbecues on the Chase? Is that rural crime?

  Sarah T, Uttoxeter | 10 September 2025, 07:31
  Our parish got a Hedgerow grant for gate alarms last year. Really made a difference.

  RaptorWatchStaffs | 10 September 2025, 11:02
  Nothing here about birds of prey. Twelve wildlife officers for the whole county is not enough.
    Reply
    > Staffordshire Commissioner's Office | 10 September 2025, 14:40
    > The force will have a trained wildlife crime officer in every neighbourhood policing area by March 2027, each with protected time. The new plan will cover crimes against birds of prey.

  Dave from Stone | 10 September 2025, 12:15
  More money for the countryside while the towns get nothing. Typical.

  Young Farmers Club member | 10 September 2025, 16:50
  Will the summit be open to young farmers? Would like to come.

Leave a comment
Name [                ]  Email address (not published) [                ]
Comment [                                                          ]
[Submit comment]

YOUR VIEWS ON RURAL POLICING
Do you live or work in rural Staffordshire? Take our rural policing survey and tell the Commissioner what matters to you. It takes about six minutes and closes on 31 October 2025. Responses are anonymous.
[Take the survey]

DOWNLOADS
  Commissioner's response to 'Far from help?' (PDF, 264 KB)
  HMICFRS: 'Far from help?' full report (link to external site)
  Performance meeting papers, 2 September 2025 (PDF, 1.1 MB)
  Project Hedgerow: guidance for applicants (PDF, 180 KB)

RELATED PAGES
  Police and Crime Plan 2025-2029
  Project Hedgerow
  HMICFRS inspections and responses
  Commissioner's Community Fund

LATEST NEWS
  Commissioner backs new fire safety campaign for farms (4 September 2025)
  Community Fund grants announced for Stoke-on-Trent (28 August 2025)
  Commissioner welcomes fall in burglary (21 August 2025)

--------------------------------------------------------------
Office of the Staffordshire Commissioner for Police, Fire & Rescue and Crime
Block 9, Weston Road, Stafford
Telephone: 01785 000000 | Email: contact@staffordshire-pfcc.example.gov.uk

Accessibility | Privacy notice | Cookies | Freedom of information | Complaints about the Commissioner | Sitemap

Follow us: Facebook | X | Instagram | LinkedIn | YouTube

(c) Staffordshire Commissioner's Office 2025. All rights reserved.
"""
