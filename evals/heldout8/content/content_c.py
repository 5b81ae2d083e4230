# Content for hmicfrs-rural-wildlife-crime-thematic-2025.html (fictional: all people, figures and programmes invented)
TITLE = "Far from help? An inspection of how police forces tackle rural and wildlife crime"
TEXT = r"""
# Far from help? An inspection of how police forces tackle rural and wildlife crime

Published: 15 July 2025
Publication type: Thematic inspection
Forces inspected: Derbyshire Constabulary, Gwent Police, Staffordshire Police

## Foreword

People who live and work in the countryside are entitled to the same protection from crime as everyone else. Yet many of them told us they had given up reporting crime to the police, because they did not expect anyone to come. Farmers described quad bikes and tractors stolen from their yards, sheep killed by dogs, gates smashed by people hunting hares at night, and tonnes of waste dumped in their fields. Gamekeepers, walkers and conservation groups told us about birds of prey poisoned or shot, and badger setts dug out.

This is our first inspection of rural and wildlife crime. We looked at three forces that police large rural areas: Derbyshire Constabulary, which covers most of the Peak District; Gwent Police, whose area includes the uplands of Monmouthshire and the Wye Valley; and Staffordshire Police, which covers the Staffordshire Moorlands and Cannock Chase as well as the cities of Stoke-on-Trent and Lichfield.

We found committed officers and staff in all three forces, and some excellent work with partners. But rural and wildlife crime depends too much on the enthusiasm of individuals. Forces do not know how much of it there is, call handlers often do not recognise it, and officers who investigate wildlife crime usually do so on top of their other work. Most wildlife crime is not counted in the national crime statistics at all.

I have made eight recommendations: four for chief constables, and one each for the National Police Chiefs' Council (NPCC), the College of Policing, the Home Office and police and crime commissioners (PCCs).

Rupert Aldersley
His Majesty's Inspector of Constabulary

## Summary

We carried out fieldwork between 3 February and 28 March 2025. In each of the three forces we interviewed chief officers and the leads for rural and wildlife crime, held focus groups with officers, staff and volunteers, listened to calls in the control room and reviewed 50 crime files, 150 in total. We also asked all 43 Home Office forces for information about their rural and wildlife crime arrangements, and 39 replied. We commissioned a survey of 1,842 people who live or run a business in rural parts of the three force areas, and met 28 partner organisations.

Our main findings were:

- only 11 of the 39 forces that replied had a rural crime plan that had been reviewed since 2023;
- most wildlife offences are not notifiable, so forces do not have to report them to the Home Office and they do not appear in national crime statistics;
- in our survey, 41 percent of rural residents said there were crimes they would no longer bother to report to the police;
- call handlers often did not recognise rural or wildlife crime, and in 31 of the 150 files the incident had been given a lower priority than the risk justified;
- the number of officers in dedicated rural crime teams varied widely, from 14 in Derbyshire to 3 in Staffordshire;
- most wildlife crime officers carried out the role on top of their day jobs, with no protected time;
- across the three forces, 126 reports of suspected persecution of birds of prey between 2022 and 2024 led to only 3 people being charged;
- the best work we saw was done with partners, such as national park rangers, farming groups and environmental regulators.

## Context

### What we mean by rural and wildlife crime

There is no single legal definition of rural crime. We use it to mean crime that mainly affects people and businesses in the countryside, such as the theft of farm machinery, vehicles and fuel, livestock worrying, hare coursing, poaching, fly-tipping on farmland and heritage crime. Wildlife crime means offences against wild animals and plants that are protected by law, such as the persecution of birds of prey, badger baiting and the illegal trade in protected species.

### The three forces

Derbyshire Constabulary serves around 1.06 million people. Its rural crime team of 14 officers, led by a sergeant, works across the county and in the Peak District National Park. The force has 41 trained wildlife crime officers.

Gwent Police serves around 600,000 people. Most live in the urban south of the force area, but the north and east are rural. Its rural and wildlife crime team has 9 officers, and it has 26 wildlife crime officers.

Staffordshire Police serves around 1.14 million people. Its rural crime team had 8 officers until 2023, when it was reduced to 3 as part of a restructure of neighbourhood policing. The force has 12 wildlife crime officers.

## Understanding rural and wildlife crime

None of the three forces had a full picture of rural and wildlife crime in its area. All three use the national rural crime flag on their crime records, but officers applied it inconsistently. In Staffordshire, we found that only 48 percent of the rural crime files we reviewed had been flagged correctly. Derbyshire was the only one of the three forces to have produced a rural crime problem profile in the past two years.

Because most wildlife offences are not notifiable, the Home Office does not collect figures on them. Forces can record them locally, but there is no national count. The National Wildlife Crime Unit collects intelligence from forces, but told us that it could not say how many wildlife crimes are committed in England and Wales each year.

In our survey of rural residents, 41 percent said there were crimes they would no longer bother to report, and 62 percent said they had little or no confidence that the police would come if they called. Only 28 percent knew who their local rural crime officer was.

## Responding to rural and wildlife crime

### Contact and call handling

Call handlers in all three forces told us that they had received little or no training about rural or wildlife crime. Several did not know that hare coursing is a criminal offence, or that livestock worrying can be dealt with by the police. In 31 of the 150 files we reviewed, we considered that the incident had been given a lower priority than the risk justified. In one case, a farmer who reported men with dogs and lamps on his land at 2am was told that officers would visit the next day.

### Attendance

Rural areas are large and response officers are few, so some delay is unavoidable. But the forces did not always explain this to callers, or keep them updated. Derbyshire and Gwent both gave rural crime teams access to four-wheel-drive vehicles. In Staffordshire, rural crime officers told us that they had to borrow vehicles from other teams.

## Investigating rural and wildlife crime

The quality of investigations varied. Where a specialist officer was involved, investigations were generally thorough. Where they were not, the investigation was often closed quickly. In 44 of the 150 files, the investigation had been closed without the victim being contacted again.

Most wildlife crime officers carried out the role on top of their other duties. In Derbyshire, 17 of the 41 wildlife crime officers had received any training in the past three years. In Gwent, wildlife crime officers could ask for up to two days a month to work on wildlife cases. In Staffordshire, none of the 12 wildlife crime officers had protected time for the role.

Wildlife crime investigations often need expert help, for example to test a dead bird for poison, or to identify a protected species. Officers told us that they did not always know how to get this help, or how to pay for it.

Across the three forces, there were 126 reports of suspected persecution of birds of prey between 2022 and 2024. These led to 3 people being charged. Gamekeepers and conservation groups both told us that they had little faith in the investigation of these crimes.

## Working with partners

The best work we saw was done in partnership. All three forces had good links with farming groups, and each ran a rural watch scheme through which residents receive alerts.

Notable practice: Derbyshire Constabulary, Operation Millstone. Since May 2023, the force's rural crime team and Peak District National Park rangers have carried out joint patrols every weekend at sites affected by illegal off-road driving and by the persecution of birds of prey. By March 2025 the patrols had stopped 214 vehicles and seized 37. The force told us that reports of illegal off-road driving in the national park fell by 23 percent in 2024.

Notable practice: Gwent Police, Cefn Gwlad. Gwent's Cefn Gwlad scheme recruits special constables from farming families in Monmouthshire. In March 2025, 23 special constables were part of the scheme. They patrol the uplands, often in the evenings and at weekends, and many speak Welsh. Farmers told us that the scheme had made them more willing to report crime.

Staffordshire Police had worked with the county council and the Environment Agency on fly-tipping, and the three forces all shared information about machinery theft through their regional rural crime network. But partners told us that force contacts changed often, and that they sometimes could not find out who was dealing with their report.

## Leadership and governance

In Derbyshire and Gwent, a chief officer had responsibility for rural and wildlife crime, and it was included in the force's strategic plan. In Staffordshire, the portfolio had moved between three chief officers since 2022. Staffordshire Police does not have a rural and wildlife crime plan, although it told us that it intended to write one.

All three PCCs included rural crime in their police and crime plans. Only the Gwent plan mentioned wildlife crime.

## Recommendations

Recommendation 1: By 31 March 2026, chief constables should make sure that their force has a rural and wildlife crime plan based on an assessment of local demand, and that the plan is reviewed every year.

Recommendation 2: By 31 March 2026, chief constables should make sure that call handlers are trained to recognise rural and wildlife crime and to give it the right priority.

Recommendation 3: By 30 September 2026, chief constables should make sure that a trained wildlife crime officer is available in every neighbourhood policing area, with protected time for the role.

Recommendation 4: By 30 June 2026, chief constables should make sure that the national rural crime flag is used consistently and that its use is checked.

Recommendation 5: By 31 December 2026, the NPCC should publish national guidance on investigating the persecution of birds of prey, including how to get expert help.

Recommendation 6: By 30 June 2026, the College of Policing should introduce accredited national training for wildlife crime officers.

Recommendation 7: By 31 March 2027, the Home Office should make the main wildlife offences notifiable, so that they are counted in national crime statistics.

Recommendation 8: By 30 June 2026, PCCs should make sure that their police and crime plans cover wildlife crime as well as rural crime, and hold their chief constables to account for the force's response.

## Methodology

The inspection was carried out under section 54 of the Police Act 1996. We chose the three forces to reflect differences in size, geography and approach. The force data request covered the year to 31 March 2024. The survey of rural residents was carried out online and by telephone between 10 February and 7 March 2025.
"""

REC_ROWS = [
    ("1", "Rural and wildlife crime plan based on local demand, reviewed yearly", "Chief constables", "31 March 2026"),
    ("2", "Call handler training on rural and wildlife crime", "Chief constables", "31 March 2026"),
    ("3", "Trained wildlife crime officer in every neighbourhood area, protected time", "Chief constables", "30 September 2026"),
    ("4", "Consistent use of the national rural crime flag", "Chief constables", "30 June 2026"),
    ("5", "National guidance on bird of prey persecution investigations", "NPCC", "31 December 2026"),
    ("6", "Accredited national training for wildlife crime officers", "College of Policing", "30 June 2026"),
    ("7", "Make the main wildlife offences notifiable", "Home Office", "31 March 2027"),
    ("8", "Police and crime plans to cover wildlife crime", "PCCs", "30 June 2026"),
]
