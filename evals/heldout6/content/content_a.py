# Content for humberside-peel-2023-25.pdf (fictional: all people, figures and programmes invented)
TITLE = "PEEL 2023-25: Police effectiveness, efficiency and legitimacy. An inspection of Humberside Police"
TEXT = r"""
# About this inspection

This report sets out what we found when we inspected Humberside Police as part of our PEEL 2023-25 programme. PEEL stands for police effectiveness, efficiency and legitimacy. Through it, His Majesty's Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS) assesses how well each of the 43 Home Office forces in England and Wales is performing.

Our fieldwork in Humberside took place between 13 and 31 January 2025. We interviewed chief officers, officers and staff, held 38 focus groups, carried out reality testing in all four of the force's local policing areas, listened to 999 and 101 calls in the force control room at Melton, examined 290 crime files and ran a workforce survey that 1,406 people completed. Unless we say otherwise, the figures in this report relate to the 12 months to 30 September 2024.

We judge forces against the characteristics of good policing set out in the PEEL assessment framework 2023-25. We use five grades: outstanding, good, adequate, requires improvement and inadequate. Where we find a serious or critical shortcoming, we report it as a cause of concern and normally make recommendations. Where the shortcoming is less serious, we report an area for improvement (AFI).

## The force in context

Humberside Police serves around 940,000 people on both banks of the Humber estuary: the city of Hull, the East Riding of Yorkshire, and the towns of Grimsby and Scunthorpe and the areas around them. The force works with four unitary councils. The area includes busy ports, a long coastline, large rural areas and some of the most deprived neighbourhoods in England.

On 31 March 2024 the force employed 2,181 police officers, 231 police community support officers (PCSOs) and 1,602 police staff, and had 154 special constables. Its net revenue budget for 2024/25 was £248.3 million. The force must save £9.6 million by March 2027.

Chief Constable Neil Oxtoby has led the force since September 2022. The Police and Crime Commissioner, Rosalind Harker, was elected in May 2024.

# HM Inspector's observations

I want to thank Chief Constable Oxtoby and the officers and staff of Humberside Police for the way they supported our inspection.

Humberside Police continues to perform well in many areas. It is outstanding at preventing crime and anti-social behaviour. Its neighbourhood teams are stable, well led and know their communities, and its problem-solving work is among the best we have seen. The force answers emergency calls promptly and manages registered sex offenders and other dangerous offenders well.

However, I have a serious concern about the quality of the force's investigations, and I have identified this as a cause of concern. Too many investigations are not supervised, too many victims are not kept informed, and too many cases are closed because the victim withdraws support without the force having done enough to keep them engaged. The force's investigation workloads are high, and a large proportion of investigations are carried out by inexperienced officers in response teams.

I was also concerned about how the force looks after its workforce. Staff told us that waiting times for occupational health support were too long, and the force does not yet understand the reasons for its high sickness absence among police staff in the control room.

I will monitor the force's progress against the cause of concern and the areas for improvement through our usual monitoring arrangements.

Wendy Marchbank
His Majesty's Inspector of Constabulary

# Our judgments

Our inspection assessed how good Humberside Police is in nine areas of policing. We make graded judgments in all nine, as set out below.

!gradetable

# Cause of concern: investigating crime

Cause of concern: Humberside Police does not make sure that its investigations are effective, well supervised and carried out to a consistent standard, and too many victims do not receive a good service as a result.

Of the 290 crime files we examined, 104 were investigations of crimes allocated to response officers. In 41 of those 104, there was no record of any supervisory review during the investigation. Across all the files we examined, there was an investigation plan in 58 percent of cases. Victims were updated in line with the Victims' Code in 61 percent of cases. We found cases of domestic abuse and stalking where obvious lines of enquiry, such as house-to-house enquiries and the recovery of CCTV, had not been followed.

The force's charge and summons rate in the 12 months to 30 September 2024 was 6.1 percent, below the average for England and Wales of 7.3 percent. In 28 percent of all recorded crimes, the outcome was that the victim did not support further action (outcome 16). The force did not record whether it had considered an evidence-led prosecution in most of the domestic abuse cases we reviewed in which the victim had withdrawn support.

In 2023 the force disbanded its standalone Investigation Standards Team, which had reviewed a sample of investigations each month, and moved its four sergeants into the local policing areas. Since then, no one in the force has had the job of checking the quality of investigations across the force.

Within six months, the force should:

Recommendation 1: make sure that every investigation allocated to an officer below the rank of sergeant is reviewed by a supervisor within seven days of allocation, and at least every 28 days after that, and that the review is recorded.

Recommendation 2: make sure that victims are updated in line with the Victims' Code, and that the reasons for not updating a victim are recorded.

Recommendation 3: make sure that, where a victim of domestic abuse withdraws support, officers and supervisors consider and record whether an evidence-led prosecution is possible.

# Police powers and public treatment

The force is adequate at treating people fairly and respectfully.

We reviewed a sample of stop and search records. Most of them showed reasonable grounds for the search, and the force's stop and search board scrutinises its data, including on disproportionality. The force uses a scheme it calls Reflect and Review, in which a supervisor watches body-worn video footage of a stop and search with the officer who carried it out. We were satisfied that the force understands why Black people in Humberside are more likely to be searched than white people, and that it is taking steps to reduce the difference.

The force records use of force less well. Officers did not always complete a use of force form when they had handcuffed someone who was compliant. We found that the force had not carried out any dip sampling of use of force records since March 2024.

Area for improvement 1: The force should improve how it records use of force, including the use of handcuffs on compliant people, and should regularly review a sample of use of force records.

We were satisfied that the force's vetting arrangements meet the national standard. At the time of our inspection, the force had no backlog of vetting renewals.

# Preventing crime and anti-social behaviour

Humberside Police is outstanding at preventing and deterring crime and anti-social behaviour.

The force's neighbourhood teams are protected from abstraction, and the force's local policing areas each have a problem-solving coordinator. Every neighbourhood team uses a structured problem-solving approach, and we saw high-quality plans for tackling anti-social behaviour, drug dealing and repeat burglary.

We found:

- neighbourhood officers and PCSOs knew the most vulnerable people and the most prolific offenders in their areas;
- the force's problem-solving coordinators had trained 412 officers and staff in the previous year;
- partners, including the councils, housing providers and the fire service, said the force was an active and reliable partner;
- the force evaluates its problem-solving work and publishes the results on its website;
- the force's independent advisory groups had been refreshed in 2024 and included more young people.

Notable practice: Operation Spurn. Operation Spurn is a partnership approach to reducing anti-social behaviour on the coast. It started in Bridlington in the summer of 2023 and was extended to Cleethorpes and Withernsea in 2024. Neighbourhood officers, youth workers from the councils and staff from the bus and rail operators patrol together at peak times, and young people who are involved in anti-social behaviour are referred to a youth diversion scheme run by a local charity. The force told us that reports of anti-social behaviour in the three towns fell by 31 percent between the summers of 2023 and 2024.

The force should build on this by:

- making sure that the results of the youth diversion scheme are independently evaluated;
- sharing the Operation Spurn approach with other coastal forces;
- agreeing long-term funding for the youth workers with the councils.

# Responding to the public

Humberside Police is good at responding to the public.

In the 12 months to 30 September 2024, the force answered 91.4 percent of 999 calls within 10 seconds, above the national standard of 90 percent. The force's performance on 101 was weaker. The average time to answer a 101 call was 4 minutes 50 seconds, and 19.2 percent of callers abandoned their call. The force has introduced a call-back option, but we found that it was not always used when waiting times were long.

The force attended 84 percent of emergency (grade 1) incidents within its target times of 15 minutes in urban areas and 20 minutes in rural areas.

Area for improvement 2: The force should make sure it answers 101 calls promptly, and that it uses its call-back option consistently when waiting times are long.

# Investigating crime

Humberside Police requires improvement at investigating crime. Our findings on the quality of investigations are set out in the cause of concern above.

The force has made some progress since our last inspection in 2022. It has increased the number of detectives in its criminal investigation department from 296 to 318, and it has reduced the number of suspects who are wanted or circulated on the Police National Computer from 611 to 402. But investigation workloads remain high: we found response officers with up to 22 investigations each.

The force has not yet replaced its crime and intelligence records management system, which is more than 15 years old. The replacement programme, Project Tern, was due to go live in April 2025, but at the time of our inspection the force had delayed it to April 2026. Staff told us the current system was slow and did not allow them to see all the information held about a person.

Area for improvement 3: The force should make sure that victims' needs are assessed and recorded at the start of an investigation, and that the Victims' Code is followed when a case is closed.

# Protecting vulnerable people

The force is adequate at protecting vulnerable people.

The force has a well-established multi-agency safeguarding hub, and it makes referrals to partners promptly. However, we found that the force does not manage well the risks to children who go missing from home or care more than once. In the 12 months to 30 September 2024, 1,917 missing episodes involving children were reported to the force, and 644 children went missing more than once. A return home interview was carried out within 72 hours in only 48 percent of episodes.

Area for improvement 4: The force should work with the councils to improve how it manages the risk to children who go missing repeatedly, including by making sure return home interviews are carried out and that the information from them is used.

# Managing offenders and suspects

Humberside Police is good at managing offenders and suspects. At the time of our inspection the force managed 1,318 registered sex offenders, and we found no overdue risk assessments for offenders assessed as very high or high risk. The force's integrated offender management scheme works well, and the force pursues wanted suspects actively.

# Building, supporting and protecting the workforce

Humberside Police requires improvement at building, supporting and protecting its workforce.

In our survey, 62 percent of respondents said they felt the force cared about their wellbeing. The average waiting time for an occupational health appointment in 2024 was 11 weeks. Sickness absence among police staff in the force control room was 7.9 percent, against 4.6 percent for police staff as a whole. The force had not analysed the reasons for this.

Area for improvement 5: The force should reduce waiting times for occupational health support and should understand and act on the reasons for high sickness absence in the force control room.

# Leadership and force management

Humberside Police is adequate at leadership and force management.

The force understands its demand well and has a realistic medium-term financial plan. It has made savings of £14.2 million since 2021. However, we were not satisfied that the force's plans for Project Tern were realistic. The programme has been delayed twice, and the force had not updated its cost estimate since 2023, when it was £6.8 million.

Area for improvement 6: The force should make sure that its plans for replacing its records management system are realistic, fully costed and kept under review by chief officers.

!finance

# Annex A: Humberside Police in numbers

!numbers

# Annex B: About the data

The figures in this report come from data that the force gave us, from the Home Office and from our own fieldwork. The crime file figures are based on our review of 290 files of crimes recorded between 1 April and 30 September 2024. The 999 and 101 figures are based on data provided by the force and by BT. The workforce figures are for 31 March 2024.
"""

