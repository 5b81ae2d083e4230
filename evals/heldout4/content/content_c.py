# Content for hmicfrs-roads-policing-thematic-2025.html (fictional: all people, figures and programmes invented)
TITLE = "Every journey matters: An inspection of roads policing and the police contribution to reducing road harm"
TEXT = r"""
# Every journey matters: An inspection of roads policing and the police contribution to reducing road harm

Published: 16 September 2025
Publication type: Thematic inspection report
Forces inspected: Devon and Cornwall Police, Greater Manchester Police, Humberside Police, Kent Police, South Yorkshire Police, West Midlands Police

## Foreword

Every year, thousands of families in England and Wales are told that someone they love has been killed or seriously injured on the roads. In 2024, 1,633 people were killed and 28,941 were seriously injured in reported road collisions. Behind each of these numbers is a person, and a family whose life has changed for ever. Most of these deaths and injuries were preventable.

The police cannot make the roads safe on their own. Highway authorities, vehicle manufacturers, the courts and, above all, drivers themselves all have a part to play. But the police have a unique role. Only the police can stop a vehicle, test a driver for drink or drugs, investigate a fatal collision and bring a dangerous driver to justice. Visible roads policing deters bad driving, and roads policing officers often disrupt other criminality that uses the road network.

We found that roads policing is too often treated as an optional extra. In most of the forces we inspected, roads policing had no clear place in the force's strategic priorities. The number of dedicated roads policing officers in England and Wales has fallen, and the officers who remain are frequently taken away from their roads duties to fill gaps elsewhere. We also found dedicated, skilled officers and staff, and some excellent practice, which we describe in this report.

We make 11 recommendations: six to chief constables, and five to national bodies. I urge chief constables and national leaders to act on them, so that every journey is as safe as it can be.

Priya Ravenhill
His Majesty's Inspector of Constabulary

## Summary

This inspection examined how well the police use their roads policing resources to reduce death and serious injury on the roads, and how well they investigate fatal and serious collisions and support bereaved families. We carried out fieldwork in six forces between October 2024 and February 2025. We also surveyed 1,108 roads policing officers and staff across England and Wales, and we spoke to representatives of bereaved families, road safety charities and national bodies.

Our main findings were that:

- four of the six forces did not have an up-to-date strategy or plan for reducing road harm;
- the number of dedicated roads policing officers in England and Wales fell from 4,356 in 2015 to 3,512 in 2024, a fall of 19 percent;
- in three forces, roads policing officers spent more than 40 percent of their time on duties unrelated to roads policing;
- only two of the six forces had achieved accreditation to the required standard for forensic collision investigation;
- the time taken to process footage submitted by the public varied from six days to 41 days;
- there was a national backlog of around 7,400 drug-driving blood samples awaiting toxicology analysis at the end of January 2025.

## Background

### Road harm in England and Wales

The number of people killed on the roads in England and Wales fell sharply between the 1990s and 2010, but it has changed little since then. In 2024, 1,633 people were killed. Pedestrians, cyclists and motorcyclists accounted for just over half of all deaths. Around one in six deaths involved a driver who was over the drink-drive limit.

Road safety practitioners often refer to the "fatal five": speeding, drink and drug driving, not wearing a seat belt, using a mobile phone while driving, and careless or inconsiderate driving. These behaviours contribute to most fatal and serious collisions. Enforcement against them is a core part of roads policing.

### The national framework

The National Police Chiefs' Council (NPCC) published its national roads policing strategy in 2022. The strategy has five pillars: denying criminals the use of the roads, reducing road harm, enhancing public confidence, tackling terrorism and improving the investigation of collisions. It does not include a performance framework, and the NPCC does not collect consistent data from forces on roads policing activity.

The Home Office does not publish data on the number of roads policing officers in its annual police workforce statistics. The figures in this report were collected by us from forces through a data request.

## Strategy and leadership

We expected each force to have a clear strategy for reducing road harm, based on an analysis of where and why collisions happen, and agreed with its partners in the local road safety partnership.

Only two of the six forces, Devon and Cornwall Police and West Midlands Police, had a current road harm reduction plan. In the other four, the most recent plan had expired or had never been written. Chief officers in these forces told us that roads policing was important, but it did not appear in their force management statements or in their police and crime plans.

Most forces had a chief officer lead for roads policing, usually an assistant chief constable. But in several forces this was one of many portfolios, and roads policing had little attention at force performance meetings. Few forces had a performance framework that went beyond counting the number of tickets issued.

Recommendation 1: By 31 March 2026, chief constables should make sure that their force has an up-to-date road harm reduction plan, based on an analysis of local collision data and agreed with the local road safety partnership.

## Resources and abstraction

### Officer numbers

Across England and Wales, the number of dedicated roads policing officers fell from 4,356 in 2015 to 3,512 in 2024. Roads policing officers now make up around 2.4 percent of the police workforce. Some forces have increased their numbers since the police uplift programme, but most have not returned to 2015 levels.

### Abstraction

Roads policing officers are highly trained, often as advanced drivers, and forces value them as a flexible resource. In practice, this means that they are frequently used to respond to emergency calls, to guard crime scenes or to cover shortfalls in response teams. In three of the six forces, roads policing officers spent more than 40 percent of their time on duties unrelated to roads policing. Only one force recorded abstraction from roads policing duties in a way that allowed it to understand the scale of the problem.

In our survey, 63 percent of roads policing officers said that they were regularly taken away from roads policing to do other work, and 47 percent said that this had prevented them from carrying out planned enforcement operations.

Recommendation 2: By 31 March 2026, chief constables should make sure that their force records the time that roads policing officers spend on other duties, and that this abstraction is monitored at a senior level.

## Enforcement

### Drink and drug driving

The number of breath tests carried out by the police in England and Wales fell by 38 percent between 2014 and 2024. Several forces told us that they no longer ran summer and Christmas drink-drive campaigns on the same scale as they did a decade ago.

Forces have increased their use of roadside drug-testing kits, and arrests for drug driving have risen. But the system for testing blood samples is under strain. At the end of January 2025, around 7,400 drug-driving blood samples were awaiting toxicology analysis nationally, and the median time to receive a result was 97 days. Some cases had been discontinued because the time limit for charging had passed.

Recommendation 3: By 31 March 2026, chief constables should make sure that roadside drug-testing kits are available to all roads policing officers on every shift, and that officers are trained to use them.

### Denying criminals the use of the roads

Roads policing officers play an important part in tackling other crime. Criminals use the road network to move drugs, stolen goods and people. Automatic number plate recognition (ANPR) cameras allow the police to identify vehicles linked to crime.

Notable practice: South Yorkshire Police - Operation Halyard. Operation Halyard uses ANPR and intelligence to target uninsured, unlicensed and untaxed drivers, who are disproportionately involved in collisions and other crime. Dedicated patrols seize vehicles and refer drivers for prosecution. In its first year, the operation seized 1,318 vehicles, and the force found that around one in five of the drivers stopped were linked to other offending.

### Footage submitted by the public

Members of the public now routinely capture bad driving on dashcams, helmet cameras and mobile phones. All six forces had an online portal for people to submit this footage. The number of submissions across England and Wales rose to around 212,000 in 2024.

We found that the time taken to review footage and decide what action to take varied from an average of six days to 41 days. Where footage is not reviewed promptly, the police may miss the 14-day deadline for issuing a notice of intended prosecution, and the case cannot proceed.

Notable practice: Humberside Police - Roadside Witness Portal. Humberside Police's Roadside Witness Portal is staffed by a small team of police staff who review each submission against a published set of criteria. Submitters receive an automated update at each stage. The force reviews footage in an average of six days, and took action in 68 percent of cases in 2024.

Recommendation 4: By 31 December 2025, chief constables should make sure that footage submitted by the public is reviewed, and a decision made about what action to take, within 14 days of submission.

## Investigating fatal and serious collisions

### Quality of investigations

We reviewed 96 investigations into fatal and serious collisions. We found that 71 of them were carried out to a good standard. The best investigations were led by experienced senior investigating officers, made early use of specialist collision investigators and kept bereaved families well informed.

Collision investigation is a forensic activity. Since October 2023, forensic collision investigation has been subject to the Forensic Science Regulator's statutory Code of Practice, and forces must be accredited to the international standard ISO/IEC 17020 for this work. Only two of the six forces had achieved accreditation. The others were working towards it, but some had no realistic date for achieving it. The lack of accreditation creates a risk that evidence may be challenged in court.

Recommendation 5: By 30 September 2026, chief constables should make sure that their force's forensic collision investigation is accredited to the standard required by the Forensic Science Regulator's Code of Practice.

### Support for bereaved families

The families of people killed on the roads are victims under the Victims' Code. Most forces assign a specially trained family liaison officer (FLO) to each family. We spoke to families who described their FLO as a lifeline. But in two forces, FLOs were not always deployed within 24 hours of a death, because of a shortage of trained officers, and some families had been given little information about the progress of the investigation.

Notable practice: Kent Police - Family Passport. Kent Police gives every bereaved family a Family Passport, a printed and online guide that sets out what will happen during the investigation and court process, with the names and contact details of everyone involved in their case. Families helped to design it. Families we spoke to said it had helped them at the worst time of their lives.

Recommendation 6: By 31 March 2026, chief constables should make sure that a trained family liaison officer is deployed to every family bereaved by a road death within 24 hours, and that families receive regular updates on the investigation.

## Working with partners

Forces work with local authorities, fire and rescue services, the NHS and National Highways through road safety partnerships. The best partnerships shared data, agreed joint priorities and used the income from speed awareness courses to fund road safety work. But partnership arrangements varied widely, and some had not met for more than a year.

Safety camera partnerships fund much of the speed enforcement in England and Wales. Income from fixed penalties goes to central government rather than to the partnerships, and several partnerships told us that their camera networks were ageing and that they could not afford to replace them.

## The role of national bodies

National leadership of roads policing is fragmented. Responsibility is shared between the Home Office, the Department for Transport (DfT), the NPCC and the College of Policing. We found that no single body has a clear overview of roads policing performance.

Recommendation 7: By 30 June 2026, the NPCC should update the national roads policing strategy and introduce a performance framework that allows forces to compare their roads policing activity and outcomes.

Recommendation 8: By 31 March 2026, the College of Policing should publish authorised professional practice (APP) for roads policing, including national standards for the training of roads policing officers.

Recommendation 9: By 31 March 2026, the Home Office should collect and publish data on the number of roads policing officers in its annual police workforce statistics.

Recommendation 10: By 30 September 2026, the Home Office and the Forensic Science Regulator should work with forensic providers to reduce the backlog of drug-driving toxicology samples and to agree a maximum turnaround time.

Recommendation 11: By 31 March 2026, the DfT should review how safety camera and road safety partnerships are funded, including whether a proportion of fixed penalty income should be returned to them.

## Conclusion

Roads policing saves lives. We found committed, skilled officers and staff, and some practice that other forces should learn from. But the overall picture is of a function that has been allowed to decline, that is often not seen as a priority and that lacks national direction. Chief constables and national bodies now need to act. We will monitor progress against our recommendations and report on it in our State of Policing report.

## Methodology

We carried out fieldwork in six forces: Devon and Cornwall Police, Greater Manchester Police, Humberside Police, Kent Police, South Yorkshire Police and West Midlands Police. We chose these forces to reflect a range of urban and rural areas, road networks and force sizes. In each force we interviewed chief officers and roads policing leads, held focus groups with officers and staff, reviewed documents and data, and examined investigation files.

We also:

- surveyed 1,108 roads policing officers and staff across England and Wales;
- sent a data request to all 43 Home Office forces, to which 41 responded;
- reviewed 96 investigations into fatal and serious collisions;
- held interviews with 14 bereaved family members, arranged with the help of road victim charities;
- interviewed representatives of the NPCC, the College of Policing, the Home Office, the DfT and the Forensic Science Regulator.

We did not inspect the British Transport Police or the Ministry of Defence's policing of its own estate.
"""

REC_ROWS = [
    ("1", "Road harm reduction plan", "Chief constables", "31 March 2026"),
    ("2", "Recording and monitoring abstraction", "Chief constables", "31 March 2026"),
    ("3", "Roadside drug-testing kits", "Chief constables", "31 March 2026"),
    ("4", "Footage submitted by the public reviewed within 14 days", "Chief constables", "31 December 2025"),
    ("5", "Forensic collision investigation accreditation", "Chief constables", "30 September 2026"),
    ("6", "Family liaison within 24 hours", "Chief constables", "31 March 2026"),
    ("7", "National strategy and performance framework", "NPCC", "30 June 2026"),
    ("8", "APP and training standards", "College of Policing", "31 March 2026"),
    ("9", "Roads policing workforce data", "Home Office", "31 March 2026"),
    ("10", "Drug-driving toxicology backlog", "Home Office and Forensic Science Regulator", "30 September 2026"),
    ("11", "Funding of safety camera and road safety partnerships", "DfT", "31 March 2026"),
]
