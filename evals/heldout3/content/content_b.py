# Content for lincolnshire-pcc-response-peel-2023-25.docx (fictional)
TITLE = "Police and Crime Commissioner for Lincolnshire: Response to the HMICFRS PEEL 2023-25 inspection of Lincolnshire Police"
TEXT = r"""
# Office of the Police and Crime Commissioner for Lincolnshire

## Response to HMICFRS: PEEL 2023-25 inspection of Lincolnshire Police

Document reference: OPCC/HMI/2024/031

Date of response: 7 January 2025

HMICFRS report published: 12 November 2024

Author: Graham Whitlock, Police and Crime Commissioner for Lincolnshire

Security classification: OFFICIAL - for publication

## 1. Purpose of this document

Section 55 of the Police Act 1996 requires me, as the local policing body, to publish my comments on any report by His Majesty's Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS) that relates to Lincolnshire Police, and to do so within 56 days of the report being published. This document is my response to the PEEL 2023-25 report on Lincolnshire Police, which HMICFRS published on 12 November 2024.

I have sent a copy of this response to His Majesty's Chief Inspector of Constabulary and to the Home Secretary. It will also be presented to the Lincolnshire Police and Crime Panel at its meeting on 31 January 2025, and it will be published on my website.

In preparing this response I invited the Chief Constable, Marcus Pennington, to comment on the report. His comments are set out in section 4.

## 2. Commissioner's overview

I welcome the report and I thank HM Inspector Elspeth Rayner and her team for their work. It is a balanced report. It recognises much that is good about policing in Lincolnshire: accurate crime recording, strong neighbourhood policing, the excellent work of the Rural Crime Action Team and Project Kestrel, and a force that looks after its people. Those are real achievements, and I want to thank the officers, staff and volunteers who have made them possible.

However, I am very concerned by the finding that the force is inadequate at managing offenders and suspects. The inspectors found that the management of sexual and violent offenders (MOSOVO) unit did not have enough staff for the number of registered sex offenders it manages, that 163 risk assessments were overdue in June 2024 and that referrals about people suspected of viewing indecent images of children were waiting too long for action. The people of Lincolnshire are entitled to expect that the police manage these offenders safely. I have made it clear to the Chief Constable that this must be put right as a matter of urgency, and I have provided additional funding to help him do so.

I am also concerned about the force's performance in answering 101 calls. I hear directly from residents about how long they have to wait, and I have raised this with the Chief Constable at every one of my accountability meetings during 2024. I accept that the force has begun to make improvements, but the public should not have to wait nearly seven minutes to speak to someone.

I am satisfied that the Chief Constable has a credible plan to address all of the issues raised in the report. I will hold him to account for delivering it, in public, through my Accountability Board.

^Inspection grades at a glance

The force was graded good in three areas, adequate in three, requires improvement in two and inadequate in one. The areas graded good were recording data about crime; preventing crime and antisocial behaviour; and building, supporting and protecting the workforce. The areas graded requires improvement were responding to the public and protecting vulnerable people. The area graded inadequate was managing offenders and suspects.

^Context: the PEEL 2023-25 inspection

HMICFRS carried out its fieldwork in Lincolnshire in June 2024. The PEEL programme assesses every force in England and Wales against a common framework, and it is one of the most important sources of independent assurance available to me as Commissioner. I use its findings alongside the force's own performance data, the views of residents and the work of my own office to decide where to focus my scrutiny.

The report's findings are closely aligned with the priorities in my Police and Crime Plan for Lincolnshire 2021-2025, in particular the priorities of protecting vulnerable people from harm, providing an accessible and responsive service to the public, and making Lincolnshire's rural communities feel safe. Where the report identifies weaknesses in these areas, I have asked the Chief Constable to treat them as priorities in the force's improvement plan.

I have also considered the report alongside the results of my most recent public survey, in which 61 percent of respondents said they were confident that Lincolnshire Police would be there when they needed it. The most common concern raised by respondents was the time it takes to get through on 101, which the inspectors also identified.

## 3. Funding I am providing

I have agreed to provide additional funding from my reserves to support the force's response to the report. In summary:

- £480,000 over two years (2024/25 and 2025/26) to fund six additional detective constables and two police staff researchers in the MOSOVO unit;
- £215,000 for additional digital forensic kiosks and the training needed to use them; and
- £90,000 towards the cost of an independent options appraisal of the future of the force's support services.

The funding for the MOSOVO unit will be reviewed in the autumn of 2025, when I set the budget and precept for 2026/27. I expect the Chief Constable to build the additional posts into the force's base budget from 2026/27 onwards.

## 4. Comments of the Chief Constable

The Chief Constable has provided the following comments:

"I accept the report and its findings. I am grateful to HMICFRS for identifying the problems in our management of registered sex offenders, and I am sorry that we did not identify them ourselves. We acted immediately. Before the inspectors had left the force, I had moved additional detectives into the MOSOVO unit and set up an improvement board, chaired by the Deputy Chief Constable. The number of overdue risk assessments has already fallen substantially. I am also pleased that the report recognises the many strengths of the force, and the commitment of our officers and staff to the communities we serve."

Marcus Pennington, Chief Constable, Lincolnshire Police

## 5. Cause of concern: managing registered sex offenders and online child sexual abuse offenders

The report identified one cause of concern, supported by four recommendations. I accept all four recommendations. The force's actions are summarised below and in the table in section 8.

^Recommendation 1 (overdue ARMS assessments and home visits)

The force has put in place a recovery plan to complete all overdue assessments and visits, starting with the offenders who pose the highest risk. Every overdue case has been reviewed by a detective sergeant, and visits to high and very high-risk offenders were prioritised. By 30 November 2024, the number of overdue ARMS assessments had fallen from 163 to 88, and the number of offenders overdue a home visit had fallen from 71 to 29. No high or very high-risk offender is now overdue a visit. The force expects to clear the remaining backlog by 31 March 2025.

^Recommendation 2 (MOSOVO capacity)

With the funding I am providing, the force will recruit six additional detective constables and two police staff researchers to the MOSOVO unit. Three of the detective constables were in post by December 2024, and the force expects the remaining posts to be filled by April 2025. When all the posts are filled, the average caseload per offender manager is expected to fall from 92 to around 65.

^Recommendation 3 (online child sexual abuse referrals)

The force set up a new referral triage desk within POLIT on 2 September 2024. Every new referral is now risk assessed using KIRAT within 14 days of receipt. The number of referrals awaiting action had fallen from 118 to 74 by 30 November 2024. I have asked the Chief Constable to give me a monthly update on this figure until the backlog is cleared.

^Recommendation 4 (supervision and performance management)

The Offender Management Improvement Board, chaired by the Deputy Chief Constable, Ruth Calloway, meets every fortnight. A new monthly performance report on MOSOVO, including overdue assessments and visits and caseloads, goes to the force's chief officer group and to my office. The risk has been added to the force's strategic risk register.

In addition, I have commissioned an independent audit of the MOSOVO unit, to be completed by April 2025, so that I can be assured that the improvements reported to me are real and sustainable.

## 6. Areas for improvement

The report identified eight areas for improvement. I accept areas for improvement 1, 2 and 4 to 8, and I accept area for improvement 3 in part. The force has included all eight in its PEEL improvement plan, which will be monitored by the Deputy Chief Constable.

^101 calls and risk assessment in the control room (areas for improvement 1 and 2)

The force introduced a call-back service, Call Back Assist, on 4 November 2024. It allows 101 callers to leave their number and be called back rather than wait in a queue. In November 2024, 12.6 percent of 101 calls were abandoned, compared with 19.8 percent in the year ending 31 March 2024. In October 2024 the force answered 87.4 percent of 999 calls within 10 seconds. The force has also introduced a THRIVE prompt in its command and control system and a monthly audit of call handling.

^Rural response times (area for improvement 3)

I accept this area for improvement in part. I share the inspectors' concern about response times in rural areas, and I agree that the force must do better. The force has begun a review of how its response officers are deployed across the county, which will report in March 2025. However, I do not accept that the answer is simply to put more response officers into the most rural areas, which would mean taking them away from towns where most incidents happen. Any decision about additional resources will be taken as part of the budget and precept for 2026/27.

^Victims, digital forensics, stop and search and missing children (areas for improvement 4 to 7)

The force has introduced a new victim update standard, and compliance is monitored by supervisors. My Victim Services team will carry out a dip sample of victim updates in spring 2025. The funding I am providing for digital forensic kiosks will allow kiosks to be installed in Lincoln, Boston, Grantham and Skegness police stations, and by 30 November 2024 the number of devices waiting to be examined had fallen from 612 to 455. The Lincolnshire Stop and Search Scrutiny Panel will now report its findings to the force's stop and search board every quarter. My office and Lincolnshire County Council are jointly re-commissioning the return home interview service for missing children, and the new contract will start in April 2025.

^Support services after March 2027 (area for improvement 8)

I accept this area for improvement. The future of the force's support services is the most significant decision the force and I will take in the next few years. I have established a Future Support Services Programme, jointly overseen by me and the Chief Constable, and I have commissioned an independent options appraisal. I expect to make a decision on the preferred option by 30 September 2025.

## 7. How I will hold the Chief Constable to account

I will monitor the force's progress against the cause of concern and each of the areas for improvement through my Accountability Board, which meets in public every quarter. The MOSOVO unit will be a standing item on the agenda of every Accountability Board meeting until HMICFRS is satisfied that the cause of concern has been addressed.

I will also:

- receive a monthly written update from the Deputy Chief Constable on the Offender Management Improvement Board;
- publish an update on the force's progress on my website every six months; and
- ask the Police and Crime Panel to consider the force's progress at its meeting in July 2025.

## 8. Summary table: recommendations and areas for improvement

The table below sets out my response to each recommendation and area for improvement, the lead officer and the target date.

!rectable

^Engagement with partners and the public

I will share this response with the Lincolnshire Safeguarding Children Partnership and the Lincolnshire Safeguarding Adults Board, both of which have an interest in the management of registered sex offenders and the protection of children at risk of exploitation. I will also discuss it with the Lincolnshire Criminal Justice Board, because the backlog of digital devices awaiting examination affects the time it takes for cases to come to court.

Members of the public who wish to comment on this response, or on policing in Lincolnshire more generally, can contact my office using the details at the end of this document. I also hold regular public meetings in each of the seven districts of the county.

## 9. Conclusion

This report shows a force with real strengths and a serious weakness. I am confident that the Chief Constable and his team understand what needs to be done, and I have provided the resources they have asked for. I will continue to scrutinise the force closely until the cause of concern has been addressed.

Signed

Graham Whitlock

Police and Crime Commissioner for Lincolnshire

7 January 2025

Office of the Police and Crime Commissioner for Lincolnshire, Deepdale Lane, Nettleham, Lincoln LN2 2LT. Telephone 01522 000000. Email lincolnshire-pcc@opcc.example.gov.uk
"""

