# Content for hmicfrs-retail-crime-thematic-2025.html (fictional)
TITLE = "Behind the counter: An inspection of the police response to retail crime"
TEXT = r"""
# Behind the counter: An inspection of the police response to retail crime

Published: 24 June 2025

Publication type: Thematic inspection report

Forces inspected: Humberside Police, Kent Police, Hampshire and Isle of Wight Constabulary, Merseyside Police, Metropolitan Police Service, Norfolk Constabulary, Staffordshire Police, West Yorkshire Police

## Foreword

Shop theft is not a victimless crime. Every day, people who work in shops across England and Wales are threatened, abused and sometimes assaulted by people who steal from the shops where they work. For small independent retailers, repeated theft can be the difference between staying open and closing. For the communities those shops serve, the loss of a local shop, a pharmacy or a post office counter is keenly felt.

For too long, retail crime has been treated by many police forces as a low priority. Shop workers told us that they had stopped reporting thefts because they believed nothing would happen. Retailers told us that they had offered the police clear CCTV footage of offenders they could name, and that the police had not collected it. When we looked at case files, we found that these views were often justified.

In October 2023, the National Police Chiefs' Council (NPCC) published the Retail Crime Action Plan. In it, forces committed to attend the scene of a shop theft where violence had been used, where an offender had been detained by store staff, or where evidence needed to be secured, and to follow up all reasonable lines of enquiry. We found that the plan had made a difference in some forces. But the forces we inspected had interpreted it in different ways, and none of them could show us that it was being followed consistently.

There is much that the police can do, and some forces are doing it well. The dedicated retail crime team in Norfolk, the radio link between shops and the CCTV control room in Merseyside, and the online evidence portal in Humberside all show what can be achieved. I want every force to learn from them.

This report makes ten recommendations. Five are for chief constables. The others are for the NPCC, the Home Office and the College of Policing. I expect all of them to be acted on.

Michael Stanbridge
His Majesty's Inspector of Constabulary

## Summary

Recorded shop theft has risen sharply. In the year ending 31 December 2024, the police in England and Wales recorded 516,971 shop theft offences, an increase of 23 percent on the previous year and the highest figure since current recording practices were introduced. Many more offences are never reported. In our survey of 2,306 retail workers, 57 percent said they did not report every theft to the police, and the most common reason was that they did not think the police would do anything.

In the forces we inspected, we found that:

- forces had made retail crime more of a priority since the publication of the Retail Crime Action Plan, but none could show that the plan's attendance commitments were being met consistently;
- call handlers did not always identify whether a retail worker had been threatened or assaulted, and so the risk to staff was often not assessed;
- the police attended 24 percent of the shop theft reports in the case files we reviewed, but the proportion varied from 9 percent to 38 percent between forces;
- in 41 percent of the cases in which a retailer offered CCTV footage, the police did not collect it or view it;
- investigations were often closed before all reasonable lines of enquiry had been followed;
- most forces did not have a reliable way of identifying prolific shop theft offenders, or of working with partners to address the drug and alcohol misuse that lies behind much of their offending;
- only three of the eight forces could reliably identify offences of violence and abuse against retail workers in their crime data; and
- the police response to organised retail crime was fragmented, and intelligence was not shared effectively between forces, regional organised crime units and retailers.

Of the shop theft offences closed by the police in England and Wales in 2024, 16.4 percent resulted in a charge or summons, and 38.2 percent were closed without a suspect being identified.

## About this inspection

We carried out this inspection at the request of the Home Secretary, under section 54(2BA) of the Police Act 1996. We looked at how well the police respond to retail crime, which we define as theft from shops and the violence, threats and abuse that retail workers experience in connection with their work. We did not look at burglary of commercial premises, fraud against retailers or online retail crime.

We carried out fieldwork between 4 November 2024 and 14 February 2025 in eight forces: Humberside Police, Kent Police, Hampshire and Isle of Wight Constabulary, Merseyside Police, the Metropolitan Police Service, Norfolk Constabulary, Staffordshire Police and West Yorkshire Police. In each force, we:

- interviewed chief officers, leads for retail and business crime, and officers and staff in control rooms, response teams, neighbourhood teams and investigation teams;
- reviewed 60 shop theft case files, giving a total of 480 case files across the eight forces;
- listened to recordings of calls from retailers to the police; and
- met representatives of local retailers and business crime reduction partnerships.

We also surveyed 2,306 retail workers, with the help of retail trade associations and the shop workers' trade union, and we spoke to national retailers, the NPCC lead for retail crime, the Home Office and the College of Policing.

## 1. The scale and impact of retail crime

Shop theft has increased in every force area in England and Wales since 2022. Forces and retailers told us that the rise was driven by a combination of factors, including the cost of living, drug and alcohol addiction, and organised groups who steal to order. In several of the forces we inspected, a small number of prolific offenders were responsible for a large share of offences. In one force, 97 people were responsible for 21 percent of all recorded shop thefts in 2024.

The impact on retail workers is significant. In our survey, 68 percent of respondents said they had been verbally abused at work in the past 12 months, and 19 percent said they had been physically assaulted. Many told us that they felt anxious going to work, and some had left their jobs as a result. One shop worker told us:

"You get to the point where you don't bother calling. They threaten you, they spit at you, and then you spend half an hour on the phone to be told someone will call you back. Nobody does."

Retail crime also affects the wider community. Shops that are repeatedly targeted may reduce their opening hours, lock up everyday goods or close altogether. Small independent shops, which are less likely to employ security staff, are particularly vulnerable.

## 2. Reporting and first contact

Most retail crime is reported to the police by telephone or online. Large retailers increasingly report incidents in bulk through online forms, sometimes days after the offence took place. Small retailers usually phone 101 or, when an offender is present or violent, 999.

We listened to calls from retailers in each of the forces we inspected. In too many cases, call handlers focused on the value of the goods stolen rather than on the risk to the staff. They did not always ask whether the caller or their colleagues had been threatened or assaulted, or whether the offender was known to them. In some forces, calls about shop theft were routinely given a low priority, even when the offender had been detained by store staff and was becoming violent.

None of the forces we inspected required call handlers to record the reason for deciding not to send an officer to a report of shop theft. This means that forces cannot tell whether their attendance policies are being followed.

## 3. Attendance and evidence

In the 480 case files we reviewed, the police attended the scene in 24 percent of cases. Attendance varied considerably between forces: the lowest rate was 9 percent and the highest was 38 percent. In cases where an offender had been detained by store staff, the police attended in 71 percent of cases, but the average wait for officers to arrive was 1 hour and 52 minutes.

CCTV is often the most important evidence in a shop theft investigation. Retailers told us that they regularly offered the police clear footage of offenders, but that it was often not collected. In 41 percent of the cases in which a retailer offered CCTV footage, the police did not collect it or view it. When footage was collected, it took an average of 11 days. Some retailers keep footage for only 30 days, so delays can mean that evidence is lost.

Notable practice: Humberside Police - Retail Evidence Gateway. Humberside Police has introduced an online portal that allows retailers to upload CCTV footage, photographs and witness statements directly to the force's digital evidence system. The force told us that the average time taken to receive CCTV footage from retailers using the gateway fell from 12 days to 2 days. By January 2025, 412 shops in the force area had registered to use it.

## 4. Investigation

In too many of the cases we reviewed, investigations were closed too early. Officers did not always carry out basic enquiries, such as checking whether the offender could be identified from CCTV using the police national database's facial search capability, or whether the same offender had been linked to other offences. Supervisors did not always review investigations before they were closed.

Forces used a range of approaches to allocate shop theft investigations. In some, they were allocated to neighbourhood officers. In others, they were dealt with by investigation hubs or by centralised teams that reviewed reports remotely. We found that investigations were most effective when they were allocated to officers with local knowledge who had time to build relationships with retailers.

Notable practice: Norfolk Constabulary - Operation Tillbox. Norfolk Constabulary set up Operation Tillbox in 2024. It is a dedicated retail crime team, made up of a sergeant and six constables, working in Norwich and Great Yarmouth. The team reviews every shop theft report in these areas within 24 hours, collects CCTV in person and works closely with the Norwich business crime reduction partnership. In the areas covered by the team, the proportion of shop theft offences resulting in a charge or summons rose from 14 percent to 29 percent over 12 months.

## 5. Prolific and repeat offenders

A small number of prolific offenders cause a disproportionate amount of harm. Many of them are dependent on drugs or alcohol, and steal to fund their addiction. Arresting and prosecuting them is important, but on its own it rarely stops their offending.

Most of the forces we inspected did not have a reliable way of identifying their most prolific shop theft offenders. Few included shop theft offenders in their integrated offender management schemes, and referrals to drug and alcohol treatment were inconsistent.

Notable practice: West Yorkshire Police - Project Steadfast. Project Steadfast offers prolific shop theft offenders in Bradford and Leeds a conditional caution or deferred prosecution that requires them to engage with drug and alcohol treatment. Offenders are supported by a dedicated key worker. In the first year of the project, 138 offenders were referred, and the force told us that 61 percent of those who completed the programme did not reoffend within six months.

## 6. Violence and abuse against retail workers

Violence and abuse against retail workers is a serious problem, but forces do not know how big it is. Assaults on retail workers are recorded under the general categories of violence against the person or public order offences, and there is no national requirement to identify them. Only three of the eight forces we inspected could reliably identify offences of violence and abuse against retail workers in their crime data. This means that they could not tell whether they were providing these victims with the services they are entitled to under the Code of Practice for Victims of Crime (the Victims' Code).

We found that victims who were retail workers were often treated as witnesses to an offence against their employer, rather than as victims in their own right. In many of the cases we reviewed, they were not offered a victim needs assessment or told about victim support services.

Notable practice: Merseyside Police - Shopwatch Connect. Through Shopwatch Connect, 140 shops in Liverpool city centre have radios that link them directly to the city's CCTV control room and to the local neighbourhood team. Staff can report incidents in real time, and CCTV operators can follow offenders and direct officers to them.

## 7. Organised retail crime

Organised groups travel across force boundaries to steal high-value goods to order. Retailers told us that they often had good intelligence about these groups, but that they found it difficult to share it with the police. Forces, regional organised crime units and retailers did not share intelligence consistently, and no single organisation had an overview of the threat.

We welcome the national retail crime intelligence work that the NPCC has developed in partnership with retailers since 2023. But it relies on short-term funding from retailers, and it is not yet fully integrated with the work of forces and regional organised crime units.

## 8. Working with retailers and partners

Business crime reduction partnerships bring retailers, the police and local authorities together to share information and tackle retail crime. We found some excellent partnerships, but their quality and reach varied. In some areas, information-sharing agreements had lapsed, and retailers did not know who to contact in the police. Few forces had published how they would respond to retail crime, so retailers did not know what to expect.

## Recommendations

We have made ten recommendations. Recommendations 1 to 5 are for chief constables. Recommendations 6 and 7 are for the NPCC (recommendation 7 jointly with the Home Office), recommendation 8 is for the Home Office and recommendations 9 and 10 are for the College of Policing.

Recommendation 1: By 31 December 2025, chief constables should make sure that every report of retail crime is assessed for risk and vulnerability at first contact, and that the reason for any decision not to attend is recorded.

Recommendation 2: By 31 December 2025, chief constables should make sure that CCTV and other evidence offered by retailers is collected, or received digitally, and reviewed within seven days of the offence being reported.

Recommendation 3: By 31 March 2026, chief constables should make sure that they identify prolific and repeat retail crime offenders and manage them with partners, including through integrated offender management and referrals to drug and alcohol treatment.

Recommendation 4: By 31 December 2025, chief constables should make sure that offences of violence and abuse against retail workers are flagged on crime records, and that these victims receive the services they are entitled to under the Victims' Code.

Recommendation 5: By 30 June 2026, chief constables should work with business crime reduction partnerships and local retailers to agree information-sharing arrangements, and should publish how their force will respond to retail crime.

Recommendation 6: By 30 September 2025, the NPCC lead for retail crime should evaluate the Retail Crime Action Plan and publish revised national guidance on attendance and the collection of evidence.

Recommendation 7: By 31 March 2026, the NPCC and the Home Office should develop a national approach to organised retail crime, including how intelligence is shared between forces, regional organised crime units and retailers, and how this work will be funded.

Recommendation 8: By 31 March 2026, the Home Office should amend the Home Office Counting Rules, or introduce another mechanism, so that offences against retail workers can be identified in police recorded crime data.

Recommendation 9: By 31 March 2026, the College of Policing should publish guidance on the proportionate investigation of retail crime, including the collection and use of digital evidence from retailers.

Recommendation 10: By 31 December 2025, the College of Policing should update its training for call handlers and first responders to include the risks faced by retail workers.

## Next steps

We will monitor the response to our recommendations through our regular contact with forces and national bodies, and through our PEEL inspections. We expect police and crime commissioners to publish their comments on this report, as required by section 55 of the Police Act 1996. We intend to revisit the issues raised in this report in 2027.

## Annex A: Methodology

Our case file review covered 480 shop theft investigations closed between 1 April and 30 September 2024, 60 in each force. We selected cases at random from each force's crime recording system, and we excluded cases that were still under investigation. Our survey of retail workers was open between 11 November and 20 December 2024 and received 2,306 responses. The survey was not a random sample, and its results may not be representative of all retail workers.

National data on recorded crime comes from the Office for National Statistics, and data on outcomes comes from the Home Office. Data about individual forces was provided by the forces we inspected.

## Annex B: Glossary

Business crime reduction partnership: a local partnership, usually funded by its members, through which retailers and other businesses share information about offenders with each other and with the police.

Integrated offender management: an approach in which the police, probation service and other partners work together to manage the offenders who cause the most harm in a local area.

Retail Crime Action Plan: the plan published by the NPCC in October 2023, setting out the commitments police forces in England and Wales made about their response to retail crime.

Shop theft: the offence of theft from a shop, stall or other retail premises, often referred to as shoplifting.

Victims' Code: the Code of Practice for Victims of Crime in England and Wales, which sets out the services that victims of crime are entitled to receive.
"""

REC_ROWS = [
    ("1", "Risk assessment at first contact and recording reasons for non-attendance", "Chief constables", "31 December 2025"),
    ("2", "Collecting and reviewing CCTV within seven days", "Chief constables", "31 December 2025"),
    ("3", "Prolific and repeat offenders", "Chief constables", "31 March 2026"),
    ("4", "Flagging violence and abuse against retail workers; Victims' Code", "Chief constables", "31 December 2025"),
    ("5", "Information sharing with business crime reduction partnerships", "Chief constables", "30 June 2026"),
    ("6", "Evaluate the Retail Crime Action Plan", "NPCC lead for retail crime", "30 September 2025"),
    ("7", "National approach to organised retail crime", "NPCC and Home Office", "31 March 2026"),
    ("8", "Identifying offences against retail workers in recorded crime data", "Home Office", "31 March 2026"),
    ("9", "Guidance on proportionate investigation", "College of Policing", "31 March 2026"),
    ("10", "Training for call handlers and first responders", "College of Policing", "31 December 2025"),
]
