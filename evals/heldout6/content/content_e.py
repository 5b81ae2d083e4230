# Content for btp-vulnerability-inspection-2025.pdf (fictional: all people, figures and programmes invented)
TITLE = "Safe passage? An inspection of how British Transport Police protects vulnerable people on the railway"

FRONT = r"""
# About this inspection

This report sets out what we found when we inspected how British Transport Police (BTP) identifies and protects vulnerable people on the railway of England, Wales and Scotland. BTP is not a Home Office force, but it invites us to inspect it under an agreement with the Department for Transport and the British Transport Police Authority (BTPA). The BTPA asked us to carry out this inspection in its annual inspection request for 2025/26. This is our first inspection of BTP that has focused on vulnerability.

We carried out fieldwork between 2 and 20 June 2025. We visited 14 major stations, including London Euston, London Bridge, Birmingham New Street, Manchester Piccadilly, Leeds, Cardiff Central and Glasgow Central. We interviewed 96 officers, staff and partners, held 15 focus groups, observed the force's first contact centre and control rooms in London and Birmingham, and reviewed 180 incident records involving vulnerable people. Unless we say otherwise, figures in this report relate to the year ending 31 March 2025.

We answered five questions, and for each we give a judgment using the grades outstanding, good, adequate, requires improvement and inadequate. Where we find a serious shortcoming, we report it as a cause of concern with recommendations. Less serious shortcomings are reported as areas for improvement (AFIs).

# Summary

British Transport Police deals with a very large number of vulnerable people. Every day, its officers and railway staff intervene to stop people taking their own lives, find children who have gone missing, and help people in mental health crisis. We saw many examples of compassionate and skilful work, often in difficult circumstances.

The force is good at identifying vulnerable people and at responding to people at risk of suicide. Its officers and the railway staff it trains made 2,914 lifesaving interventions in 2024/25. But the force does not make sure that the police force and council where a child or vulnerable adult lives are told when it has found them on the railway. In our review, no safeguarding referral had been made in 37 percent of the cases in which one was needed. We consider this a cause of concern.

We have identified one cause of concern, with three recommendations, and five areas for improvement.

!judgments

# Fact page

!facts
"""

BODY = r"""
# Findings

## Context

British Transport Police polices around 10,000 miles of track and more than 3,000 stations across Great Britain, as well as the London Underground, the Docklands Light Railway, several tram networks and the Glasgow Subway. It is funded mainly by the train operating companies and Network Rail through police service agreements, which the BTPA negotiates.

On 31 March 2025, the force had 3,106 police officers, 318 PCSOs, 1,522 police staff and 241 special constables. It has three divisions: B Division (London), C Division (England and Wales outside London) and D Division (Scotland). Chief Constable Lucy Dunmore has led the force since January 2024.

Vulnerable people make up a large share of BTP's demand. In 2024/25, 31 percent of the incidents the force attended involved a person it identified as vulnerable.

## Identifying vulnerability

The force is good at identifying vulnerable people. Its officers use a short set of screening questions, which the force calls the Vulnerability Check, at every incident involving a person who may be vulnerable. In the records we reviewed, the Vulnerability Check had been completed in 86 percent of cases.

We found:

- officers and PCSOs understood the signs of vulnerability and exploitation, including among children travelling alone;
- the force's first contact centre used a structured triage tool for calls from railway staff about vulnerable people;
- railway staff we spoke to knew how to contact the force and trusted it to respond;
- the force's vulnerability training for new officers had been rewritten in 2024 with help from people with lived experience of mental ill health;
- but the force did not always record the Vulnerability Check in a way that allowed it to be shared with other agencies.

## Suicide prevention

The railway is sadly a place where some people go to take their own lives. In 2024/25, BTP recorded 247 suspected suicides on the network, compared with 262 in 2023/24. In the same year, officers, railway staff and members of the public made 2,914 lifesaving interventions, up from 2,460 in 2022/23.

!interventions

Until 2023, BTP had a central Suicide Prevention Unit. The unit was disbanded in 2023 and its staff were moved into vulnerability hubs in each of the three divisions. We looked carefully at the effect of that decision. We were satisfied that disbanding the unit had not reduced the quality of the force's suicide prevention work, and the hubs' closer links with local mental health services were a strength.

The force and Network Rail jointly run the Safe Journey training course for railway staff. By March 2025, 8,400 railway staff had completed it. Staff who had been trained told us they felt more confident approaching people who appeared to be in distress.

Notable practice: the Safe Journey course. The course is delivered jointly by BTP officers and people with lived experience of suicidal crisis. It is free to railway employers, takes half a day, and is refreshed every two years. Its evaluation, published in 2024, found that trained staff were more than twice as likely to approach a person in distress as untrained staff.

## Mental health

BTP officers used section 136 of the Mental Health Act 1983 to detain 1,612 people in 2024/25. The average time officers spent waiting with a detained person at a health-based place of safety was 4 hours 10 minutes. In London, six mental health nurses work in the force's control room at set times, and they advised on 3,200 incidents in 2024/25.

A mental health nurse pilot at Birmingham New Street, which placed a nurse at the station on Friday and Saturday evenings, ended in March 2025. The force did not have an evaluation of it.

Area for improvement 1: BTP should work with the NHS to reduce the time officers wait at health-based places of safety.

Area for improvement 2: BTP should evaluate its mental health nurse arrangements before deciding whether to extend them outside London.

## Missing and exploited children

The force found 3,480 missing children on the railway in 2024/25. Its process for handling missing people found on the network, Operation Waypoint, was introduced in 2022. Under Operation Waypoint, the officer who finds a missing person should tell the home force and, for a child, the council where the child lives.

We found that this did not happen reliably. Of the 180 records we reviewed, 102 involved a child or vulnerable adult for whom a safeguarding referral to the home force or council was needed. In 38 of these 102 cases (37 percent), no referral had been made. In a further 19 cases, the referral was made more than 48 hours later.

Cause of concern: British Transport Police does not make sure that the police force and local authority responsible for a vulnerable child or adult it finds on the railway are told promptly, so that the person can be safeguarded.

Within six months, BTP should:

Recommendation 1: make sure that a safeguarding referral is made to the home force and, for a child, the local authority, within 24 hours whenever officers find a missing or vulnerable person on the railway.

Recommendation 2: introduce a single referral system that can send information electronically to every home force and local authority in Great Britain.

Recommendation 3: make sure that supervisors check every Operation Waypoint record within 48 hours and that the results of those checks are reported to chief officers monthly.

The force told us it already sends referrals electronically to 29 of the 45 territorial police forces in Great Britain. Referrals to others are made by email or telephone.

## Working with partners

The force is adequate at working with partners. Network Rail, the train operators and Transport for London all told us that BTP was a valued partner. But arrangements with councils were less well developed. BTP does not attend local safeguarding partnership meetings, and it has information-sharing agreements with only some of the councils in whose areas it finds vulnerable people most often.

Area for improvement 3: BTP should agree information-sharing agreements with the councils in whose areas it most often finds missing children.

## Supporting the workforce

The force requires improvement at supporting its workforce in dealing with vulnerability. Officers who deal with fatalities and suicide attempts told us that support after traumatic incidents was inconsistent. In our survey, 54 percent of officers who had attended a fatality in the past year said they had been offered a trauma risk management (TRiM) assessment.

!hubs

The vulnerability hubs had 11 vacancies in June 2025, most of them in C Division.

Area for improvement 4: BTP should make sure that every officer who attends a fatality or serious self-harm incident is offered a trauma risk assessment.

Area for improvement 5: BTP should fill the vacancies in its vulnerability hubs, particularly in C Division.
"""