REC_TABLE = [
    ("Item", "Response", "Action", "Owner", "Deadline"),
    (
        "Recommendation 1 - overdue ARMS assessments and home visits",
        "Accepted",
        "Recovery plan; overdue cases reviewed by a detective sergeant; highest-risk offenders visited first",
        "Detective Chief Superintendent Tom Akers, head of public protection",
        "31 March 2025",
    ),
    (
        "Recommendation 2 - MOSOVO capacity",
        "Accepted",
        "Six additional detective constables and two researchers funded by the PCC (£480,000)",
        "Detective Chief Superintendent Tom Akers",
        "31 May 2025",
    ),
    (
        "Recommendation 3 - indecent images referrals risk assessed within 14 days",
        "Accepted",
        "POLIT referral triage desk from 2 September 2024; KIRAT within 14 days",
        "Detective Superintendent Nadia Ferrier, POLIT",
        "31 May 2025",
    ),
    (
        "Recommendation 4 - supervision and performance management",
        "Accepted",
        "Offender Management Improvement Board; monthly MOSOVO performance report; strategic risk register",
        "Deputy Chief Constable Ruth Calloway",
        "30 June 2025",
    ),
    (
        "AFI 1 - 101 abandonment",
        "Accepted",
        "Call Back Assist launched 4 November 2024; recruitment to 14 vacant call handler posts",
        "Chief Superintendent Kelly Rowsell, head of the force control room",
        "30 September 2025",
    ),
    (
        "AFI 2 - THRIVE risk assessment",
        "Accepted",
        "THRIVE prompt in command and control system; monthly call handling audit",
        "Chief Superintendent Kelly Rowsell",
        "31 March 2025",
    ),
    (
        "AFI 3 - rural response times",
        "Accepted in part",
        "Review of response deployment to report March 2025; resourcing decision in 2026/27 budget",
        "Assistant Chief Constable Jon Haverstock",
        "31 March 2026",
    ),
    (
        "AFI 4 - victim updates and Victims' Code",
        "Accepted",
        "New victim update standard; OPCC dip sample in spring 2025",
        "Assistant Chief Constable Jon Haverstock",
        "30 June 2025",
    ),
    (
        "AFI 5 - digital devices backlog",
        "Accepted",
        "Digital forensic kiosks in Lincoln, Boston, Grantham and Skegness (£215,000)",
        "Detective Superintendent Nadia Ferrier",
        "30 September 2025",
    ),
    (
        "AFI 6 - stop and search grounds and body-worn video",
        "Accepted",
        "Scrutiny panel findings reported quarterly to stop and search board",
        "Assistant Chief Constable Jon Haverstock",
        "30 June 2025",
    ),
    (
        "AFI 7 - return home interviews",
        "Accepted",
        "Return home interview service jointly re-commissioned with county council; new contract April 2025",
        "Detective Chief Superintendent Tom Akers",
        "30 April 2025",
    ),
    (
        "AFI 8 - support services after March 2027",
        "Accepted",
        "Future Support Services Programme; independent options appraisal (£90,000)",
        "Chief Executive, OPCC, and Deputy Chief Constable Ruth Calloway",
        "30 September 2025",
    ),
]
