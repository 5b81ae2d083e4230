# Content for warwickshire-peel-2023-25.pdf (fictional)
TITLE = "PEEL 2023-25: An inspection of Warwickshire Police"
TEXT = r"""
# About this inspection

This inspection assesses how well Warwickshire Police is performing across the areas of policing that we inspect under our police effectiveness, efficiency and legitimacy (PEEL) programme. PEEL 2023-25 is the second round of PEEL inspections carried out under our current approach, which we introduced in 2021/22. We carried out our fieldwork in Warwickshire between 14 October and 1 November 2024. Unless otherwise stated, the data in this report is for the year ending 31 March 2024.

We assess forces against the characteristics of good policing set out in the PEEL assessment framework 2023-25, and we use a five-tier graded judgment: outstanding, good, adequate, requires improvement and inadequate. Where we find a serious or critical shortcoming in practice, policy or performance, we report it as a cause of concern. A cause of concern will usually be accompanied by one or more recommendations. Where we find a less serious shortcoming, we report an area for improvement.

Warwickshire Police serves a population of around 621,000 people across five districts and boroughs: North Warwickshire, Nuneaton and Bedworth, Rugby, Stratford-on-Avon and Warwick. On 31 March 2024 the force had 1,071 police officers, 97 police community support officers (PCSOs) and 772 police staff. Its net revenue budget for 2024/25 was £138.6 million.

# HM Inspector's observations

I am grateful to Chief Constable Debra Halloran, who took up post in April 2023, and to the officers and staff of Warwickshire Police for the way they supported this inspection. I would also like to thank the office of the Police and Crime Commissioner for Warwickshire for its help.

I have concerns about the force's performance in two areas: protecting vulnerable people, and responding to the public. In both areas performance has deteriorated since our 2021/22 inspection, and in protecting vulnerable people the force has been graded inadequate. I have identified two causes of concern and made five recommendations.

The most serious problem we found was in the force's multi-agency safeguarding hub (MASH). On 16 October 2024 there were 412 referrals awaiting research in the MASH, and the oldest of these had been waiting for 19 days. Some of these referrals concerned children who had been exposed to domestic abuse. The force did not have an effective way of identifying which of the waiting referrals presented the highest risk. This means that vulnerable people may have been left at risk of harm for longer than was necessary.

The force also needs to improve how quickly it answers emergency calls. In the year ending 31 March 2024, the force answered 71.4 percent of 999 calls within 10 seconds, against the national standard of 90 percent. There were 31 vacant call handler posts in the operations communications centre (OCC) at Leek Wootton at the time of our inspection.

But there is much to commend. The force records crime accurately, and it has improved its crime recording since our last inspection. Its neighbourhood teams work well with partners to prevent crime and antisocial behaviour, and I was impressed by Operation Harrier, a problem-solving approach to shoplifting in Nuneaton and Bedworth. The force's work with its partners on stalking, through Project Lantern, is innovative.

The force faces a difficult financial position. Its medium-term financial plan shows a funding gap of £4.3 million in 2025/26, rising to £9.8 million by 2027/28. The force's change programme, Warwickshire 2027, is intended to address this, but the force has not yet set out how the programme's benefits will be measured.

I will be monitoring the force's progress against the causes of concern closely.

Dr Helen Ashcombe
His Majesty's Inspector of Constabulary

# Summary of judgments

The table below sets out our graded judgments for Warwickshire Police in PEEL 2023-25, alongside the grades the force received in our 2021/22 inspection. Grades are not directly comparable between rounds because the assessment framework has changed, but they do give an indication of the direction of travel.

!gradetable

# Causes of concern and recommendations

## Cause of concern 1: Protecting vulnerable people

The force does not identify and respond to the risks faced by vulnerable people quickly enough. In particular, referrals to the MASH are not researched and risk assessed in a timely way, domestic abuse risk assessments are not always completed, and the voice of the child is not consistently recorded.

Recommendation 1: By 30 June 2025, the force should reduce the number of referrals awaiting research in the MASH, and make sure that all referrals are risk assessed within 24 hours of receipt so that the highest-risk cases are prioritised.

Recommendation 2: By 30 September 2025, the force should make sure that a domestic abuse risk assessment is completed for every domestic abuse incident, and that a supervisor reviews each assessment before the officer goes off duty.

Recommendation 3: By 30 September 2025, the force should make sure that officers record the voice of the child, and that child protection referrals are made whenever officers attend incidents where children are present.

## Cause of concern 2: Responding to the public

The force is not answering emergency calls quickly enough, and it does not always assess the risk to callers properly when they first make contact.

Recommendation 4: By 31 August 2025, the force should improve the speed at which it answers 999 calls so that it meets the national standard of answering 90 percent of calls within 10 seconds.

Recommendation 5: By 31 August 2025, the force should make sure that call handlers carry out and record a structured risk assessment for every call, and that callers are updated and the risk is reassessed when attendance is delayed.

# Areas for improvement

We have identified nine areas for improvement. They are listed below and explained in the relevant sections of this report.

AFI 1: The force should make sure that the grounds for stop and search are properly recorded, in particular for searches for controlled drugs.

AFI 2: The force should improve the quality of its use of force data, including the recording of the ethnicity of the people force is used against.

AFI 3: The force should reduce the number of calls to its non-emergency number that are abandoned.

AFI 4: The force should make sure that investigation plans are set and that supervisors review investigations regularly and record their reviews.

AFI 5: The force should reduce the time it takes to examine digital devices, and the number of devices awaiting examination.

AFI 6: The force should make sure it effectively manages the risk posed by registered sex offenders, including by completing active risk management system (ARMS) assessments on time.

AFI 7: The force should fill vacancies in its detective workforce and support officers through the professionalising investigation programme (PIP).

AFI 8: The force should make sure that its financial plans are realistic and that it has robust savings plans to close its funding gap.

AFI 9: The force should make sure it can measure the benefits of its Warwickshire 2027 change programme.

# Recording data about crime

Warwickshire Police is good at recording crime. We estimate that the force records 93.6 percent (with a confidence interval of +/- 1.9 percent) of crimes reported to it. This is an improvement from 89.4 percent in our 2021/22 inspection. For violence against the person offences the figure was 91.2 percent, and for sexual offences it was 95.8 percent.

The force has a well-resourced crime and incident validation team, which reviews all incidents that could be crimes within 24 hours. The force's crime registrar, who has been in post since 2019, provides good training and advice to officers. We found the force correctly recorded most reports of rape. It also records most reports of antisocial behaviour correctly, although we found a small number of cases where harassment should have been recorded as a crime.

The force uses outcome types correctly in most cases. When a victim did not support an investigation (outcome 16), the force had recorded evidence of the victim's decision in 88 percent of the cases we reviewed.

# Police powers and public treatment

Warwickshire Police is adequate at treating people fairly and with respect.

The force has a clear commitment to treating the public fairly. Its training on unconscious bias and effective communication is delivered to all new officers and is refreshed every two years. The force's external Stop and Search Scrutiny Panel meets every quarter and reviews a sample of body-worn video footage. Panel members told us that the force responds positively to their feedback.

We reviewed a sample of 178 stop and search records from the year ending 31 March 2024. We found that 84.3 percent had reasonable grounds recorded. This is lower than the figure for most forces. Searches for controlled drugs accounted for most of the records that lacked reasonable grounds. In the same period, Black people in Warwickshire were 3.9 times more likely to be stopped and searched than white people. The force has analysed this disparity but has not yet been able to explain it fully.

The force's use of force data is incomplete. The ethnicity of the subject was recorded in only 68 percent of use of force records, which means the force cannot properly understand whether its use of force is disproportionate. This is an area for improvement (AFI 2).

# Preventing crime

Warwickshire Police is good at preventing crime and antisocial behaviour.

The force has a well-established neighbourhood policing model, with 24 safer neighbourhood teams. It protects neighbourhood officers from being taken away to other duties: in the year ending 31 March 2024, neighbourhood officers spent 81 percent of their time on neighbourhood duties.

The force uses problem-solving well. In Operation Harrier, neighbourhood officers in Nuneaton and Bedworth worked with retailers, the borough council and the business improvement district to tackle repeat shoplifting. Over six months, shoplifting in the targeted area fell by 22 percent. We consider this to be promising practice.

The force's rural crime team works closely with farmers and landowners. Its Farm Watch Plus messaging scheme has more than 1,900 members, and it has helped the force recover stolen machinery worth more than £410,000 since April 2023.

The force works with Warwickshire County Council and the district and borough councils through its community safety partnerships. Partners told us the force is a reliable partner which shares information well.

# Responding to the public

Warwickshire Police requires improvement at responding to the public.

The force is not answering emergency calls quickly enough. In the year ending 31 March 2024, it answered 71.4 percent of 999 calls within 10 seconds. This is well below the national standard of 90 percent and below the force's performance in 2021/22. The force's performance in answering non-emergency calls is also poor. In the same period, 18.2 percent of calls to 101 were abandoned, and the average time to answer a 101 call was 9 minutes 47 seconds. This is an area for improvement (AFI 3).

A major reason for this is a shortage of call handlers. At the time of our inspection, there were 31 vacant call handler posts in the OCC, and a further 12 call handlers were in training. The force had recruited two intakes of call handlers in 2024, but attrition was high: 19 call handlers left in the year ending 31 March 2024.

Call handlers do not always carry out a structured risk assessment. The force uses the THRIVE model, but we reviewed 90 incidents and found that in 27 of them the risk had not been properly assessed or recorded. In some cases, callers who were vulnerable were not identified as such, and their calls were not given the right priority.

When the force does attend incidents, it usually does so quickly. The force's target for immediate (grade 1) incidents is 15 minutes in urban areas and 20 minutes in rural areas. In the year ending 31 March 2024 it met this target in 76 percent of cases. But when attendance was delayed, we found that callers were often not told, and the risk was not reassessed. This is why we have made recommendation 5.

# Investigating crime

Warwickshire Police requires improvement at investigating crime.

We reviewed 120 investigations. We found that 84 of them (70 percent) were carried out effectively. Investigations were generally timely and most were allocated to staff with the right skills. But in too many cases there was no investigation plan, and supervision was recorded in only 63 percent of the investigations we reviewed. This is an area for improvement (AFI 4).

In the year ending 31 March 2024, the force's charge and summons rate was 6.1 percent. This is below the rate for England and Wales, which was 6.6 percent. The proportion of crimes closed because the victim did not support further action (outcome 16) was 27.4 percent.

The force has a backlog of digital devices waiting to be examined. At the time of our inspection, 341 devices were waiting for examination, and the average wait was 94 days. Some investigations were delayed as a result. This is an area for improvement (AFI 5).

The force understands the needs of victims in most cases and it carries out victim needs assessments in line with the Code of Practice for Victims of Crime. In 81 percent of the relevant investigations we reviewed, the victim had been updated at the required intervals.

# Protecting vulnerable people

Warwickshire Police is inadequate at protecting vulnerable people.

The force's MASH is based at Saltisford Office Park in Warwick and is shared with Warwickshire County Council children's and adult services and health partners. Police staff in the MASH research each referral before it is discussed with partners. At the time of our inspection this process was failing. On 16 October 2024 there were 412 referrals awaiting research in the MASH, and the oldest had been waiting for 19 days. The force had no effective way of identifying which of the waiting referrals presented the highest risk, and there was no escalation process when delays built up. The backlog had grown after the force moved six researchers from the MASH to the OCC in spring 2024 to help answer calls.

Domestic abuse risk assessments were not always completed. In the domestic abuse incidents we reviewed, around 1 in 5 did not have a completed domestic abuse, stalking and harassment (DASH) risk assessment. Where assessments were completed, supervisors did not always review them. The force made less use of domestic violence protection notices (DVPNs) than we would expect; it issued 52 DVPNs in the year ending 31 March 2024.

We were also concerned about the force's response to children. When officers attended incidents where children were present, they recorded the voice of the child in only 48 percent of the cases we reviewed, and child protection referrals were not always made. The force recorded 1,286 missing episodes involving children in the year ending 31 March 2024. It receives information from return home interviews, but this information is not always used to update risk assessments.

There is some good work. Project Lantern is a multi-agency stalking intervention programme run by the force with Arden Mental Health Partnership and the Warwickshire Domestic Abuse Service. It brings together police, health and probation staff to assess and manage the risk posed by stalking perpetrators. Since it was launched in January 2023, 63 perpetrators have been referred to the programme. We consider this to be innovative practice.

Because of the seriousness of these findings, we have identified a cause of concern and made recommendations 1, 2 and 3.

# Managing offenders and suspects

Warwickshire Police is adequate at managing offenders and suspects.

The force manages 1,024 registered sex offenders. Most are well managed, but at the time of our inspection 38 active risk management system (ARMS) assessments were overdue and 61 visits to registered sex offenders were overdue. The force's management of sexual and violent offenders (MOSOVO) team has high caseloads: the average was 74 offenders per officer. This is an area for improvement (AFI 6).

The force's integrated offender management scheme, Pathfinder, works well. It had a cohort of 164 offenders at the time of our inspection, and the force was able to show reductions in reoffending among those who had completed the scheme.

The force pursues wanted suspects well. It had 214 people shown as wanted on the police national computer at the time of our inspection, and it reviews these cases every week.

# Building, supporting and protecting the workforce

Warwickshire Police is adequate at building, supporting and protecting its workforce.

The force has an inclusive culture and leaders are visible. Its 2024 staff survey had a response rate of 61 percent, and most respondents said they felt valued. The force exceeded its police officer uplift target, reaching 1,071 officers against a target of 1,058, but as a result its workforce is relatively inexperienced: 34 percent of officers have less than five years' service.

Sickness absence is higher than we would like. Officers lost an average of 10.3 working days each to sickness in the year ending 31 March 2024, and staff in the OCC lost an average of 15.6 days. The force has introduced a wellbeing hub and trauma support, which staff valued.

The force has 48 vacant detective posts. It is working to fill these through a detective pathway and by supporting officers through PIP, but too many investigations are being carried out by officers who are not accredited. This is an area for improvement (AFI 7).

# Leadership and force management

Warwickshire Police requires improvement at leadership and force management.

The force has a clear vision and its leaders are well regarded by the workforce. But its financial position is difficult. The force's medium-term financial plan shows a funding gap of £4.3 million in 2025/26, rising to £9.8 million by 2027/28. The force has identified savings of £2.1 million for 2025/26, but it has not yet identified how it will close the rest of the gap. We are not yet assured that its plans are realistic. This is an area for improvement (AFI 8).

The force's change programme, Warwickshire 2027, includes a review of its operating model. The proposals include reducing the number of local policing areas from three to two and changes to the force estate, including the proposed sale of Rugby police station. The programme is at an early stage. The force has not yet set out what benefits it expects the programme to deliver, or how it will measure them. This is an area for improvement (AFI 9).

The force's 2024 force management statement was of good quality, although it did not fully assess the demand on the MASH or the OCC.

# Annex A: About the data

The data in this report comes from a range of sources, including the force itself, the Home Office, the Office for National Statistics and our inspection fieldwork. Where we refer to data for England and Wales, this excludes the British Transport Police.

The crime recording figure is based on an audit of incidents reported to the force between 1 November 2023 and 30 April 2024. The stop and search figure is based on our review of 178 records. The investigation figures are based on our review of 120 investigations.

Figures about calls are based on data provided by the force and by BT. Figures about workforce are as at 31 March 2024.
"""

GRADES = [
    ("Area of policing", "PEEL 2023-25 grade", "PEEL 2021/22 grade"),
    ("Recording data about crime", "Good", "Requires improvement"),
    ("Police powers and public treatment", "Adequate", "Adequate"),
    ("Preventing crime", "Good", "Adequate"),
    ("Responding to the public", "Requires improvement", "Adequate"),
    ("Investigating crime", "Requires improvement", "Requires improvement"),
    ("Protecting vulnerable people", "Inadequate", "Requires improvement"),
    ("Managing offenders and suspects", "Adequate", "Good"),
    ("Building, supporting and protecting the workforce", "Adequate", "Adequate"),
    ("Leadership and force management", "Requires improvement", "Not graded"),
]
GRADE_PROSE = (
    "In summary, Warwickshire Police is good at recording data about crime and at preventing crime. "
    "It is adequate at police powers and public treatment, managing offenders and suspects, and building, supporting and protecting the workforce. "
    "It requires improvement at responding to the public, investigating crime and leadership and force management. "
    "It is inadequate at protecting vulnerable people."
)
