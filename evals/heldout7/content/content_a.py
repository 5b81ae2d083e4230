# Content for northumbria-peel-2023-25.pdf (fictional: all people, figures and programmes invented)
TITLE = "PEEL 2023-25: Police effectiveness, efficiency and legitimacy. An inspection of Northumbria Police"
TEXT = r"""
# About this inspection

This report sets out what we found when we inspected Northumbria Police as part of our PEEL 2023-25 programme. PEEL stands for police effectiveness, efficiency and legitimacy. Through it, His Majesty's Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS) assesses how well each of the 43 Home Office forces in England and Wales is performing.

Our fieldwork in Northumbria took place between 3 and 21 February 2025. We interviewed chief officers, officers and staff, held 44 focus groups, carried out reality testing in all three of the force's area commands, listened to 999 and 101 calls in the force control room at Wallsend, examined 320 crime files and ran a workforce survey that 2,118 people completed. Unless we say otherwise, the figures in this report relate to the 12 months to 30 September 2024.

We judge forces against the characteristics of good policing set out in the PEEL assessment framework 2023-25. We use five grades: outstanding, good, adequate, requires improvement and inadequate. Where we find a serious or critical shortcoming, we report it as a cause of concern and normally make recommendations. Where the shortcoming is less serious, we report an area for improvement (AFI).

## The force in context

Northumbria Police serves around 1.48 million people in Tyne and Wear and Northumberland. The area runs from the cities of Newcastle upon Tyne and Sunderland and the towns of Gateshead, North Shields and South Shields to the large, sparsely populated county of Northumberland, which reaches the Scottish border. The force works with six local authorities and has three area commands: Northern, Central and Southern.

On 31 March 2024 the force employed 3,812 police officers, 187 police community support officers (PCSOs) and 2,236 police staff, and had 139 special constables. Its net revenue budget for 2024/25 was £352.6 million. The force must save £14.7 million by March 2028.

Chief Constable Catherine Redshaw has led the force since January 2023. The Police and Crime Commissioner, Bernadette Lowery, was elected in May 2024.

# HM Inspector's observations

I want to thank Chief Constable Redshaw and the officers and staff of Northumbria Police for the help they gave us during our inspection.

Northumbria Police has real strengths. Its management of dangerous and high-harm offenders is among the best we have seen, and I have graded it outstanding. The force protects vulnerable people well, and its neighbourhood teams are trusted by their communities.

However, I have a serious concern about how the force responds to the public when they first contact it. Too many 999 calls are not answered quickly enough, too many callers to 101 give up before they are answered, and the force does not consistently assess the risk to callers. When the force cannot attend promptly, it does not always call the victim back to check whether the risk has changed. I have graded the force inadequate at responding to the public and identified this as a cause of concern.

The force's leaders knew about many of these problems before our inspection. In November 2024 the force started a control room recovery plan, which it calls Project Lighthouse. The plan was at an early stage when we inspected, and it was too soon to see its effect.

I will monitor the force's progress against the cause of concern and the areas for improvement through our usual monitoring arrangements.

Andrew Kettlewell
His Majesty's Inspector of Constabulary

# Our judgments

Our inspection assessed how good Northumbria Police is in nine areas of policing. We make graded judgments in all nine, as set out below.

!gradetable

# Cause of concern: responding to the public

Cause of concern: Northumbria Police does not answer emergency and non-emergency calls quickly enough, does not consistently assess the risk to people who call it, and does not make sure that callers whose incidents cannot be attended promptly are kept safe.

In the 12 months to 30 September 2024, the force answered 73.6 percent of 999 calls within 10 seconds. The national standard is 90 percent. The average time to answer a 101 call was 9 minutes 12 seconds, and 27.4 percent of callers abandoned their call before it was answered. The force does not offer a call-back option on 101.

We listened to 150 calls. The force uses the THRIVE model to assess threat, harm, risk, investigation, vulnerability and engagement, but a structured risk assessment was recorded in only 64 percent of the calls we reviewed. In 23 calls, we considered that the call handler had given the incident a lower priority than the risk justified.

The force attended 79 percent of emergency (grade 1) incidents within its target times of 15 minutes in urban areas and 20 minutes in rural areas. Priority (grade 2) incidents were attended in a median time of 3 hours 40 minutes. We found 17 incidents in which a vulnerable person waited more than 12 hours for officers to arrive, and in 11 of those the force had not contacted the caller again while they waited.

At the time of our inspection the force control room had 71 vacant call handler posts against an establishment of 412. Twenty-six call handlers had left in the previous six months.

Within three months, the force should:

Recommendation 1: make sure that it has enough trained call handlers to answer 999 calls in line with the national standard, and that it answers 101 calls promptly.

Recommendation 2: make sure that a structured risk assessment is carried out and recorded for every call for service, and that incidents are given the priority the risk justifies.

Recommendation 3: make sure that, where it cannot attend an incident within its target time, it contacts the caller again, reassesses the risk and records the result.

Recommendation 4: make sure that control room supervisors have effective oversight of all incidents that are waiting for attendance, and that they escalate those in which the risk has increased.

# Police powers and public treatment

Northumbria Police is adequate at treating people fairly and respectfully.

We reviewed 312 stop and search records. In 79 percent of them, the grounds recorded were reasonable. The force's stop and search scrutiny panel meets every quarter and watches body-worn video footage. Supervisors did not always review search records: we found no record of supervisory review in 88 of the 312 records.

Area for improvement 1: The force should improve how officers record the grounds for stop and search, and make sure supervisors review search records promptly.

The force has a well-organised professional standards department. We were satisfied that the force's vetting arrangements meet the national standard.

# Preventing crime and anti-social behaviour

Northumbria Police is good at preventing and deterring crime and anti-social behaviour.

The force's neighbourhood teams are well established in every area command, and they use a structured problem-solving approach. The force works closely with the six local authorities through its community safety partnerships, and we saw good joint work on anti-social behaviour on the Metro network and in town centres.

# Responding to the public

Northumbria Police is inadequate at responding to the public. Our findings are set out in the cause of concern above.

Area for improvement 2: The force should make sure that it understands the reasons why call handlers leave, and that it uses this understanding to retain its control room staff.

# Investigating crime

Northumbria Police is adequate at investigating crime.

The force's charge and summons rate in the 12 months to 30 September 2024 was 8.4 percent, above the average for England and Wales of 7.3 percent. Most of the investigations we reviewed were supervised and had an investigation plan.

The force set up a Crime Resolution Centre in 2023 to deal by telephone with crimes that do not need officers to attend. The centre dealt with 38 percent of all recorded crime in the period. We found that victims whose crimes were dealt with by the centre were not always told when their case was closed, and that the reasons for closing a case were not always recorded.

Area for improvement 3: The force should make sure that the Crime Resolution Centre keeps victims informed, and that it records the reasons for closing each investigation.

The force had 1,140 digital devices waiting to be examined at the time of our inspection, and the average wait for a phone examination was 14 weeks.

Area for improvement 4: The force should reduce the number of digital devices waiting for examination and the time victims and suspects wait for their devices to be returned.

# Protecting vulnerable people

Northumbria Police is good at protecting vulnerable people.

We found:

- frontline officers understood how to identify vulnerability and completed a risk assessment at every domestic abuse incident we reviewed;
- the force's multi-agency safeguarding hubs shared information with partners within 24 hours in 94 percent of cases;
- the force made good use of domestic violence protection notices, applying for 412 orders in the period;
- specialist officers in the force's child exploitation teams had manageable workloads and received regular supervision;
- the force worked well with health partners to support people in mental health crisis, and had reduced the time officers spent waiting with them in hospital.

# Managing offenders and suspects

Northumbria Police is outstanding at managing offenders and suspects.

At the time of our inspection the force managed 2,104 registered sex offenders. There were no overdue risk assessments for offenders assessed as very high or high risk, and only nine overdue visits across the whole caseload. The force pursues wanted suspects actively: it reduced the number of suspects circulated as wanted on the Police National Computer from 702 to 455 during the period.

The force's offender management teams are well resourced and well supervised. Each offender manager had an average caseload of 48 registered sex offenders, below the level the force considers safe. The force uses covert and overt tactics together to manage the highest-risk offenders, and it makes good use of civil orders, such as sexual harm prevention orders and stalking protection orders. We saw strong joint working with the probation service and with prisons in the North East, including regular meetings to plan the release of high-harm offenders well before their release date. Partners told us that the force was a reliable partner in multi-agency public protection arrangements.

Notable practice: Operation Bamburgh. Operation Bamburgh is a joint scheme between the force and the probation service for managing high-harm offenders released from prison. A police officer and a probation officer visit each offender at home on the day of release and draw up a joint plan with them. Since it started in April 2023, 386 offenders have been managed through the scheme. The force told us that 12 percent of them had been convicted of a further offence within a year, compared with 27 percent of a comparable group released before the scheme started.

The force should build on this by:

- making sure that the results of Operation Bamburgh are independently evaluated, including the reoffending figures;
- extending the scheme to offenders released from prisons outside the North East;
- agreeing a joint budget for the scheme with the probation service beyond March 2026;
- sharing what it has learned with other forces through the College of Policing's practice bank;
- making sure that victims of offenders managed through the scheme are told about the arrangements that affect them.

# Building, supporting and protecting the workforce

Northumbria Police requires improvement at building, supporting and protecting its workforce.

In our survey, 58 percent of respondents said they felt the force cared about their wellbeing. The force's student officer attrition rate was 14.7 percent, and the force did not fully understand why student officers left. Many student officers told us that their tutors were themselves inexperienced. We found that 38 percent of response sergeants were acting or temporary sergeants.

Area for improvement 5: The force should understand why student officers leave, and should improve the support that tutor constables receive.

Area for improvement 6: The force should make sure that response officers are supervised by trained, substantive sergeants.

# Leadership and force management

Northumbria Police is adequate at leadership and force management.

The force has a realistic medium-term financial plan and has made savings of £21.3 million since 2020. But we were not satisfied that the force had used its understanding of demand to plan its control room workforce. The force had not carried out a full review of control room demand since 2021.

Area for improvement 7: The force should make sure that its workforce plans, particularly for the control room, are based on an up-to-date understanding of demand.

!finance

# Recording data about crime

Northumbria Police is adequate at recording data about crime. We estimate that the force records 91.7 percent of reported crime. The force did not always record crimes that were reported during anti-social behaviour incidents, and it recorded only 76 percent of the reported crimes of behavioural offences, such as harassment and malicious communications.

# Annex A: Northumbria Police in numbers

!numbers

# Annex B: About the data

The figures in this report come from data that the force gave us, from the Home Office and from our own fieldwork. The crime file figures are based on our review of 320 files of crimes recorded between 1 April and 30 September 2024. The 999 and 101 figures are based on data provided by the force and by BT. The workforce figures are for 31 March 2024.
"""

