# Content for hmicfrs-police-drones-thematic-2025.html (fictional: all people, figures and programmes invented)
TITLE = "Clear skies? An inspection of how police forces use drones"
TEXT = r"""
# Clear skies? An inspection of how police forces use drones

Published: 16 September 2025
Publication type: Thematic inspection
Forces inspected: Hampshire and Isle of Wight Constabulary, Lancashire Constabulary, Wiltshire Police

## Foreword

Ten years ago, a police drone was a novelty. Today almost every force in England and Wales has them, and they have become part of everyday policing. Drones find missing people in woodland and on moorland, follow suspects who run from officers, map the scenes of serious road collisions in a fraction of the time it used to take, and give commanders a view of large crowds and major incidents.

This is the first time we have inspected how the police use drones. We looked at three forces with very different approaches. Lancashire Constabulary has a central drone unit and is trialling drones that launch automatically from docking stations in response to 999 calls. Hampshire and Isle of Wight Constabulary has the largest fleet of the three and flies over some of the busiest coastline and airspace in the country. Wiltshire Police has a small fleet flown by officers as part of their other duties.

Drones can do a great deal of good. But a camera in the sky can also see into gardens, over fences and through windows, and the public have a right to know how, when and why the police are using them. We found that forces have focused on buying drones and training pilots, and much less on the rules that should govern their use. Few forces know exactly how many flights they make or why. Few have thought carefully about privacy. And none of the three forces we visited could show whether their drones save money.

I have made eight recommendations: five for chief constables, one each for the National Police Chiefs' Council (NPCC) and the Home Office, and one for police and crime commissioners (PCCs).

Roderick Galloway
His Majesty's Inspector of Constabulary

## Summary

We carried out fieldwork between 10 March and 23 May 2025. In each of the three forces we interviewed chief officers and the officers responsible for drones, held focus groups with remote pilots and with control room staff, reviewed 100 flight records and watched footage from 40 flights. We also sent a survey to all 43 Home Office forces, of which 41 replied, and commissioned a survey of 2,000 adults in England and Wales about police use of drones.

Our main findings were:

- all 41 forces that replied to our survey use drones, with a combined fleet of 588 drones and 1,264 trained remote pilots on 1 January 2025;
- forces made about 52,300 drone flights in 2024, but 17 forces could not tell us the purpose of every flight;
- only one of the three forces we visited, Hampshire and Isle of Wight Constabulary, had a data protection impact assessment for its drones that had been reviewed in the last two years;
- forces did not have a shared understanding of when a drone flight needs a directed surveillance authorisation;
- retention periods for drone footage that is not needed as evidence ranged from 31 days to no limit at all;
- 27 percent of remote pilots in the three forces had not met the NPCC's flying currency requirement;
- no force could show us the cost of its drone flights against the alternatives, such as officers on foot or the national police air service helicopter;
- the public broadly support police use of drones in emergencies, but are much less comfortable with their use for routine patrols.

## How forces use drones

### The size of the fleets

The three forces we visited had 62 drones between them on 1 January 2025. Hampshire and Isle of Wight Constabulary had 31 drones and 124 remote pilots, and made 5,210 flights in 2024. Lancashire Constabulary had 22 drones and 88 pilots, and made 3,960 flights. Wiltshire Police had nine drones and 31 pilots, and made 1,180 flights.

Lancashire's central drone unit, based at the force's headquarters at Hutton, has nine full-time pilots, led by Inspector Gareth Haworth. The force also has trained pilots in its roads policing and operational support units. Hampshire and Isle of Wight Constabulary has a drone team within its operational support department, with pilots in every district. In Wiltshire, there is no dedicated unit: all 31 pilots are response or roads policing officers who fly in addition to their usual duties.

### What drones are used for

Across the three forces, the most common reason for a flight in 2024 was a search for a missing person (34 percent of flights), followed by searches for suspects (22 percent), mapping the scenes of road traffic collisions (14 percent), public order and events (11 percent), major incidents and fires (8 percent) and evidence gathering at crime scenes (7 percent). The remaining 4 percent were training or other flights.

Officers told us about many cases in which a drone had found a vulnerable missing person quickly, including at night using a thermal camera. In Hampshire and Isle of Wight, drones are often used on the coast and on the Isle of Wight alongside the coastguard.

### Drone as first responder

In October 2024, Lancashire Constabulary started a trial, Operation Updraft, in which drones launch from two docking stations in Blackpool in response to emergency calls. A pilot in the force control room flies the drone remotely to the scene, within a radius of 3 kilometres of each docking station. The Civil Aviation Authority (CAA) granted the force the permission it needs to fly beyond the pilot's visual line of sight within that area in September 2024.

Between October 2024 and March 2025, drones were sent to 1,140 incidents under Operation Updraft. The drone arrived before the first officer in 61 percent of them. The median time for the drone to arrive was 2 minutes 50 seconds, compared with 9 minutes 40 seconds for officers. The force told us that in 96 incidents, the drone's footage meant that officers did not need to attend at all.

Lancashire told us that it planned to extend Operation Updraft to Preston and Burnley in 2026. At the time of our fieldwork, an evaluation of the trial by the University of Central Lancashire had not been published. We were concerned that the force had not assessed the effect of the trial on the privacy of people living near the docking stations, where drones fly over homes many times a day.

Notable practice: Hampshire and Isle of Wight Constabulary's public flight log. Since April 2024 the force has published a monthly log of its drone flights on its website. The log shows the date, the purpose, the postcode district and the duration of every flight, except where publishing the information would harm an investigation. The force told us it had received 23 enquiries and no complaints about the log in its first year, and that it had helped neighbourhood teams explain drone use at community meetings.

## Rules, privacy and surveillance

### Permissions to fly

All three forces fly under the CAA's rules for police and other state aircraft, and under the NPCC's operating guidance. Pilots must pass a recognised training course and keep their skills current. The NPCC's currency requirement is that every pilot should complete at least two hours of flying every 90 days. Across the three forces, 27 percent of pilots had not met this requirement, rising to 45 percent in Wiltshire, where pilots struggled to find time to fly among their other duties. None of the three forces stopped pilots from flying operationally when their currency had lapsed.

### Privacy and data protection

Forces must assess the effect on privacy of any new use of personal data. Hampshire and Isle of Wight Constabulary reviewed its data protection impact assessment for drones in 2024. Lancashire's dated from 2021 and did not cover Operation Updraft. Wiltshire's dated from 2019, when it had two drones.

Forces set very different retention periods for drone footage that is not needed as evidence. Lancashire deletes such footage after 31 days and Hampshire and Isle of Wight after 90 days. Wiltshire had no retention policy. We found more than 2,300 video files on the shared drive used by Wiltshire's pilots that were more than two years old, some showing people in their gardens.

### Directed surveillance

Some drone flights, such as flights to watch a particular person or address, may amount to directed surveillance under the Regulation of Investigatory Powers Act 2000, and need an authorisation. In 2024 Lancashire obtained 14 directed surveillance authorisations for drone flights, and Hampshire and Isle of Wight obtained six. Wiltshire obtained none. Pilots in all three forces gave us different answers about when an authorisation would be needed, and officers in Wiltshire could not tell us. There is no national guidance on the question.

## Value for money

No force could show us what its drone flights cost or what they saved. Lancashire estimated that a typical flight cost £94, including the pilot's time, but this did not include the cost of buying and replacing drones. Forces told us that drones were much cheaper than the national police air service helicopter, which forces pay for by the flying hour, but none had compared the two for the same tasks.

Drones wear out quickly and their technology changes fast. Wiltshire had replaced four of its nine drones in 2024 after they were damaged or became obsolete. None of the three forces had a long-term replacement plan for its fleet.

## Drones misused by others

Forces also deal with drones flown illegally by other people, for example near airports or to fly drugs and phones into prisons. Forces that replied to our survey received about 7,460 reports of drone misuse in 2024. Only nine of the 41 forces told us they had any counter-drone equipment, and officers often did not know what powers they had to deal with a drone once they found its operator.

## Public confidence

In our survey of 2,000 adults, 71 percent said they supported the police using drones to find missing people, and 64 percent supported their use to follow suspects. But only 38 percent supported the use of drones for routine patrols, and 52 percent said they were worried about drones invading their privacy. Most people did not know whether their local force used drones.

Notable practice: Lancashire Constabulary's drone community forum. Before starting Operation Updraft, the force held six public meetings in Blackpool and set up a community forum of residents, councillors and local businesses. The forum meets every quarter, watches a sample of footage from the trial and can ask the force to change how drones are used. At the forum's request, the drones now point their cameras forward, not down, when flying to and from an incident.

## Recommendations

Recommendation 1: By 31 March 2026, chief constables should make sure that every drone flight is recorded, including its purpose, location, duration and legal basis.

Recommendation 2: By 31 March 2026, chief constables should make sure that they have a data protection impact assessment for their use of drones that covers every way they use them, and that it is reviewed at least every two years.

Recommendation 3: By 30 June 2026, chief constables should set a retention period of no more than 31 days for drone footage that is not needed as evidence, and delete footage held for longer.

Recommendation 4: By 30 June 2026, chief constables should not extend drone-as-first-responder operations beyond trial areas until they have evaluated the trial, including its effect on privacy, and published the evaluation.

Recommendation 5: By 31 March 2026, chief constables should make sure that every remote pilot meets the NPCC's flying currency requirement, and that pilots who do not meet it do not fly operationally.

Recommendation 6: By 30 September 2026, the NPCC should publish national guidance on when police use of a drone needs a directed surveillance authorisation.

Recommendation 7: By 31 December 2026, the Home Office should publish national data every year on the number and purpose of police drone flights.

Recommendation 8: By 30 June 2026, police and crime commissioners should make sure that the public in their area are told how the force uses drones, including through the publication of flight data at least every quarter.

## Methodology

We chose the three forces to reflect different sizes, geography and approaches to drones. Our fieldwork in each force lasted one week. We reviewed 100 flight records in each force, chosen at random from flights made between 1 July and 31 December 2024, and watched footage from 40 flights. The public survey was carried out online by an independent polling company in April 2025. The figures for the number of drones, pilots and flights come from the forces.
"""

REC_ROWS = [
    ("1", "Record every flight: purpose, location, duration, legal basis", "Chief constables", "31 March 2026"),
    ("2", "Up-to-date data protection impact assessment, reviewed every two years", "Chief constables", "31 March 2026"),
    ("3", "Retention of non-evidential footage: no more than 31 days", "Chief constables", "30 June 2026"),
    ("4", "No extension of drone-as-first-responder before published evaluation", "Chief constables", "30 June 2026"),
    ("5", "Pilot flying currency; no operational flying when not current", "Chief constables", "31 March 2026"),
    ("6", "National guidance on directed surveillance authorisations", "NPCC", "30 September 2026"),
    ("7", "Annual national data on police drone flights", "Home Office", "31 December 2026"),
    ("8", "Tell the public how drones are used; quarterly flight data", "PCCs", "30 June 2026"),
]
