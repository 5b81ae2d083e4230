# Content for west-midlands-peel-2023-25.pdf (fictional: all people, figures and programmes invented)
TITLE = "PEEL 2023-25: Police effectiveness, efficiency and legitimacy. An inspection of West Midlands Police"
TEXT = r"""
# About this inspection

This report sets out what we found when we inspected West Midlands Police as part of our PEEL 2023-25 programme. PEEL is short for police effectiveness, efficiency and legitimacy. Through it, His Majesty's Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS) assesses how well each of the 43 Home Office forces in England and Wales is performing.

Our fieldwork in West Midlands took place between 3 and 21 February 2025. We interviewed chief officers, officers and staff, ran 44 focus groups, carried out reality testing in each of the force's seven local policing areas, listened to live and recorded 999 and 101 calls in the contact centres at Lloyd House and Aston, examined 340 crime files and ran a workforce survey that 2,918 people completed. Unless we say otherwise, figures in this report relate to the 12 months to 30 September 2024.

We judge forces against the characteristics of good policing set out in the PEEL assessment framework 2023-25, using five grades: outstanding, good, adequate, requires improvement and inadequate. Where we find a serious or critical shortcoming, we report it as a cause of concern and normally make recommendations. Where the shortcoming is less serious, we report an area for improvement (AFI).

## The force in context

West Midlands Police is the second largest force in England and Wales. It serves around 2.98 million people in Birmingham, Coventry, Dudley, Sandwell, Solihull, Walsall and Wolverhampton. The area is densely urban, young and diverse: around 41 percent of residents are from an ethnic minority background, and a quarter are under 18.

On 31 March 2024 the force employed 7,412 police officers, 498 police community support officers (PCSOs) and 4,190 police staff, and had 286 special constables. Its net revenue budget for 2024/25 was £748.6 million. The force must save £17.4 million by March 2027.

# HM Inspector's observations

I want to thank Chief Constable Marcus Threlfall, who was appointed in April 2023, and the officers and staff of West Midlands Police for the way they supported our inspection.

I have some concerns about how the force responds to the public, and I have identified this as a cause of concern. Too often, people calling 999 wait too long to get through, and too many people calling 101 give up before their call is answered. When officers are sent, they often arrive late, particularly to incidents graded as a priority. Part of the problem is the force's new command and control system, Connect Plus, which went live in October 2023 and which staff told us is still slow and unreliable. But the force has also allowed its contact centre establishment to fall too far, and it has not planned well enough for peaks in demand.

I was also concerned about the quality of investigations. In a significant minority of the files we examined, there was no investigation plan, supervision was weak, and victims were not kept updated. The force's new Investigation Standards Unit has begun to address this, but it is too soon to see a difference.

There is much to commend. The force is good at preventing crime. Its Operation Foxglove, a partnership approach to reducing knife crime among young people in Birmingham and Wolverhampton, is a model that other forces could learn from, and I have highlighted it as notable practice. The force uses stop and search fairly and it scrutinises its use of force well. Its management of registered sex offenders is effective.

I will monitor the force's progress against the cause of concern and the areas for improvement through our usual monitoring arrangements.

Rebecca Lanyon
His Majesty's Inspector of Constabulary

# Our judgments

Our inspection assessed how good West Midlands Police is in nine areas of policing. We make graded judgments in all nine, as set out below.

!gradetable

# Providing a service to victims of crime

We audit how forces record crime, how they respond to and assess victims, and how they investigate. We found that the force records crime accurately in most cases: we estimate that it records 92.6 percent of reported crime (confidence interval +/- 1.9 percent). Its recording of violence against the person was weaker, at 89.1 percent.

The force did not always answer calls promptly. In the year to 30 September 2024, it answered 68.3 percent of 999 calls within 10 seconds, well below the national standard of 90 percent. The average time to answer a 101 call was 14 minutes 20 seconds, and 34.6 percent of callers to 101 abandoned their call.

When officers were sent, the force met its 15-minute urban attendance target for emergency (grade 1) incidents in 71 percent of cases. For priority (grade 2) incidents, which the force aims to attend within one hour, the median attendance time was 2 hours 48 minutes.

# Cause of concern

Cause of concern: West Midlands Police is not answering emergency and non-emergency calls quickly enough, and it is not attending incidents within its own target times. This means that vulnerable people, including victims of domestic abuse, may be exposed to further risk.

Recommendations. Within six months of the publication of this report, the force should:

- make sure it has enough trained contact handlers on duty at all times to meet demand, including at weekends and between 6pm and 2am;
- answer 999 calls within 10 seconds in line with national standards, and reduce the number of abandoned 101 calls;
- resolve the outstanding performance and reliability faults in the Connect Plus command and control system;
- make sure that grade 2 incidents are attended within its published target time, and that call handlers re-contact people when attendance will be delayed.

# Areas for improvement

AFI 1: The force should make sure that investigations are allocated to officers with the right skills and that supervisors review investigation plans within seven days.

AFI 2: The force should improve how it keeps victims updated about their investigation, and make sure it complies with the Code of Practice for Victims of Crime.

AFI 3: The force should record the reasons when a victim does not support a prosecution, and consider evidence-led prosecutions in domestic abuse cases.

AFI 4: The force should improve how accurately it records violence against the person offences.

AFI 5: The force should improve its understanding of the wellbeing needs of its workforce, including those who work in its contact centres.

AFI 6: The force should make sure that officers and staff receive regular and meaningful performance development reviews.

AFI 7: The force should make sure its workforce planning accounts for the high number of inexperienced officers in response and investigation teams.

# Police powers and public treatment

The force is good at using its powers fairly and treating the public with respect. In the year to 30 September 2024, officers carried out 28,406 stop and searches. People from a Black background were 3.1 times more likely to be searched than people from a White background, lower than the rate for England and Wales as a whole. The find rate was 31 percent.

We reviewed 250 stop and search records and found reasonable grounds recorded in 94 percent of them. The force's external scrutiny panel, the Independent Police Scrutiny Group, reviews body-worn video footage every month, and its findings are published on the force website.

# Preventing crime and anti-social behaviour

The force is good at preventing crime. Its neighbourhood teams have a clear problem-solving approach and work closely with councils, schools and health services.

Notable practice: Operation Foxglove. Operation Foxglove is a partnership between the force, Birmingham and Wolverhampton city councils, two NHS trusts and 14 voluntary sector organisations. Youth workers are placed in hospital emergency departments and custody suites to support young people aged 10 to 24 who have been injured by, or arrested for, knife offences. Since the programme began in 2022, 1,164 young people have been referred, and the force told us that knife-enabled robbery in the two cities fell by 19 percent in the two years to September 2024.

The force should build on this by:

- evaluating Operation Foxglove independently before extending it to other local policing areas;
- sharing its problem-solving case studies more widely within the force;
- making sure that neighbourhood officers are not routinely abstracted to cover response shifts.

In the year to 30 September 2024, neighbourhood officers were abstracted from their core role for 22 percent of their shifts.

# Responding to the public

The force is inadequate at responding to the public. In addition to the figures given above, we found that 18 percent of incidents were downgraded without a recorded rationale. In 31 of the 80 calls we listened to, the call handler did not use the THRIVE risk assessment model correctly.

The contact centre establishment was 862 full-time equivalent posts, but on 1 January 2025 only 729 were filled. The force told us that 112 contact handlers left in 2024, many within their first year. Connect Plus was down or degraded on 46 occasions between October 2023 and December 2024.

The force has started a contact improvement programme, Project Beacon, led by Assistant Chief Constable Hannah Ewart. It includes an online reporting portal, a 101 call-back option and a recruitment campaign for 150 contact handlers. Most of this work had only just started at the time of our inspection.

# Investigating crime

The force requires improvement at investigating crime. Of the 340 files we reviewed, 27 percent had no investigation plan and in 36 percent supervision was not effective. The charge rate for all crime was 6.8 percent.

The force set up an Investigation Standards Unit in November 2024, with 14 staff, to quality-assure investigations and provide coaching. Around 38 percent of detective posts were vacant or filled by trainee investigators.

# Protecting vulnerable people

The force is adequate at protecting vulnerable people. Its multi-agency safeguarding hubs in all seven local authority areas work well, and it uses domestic violence protection orders well. However, arrest rates for domestic abuse fell from 31 percent to 24 percent over two years.

# Managing offenders and suspects

The force is good at managing offenders and suspects. It manages registered sex offenders effectively and its integrated offender management scheme is well run. At 30 September 2024, 1,233 wanted suspects were outstanding, 287 of them for domestic abuse offences.

# Developing a positive workplace

The force requires improvement at developing a positive workplace. Only 49 percent of survey respondents said they had had a meaningful performance review in the last year. Sickness absence in the contact centres averaged 14.2 days per person, compared with 9.8 days across the force.

# Leadership and force management

The force is adequate at leadership and force management. It has a clear medium-term financial plan. The table below summarises the force's budget.

!finance

The force plans to meet most of its savings requirement through its estates strategy, which will close five police stations and the Bournville training centre by 2027. It has not yet set out how it will fund the continuing costs of Connect Plus, which the force estimates at £6.1 million a year.

# Annex A: West Midlands Police in numbers

!numbers

Sources: Home Office police workforce statistics; force data; HMICFRS crime data integrity audit. Figures are for the 12 months to 30 September 2024 unless stated.
"""