GRADES = [
    ("Area of policing", "Grade"),
    ("Police powers and public treatment", "Adequate"),
    ("Preventing crime", "Good"),
    ("Responding to the public", "Inadequate"),
    ("Investigating crime", "Adequate"),
    ("Protecting vulnerable people", "Good"),
    ("Managing offenders and suspects", "Outstanding"),
    ("Building, supporting and protecting the workforce", "Requires improvement"),
    ("Leadership and force management", "Adequate"),
    ("Recording data about crime", "Adequate"),
]

GRADE_PROSE = (
    "In summary, Northumbria Police was graded outstanding in one area (managing offenders and suspects), good in two "
    "(preventing crime, and protecting vulnerable people), adequate in four (police powers and public treatment, investigating crime, "
    "leadership and force management, and recording data about crime), requires improvement in one (building, supporting and protecting "
    "the workforce) and inadequate in one (responding to the public). This is the first time since PEEL inspections began that we have "
    "graded Northumbria Police inadequate in any area."
)

FINANCE = [
    ("Budget line", "2024/25", "2025/26 (planned)"),
    ("Net revenue budget", "£352.6m", "£364.9m"),
    ("Police officer pay", "£214.8m", "£222.3m"),
    ("Police staff pay", "£79.4m", "£83.6m"),
    ("Control room (Project Lighthouse)", "£0.6m", "£2.2m"),
    ("Savings required", "£4.8m", "£5.1m"),
    ("Use of reserves", "£2.9m", "£1.4m"),
]

NUMBERS = [
    ("Measure", "Northumbria", "England and Wales"),
    ("999 calls answered within 10 seconds", "73.6%", "71.0%"),
    ("101 calls abandoned", "27.4%", "19.8%"),
    ("Crime recording accuracy", "91.7%", "92.4%"),
    ("Charge rate (all crime)", "8.4%", "7.3%"),
    ("Officers per 1,000 population", "2.58", "2.47"),
    ("Registered sex offenders managed", "2,104", "-"),
    ("Student officer attrition", "14.7%", "-"),
]
