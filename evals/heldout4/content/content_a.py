# Content for nottinghamshire-peel-2023-25.pdf (fictional: all people, figures and programmes invented)
TITLE = "PEEL 2023-25: Police effectiveness, efficiency and legitimacy. An inspection of Nottinghamshire Police"
TEXT = r"""
# About this inspection

This report sets out our findings from the PEEL 2023-25 inspection of Nottinghamshire Police. PEEL stands for police effectiveness, efficiency and legitimacy. It is the programme through which His Majesty's Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS) assesses the performance of each of the 43 Home Office police forces in England and Wales.

We carried out our fieldwork in Nottinghamshire between 9 and 27 September 2024. We interviewed officers, staff and chief officers, held 31 focus groups and reality testing visits, observed daily management meetings, listened to 999 and 101 calls in the force control room at Sherwood Lodge, reviewed case files and ran a survey of the workforce that 1,307 people completed. Unless we say otherwise, the data in this report is for the year ending 30 June 2024.

We grade forces against the characteristics of good policing in the PEEL assessment framework 2023-25. There are five grades: outstanding, good, adequate, requires improvement and inadequate. If we find a serious or critical shortcoming in the force's practice, policy or performance, we report it as a cause of concern, and we usually make one or more recommendations to address it. If we find a less serious shortcoming, we report it as an area for improvement.

## Nottinghamshire in context

Nottinghamshire Police serves a population of around 1.18 million people across 834 square miles. The force area contains the City of Nottingham, which has its own unitary council, and seven district and borough councils in the county: Ashfield, Bassetlaw, Broxtowe, Gedling, Mansfield, Newark and Sherwood, and Rushcliffe. The north of the county, in particular Bassetlaw and parts of Newark and Sherwood, is rural. The city has a large student population and a busy night-time economy.

On 31 March 2024 the force had 2,388 police officers, 162 police community support officers (PCSOs), 119 special constables and 1,574 police staff. Its net revenue budget for 2024/25 was £287.3 million. Around 41 percent of officers on response teams had less than two years' service.

# HM Inspector's observations

I am grateful to Chief Constable Rowena Castleford, who took up post in January 2024, and to the officers and staff of Nottinghamshire Police for their help and openness during this inspection. I also thank the Office of the Police and Crime Commissioner for Nottinghamshire.

There is much in this report that the force should be proud of. It records crime extremely accurately, and I have judged it to be outstanding in this area. Its neighbourhood policing teams work well with partners to solve local problems, and I was impressed by Operation Skylark, a partnership approach to reducing antisocial behaviour on estates in Mansfield and Ashfield. The force manages registered sex offenders well, and it treats the public fairly and respectfully when it uses its powers.

However, I have serious concerns about how the force responds to the public when they first contact it. In the year ending 30 June 2024, the force answered only 67.9 percent of 999 calls within 10 seconds, which is well below the national standard of 90 percent. Almost three in ten calls to the non-emergency 101 number were abandoned before they were answered. In too many cases, call handlers did not identify that a caller was vulnerable or had called before. This is why I have judged the force to be inadequate at responding to the public.

I also have concerns about how the force investigates crime. Too many investigations are not supervised effectively, and there are too many suspects who are wanted but have not been arrested. On 16 September 2024, 2,163 wanted suspects were outstanding, 418 of them for domestic abuse offences. I have therefore identified two causes of concern and made five recommendations. I have also identified nine areas for improvement.

The force has begun to act. Its Contact First programme, led by Assistant Chief Constable Daniel Osei-Fraser, aims to recruit more call handlers and to introduce a new command and control system. But these changes are at an early stage, and the force must make faster progress.

Lorna Fairweather
His Majesty's Inspector of Constabulary

# Our judgments

Our inspection assessed how good Nottinghamshire Police is in nine areas of policing. We make graded judgments in all nine areas. The table below sets out the grade we gave the force in each area.

!gradetable

We do not compare these grades with those from the 2021/22 PEEL inspection. Our framework has changed, and so the grades are not directly comparable.

We also describe how well the force provides a service to victims of crime, but we do not grade this area.

# Causes of concern and recommendations

We have identified two causes of concern. The first relates to responding to the public. The second relates to investigating crime.

## Cause of concern 1: answering and assessing calls for service

Cause of concern 1: The force does not answer emergency and non-emergency calls quickly enough, and it does not always identify vulnerable and repeat callers. This means that people may be put at risk of harm and may lose confidence in the police.

To address this cause of concern, we recommend that the force takes the following action.

Recommendation 1: By 30 June 2025, the force should make sure that it has enough trained call handlers in its control room to meet demand, including at peak times.

Recommendation 2: By 30 June 2025, the force should answer 999 calls within 10 seconds in line with the national standard, and reduce the proportion of 101 calls that are abandoned.

Recommendation 3: By 30 September 2025, the force should make sure that vulnerable and repeat callers are identified at first contact, and that no incident is downgraded or closed without a recorded supervisory review.

## Cause of concern 2: supervising investigations and arresting wanted suspects

Cause of concern 2: The force does not supervise investigations effectively and does not arrest wanted suspects promptly. This means that victims do not always receive a good service, and that suspects may continue to offend.

To address this cause of concern, we recommend that the force takes the following action.

Recommendation 4: By 31 August 2025, the force should make sure that investigations are allocated to officers with the right skills and experience, and that supervisors review them regularly and record their reviews.

Recommendation 5: By 31 August 2025, the force should reduce the number of outstanding wanted suspects, prioritising those wanted for domestic abuse and other high-harm offences.

# Areas for improvement

We identified nine areas for improvement. We set out the reasons for each one in the relevant section of the report.

Area for improvement 1: The force should make sure that it carries out and records a victim needs assessment for every victim of crime.

Area for improvement 2: The force should make sure that it records the reason when a victim withdraws support for an investigation, and that it considers pursuing an evidence-led prosecution.

Area for improvement 3: The force should improve how officers record the grounds for stop and search, and make sure that it records every use of handcuffs on a child.

Area for improvement 4: The force should reduce the time it takes to attend priority incidents in rural areas, in particular in Bassetlaw and in Newark and Sherwood.

Area for improvement 5: The force should make sure that referrals to the multi-agency safeguarding hub are assessed promptly, so that children at risk are safeguarded without delay.

Area for improvement 6: The force should evaluate its integrated offender management scheme, to understand whether it reduces reoffending.

Area for improvement 7: The force should make sure that officers in their first two years of service receive effective tutoring and supervision.

Area for improvement 8: The force should reduce the time officers and staff wait for an occupational health appointment.

Area for improvement 9: The force should develop a realistic plan to close its funding gap, based on a sound understanding of current and future demand.

# Providing a service to victims of crime

We audited 130 crime reports to assess how well the force supports victims. In 104 of them, the victim was given an appropriate service. Most victims were told about the Victims' Code, and most were given a crime reference number and the name of the officer dealing with their case.

However, the force does not always assess victims' needs. In 38 of the 130 cases, there was no record of a victim needs assessment. Without one, the force cannot be sure that it has referred the victim to the right support service, or that it has made the right arrangements for victims who need help to give evidence. This is area for improvement 1.

When a victim decides that they no longer support an investigation, the force does not always record why. In 14 of the 33 relevant cases we reviewed, the reason was not recorded. We also found that the force seldom considered whether to pursue an evidence-led prosecution in domestic abuse cases when the victim withdrew support. This is area for improvement 2.

# Recording data about crime

Nottinghamshire Police is outstanding at recording data about crime.

We estimate that the force records 97.2 percent of reported crime (excluding fraud). This is a very high level of accuracy, and it is one of the highest figures we have found in the current round of inspections. The force records 98.4 percent of violent offences and 96.9 percent of sexual offences.

The force has a strong culture of accurate crime recording. Its crime and incident validation team reviews incidents within 24 hours, and chief officers treat crime data integrity as a priority. The force cancels crimes correctly, and it records reports of antisocial behaviour accurately.

# Police powers and public treatment

Nottinghamshire Police is good at treating people fairly and respectfully.

The force understands how it uses its powers. In the year ending 30 June 2024, officers carried out 5,216 stop and searches, and 31 percent of them led to an outcome linked to the reason for the search. The force's data showed that black people were 4.6 times more likely than white people to be stopped and searched. The force publishes this data, and its independent scrutiny panel reviews body-worn video footage of searches every month.

We reviewed 250 stop and search records. We found that 84 percent of them recorded reasonable grounds. This is lower than the force's previous performance, and officers did not always explain their grounds clearly. We also found that the force did not always record the use of handcuffs on children. This is area for improvement 3.

The force has a clear approach to engaging with communities, and its youth independent advisory group advises on its use of force and on searches of children.

# Preventing crime and antisocial behaviour

Nottinghamshire Police is good at preventing crime and antisocial behaviour.

The force's neighbourhood teams are stable and visible. Officers and PCSOs are rarely taken away from neighbourhood duties to cover other work, and they know their communities well. They use problem-solving methods to address the causes of crime and antisocial behaviour.

Notable practice: Operation Skylark. In Mansfield and Ashfield, neighbourhood officers, housing providers and youth services run Operation Skylark to tackle persistent antisocial behaviour on nine estates. Each estate has a named lead, a shared problem profile and a monthly partnership meeting. In the first year, reports of antisocial behaviour on the nine estates fell by 23 percent.

The force works well with the city and county community safety partnerships. It has used Safer Streets funding to improve street lighting and CCTV in parts of the city.

# Responding to the public

Nottinghamshire Police is inadequate at responding to the public.

The force does not answer calls quickly enough. In the year ending 30 June 2024, it answered 67.9 percent of 999 calls within 10 seconds, against the national standard of 90 percent. For calls to 101, the average time to answer was 13 minutes, and 29.4 percent of calls were abandoned before they were answered. Many of the people who abandon calls do not call back.

The main reason is that the control room does not have enough call handlers. On 9 September 2024, it had 54 vacancies against an establishment of 311 call handler posts. Sickness absence in the control room was high, at an average of 14.2 days for each member of staff in the year. The force's own analysis shows that demand peaks between 4pm and midnight, but its shift pattern does not match this.

Call handlers use the THRIVE model to assess risk, but they did not always record their assessments. In 27 of the 95 calls we reviewed, the call handler did not identify that the caller was vulnerable or was a repeat caller. We found incidents that had been downgraded without a supervisor's review, including two reports of domestic abuse.

The force does not always attend incidents in time. It aims to attend emergency incidents within 15 minutes in urban areas and within 20 minutes in rural areas. It met these targets for 78 percent of emergency incidents. For priority incidents, which it aims to attend within one hour, it met the target for only 52 percent in Bassetlaw and 57 percent in Newark and Sherwood. This is area for improvement 4.

The force has started its Contact First programme to address these problems. It plans to recruit more call handlers, to change shift patterns and to replace its command and control system. At the time of our inspection, these changes had not yet made a difference to performance. We have therefore identified a cause of concern and made recommendations 1, 2 and 3.

# Investigating crime

Nottinghamshire Police requires improvement at investigating crime.

We reviewed 130 investigations. We found that 91 of them were effective. Investigations into serious and complex crimes, such as those carried out by the major crime team, were generally of a high standard.

However, the force does not always allocate investigations to officers with the right skills. Many investigations into domestic abuse and serious sexual offences were being carried out by student officers. Supervisors did not review investigations regularly, and in 42 of the 130 investigations there was no evidence of an effective supervisory review.

The force has a large number of wanted suspects who have not been arrested. On 16 September 2024, 2,163 wanted suspects were outstanding, 418 of them for domestic abuse offences. Some had been outstanding for more than a year. The force does not have a clear process for managing these suspects, and it does not know how many of them pose a high risk.

In the year ending 30 June 2024, the force's charge or summons rate was 6.4 percent, compared with 6.9 percent in England and Wales.

For these reasons, we have identified a cause of concern and made recommendations 4 and 5.

# Protecting vulnerable people

Nottinghamshire Police is adequate at protecting vulnerable people.

The force understands the nature and scale of vulnerability in its area. It has a dedicated public protection command, and its domestic abuse teams are well trained. It makes good use of domestic violence protection notices and orders.

The force's multi-agency safeguarding hub (MASH) works with the city and county councils. But when we visited, there were 347 police referrals waiting to be assessed, and some had been waiting for more than five days. This creates a risk that children are not safeguarded promptly. This is area for improvement 5.

The force works well with partners to protect children from criminal exploitation. It is an active member of the regional county lines task force.

# Managing offenders and suspects

Nottinghamshire Police is adequate at managing offenders and suspects.

The force manages registered sex offenders well. On 12 September 2024, it was managing 1,412 registered sex offenders, and 96 percent of their active risk management system (ARMS) assessments were in date. Its online child abuse investigation team responds promptly to referrals about indecent images of children.

The force has an integrated offender management (IOM) scheme that manages 287 offenders. The scheme is well regarded by partners. But the force has not evaluated the scheme, so it does not know whether it reduces reoffending. This is area for improvement 6.

The force releases most suspects from custody on bail or under investigation appropriately. It uses bail conditions to protect victims.

# Building, supporting and protecting the workforce

Nottinghamshire Police requires improvement at building, supporting and protecting the workforce.

The force has recruited a large number of new officers in recent years. As a result, around 41 percent of officers on response teams had less than two years' service. These officers told us that they had not always received enough tutoring, and that their sergeants were too busy to supervise them. This is area for improvement 7.

Officers and staff told us that the force cares about their wellbeing. But the force's occupational health unit has a backlog, and the average wait for an appointment was nine weeks. Some officers on restricted duties had waited longer. This is area for improvement 8.

The force has an active approach to promoting fairness and diversity. Its staff networks are well supported, and 6.8 percent of its officers are from an ethnic minority background.

# Leadership and force management

Nottinghamshire Police is adequate at leadership and force management.

The chief officer team, led by Chief Constable Rowena Castleford and Deputy Chief Constable Miriam Holt-Vance, has a clear vision for the force. The force's values are well understood by the workforce.

The force faces a difficult financial position. Its medium-term financial plan shows a funding gap of £11.2 million by 2027/28. The force has identified savings of £4.1 million, but it has not yet set out how it will close the rest of the gap. Its understanding of demand is improving but is not yet complete. This is area for improvement 9.

The force works closely with the police and crime commissioner, and the commissioner holds the chief constable to account through a regular strategic resources and performance meeting.

# Annex A: About the data

The data in this report comes from a range of sources, including the force, the Home Office, the Office for National Statistics and our inspection fieldwork. The crime recording figure is based on an audit of incidents reported to the force between 1 December 2023 and 31 May 2024. The stop and search figure is based on our review of 250 records. Figures about calls are based on data provided by the force and by BT. Figures about the workforce are as at 31 March 2024.

# Annex B: Nottinghamshire Police in numbers

!numbers
"""

