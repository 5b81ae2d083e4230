# Content for hmicfrs-serious-organised-crime-thematic-2025.html (fictional: all people, figures and programmes invented)
TITLE = "Beneath the surface: An inspection of how police forces tackle serious and organised crime"
TEXT = r"""
# Beneath the surface: An inspection of how police forces tackle serious and organised crime

Published: 14 October 2025
Publication type: Thematic inspection
Forces inspected: Essex Police, Greater Manchester Police, Gwent Police, Humberside Police, Merseyside Police, West Mercia Police

## Foreword

Serious and organised crime touches every community in England and Wales. It is behind the drugs sold on our streets, the exploitation of children drawn into dealing, the people trafficked into nail bars and car washes, and the fraud that empties the savings of older people. The Government estimates that it costs the country at least £47 billion a year.

Most of the response to serious and organised crime happens not in the National Crime Agency or the regional organised crime units, but in local forces: in the intelligence teams that identify organised crime groups, the neighbourhood officers who notice a new car outside a house, and the local partners who can close a business used to launder money. This inspection looked at how well forces do that work.

We found committed and skilled people in every force we visited. But we also found that the local response is uneven. In too many places, forces do not know enough about the organised criminals operating in their area, their plans to tackle them are out of date, and they measure success by arrests and seizures rather than by the harm they have reduced. Neighbourhood policing, which should be one of the strongest defences against organised crime, is too often left out.

I have made nine recommendations. I hope that chief constables and police and crime commissioners will read this report alongside their own force's performance, and ask hard questions about how well they understand the threat.

Daniel Rourke
His Majesty's Inspector of Constabulary

## Summary

We inspected six forces between 10 March and 30 May 2025. Across the six, forces had mapped 412 organised crime groups (OCGs) at the time of our fieldwork, with an estimated 3,950 members. Drug supply was the main criminal activity of 61 percent of mapped OCGs.

Our main findings were:

- most forces' serious and organised crime local profiles were out of date, and two of the six had not refreshed theirs for more than three years;
- every force used the national management of risk in law enforcement (MoRiLE) approach to score OCGs, but the quality of scoring varied widely;
- lead responsible officers were assigned to every mapped OCG in only two forces;
- forces recorded disruptions inconsistently, and few could show the long-term effect of their work on harm;
- local partners, particularly councils, were not consistently involved in plans to tackle OCGs;
- forces made good use of the Proceeds of Crime Act 2002, but financial investigation capacity was stretched.

## Background

The Serious and Organised Crime Strategy 2023 to 2028 sets out the Government's approach, based on the four Ps: Pursue, Prevent, Protect and Prepare. Forces are expected to have a serious and organised crime local profile, a partnership board to oversee the local response, and a 4P plan for each mapped OCG.

Regional organised crime units (ROCUs) provide specialist capabilities that most forces cannot provide on their own, such as undercover officers and cyber crime teams. The National Crime Agency leads the response to the highest-harm threats.

## Understanding the threat

### Local profiles

A serious and organised crime local profile should bring together police intelligence and information from partners to describe the threat in an area. Only two of the six forces, Humberside Police and West Mercia Police, had updated their local profiles within the last 12 months. Gwent Police's local profile dated from 2021, and Essex Police's from late 2021.

Most profiles relied almost entirely on police data. Only Humberside's profile included data from the council, the NHS, the fire service and HM Revenue and Customs.

### Mapping and scoring

Forces use MoRiLE to score the threat posed by each OCG. We reviewed the scoring of 72 OCGs across the six forces. In 19 of them, the score did not reflect the intelligence held about the group. In Merseyside, for example, one group assessed as low threat was linked by intelligence to two firearms discharges.

We found that forces were much better at mapping groups involved in drug supply than those involved in modern slavery, fraud or organised acquisitive crime. Across the six forces, only 23 OCGs were mapped for modern slavery and human trafficking, and just 9 for fraud.

Notable practice: Humberside Police - Organised Crime Partnership Board. Humberside's board is chaired by a council chief executive and includes the four local authorities, Immigration Enforcement, HMRC, the Environment Agency and the DVLA. Each partner brings its own data to a monthly tasking meeting, and partners own actions on 40 percent of the force's OCG plans.

## Tackling organised crime groups

### Lead responsible officers and 4P plans

Each mapped OCG should have a lead responsible officer (LRO), who owns a 4P plan. Only Greater Manchester Police and West Mercia Police had an LRO for every mapped group. In Essex, 31 of 74 mapped groups had no LRO at the time of our fieldwork.

Of the 4P plans we reviewed, most focused heavily on Pursue. Few included meaningful Prevent or Protect activity, such as diverting young people from gangs or protecting vulnerable people whose homes were being used for drug dealing.

### Disruptions

Forces record disruptions against OCGs as major, moderate or minor. We found that the way forces graded disruptions varied, so the figures cannot be compared between forces. In one force, the arrest of a single low-level member was recorded as a major disruption.

In the year to 31 March 2025, the six forces recorded 1,874 disruptions, of which 212 were graded major.

Notable practice: Greater Manchester Police - Operation Larkspur. Operation Larkspur is a neighbourhood recovery operation in three neighbourhoods of Salford and Oldham. After a period of intensive enforcement, neighbourhood officers and council staff work with residents to rebuild community confidence. The force told us that reports of drug dealing in the three neighbourhoods fell by 37 percent in the 18 months after the clear phase ended.

### Neighbourhood policing

Neighbourhood officers are often the first to spot the signs of organised crime, such as cuckooing or a new drug line. But in four of the six forces, neighbourhood officers told us they did not know which OCGs were active in their area. Few had been briefed on the local profile.

## Money and assets

Forces made good use of the Proceeds of Crime Act 2002. In the year to 31 March 2025, the six forces obtained 318 confiscation orders, with a total value of £21.6 million, and 402 account freezing orders.

But financial investigators were stretched. Across the six forces there were 94 accredited financial investigators, and 21 posts were vacant. In Gwent, the economic crime team was carrying 58 live cases for 7 investigators.

We also found that forces did not make enough use of ancillary orders, such as serious crime prevention orders (SCPOs). The six forces obtained only 27 SCPOs in two years.

## Prevent and Protect

Forces and their partners need to stop people being drawn into organised crime, and to protect the people and places that organised criminals target. We found some good examples. In West Mercia, the force and its partners run a programme called Pathways, which offers mentoring to young people at risk of exploitation. In Merseyside, the force funds specialist youth workers in its custody suites.

But most Prevent and Protect activity was short-term and depended on grant funding. Forces rarely evaluated it.

## Governance and leadership

In every force, an assistant chief constable or equivalent led the response to serious and organised crime. Police and crime commissioners had included serious and organised crime in their police and crime plans, but few received regular information about it. Only one of the six forces reported OCG disruptions to its PCC in public.

The relationship between forces and ROCUs was generally good, although some forces told us that they found it hard to access ROCU capabilities at short notice.

## Methodology

We carried out fieldwork in six forces: Essex Police, Greater Manchester Police, Gwent Police, Humberside Police, Merseyside Police and West Mercia Police. We chose these forces to reflect differences in size, geography and the nature of the serious and organised crime threat. In each force we interviewed chief officers and leads, held focus groups with intelligence, investigation and neighbourhood staff, reviewed 12 OCG files, and spoke to local partners. We also interviewed staff at the National Crime Agency, two ROCUs and the Home Office, and surveyed all 43 forces in England and Wales; 39 replied.

## Recommendations

Recommendation 1: By 30 June 2026, chief constables should make sure that their serious and organised crime local profile has been refreshed within the last 12 months and includes information from partners.

Recommendation 2: By 30 June 2026, chief constables should make sure that every mapped organised crime group has a lead responsible officer and a current 4P plan.

Recommendation 3: By 31 March 2026, chief constables should make sure that neighbourhood teams are briefed on the organised crime groups active in their area.

Recommendation 4: By 30 September 2026, chief constables should review their financial investigation capacity and make sure it is enough to meet demand.

Recommendation 5: By 31 March 2026, chief constables should make sure they report their performance in tackling serious and organised crime to their police and crime commissioner regularly.

Recommendation 6: By 31 March 2026, the National Police Chiefs' Council should publish national guidance on grading disruptions, so that forces record them consistently.

Recommendation 7: By 30 June 2026, the College of Policing should update its authorised professional practice on serious and organised crime to include the role of neighbourhood policing.

Recommendation 8: By 30 September 2026, the Home Office should work with the NPCC to develop an outcome measure for the local response to serious and organised crime that reflects reductions in harm.

Recommendation 9: By 31 December 2026, the Home Office should consider how Prevent and Protect activity against organised crime can be funded over several years rather than through annual grants.
"""

REC_ROWS = [
    ("1", "Local profile refreshed within 12 months, with partner data", "Chief constables", "30 June 2026"),
    ("2", "Lead responsible officer and 4P plan for every mapped OCG", "Chief constables", "30 June 2026"),
    ("3", "Brief neighbourhood teams on local OCGs", "Chief constables", "31 March 2026"),
    ("4", "Review financial investigation capacity", "Chief constables", "30 September 2026"),
    ("5", "Report SOC performance to the PCC", "Chief constables", "31 March 2026"),
    ("6", "National guidance on grading disruptions", "NPCC", "31 March 2026"),
    ("7", "Update APP to include neighbourhood policing", "College of Policing", "30 June 2026"),
    ("8", "Outcome measure reflecting harm reduction", "Home Office and NPCC", "30 September 2026"),
    ("9", "Multi-year funding for Prevent and Protect", "Home Office", "31 December 2026"),
]
