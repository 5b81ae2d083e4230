# Content for hmicfrs-stop-search-use-of-force-thematic-2025.html (fictional: all people, figures and programmes invented)
TITLE = "Grounds for trust: An inspection of how police forces use stop and search and force"
TEXT = r"""
# Grounds for trust: An inspection of how police forces use stop and search and force

Published: 4 November 2025
Publication type: Thematic inspection
Forces inspected: British Transport Police, City of London Police, Humberside Police

## Foreword

The powers to stop and search people and to use force on them are among the most intrusive that the police have. Used well, they save lives, take weapons and drugs off the streets and protect officers and the public. Used badly, they damage the trust between the police and the communities they serve, and that damage lasts for years.

This inspection looked at how well three very different forces use these powers, and how well they and their oversight bodies scrutinise them. British Transport Police polices the railways of England, Wales and Scotland, where large numbers of people pass through a small number of busy places. City of London Police polices the Square Mile, with a small resident population and a large daytime population of workers and visitors. Humberside Police polices a mix of cities, towns and rural areas on both sides of the Humber.

We found officers in all three forces who understood the law and used the powers carefully. But we also found that the recording of use of force is poor, that forces know much less about how they use force than about how they use stop and search, and that the experience of children who are searched is too often overlooked. Black people remain far more likely to be searched than white people in all three forces, and no force could fully explain why.

I have made eight recommendations. Four are for chief constables, and I have written them so that they apply to every force in England and Wales, not only the three we visited.

Joseph Lindqvist
His Majesty's Inspector of Constabulary

## Summary

We carried out fieldwork between 3 March and 16 May 2025. In each force we reviewed 200 stop and search records from 2024, making 600 in total, and watched 90 body-worn video recordings of searches and of incidents in which force was used. We interviewed chief officers and leads, held 27 focus groups with officers and supervisors, met members of community scrutiny panels, and spoke to 64 young people about their experience of being stopped and searched.

Our main findings were:

- in our review, 84 percent of stop and search records showed reasonable grounds for the search, but the figure varied from 79 percent in British Transport Police to 88 percent in City of London Police;
- body-worn video had been switched on for most searches, but not in more than a quarter of the British Transport Police searches we reviewed;
- no force recorded every use of force, and handcuffing of compliant people was the most commonly unrecorded use;
- forces analysed disproportionality in stop and search but rarely in use of force, and none analysed it by age;
- community scrutiny panels were active in all three forces, but only one had regular access to body-worn video footage;
- children were searched without any consideration of their welfare, and their parents or carers were seldom told.

## The national picture

In the year ending 31 March 2025, police in England and Wales carried out 541,200 stops and searches. Of these, 67 percent were for drugs under section 23 of the Misuse of Drugs Act 1971. The find rate for all searches was 28 percent. Black people were searched at 3.6 times the rate of white people.

In the same year, forces recorded 824,000 incidents in which force was used. Handcuffing was the most commonly recorded tactic. Home Office data on use of force is published once a year, and is not yet designated as official statistics.

Section 60 of the Criminal Justice and Public Order Act 1994 allows an officer of the rank of inspector or above to authorise searches without suspicion in a specified area for a limited time. Forces made 392 section 60 authorisations in 2024.

## Reasonable grounds and body-worn video

### What we found

Of the 200 records we reviewed in each force, reasonable grounds were recorded in 158 (79 percent) in British Transport Police, 176 (88 percent) in City of London Police and 170 (85 percent) in Humberside Police. The most common weakness was a search based only on the smell of cannabis, with no other grounds recorded.

Body-worn video was switched on in 72 percent of the British Transport Police searches we reviewed, 91 percent of the City of London Police searches and 87 percent of the Humberside Police searches. Officers in British Transport Police told us that busy stations made it hard to switch cameras on before an encounter started, but we did not accept this as a reason.

We were satisfied that all three forces' stop and search training met the College of Policing's national curriculum.

### Section 60

British Transport Police made 14 section 60 authorisations in 2024, most of them in connection with football matches and large events at London stations. City of London Police made three. Humberside Police made no section 60 authorisations in 2024. In the authorisations we reviewed, the intelligence cited supported the decision, and each authorisation was reviewed by a chief officer.

### Notable practice

Notable practice: Humberside Police - Reflect and Review. In Humberside's Reflect and Review scheme, every officer who carries out a stop and search sits with a supervisor at least once a quarter to watch the body-worn video of one of their searches. They discuss the grounds, the way the officer spoke to the person and what could have been done differently. The force told us that 94 percent of its officers who use the powers had taken part in 2024.

## Use of force

### Recording

All three forces told us they expected officers to complete a use of force form every time they used force. None of them could show that this happened. In the body-worn video we watched, we saw 31 incidents in which force was used; a form had been completed for 22 of them. In eight of the nine without a form, the only force used was handcuffing a person who was compliant.

City of London Police recorded 3,940 uses of force in the year ending 31 March 2025, British Transport Police 21,300 and Humberside Police 11,260. Forces do not count incidents in the same way, so these figures should not be compared.

We were not satisfied that any of the three forces understood the extent of disproportionality in its use of force. Only City of London Police produced a regular analysis of use of force by ethnicity, and none of the forces analysed it by age.

### Taser

British Transport Police officers drew Taser 412 times in 2024 and discharged it 37 times. The force increased the number of Taser-trained officers from 1,040 to 1,390 between 2023 and 2025. We found that supervisors reviewed every Taser discharge, but not every occasion on which Taser was drawn and not fired.

## Children

Across the three forces, 16 percent of the searches in our review were of children. In British Transport Police, the figure was 18 percent. Children told us that being searched in a public place, such as a station concourse, was humiliating, and several said they had been searched more than once in the same week.

We found that officers rarely considered whether a child who had been searched might be at risk of exploitation, and that the child's parents or carers were told in only 9 of the 96 searches of children we reviewed. In none of the three forces was a more thorough search of a child, involving the removal of more than outer clothing, carried out without an appropriate adult being present in the cases we reviewed.

British Transport Police did not record more thorough searches separately from other searches until October 2024.

## Scrutiny

### Community scrutiny panels

All three forces had a community scrutiny panel. British Transport Police had one national panel, which meets in London, and two regional panels. City of London Police's panel included a youth panel of 14 members. Humberside's panel had watched body-worn video at every meeting since 2023, and was the only panel of the three with regular access to footage.

Notable practice: City of London Police - City Youth Scrutiny Panel. City of London Police set up a youth scrutiny panel in 2024, with members aged 16 to 24 recruited through the City's schools, colleges and employers. The panel watches body-worn video footage, reviews search records and meets the force's stop and search lead every two months. Its recommendations are published with the force's response.

### Police and crime commissioners and police authorities

Police and crime commissioners, and the police authorities that perform that role for British Transport Police and City of London Police, should hold chief constables to account for the use of these powers. We found that the British Transport Police Authority received a report on stop and search every quarter but had not received a report on use of force since 2023. The Humberside Police and Crime Commissioner funded the force's community scrutiny panel and published its reports. The Police Authority Board of the City of London Corporation received an annual report on both powers.

## Recommendations

Recommendation 1: By 31 March 2026, chief constables should make sure that supervisors review the body-worn video of a sample of each officer's stops and searches at least once a quarter.

Recommendation 2: By 31 March 2026, chief constables should make sure that every use of force, including the handcuffing of a compliant person, is recorded, and that the records are checked regularly.

Recommendation 3: By 30 June 2026, chief constables should analyse their use of stop and search and of force by ethnicity and by age, and publish the results.

Recommendation 4: By 30 June 2026, chief constables should make sure that, whenever a child under 16 is searched, the child's parent or carer is told within 24 hours, unless doing so would put the child at risk.

Recommendation 5: By 31 March 2026, the National Police Chiefs' Council should agree a national definition of a more thorough search, so that forces record such searches consistently.

Recommendation 6: By 30 June 2026, the College of Policing should update its authorised professional practice on stop and search to include guidance on supervisors' review of body-worn video.

Recommendation 7: By 31 December 2026, the Home Office should publish use of force data every quarter, alongside its stop and search data.

Recommendation 8: By 30 June 2026, police and crime commissioners and police authorities should make sure that their community scrutiny panels have regular access to body-worn video footage, and that the panels' findings are published.
"""

REC_ROWS = [
    ("1", "Supervisors review body-worn video of searches each quarter", "Chief constables", "31 March 2026"),
    ("2", "Record every use of force, including handcuffing", "Chief constables", "31 March 2026"),
    ("3", "Analyse and publish by ethnicity and age", "Chief constables", "30 June 2026"),
    ("4", "Tell parent or carer within 24 hours when a child under 16 is searched", "Chief constables", "30 June 2026"),
    ("5", "National definition of a more thorough search", "NPCC", "31 March 2026"),
    ("6", "Update authorised professional practice", "College of Policing", "30 June 2026"),
    ("7", "Publish use of force data quarterly", "Home Office", "31 December 2026"),
    ("8", "Scrutiny panels to have access to footage; publish findings", "PCCs and police authorities", "30 June 2026"),
]
