# Content for humberside-pcc-response-peel-2023-25.docx (fictional: all people, figures and programmes invented)
TITLE = "Humberside Police and Crime Commissioner: Response to the HMICFRS PEEL 2023-25 inspection of Humberside Police"
TEXT = r"""
# Police and Crime Commissioner for Humberside: response to HMICFRS PEEL 2023-25

^Document reference: OPCC-H/INSP/2025/14. Status: published. Date: 2 September 2025. Author: Office of the Police and Crime Commissioner for Humberside (OPCC). Security classification: OFFICIAL.

^Contents

- 1. Introduction
- 2. Summary of my decisions
- 3. The cause of concern and recommendations
- 4. The areas for improvement
- 5. Progress table
- 6. Resources
- 7. How I will hold the force to account
- 8. Abbreviations

## 1. Introduction

His Majesty's Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS) published its PEEL 2023-25 report on Humberside Police on 17 June 2025. Under section 55 of the Police Act 1996, as a police and crime commissioner I must publish comments on any HMICFRS report on my force within 56 days. This document sets out those comments, and the Chief Constable's response, which I have included with his agreement. Because of the summer recess of the Police and Crime Panel, I agreed with HMICFRS in July that my response would be published on 2 September 2025, later than the usual 56 days.

I welcome the report. The force was graded outstanding for preventing crime and anti-social behaviour, one of only a handful of forces to receive that grade in the current round, and good in three other areas. Those results are a credit to the officers, PCSOs, staff and volunteers of Humberside Police, and to the partners who work with them.

But the report is also clear that the force must do better for victims whose crimes are investigated. A cause of concern about investigations is serious. I share the inspectorate's view, and I have seen the same picture in the complaints my office receives and in the feedback from our victims' services. I want every victim in Hull, the East Riding, Grimsby and Scunthorpe to be confident that the force will investigate their crime properly and keep them informed.

## 2. Summary of my decisions

I have made the following decisions:

- I accept all three recommendations in the cause of concern.
- I accept areas for improvement 1 to 5.
- I do not accept area for improvement 6, for the reasons I set out in section 4.
- I have agreed to fund 24 additional investigator posts, 18 detective constables and six supervising sergeants, at a cost of £1.46 million a year.
- I have agreed £310,000 over two years to reduce occupational health waiting times.
- I will fund the Operation Spurn youth workers for two more years.
- I will publish a progress update on the cause of concern every quarter, starting in December 2025.

## 3. The cause of concern and recommendations

The Chief Constable accepts the cause of concern and the three recommendations. He has set up an Investigation Improvement Board, chaired by Assistant Chief Constable Simon Tarrow, which met for the first time on 8 July 2025. My office sits on the board as an observer.

The Chief Constable has committed to the following:

- a central Investigation Quality Unit, led by a detective inspector with six sergeants, to review a sample of investigations every week;
- a seven-day supervisory review of every investigation allocated to a constable, with a prompt on the records management system;
- a victim update tracker, with a weekly report to each local policing area commander;
- mandatory evidence-led prosecution training for all response and neighbourhood supervisors by 31 December 2025;
- a review of investigation workloads in response teams, with a maximum of 15 investigations for each response officer;
- monthly reporting to me on all of the above at my Accountability Board.

The Investigation Quality Unit went live on 1 July 2025. It replaces, in a different form, the standalone Investigation Standards Team that the force disbanded in 2023. I asked the Chief Constable why the earlier team had been disbanded. He told me that the decision was taken to put more sergeants into frontline supervision, and he accepts that it left a gap.

Recommendation 1 has not yet been met. In August 2025, 79 percent of investigations allocated to constables had a recorded supervisory review within seven days, up from 52 percent in March. The force's target is 95 percent by 31 December 2025.

Progress on recommendation 2 is better. The victim update tracker has been in use in all four local policing areas since 14 July 2025, and in August 2025 the force recorded a Victims' Code compliant update in 83 percent of cases.

Recommendation 3 will be met when the evidence-led prosecution training is completed. At the end of August, 212 of the force's 340 response and neighbourhood supervisors had been trained.

I have not commissioned an external review of the force's investigations. I considered doing so, but I have decided that the inspectorate's own monitoring, and my office's observation of the Investigation Improvement Board, will give me the assurance I need. I will revisit that decision if recommendation 1 has not been met by 31 March 2026.

## 4. The areas for improvement

The Chief Constable accepts AFIs 1 to 5, and I agree with that. The progress table in section 5 sets out what the force is doing about each of them.

On AFI 2, 101 calls, the force has set itself a target of reducing abandonment to below 10 percent by 31 March 2026. In July 2025 the abandonment rate was 14.6 percent. The call-back option is now offered automatically when the expected wait is more than five minutes.

On AFI 4, children who go missing more than once, return home interviews are commissioned by the councils, not by my office. I have written to the directors of children's services of all four councils to ask how the force and the councils will make sure that interviews happen within 72 hours, and I will report their replies to the Police and Crime Panel.

On AFI 5, the £310,000 I have agreed will pay for two additional occupational health nurses and a part-time physician for two years. The force aims to bring the average waiting time down from 11 weeks to four weeks by 31 March 2026.

I do not accept area for improvement 6. The inspectorate was not satisfied that the plans for Project Tern, the replacement records management system, were realistic. I do not agree. The programme was independently reviewed by the Police Digital Service's assurance team in February 2025, after the inspection's fieldwork, and the review found that the revised plan was deliverable. The revised cost of £8.1 million was approved by my Strategic Finance Board in March 2025. The go-live date of April 2026 is confirmed. The Chief Constable and I will nevertheless keep the programme under monthly review, and I have asked my chief finance officer to report on its costs at every Accountability Board meeting.

The Chief Constable agrees with me on AFI 6 and has written to HMICFRS to explain our position.

^What victims have told my office

My office commissions the Humber Victim Care Service, which supported 9,840 victims of crime in 2024/25. In its survey of victims whose cases had closed, 58 percent said they had been kept informed about their case, and 47 percent said they were satisfied with the investigation as a whole. Victims most often told us that they did not know who was dealing with their case, that they were not told when a suspect had been interviewed, and that they found out their case had been closed only when they rang to ask. The inspectorate's findings match what victims have been telling us, and I will ask the Humber Victim Care Service to repeat its survey in the spring of 2026 so that I can see whether victims notice a difference.

^Preventing crime and Operation Spurn

I am delighted that the inspectorate graded the force outstanding for preventing crime, and that it highlighted Operation Spurn as notable practice. My office has funded the youth diversion scheme in Bridlington, Cleethorpes and Withernsea since 2023. The inspectorate suggested that the force should make sure the scheme is independently evaluated; I have asked the University of Hull to carry out that evaluation, and it will report in March 2026. I will fund the youth workers for 2025/26 and 2026/27 while the councils consider whether they can share the cost from 2027.

^The workforce

The force's workforce survey results, and the inspectorate's findings on occupational health, concern me. Officers and staff who are unwell and waiting three months for help are not able to give the public the service they want to give. I have asked the Director of People to report to my Accountability Board every quarter on waiting times and on sickness absence in the control room. The force has appointed an independent organisation to interview control room staff about the reasons for sickness absence, and it will report in December 2025.

## 5. Progress table

The table below sets out the force's action on each recommendation and area for improvement, as at 29 August 2025.

!rectable

## 6. Resources

The additional posts are funded from the force's reserves in 2025/26 and from the base budget from 2026/27. No additional precept increase is proposed for 2025/26 beyond the £14 a year for a Band D property that I agreed in February 2025.

!finance

The 24 investigator posts will be recruited in two cohorts. The first 12 detective constables start in October 2025 and the remaining posts in February 2026. The six supervising sergeants will be appointed from within the force.

## 7. How I will hold the force to account

I will hold the Chief Constable to account for the delivery of this plan through my Accountability Board, which meets in public every month. I will publish a progress update on the cause of concern every quarter, starting in December 2025, and I will ask HMICFRS to revisit the cause of concern when the force tells me that all three recommendations have been met. The Police and Crime Panel will consider this response at its meeting on 22 September 2025.

My Independent Ethics and Scrutiny Panel has agreed to dip sample 30 investigation files every quarter from October 2025, and to report its findings to me and to the Chief Constable.

^8. Abbreviations

- ACC - Assistant Chief Constable
- AFI - area for improvement
- HMICFRS - His Majesty's Inspectorate of Constabulary and Fire & Rescue Services
- OPCC - Office of the Police and Crime Commissioner
- PEEL - police effectiveness, efficiency and legitimacy
- RMS - records management system

Rosalind Harker
Police and Crime Commissioner for Humberside
2 September 2025

^Chief Constable's statement

I welcome the inspectorate's report and the Commissioner's response. I accept the cause of concern and I am determined that we will meet all three recommendations. I am proud of our neighbourhood teams and our control room staff, whose work was recognised by the inspectors. I have written to HMICFRS about area for improvement 6.

Neil Oxtoby
Chief Constable, Humberside Police

For more information contact the OPCC chief executive, Lydia Brackenbury, at the Office of the Police and Crime Commissioner for Humberside, Willerby.
"""

