# Content for wiltshire-hate-crime-inspection-2025.pdf (fictional: all people, figures and programmes invented)
TITLE = "Seen and heard? An inspection of how Wiltshire Police responds to hate crime"

FRONT = r"""
# About this inspection

This report sets out what we found when we inspected how Wiltshire Police identifies, records and investigates hate crime, and how it supports the victims of hate crime. The Home Secretary commissioned the inspection at the request of the Police and Crime Commissioner for Wiltshire and Swindon, after a rise in reported hate crime in the county in 2023 and 2024. This is our first inspection of a single force's response to hate crime.

We carried out fieldwork between 7 and 25 July 2025. We interviewed 74 officers, staff and partners, held 12 focus groups, observed the force control room at Devizes, met members of the force's independent advisory group and spoke to 31 victims of hate crime. We reviewed 120 hate crime files and 40 records of hate incidents that were not crimes. Unless we say otherwise, figures in this report relate to the year ending 31 March 2025.

We answered five questions, and for each we give a judgment using the grades outstanding, good, adequate, requires improvement and inadequate. Where we find a serious shortcoming, we report it as a cause of concern with recommendations. Less serious shortcomings are reported as areas for improvement (AFIs).

# Summary

Hate crime does particular harm. Victims are targeted because of who they are, and the fear it causes spreads to others who share the same identity. Victims of hate crime are entitled to an enhanced service under the Victims' Code.

Wiltshire Police recorded 1,486 hate crimes in 2024/25, 11 percent more than the year before. We found that the force has good links with its communities, and that people are increasingly willing to report hate crime to it. Its network of third-party reporting centres and its Stand Together ambassador scheme in Swindon are real strengths.

But the force does not treat the victims of hate crime as well as it should once they have reported. Too few victims have their needs assessed, too few repeat victims are identified, and too few are told about the support they are entitled to. We consider this a cause of concern. The force's investigations of hate crime also require improvement, and its leaders do not have the information they need to oversee its response.

We have identified one cause of concern, with three recommendations, and five areas for improvement. No question was graded outstanding.

!judgments

# Fact page

!facts
"""

BODY = r"""
# Findings

## Context

Wiltshire Police serves around 740,000 people in the county of Wiltshire and the borough of Swindon. Swindon is the largest town and the most ethnically diverse part of the force area. The county also includes Salisbury, Chippenham, Trowbridge and large rural areas, and several military bases.

On 31 March 2025, the force had 1,184 police officers, 128 PCSOs, 1,032 police staff and 163 special constables. Chief Constable Robert Kinsella has led the force since March 2023. Assistant Chief Constable Deborah Vance is the chief officer responsible for hate crime.

Hate crime makes up about 2 percent of all recorded crime in Wiltshire. Most hate crimes are public order offences or low-level assaults, but they include serious violence and sustained campaigns of harassment against families and individuals.

!strands

Race was the main motivating factor in 62 percent of hate crimes in 2024/25, followed by sexual orientation (16 percent), disability (9 percent), transgender identity (7 percent) and religion (6 percent). Reported hate crime rose in every strand. The largest rise was in crimes motivated by religion, up 29 percent, which the force linked to community tensions after national and international events. About 23 percent of reported hate crimes took place online.

## Identifying and recording hate crime

The force is adequate at identifying and recording hate crime.

Call handlers in the control room usually asked callers whether they thought an incident was motivated by hostility, and recorded the answer. But in 17 of the 120 crime files we reviewed, there was a clear hate element that had not been flagged on the force's records management system, so the crime was not counted or managed as a hate crime. The force also recorded 412 hate incidents that were not crimes. In 9 of the 40 hate incident records we reviewed, the incident should have been recorded as a crime.

Area for improvement 1: The force should make sure that hate crimes and hate incidents are correctly identified and flagged on its records management system, and that hate incidents that are crimes are recorded as crimes.

## Victims' needs and support

The force is inadequate at assessing and meeting the needs of victims of hate crime.

Cause of concern: Wiltshire Police does not consistently assess the needs of victims of hate crime, identify repeat and vulnerable victims, or make sure that victims are offered the support they are entitled to.

A victim needs assessment had been completed in only 55 of the 120 hate crime files we reviewed (46 percent). Victims were told about their enhanced entitlements under the Victims' Code in 38 percent of cases, and a referral to victim support services was offered in 41 percent. Nineteen of the victims in our sample had reported hate crime to the force before, but only six of them had been identified as repeat victims. We spoke to a disabled man who had reported 14 incidents of abuse by the same neighbours over two years, each of which had been dealt with as a separate, one-off crime.

Within six months, the force should:

Recommendation 1: make sure that every victim of hate crime has a needs assessment recorded at first contact, and that it is reviewed during the investigation.

Recommendation 2: make sure that repeat victims of hate crime are identified and flagged, and that a supervisor reviews the risk to them and the action taken.

Recommendation 3: make sure that every victim of hate crime is told about their enhanced entitlements under the Victims' Code and is offered a referral to specialist support.

## Investigating hate crime

The force requires improvement at investigating hate crime.

The force's charge and summons rate for hate crime was 9.8 percent in 2024/25, higher than its rate for all crime, which was 7.9 percent. But in 31.4 percent of hate crimes, the outcome was that the victim did not support further action.

!outcomes

In the files we reviewed, investigations were not always supervised, and opportunities to gather evidence, such as body-worn video and CCTV, were missed in 27 of the 120 cases. Officers told us they lacked the skills to investigate online hate crime, and the force's digital investigation team gave such cases a low priority.

Area for improvement 2: The force should make sure that hate crime investigations are supervised, and that opportunities to gather evidence are taken promptly.

Area for improvement 3: The force should improve its capability to investigate online hate crime.

## Working with communities and partners

The force is good at working with communities and partners to prevent hate crime and encourage reporting.

We found:

- the force had 41 third-party reporting centres across Wiltshire and Swindon, including mosques, libraries, LGBT+ venues and disability charities, which passed on 97 reports in 2024/25;
- every neighbourhood team had a named hate crime lead, and we found good examples of neighbourhood officers visiting victims and their neighbours;
- the force's independent advisory group included members from every one of the five monitored strands and was consulted on the force's hate crime policy;
- the force worked with the two councils to remove offensive graffiti quickly and to deal with hate crime in council housing;
- the force's schools programme had reached 88 schools in 2024/25, with lessons on hate crime and online abuse;
- the force had responded quickly to community tensions in the summer of 2024, with extra patrols and meetings with faith leaders.

Notable practice: the Stand Together ambassador scheme. Since January 2024 the force has trained 26 volunteer ambassadors from community groups in Swindon. Ambassadors help victims who are reluctant to go to the police to report hate crime, go with them to meetings with officers if they wish, and keep in touch with them during the investigation. By June 2025, ambassadors had supported 140 victims. Victims we spoke to valued having someone from their own community to turn to.

The force told us it plans to:

- extend the Stand Together scheme to Salisbury and Chippenham in 2026;
- recruit ambassadors from Gypsy, Roma and Traveller communities, who are under-represented among those who report;
- ask an independent researcher to evaluate the scheme;
- use ambassadors to help train new officers.

## Leadership and oversight

The force requires improvement at leading and overseeing its response to hate crime.

The force has a hate crime governance board, chaired by ACC Vance. The board had not met between November 2024 and our fieldwork in July 2025. The performance report it received did not show outcomes by strand, repeat victims or victim satisfaction. The force has two hate crime coordinator posts, but one had been vacant since March 2025.

Only 52 percent of frontline officers and 61 percent of control room staff had completed the force's hate crime training, which was introduced in 2023.

Area for improvement 4: The force should make sure that its hate crime governance board meets regularly and uses performance data, including outcomes by strand and for repeat victims, to oversee the force's response.

Area for improvement 5: The force should make sure that frontline officers and control room staff complete hate crime training.
"""

