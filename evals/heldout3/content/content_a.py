# Content for lincolnshire-peel-2023-25.pdf (fictional: all people, figures and programmes invented)
TITLE = "PEEL 2023-25: Police effectiveness, efficiency and legitimacy. An inspection of Lincolnshire Police"
TEXT = r"""
# About this inspection

This report sets out our findings from the PEEL 2023-25 inspection of Lincolnshire Police. PEEL stands for police effectiveness, efficiency and legitimacy. It is the programme of inspections through which His Majesty's Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS) assesses how well each police force in England and Wales is performing. PEEL 2023-25 is the second round of PEEL inspections carried out under the approach we introduced in 2021/22.

We carried out our fieldwork in Lincolnshire between 3 and 21 June 2024. During this time we interviewed officers, staff and senior leaders, held focus groups, observed briefings and meetings, listened to calls in the force control room, reviewed case files and carried out a survey of the workforce. Unless we say otherwise, the data in this report is for the year ending 31 March 2024.

We assess forces against the characteristics of good policing set out in the PEEL assessment framework 2023-25. We use a five-tier graded judgment: outstanding, good, adequate, requires improvement and inadequate. Our judgments are based on the evidence we gathered and on the force's performance against the characteristics of good policing.

We explain in the report how we reach our judgments. Where we find a serious or critical shortcoming in practice, policy or performance, we report it as a cause of concern. A cause of concern will usually be accompanied by one or more recommendations. Where we find a shortcoming that is less serious, we report it as an area for improvement. We monitor the force's progress against all causes of concern and areas for improvement.

## Lincolnshire in context

Lincolnshire Police serves a population of around 768,000 people. The force area is one of the largest in England, covering 2,284 square miles. Much of it is rural and sparsely populated, and the county has a long coastline that includes the seaside towns of Skegness and Mablethorpe, whose populations increase greatly during the summer. The force area contains seven district councils: Boston, East Lindsey, City of Lincoln, North Kesteven, South Holland, South Kesteven and West Lindsey.

On 31 March 2024 the force had 1,204 police officers, 97 police community support officers (PCSOs), 214 special constables and 1,046 police staff. These figures do not include the staff employed by the force's strategic partner, which provides many of the force's support services under a long-term outsourcing contract. The force's net revenue budget for 2024/25 was £168.4 million.

# HM Inspector's observations

I am grateful to Chief Constable Marcus Pennington, who took up post in August 2023, and to the officers and staff of Lincolnshire Police for the constructive way in which they supported this inspection. I also thank the Office of the Police and Crime Commissioner for Lincolnshire for its help.

I am pleased to report that Lincolnshire Police is a force with many strengths. It records crime accurately, and its crime recording has improved since our last inspection. Its neighbourhood teams are visible and well known in their communities, and the force uses problem-solving approaches effectively to prevent crime and antisocial behaviour. I was particularly impressed by the work of the Rural Crime Action Team and by Project Kestrel, the force's partnership with Lincolnshire County Council to protect children at risk of exploitation. The force looks after its workforce well.

But I have serious concerns about how the force manages the risk posed by registered sex offenders and by people suspected of viewing or sharing indecent images of children online. The force's management of sexual and violent offenders (MOSOVO) unit does not have enough staff for the number of offenders it manages. On 10 June 2024, 163 risk assessments for registered sex offenders were overdue, and 71 offenders were overdue a home visit. The force had not recognised the scale of the problem, and its senior leaders did not have the information they needed to understand the risk. I have therefore identified a cause of concern and made four recommendations.

The force also needs to improve how it responds to the public. In the year ending 31 March 2024, the force answered 82.6 percent of 999 calls within 10 seconds, against the national standard of 90 percent. Too many people who call the non-emergency 101 number hang up before their call is answered. In some rural parts of the county, the force does not attend emergency incidents as quickly as it should.

The force faces a significant financial challenge. Its medium-term financial plan shows a funding gap of £6.1 million by 2027/28. The contract under which its strategic partner provides many of its support services ends in March 2027, and the force and the police and crime commissioner have not yet decided what will replace it.

I will be monitoring the force's progress against the cause of concern and the areas for improvement.

Elspeth Rayner
His Majesty's Inspector of Constabulary

# Our judgments

Our inspection assessed how good Lincolnshire Police is in nine areas of policing. We make graded judgments in all nine areas. The table below sets out the grade we gave the force in each area.

!gradetable

We have not compared these grades with the grades we gave the force in 2021/22. Our assessment framework and our approach to grading have changed, so grades from the two rounds are not directly comparable.

# Cause of concern and recommendations

We have identified one cause of concern. It relates to the area of managing offenders and suspects.

## Cause of concern: managing registered sex offenders and online child sexual abuse offenders

Cause of concern: The force is not effectively managing the risk posed by registered sex offenders and by people suspected of viewing or sharing indecent images of children online. This means that children and other vulnerable people may be at increased risk of harm.

To address this cause of concern, we recommend that the force takes the following action.

Recommendation 1: By 31 March 2025, the force should complete all overdue active risk management system (ARMS) assessments and home visits for registered sex offenders, prioritising those offenders assessed as posing a high or very high risk of serious harm.

Recommendation 2: By 31 May 2025, the force should make sure that its MOSOVO unit has enough trained officers and staff for their caseloads to be manageable.

Recommendation 3: By 31 May 2025, the force should make sure that every referral about a person suspected of viewing or sharing indecent images of children is risk assessed within 14 days of receipt, and that the highest-risk cases are acted on promptly.

Recommendation 4: By 30 June 2025, the force should introduce effective supervision and performance management arrangements, so that senior leaders understand the risks posed by registered sex offenders and the demand on the MOSOVO unit.

We explain the reasons for this cause of concern in the managing offenders and suspects section of this report.

# Areas for improvement

We identified eight areas for improvement. We set out the reasons for each one in the relevant section of the report.

Area for improvement 1: The force should reduce the number of calls to its non-emergency 101 number that are abandoned before they are answered.

Area for improvement 2: The force should make sure that call handlers in the force control room carry out and record a structured risk assessment, using the THRIVE model, for every call for service.

Area for improvement 3: The force should make sure that it attends emergency and priority incidents within its target times, in particular in rural areas of the county.

Area for improvement 4: The force should make sure that victims are kept updated about the progress of their cases, in line with the Victims' Code, and that the reasons a victim withdraws support for an investigation are recorded.

Area for improvement 5: The force should reduce the number of digital devices waiting to be examined, so that investigations are not delayed.

Area for improvement 6: The force should improve how officers record the grounds for stop and search, and make sure that officers use body-worn video during every search.

Area for improvement 7: The force should make sure that children who have been missing are offered a return home interview, and that the information gathered is used to reduce the risk of them going missing again.

Area for improvement 8: The force, working with the police and crime commissioner, should make sure that its plans for providing support services after its strategic partnership contract ends in March 2027 are realistic and affordable.

# Providing a service to the victims of crime

We assess the service that victims receive from the point at which they contact the police to the point at which the case is closed. To do this, we reviewed a sample of 84 calls for service and 124 investigations. We also looked at whether crimes reported to the force were correctly recorded.

During our review of cases we found that the force:

- answered most emergency calls promptly, but too many 101 callers abandoned their calls;
- did not always record a structured risk assessment when a call was received;
- attended most incidents within its target times in urban areas, but not always in rural areas;
- carried out proportionate and effective investigations in most cases; and
- did not always keep victims updated about their cases.

These findings are explained in more detail in the responding to the public and investigating crime sections of this report.

# Recording data about crime

Lincolnshire Police is good at recording data about crime.

The force's overall crime recording accuracy is 93.8 percent (with a confidence interval of plus or minus 1.9 percent). This is an improvement since our 2021/22 inspection. It means that the force records most of the crimes reported to it. The force recorded 92.1 percent of reported violent crime and 96.7 percent of reported sexual offences.

The force has a crime and incident registrar who is independent of operational pressures, and an effective audit regime. Officers and staff we spoke to understood the national crime recording standards and told us that the force's crime recording decision makers gave them clear advice. The force records antisocial behaviour incidents accurately, and it generally records crimes within 24 hours of them being reported.

The force correctly records most crimes involving modern slavery and stalking. In a small number of cases, officers recorded a harassment offence when the circumstances amounted to stalking. The force has already provided further training for its officers on this.

# Police powers and public treatment

Lincolnshire Police is adequate at treating the public fairly, appropriately and respectfully.

## Stop and search

We reviewed a sample of 260 stop and search records from the year ending 31 March 2024. Of these, we judged that 84.6 percent had reasonable grounds recorded. This is lower than we would expect. In particular, the grounds recorded for searches for controlled drugs were often brief and relied on the smell of cannabis alone. Officers activated their body-worn video during 71 percent of the searches we reviewed.

The force monitors its use of stop and search through an internal scrutiny board chaired by an assistant chief constable. The Lincolnshire Stop and Search Scrutiny Panel, which is made up of members of the public, reviews a sample of body-worn video footage every quarter. But the force does not use the panel's findings systematically to improve the way officers carry out searches. This is an area for improvement (area for improvement 6).

The force's data shows that in the year ending 31 March 2024, black people in Lincolnshire were 3.1 times more likely to be stopped and searched than white people. The force understands the reasons for this disparity less well than it should.

## Use of force

The force records its use of force well, and supervisors review body-worn video footage of a sample of incidents each month. Officers we spoke to understood when and how to use force and how to record it.

## Engaging with communities

The force engages well with the communities it serves, including seasonal workers, Gypsy, Roma and Traveller communities, and the migrant communities in Boston and South Holland. It has an independent advisory group, and its neighbourhood teams use social media and community events to seek people's views.

# Preventing crime and antisocial behaviour

Lincolnshire Police is good at preventing crime and antisocial behaviour.

The force prioritises crime prevention, and neighbourhood policing is well established. Neighbourhood officers and PCSOs told us that they are rarely taken away from their neighbourhood duties to fill gaps in response teams. The force uses problem-solving approaches well, and the problem-solving plans we reviewed were of good quality.

## Rural crime

Rural crime is a priority for the force. The Rural Crime Action Team works with farmers, landowners, the National Farmers' Union and the Environment Agency to tackle hare coursing, the theft of agricultural machinery and fuel, and fly-tipping. The team uses drones, automatic number plate recognition and intelligence from the public to disrupt offenders. The force told us that reports of hare coursing have fallen substantially over the past two seasons.

## Seasonal demand on the coast

Each summer, the population of the East Lindsey coast increases greatly. The force plans for this demand through Operation Coastline, which moves neighbourhood officers and special constables to Skegness and Mablethorpe during the peak season and works with the district council, licensed premises and holiday park operators to prevent antisocial behaviour and alcohol-related violence.

## Project Kestrel

Project Kestrel is a partnership between the force and Lincolnshire County Council that supports children at risk of criminal and sexual exploitation. Police officers, social workers and youth workers share an office in Lincoln and hold a daily meeting to review new referrals. The project supported 212 children in the year ending 31 March 2024. We consider this to be an example of promising practice.

# Responding to the public

Lincolnshire Police requires improvement at responding to the public.

## Answering calls

In the year ending 31 March 2024, the force answered 82.6 percent of 999 calls within 10 seconds, against the national standard of 90 percent. The force's performance had improved during the year, and in March 2024 it answered 86.3 percent of 999 calls within 10 seconds.

The force's performance in answering 101 calls is poor. In the year ending 31 March 2024, 19.8 percent of 101 calls were abandoned before they were answered. The average time that 101 callers waited for their call to be answered was 6 minutes and 42 seconds. The force does not offer callers a call-back service, although it has plans to introduce one. This is an area for improvement (area for improvement 1).

The force control room had 14 vacant call handler posts at the time of our inspection. The force has started a recruitment campaign, but it takes around 12 weeks for a new call handler to be trained and able to take calls unsupervised.

## Assessing risk

The force uses the THRIVE model (threat, harm, risk, investigation, vulnerability and engagement) to assess risk when a call is received. We listened to 84 calls. In 61 of these, the call handler carried out and recorded a structured risk assessment. In the other 23, the assessment was either not carried out or not recorded. Repeat callers were not always identified. This is an area for improvement (area for improvement 2).

## Attending incidents

The force's target is to attend emergency incidents within 15 minutes in urban areas and within 20 minutes in rural areas. In the year ending 31 March 2024, it attended 78.2 percent of emergency incidents within these targets. Performance varied across the county. In the rural parts of East Lindsey, only 64 percent of emergency incidents were attended within the target time. Response officers told us that they often had to travel long distances to incidents because there were too few officers on duty in the area. This is an area for improvement (area for improvement 3).

# Investigating crime

Lincolnshire Police is adequate at investigating crime.

We reviewed 124 investigations. In 109 of these, the investigation was effective. Investigations were generally proportionate, and most were allocated to officers with the right skills and experience. Supervisors reviewed most investigations and recorded their reviews, although some supervisory reviews were brief.

In the year ending 31 March 2024, 7.1 percent of crimes recorded by the force resulted in a charge or summons. This is similar to the rate for England and Wales.

## Keeping victims informed

The force did not always keep victims updated about the progress of their investigations. In 31 of the 124 investigations we reviewed, there was no record that the victim had been updated in line with the Victims' Code. When victims withdrew their support for an investigation, the reasons were not always recorded, and officers did not always consider whether the investigation could continue without the victim's support. This is an area for improvement (area for improvement 4).

## Digital forensics

The force has a large backlog of digital devices waiting to be examined. On 7 June 2024, 612 devices were waiting to be examined by the digital forensics unit. The median time that a device waited to be examined was 94 days. This delays investigations, and in some cases suspects were on bail or released under investigation for longer than necessary. The force has begun to introduce self-service kiosks that allow trained officers to download data from mobile phones, but this work is at an early stage. This is an area for improvement (area for improvement 5).

# Protecting vulnerable people

Lincolnshire Police requires improvement at protecting vulnerable people.

The force has a good understanding of the nature and scale of vulnerability in Lincolnshire. Its multi-agency safeguarding hub works well with the county council and health partners, and referrals are generally assessed promptly.

## Domestic abuse

Officers attending domestic abuse incidents usually completed a risk assessment. But in 11 of the 60 domestic abuse cases we reviewed, the risk assessment was either not completed or was completed some days after the incident. The force's arrest rate for domestic abuse-related crimes was 27 percent in the year ending 31 March 2024.

The force takes too long to deal with applications under the domestic violence disclosure scheme (Clare's Law). In the year ending 31 March 2024, applications took an average of 46 days to complete, against the 28 days set out in the statutory guidance.

## Missing children

Children who go missing from home or from care are at risk of harm, including exploitation. When a child returns, they should be offered a return home interview, which is carried out by the county council's independent return interview service. In the year ending 31 March 2024, only 58 percent of children who returned after being missing received a return home interview within 72 hours. The force did not consistently use the information gathered in these interviews to reduce the risk of the child going missing again. This is an area for improvement (area for improvement 7).

# Managing offenders and suspects

Lincolnshire Police is inadequate at managing offenders and suspects.

## Registered sex offenders

On 10 June 2024, the force was managing 1,388 registered sex offenders in the community. The force uses the active risk management system (ARMS) to assess the risk each offender poses and to plan how that risk will be managed. ARMS assessments should be reviewed regularly, and offenders should receive home visits at a frequency that reflects the risk they pose.

The MOSOVO unit does not have enough staff to manage this demand. At the time of our inspection, the unit had 15 offender managers, each of whom was responsible for an average of 92 offenders. In most forces we inspect, offender managers have caseloads of between 50 and 70 offenders. Offender managers told us that they could not keep up with their workloads, and several told us they felt that the risk was not being managed safely.

On 10 June 2024, 163 ARMS assessments were overdue, and 71 registered sex offenders were overdue a home visit. The longest overdue home visit was 14 months late. Some of the offenders who were overdue a visit had been assessed as posing a high risk of serious harm.

Senior leaders did not have an accurate picture of the problem. The force's performance reports did not include the number of overdue assessments or visits, and the unit's supervisors did not have the time to audit offender managers' work. The force had not recorded the risk on its strategic risk register.

## Online child sexual abuse

The force's Paedophile Online Investigation Team (POLIT) investigates people suspected of viewing or sharing indecent images of children. On 10 June 2024, 118 referrals were waiting for action, and the oldest had been received 11 months earlier. In 34 of these cases, the referral had not been risk assessed using the Kent internet risk assessment tool (KIRAT). This means that the force could not be sure that the highest-risk suspects were being dealt with first.

We have therefore identified a cause of concern and made four recommendations, which are set out at the start of this report.

## Other offender management

The force's integrated offender management scheme is effective, and it works well with the probation service to manage the small number of offenders who cause the most harm. The force manages the risk posed by suspects on bail well. On 31 March 2024 there were 297 people on the force's list of wanted people, and the force reviews this list every week.

# Building, supporting and protecting the workforce

Lincolnshire Police is good at building, supporting and protecting its workforce.

The force has a positive culture. In our workforce survey, most respondents told us that they felt valued and that they would feel confident challenging inappropriate behaviour. The force has an effective occupational health service, and the average wait for an occupational health appointment was 11 days. Its wellbeing support includes trauma risk management (TRiM) and a network of trained wellbeing champions.

The force has a clear plan to improve the representation of women and people from ethnic minority backgrounds in its workforce. In the year ending 31 March 2024, the turnover of police officers was 6.4 percent, which is lower than in many forces.

# Leadership and force management

Lincolnshire Police is adequate at leadership and force management.

Chief officers have a clear vision for the force, and they are visible and well regarded by the workforce. The force has a sound understanding of current demand, although its force management statement did not fully assess the demand on the MOSOVO unit.

The force's medium-term financial plan shows a funding gap of £6.1 million by 2027/28. The force has identified savings of £3.4 million, but it has not yet identified how it will close the rest of the gap.

Since 2012, many of the force's support services, including its control room technology, custody, human resources and finance services, have been provided by a strategic partner under a long-term contract. The contract ends in March 2027. At the time of our inspection, the force and the police and crime commissioner had commissioned an options appraisal but had not yet decided whether to extend the contract, procure a new one or bring the services back in house. Whatever option is chosen, the change will be complex and costly, and we are not yet assured that the force has planned for it realistically. This is an area for improvement (area for improvement 8).

# Annex A: About the data

The data in this report comes from a range of sources, including the force itself, the Home Office, the Office for National Statistics and our inspection fieldwork. Where we refer to data for England and Wales, this excludes the British Transport Police.

The crime recording figure is based on an audit of incidents reported to the force between 1 November 2023 and 30 April 2024. The stop and search figure is based on our review of 260 records. The investigation figures are based on our review of 124 investigations. Figures about calls are based on data provided by the force and by BT. Figures about workforce are as at 31 March 2024.

# Annex B: Lincolnshire Police in numbers

!numbers
"""