GRADES = [
    ("Area of policing", "Grade"),
    ("Recording data about crime", "Outstanding"),
    ("Police powers and public treatment", "Good"),
    ("Preventing crime and antisocial behaviour", "Good"),
    ("Responding to the public", "Inadequate"),
    ("Investigating crime", "Requires improvement"),
    ("Protecting vulnerable people", "Adequate"),
    ("Managing offenders and suspects", "Adequate"),
    ("Building, supporting and protecting the workforce", "Requires improvement"),
    ("Leadership and force management", "Adequate"),
]
GRADE_PROSE = (
    "In summary, Nottinghamshire Police is outstanding at recording data about crime. "
    "It is good at police powers and public treatment, and at preventing crime and antisocial behaviour. "
    "It is adequate at protecting vulnerable people, managing offenders and suspects, and leadership and force management. "
    "It requires improvement at investigating crime and at building, supporting and protecting the workforce. "
    "It is inadequate at responding to the public."
)
NUMBERS = [
    ("Measure", "Nottinghamshire Police", "Notes"),
    ("Population served", "1.18 million", "Mid-2022 estimate"),
    ("Police officers", "2,388", "At 31 March 2024"),
    ("PCSOs", "162", "At 31 March 2024"),
    ("Special constables", "119", "At 31 March 2024"),
    ("Police staff", "1,574", "At 31 March 2024"),
    ("Net revenue budget", "£287.3m", "2024/25"),
    ("999 calls answered within 10 seconds", "67.9%", "Year ending 30 June 2024"),
    ("101 calls abandoned", "29.4%", "Year ending 30 June 2024"),
    ("Crime recording accuracy", "97.2%", "Plus or minus 1.3%"),
    ("Charge or summons rate", "6.4%", "Year ending 30 June 2024"),
    ("Wanted suspects outstanding", "2,163", "At 16 September 2024"),
    ("Registered sex offenders managed", "1,412", "At 12 September 2024"),
]