BACK = r"""
# Appendix A: Summary of recommendations and areas for improvement

!recsummary

# Appendix B: The inspection team

This inspection was led by Harriet Colquhoun, His Majesty's Inspector of Constabulary. The team included staff from HMICFRS and a peer inspector from a Home Office force.

!team

We are grateful to the Police and Crime Commissioner for Wiltshire and Swindon, the two councils, the victim support services and the community groups that helped us, and to the victims who spoke to us.
"""

JUDGMENTS = [
    ("Inspection question", "Judgment"),
    ("How well does the force identify and record hate crime?", "Adequate"),
    ("How well does the force assess and meet the needs of victims of hate crime?", "Inadequate"),
    ("How well does the force investigate hate crime?", "Requires improvement"),
    ("How well does the force work with communities and partners to prevent hate crime and encourage reporting?", "Good"),
    ("How well do the force's leaders understand and oversee its response to hate crime?", "Requires improvement"),
]

FACTS = [
    ("Measure (2024/25)", "Wiltshire Police"),
    ("Police officers (31 March 2025)", "1,184"),
    ("Recorded hate crimes", "1,486"),
    ("Change from 2023/24", "+11%"),
    ("Hate incidents recorded (not crimes)", "412"),
    ("Hate crimes committed online", "23%"),
    ("Charge and summons rate, hate crime", "9.8%"),
    ("Victim needs assessment completed (our review)", "46%"),
    ("Third-party reporting centres", "41"),
    ("Stand Together ambassadors", "26"),
]

STRANDS = [
    ("Strand", "2023/24", "2024/25"),
    ("Race", "857", "921"),
    ("Sexual orientation", "209", "238"),
    ("Disability", "118", "134"),
    ("Transgender identity", "86", "104"),
    ("Religion", "69", "89"),
    ("Total", "1,339", "1,486"),
]

OUTCOMES = [
    ("Outcome (2024/25)", "Share"),
    ("Charged or summonsed", "9.8%"),
    ("Out-of-court resolution", "6.1%"),
    ("Victim does not support action", "31.4%"),
    ("Evidential difficulties", "22.7%"),
    ("No suspect identified", "24.3%"),
    ("Other", "5.7%"),
]

RECSUMMARY = [
    ("Ref", "Summary", "Deadline"),
    ("Rec 1", "Needs assessment for every victim at first contact", "Within six months"),
    ("Rec 2", "Identify and flag repeat victims; supervisor reviews risk", "Within six months"),
    ("Rec 3", "Enhanced entitlements and referral to specialist support", "Within six months"),
    ("AFI 1", "Flag hate crimes and incidents correctly", "-"),
    ("AFI 2", "Supervise investigations; gather evidence promptly", "-"),
    ("AFI 3", "Online hate crime capability", "-"),
    ("AFI 4", "Governance board and performance data", "-"),
    ("AFI 5", "Hate crime training", "-"),
]

TEAM = [
    ("Role", "Name"),
    ("HM Inspector", "Harriet Colquhoun"),
    ("Inspection lead", "Nasreen Bhatti"),
    ("Inspection officer", "Beth Carnaby"),
    ("Inspection officer", "Daniel Hollis"),
    ("Data analyst", "Kofi Mensah"),
]