GRADES = [
    ("Area of policing", "Grade"),
    ("Recording data about crime", "Good"),
    ("Police powers and public treatment", "Adequate"),
    ("Preventing crime and antisocial behaviour", "Good"),
    ("Responding to the public", "Requires improvement"),
    ("Investigating crime", "Adequate"),
    ("Protecting vulnerable people", "Requires improvement"),
    ("Managing offenders and suspects", "Inadequate"),
    ("Building, supporting and protecting the workforce", "Good"),
    ("Leadership and force management", "Adequate"),
]
GRADE_PROSE = (
    "In summary, Lincolnshire Police is good at recording data about crime, at preventing crime and antisocial behaviour, "
    "and at building, supporting and protecting the workforce. "
    "It is adequate at police powers and public treatment, investigating crime, and leadership and force management. "
    "It requires improvement at responding to the public and at protecting vulnerable people. "
    "It is inadequate at managing offenders and suspects."
)
NUMBERS = [
    ("Measure", "Lincolnshire Police", "Notes"),
    ("Population served", "768,000", "Mid-2022 estimate"),
    ("Police officers", "1,204", "At 31 March 2024"),
    ("PCSOs", "97", "At 31 March 2024"),
    ("Special constables", "214", "At 31 March 2024"),
    ("Police staff", "1,046", "Excludes strategic partner staff"),
    ("Net revenue budget", "£168.4m", "2024/25"),
    ("999 calls answered within 10 seconds", "82.6%", "Year ending 31 March 2024"),
    ("101 calls abandoned", "19.8%", "Year ending 31 March 2024"),
    ("Crime recording accuracy", "93.8%", "Plus or minus 1.9%"),
    ("Charge or summons rate", "7.1%", "Year ending 31 March 2024"),
    ("Registered sex offenders managed", "1,388", "At 10 June 2024"),
    ("Digital devices awaiting examination", "612", "At 7 June 2024"),
]
