# Content for south-wales-peel-cause-of-concern-revisit-2025.txt (fictional web capture)
TITLE = "South Wales Police: PEEL 2023-25 cause of concern revisit letter"
TEXT = r"""
Skip to content
Skip to main navigation

Cookies on the HMICFRS website
We use some essential cookies to make this website work. We'd like to set additional cookies to understand how you use the site and to improve our services.
[Accept additional cookies] [Reject additional cookies] [View cookies]

HMICFRS - His Majesty's Inspectorate of Constabulary and Fire & Rescue Services
Menu
Home | Police forces | Fire & rescue services | Publications | Our work | News | About us | Contact us
Search this site [          ] Search

Contents of this page
1. The cause of concern
2. Background

South Wales Police is the largest force in Wales. It serves a population of around 1.3 million people, in an area that includes the cities of Cardiff and Swansea. Our PEEL 2023-25 report made judgments in nine areas of policing. This letter deals only with the cause of concern about investigating crime; it does not revisit the other areas of the report, and it does not change any of the grades we gave the force.

When we identify a cause of concern in a PEEL inspection, we expect the force to produce an action plan and we monitor its progress. Where the cause of concern is serious, we may revisit the force before its next PEEL inspection to check what progress it has made. We decided to revisit South Wales Police because of the number of victims affected by the problems we found.

What we did
3. Our findings
4. Other observations
5. Conclusion

You are here: Home > Publications > Letters > South Wales Police: PEEL 2023-25 cause of concern revisit letter

South Wales Police: PEEL 2023-25 cause of concern revisit letter

Publication type: Letter
Force: South Wales Police
Published: 9 April 2025
Download: revisit-letter-south-wales-police.pdf (PDF document, 214 KB)

Share this page: X (Twitter) | Facebook | LinkedIn | Email

----------------------------------------------------------------------

Huw Prydderch
His Majesty's Inspector of Constabulary

Chief Constable Eleri Thomas-Pryce
South Wales Police
Police Headquarters
Bridgend

Copy to: Dafydd Lloyd, Police and Crime Commissioner for South Wales

Dear Chief Constable,

PEEL 2023-25: revisit of the cause of concern about investigating crime

In our PEEL 2023-25 inspection of South Wales Police, published on 2 May 2024, we graded the force as requires improvement at investigating crime. We identified a cause of concern about the way the force investigates crime and supervises investigations, and we made three recommendations. I am writing to tell you about the findings of our revisit to the force, which we carried out between 3 and 7 February 2025, to assess the progress the force has made against those recommendations.

The cause of concern

In our PEEL report we said that the force did not always carry out effective investigations. In particular, we found that too many investigations were not properly supervised, that investigators had very high workloads, and that victims did not always receive the service they are entitled to under the Code of Practice for Victims of Crime (the Victims' Code).

We made the following recommendations:

Recommendation 1: By 31 October 2024, the force should make sure that all investigations are effectively supervised, with investigation plans recorded and reviewed at appropriate intervals.

Recommendation 2: By 31 October 2024, the force should reduce the workload of its investigators to a manageable level, particularly in its criminal investigation department (CID).

Recommendation 3: By 31 January 2025, the force should make sure that it carries out victim needs assessments and updates victims in line with the Victims' Code.

What we did

During the revisit we reviewed 90 investigations, selected at random from crimes recorded between 1 September and 30 November 2024. We interviewed senior leaders, supervisors, investigators and staff from the force's Victim Focus Desk, and we held focus groups with detective constables and with sergeants in the force's investigation hubs. We also examined the force's own performance data and audit results.

Our findings

Recommendation 1: supervision of investigations

The force has made good progress. In response to our report, the force launched Project Compass, a programme to improve investigation standards. As part of Project Compass, it introduced a mandatory investigation plan template on its crime recording system in June 2024, and it set a standard that supervisors should review every investigation within seven days of allocation and at least every 28 days after that. The force's Investigation Standards Board, chaired by the Assistant Chief Constable for crime, monitors compliance each month.

In the investigations we reviewed, supervision was recorded in 81 percent of cases. In our original PEEL inspection, the figure was 56 percent. Investigation plans were present in 77 percent of the investigations we reviewed, and in most cases the plan was of good quality. Supervisors we spoke to understood what was expected of them, and most told us that the template had made their reviews more consistent.

We are satisfied that the force has made enough progress to close recommendation 1.

Recommendation 2: investigator workloads

The force has also made good progress in reducing investigator workloads. In May 2024 it set up three investigation hubs, in Cardiff, Swansea and Merthyr Tydfil, bringing together CID and volume crime investigators under a single command. It moved 42 officers from other roles into investigation, and it recruited 35 detective constables through its detective pathway.

At the time of our original inspection, investigators in CID had an average of 19.4 open investigations each. At the time of our revisit, the average was 13.1. Investigators told us that their workloads were now more manageable, although some in the Cardiff hub still had more than 20 investigations each. The force has a clear process for monitoring workloads and moving investigations between teams.

We are satisfied that the force has made enough progress to close recommendation 2.

Recommendation 3: the Victims' Code

The force has made some progress, but not enough. In November 2024 it set up a Victim Focus Desk, with 18 staff, to carry out victim needs assessments and to make sure victims receive updates. The force's own audits show that compliance with the Victims' Code has improved, but in February 2025 its audit found that the Victims' Code had been complied with in 73 percent of cases. In the investigations we reviewed, a victim needs assessment had been completed in 69 percent of cases, and victims had been updated at the required intervals in 64 percent.

The Victim Focus Desk had only been fully staffed since January 2025, and it was too early to see its full effect. We also found that officers did not always record the victim's wishes when a victim withdrew their support for an investigation.

Recommendation 3 therefore remains open.

Other observations

Although it was not the subject of a recommendation, we also looked at how the force uses outcome 16, which is used when a victim does not support further police action. At the time of our PEEL inspection, the force was closing a high proportion of investigations using this outcome. Since then, the force has introduced a requirement for a supervisor to authorise every outcome 16 closure. In the investigations we reviewed, a supervisor had authorised the closure in 88 percent of relevant cases.

We also noted that the force's digital forensics unit still has a backlog of devices awaiting examination. This was not part of the cause of concern, and we did not examine it in detail during the revisit, but it is likely to affect the timeliness of some investigations. We will look at it again during our next PEEL inspection.

The force's leaders were open with us about the areas where progress has been slower. The Assistant Chief Constable for crime told us that the force's priority for the coming year is to make sure that the improvements in supervision are sustained, and that the Victim Focus Desk is used by all investigation teams.

Conclusion

The force has made significant progress since our PEEL inspection, and I would like to thank you and your officers and staff for the work you have done. We have closed recommendations 1 and 2. But because recommendation 3 remains open, the cause of concern also remains open. We will assess the force's progress against recommendation 3 and the cause of concern as part of our next PEEL inspection of the force.

I would like to thank the officers and staff of South Wales Police for their help during our revisit. I am copying this letter to the Police and Crime Commissioner for South Wales.

Yours sincerely,

Huw Prydderch
His Majesty's Inspector of Constabulary

----------------------------------------------------------------------

Related publications
- PEEL 2023-25: An inspection of South Wales Police (2 May 2024)
- PEEL 2023-25: Police effectiveness, efficiency and legitimacy - assessment framework
- How we inspect: causes of concern and revisits

Latest publications
- Counting the cost: An inspection of the police response to fraud (28 January 2025)
- State of Policing: The annual assessment of policing in England and Wales

Related topics: PEEL | Investigating crime | Victims | Wales

Was this page useful?  [Yes]  [No]  Report a problem with this page

Get our updates
Sign up to receive email alerts about new publications. [Subscribe]

Footer
About HMICFRS | Accessibility statement | Cookies | Privacy notice | Freedom of information | Welsh language scheme | Contact us | Sitemap
Follow us: X | LinkedIn | YouTube
All content is available under the Open Government Licence v3.0, except where otherwise stated
(c) Crown copyright
Back to top
"""