GRADES = [
    ("Area of policing", "Grade"),
    ("Police powers and public treatment", "Adequate"),
    ("Preventing crime", "Outstanding"),
    ("Responding to the public", "Good"),
    ("Investigating crime", "Requires improvement"),
    ("Protecting vulnerable people", "Adequate"),
    ("Managing offenders and suspects", "Good"),
    ("Building, supporting and protecting the workforce", "Requires improvement"),
    ("Leadership and force management", "Adequate"),
    ("Recording data about crime", "Good"),
]

GRADE_PROSE = (
    "In summary, Humberside Police was graded outstanding in one area (preventing crime), good in three "
    "(responding to the public, managing offenders and suspects, and recording data about crime), adequate in three, "
    "and requires improvement in two (investigating crime, and building, supporting and protecting the workforce). "
    "No area was graded inadequate. We estimate that the force records 94.1 percent of reported crime."
)

FINANCE = [
    ("Budget line", "2024/25", "2025/26 (planned)"),
    ("Net revenue budget", "£248.3m", "£257.0m"),
    ("Police officer pay", "£142.9m", "£148.1m"),
    ("Police staff pay", "£58.6m", "£61.0m"),
    ("Project Tern (capital)", "£1.9m", "£3.4m"),
    ("Savings required", "£3.1m", "£3.3m"),
    ("Use of reserves", "£1.2m", "£0.0m"),
]

NUMBERS = [
    ("Measure", "Humberside", "England and Wales"),
    ("999 calls answered within 10 seconds", "91.4%", "71.0%"),
    ("101 calls abandoned", "19.2%", "19.8%"),
    ("Crime recording accuracy", "94.1%", "92.4%"),
    ("Charge rate (all crime)", "6.1%", "7.3%"),
    ("Outcome 16 (victim does not support)", "28%", "24%"),
    ("Officers per 1,000 population", "2.32", "2.47"),
    ("Registered sex offenders managed", "1,318", "-"),
]