BACK = r"""
# Appendix A: Summary of recommendations and areas for improvement

!recsummary

# Appendix B: The inspection team

This inspection was led by Colin Bramhall, His Majesty's Inspector of Constabulary. The team included staff from HMICFRS and a peer inspector from a Home Office force.

!team

We are grateful to the British Transport Police Authority, Network Rail, the train operating companies, Transport for London and the NHS trusts that helped us.
"""

JUDGMENTS = [
    ("Inspection question", "Judgment"),
    ("How well does BTP identify vulnerable people?", "Good"),
    ("How well does BTP respond to people at risk of suicide or in mental health crisis?", "Good"),
    ("How well does BTP safeguard missing and exploited people it finds on the railway?", "Inadequate"),
    ("How well does BTP work with partners to protect vulnerable people?", "Adequate"),
    ("How well does BTP support its workforce in dealing with vulnerability?", "Requires improvement"),
]

FACTS = [
    ("Measure (2024/25)", "BTP"),
    ("Police officers (31 March 2025)", "3,106"),
    ("Incidents involving a vulnerable person", "31%"),
    ("Lifesaving interventions", "2,914"),
    ("Suspected suicides on the network", "247"),
    ("Missing children found on the railway", "3,480"),
    ("Section 136 detentions", "1,612"),
    ("Safeguarding referrals not made (our review)", "37%"),
    ("Railway staff trained on Safe Journey (to March 2025)", "8,400"),
]

INTERVENTIONS = [
    ("Year", "Lifesaving interventions", "Suspected suicides"),
    ("2022/23", "2,460", "271"),
    ("2023/24", "2,702", "262"),
    ("2024/25", "2,914", "247"),
]

HUBS = [
    ("Vulnerability hub", "Establishment", "Vacancies"),
    ("B Division (London)", "34", "2"),
    ("C Division (England and Wales)", "41", "8"),
    ("D Division (Scotland)", "12", "1"),
    ("Total", "87", "11"),
]

RECSUMMARY = [
    ("Ref", "Summary", "Deadline"),
    ("Rec 1", "Safeguarding referral within 24 hours", "Within six months"),
    ("Rec 2", "Single electronic referral system", "Within six months"),
    ("Rec 3", "Supervisors check Waypoint records within 48 hours", "Within six months"),
    ("AFI 1", "Reduce waits at places of safety", "-"),
    ("AFI 2", "Evaluate mental health nurse arrangements", "-"),
    ("AFI 3", "Information-sharing agreements with councils", "-"),
    ("AFI 4", "Trauma risk assessment after fatalities", "-"),
    ("AFI 5", "Fill vulnerability hub vacancies", "-"),
]

TEAM = [
    ("Role", "Name"),
    ("HM Inspector", "Colin Bramhall"),
    ("Inspection lead", "Priyanka Desai"),
    ("Inspection officer", "Martin Ogunleye"),
    ("Inspection officer", "Sarah-Jane Penhallow"),
    ("Data analyst", "Tomasz Wilk"),
]