GRADES = [
    ("Area of policing", "Grade"),
    ("Police powers and public treatment", "Good"),
    ("Preventing crime", "Good"),
    ("Responding to the public", "Inadequate"),
    ("Investigating crime", "Requires improvement"),
    ("Protecting vulnerable people", "Adequate"),
    ("Managing offenders and suspects", "Good"),
    ("Developing a positive workplace", "Requires improvement"),
    ("Leadership and force management", "Adequate"),
    ("Recording data about crime", "Adequate"),
]

GRADE_PROSE = (
    "In summary, West Midlands Police was graded good in three areas (police powers and public treatment, "
    "preventing crime, and managing offenders and suspects), adequate in three, requires improvement in two, "
    "and inadequate in one. No area was graded outstanding. We also comment on the force's service to victims of crime, "
    "which we do not grade."
)

FINANCE = [
    ("Budget line", "2024/25", "2025/26 (planned)"),
    ("Net revenue budget", "£748.6m", "£771.9m"),
    ("Police officer pay", "£512.3m", "£529.8m"),
    ("Police staff pay", "£164.7m", "£170.2m"),
    ("Connect Plus running costs", "£5.8m", "£6.1m"),
    ("Savings required", "£8.2m", "£9.2m"),
    ("Use of reserves", "£3.5m", "£0.0m"),
]

NUMBERS = [
    ("Measure", "West Midlands", "England and Wales"),
    ("999 calls answered within 10 seconds", "68.3%", "71.0%"),
    ("101 calls abandoned", "34.6%", "19.8%"),
    ("Crime recording accuracy", "92.6%", "92.4%"),
    ("Charge rate (all crime)", "6.8%", "7.3%"),
    ("Stop and search find rate", "31%", "29%"),
    ("Officers per 1,000 population", "2.49", "2.47"),
    ("Wanted suspects outstanding", "1,233", "-"),
]