REC_TABLE = [
    ("Ref", "Summary", "PCC position", "Action", "Owner", "Deadline", "Status"),
    ("Rec 1", "Supervisory review within 7 days", "Accepted", "RMS prompt; Investigation Quality Unit", "ACC Tarrow", "31 Dec 2025", "Amber"),
    ("Rec 2", "Victims' Code updates", "Accepted", "Victim update tracker in all four areas", "ACC Tarrow", "31 Oct 2025", "Green"),
    ("Rec 3", "Evidence-led prosecution", "Accepted", "Training for 340 supervisors", "Head of Crime", "31 Dec 2025", "Amber"),
    ("AFI 1", "Use of force recording", "Accepted", "Quarterly dip sample of 100 records", "Head of Professional Standards", "31 Mar 2026", "Amber"),
    ("AFI 2", "101 answering", "Accepted", "Automatic call-back; 11 extra call handlers", "Head of Contact", "31 Mar 2026", "Amber"),
    ("AFI 3", "Victims' needs assessments", "Accepted", "Mandatory field on RMS", "Head of Crime", "31 Dec 2025", "Amber"),
    ("AFI 4", "Repeat missing children", "Accepted", "Joint protocol with four councils", "Head of Safeguarding", "30 Jun 2026", "Red"),
    ("AFI 5", "Occupational health and sickness", "Accepted", "Two OH nurses; control room sickness review", "Director of People", "31 Mar 2026", "Amber"),
    ("AFI 6", "Project Tern planning", "Not accepted", "Monthly programme review continues", "Chief Finance Officer", "-", "-"),
]

FINANCE = [
    ("Item", "2025/26", "2026/27", "Funding source"),
    ("24 investigator posts (18 DCs, 6 sergeants)", "£0.73m (part year)", "£1.46m", "Reserves, then base budget"),
    ("Occupational health nurses and physician", "£155,000", "£155,000", "PCC commissioning budget"),
    ("Operation Spurn youth workers", "£90,000", "£90,000", "PCC community safety fund"),
    ("11 additional call handlers", "£0.29m", "£0.41m", "Force budget"),
    ("Total", "£1.27m", "£2.12m", ""),
]
