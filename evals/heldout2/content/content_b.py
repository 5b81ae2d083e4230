# Content for warwickshire-pcc-response-peel-2023-25.docx (fictional)
TITLE = "Police and Crime Commissioner for Warwickshire: Response to the HMICFRS PEEL 2023-25 inspection of Warwickshire Police"
TEXT = r"""
# Police and Crime Commissioner for Warwickshire

## Response to HMICFRS: PEEL 2023-25 - An inspection of Warwickshire Police

Date of response: 2 May 2025

Report published by HMICFRS: 13 March 2025

Author: Richard Moorcroft, Police and Crime Commissioner for Warwickshire

Status: PUBLIC - published under section 55 of the Police Act 1996

## 1. Introduction

Under section 55 of the Police Act 1996, as amended, I am required to publish a response to any HMICFRS report that relates to Warwickshire Police within 56 days of its publication. This document is that response. A copy has been sent to His Majesty's Chief Inspector of Constabulary and to the Home Secretary, and it will be presented to the Warwickshire Police and Crime Panel at its meeting on 26 June 2025.

In preparing this response I have sought the views of the Chief Constable, Debra Halloran. Her comments are included at section 3 below.

## 2. Commissioner's overview

I welcome the report and I thank HM Inspector Dr Helen Ashcombe and her team for their thorough work. It is a fair report. It recognises real strengths in Warwickshire Police, particularly the accuracy of its crime recording, which is now graded good, and the work of our neighbourhood and rural crime teams in preventing crime.

However, I am deeply disappointed that the force has been graded inadequate for protecting vulnerable people. This is a decline from requires improvement in 2021/22 and it is not acceptable. The backlog of referrals in the multi-agency safeguarding hub that the inspectors found in October 2024 should never have been allowed to build up, and I have made clear to the Chief Constable that I expect it to be eliminated and not allowed to recur.

I am also concerned about the speed with which the force answers 999 calls. The public have a right to expect that when they call for help in an emergency, the call will be answered promptly. I raised call answering times with the Chief Constable at my performance meetings throughout 2024 and I accept that progress was too slow.

I have been assured by the Chief Constable that a comprehensive improvement plan is in place. I have also made additional funding available from my budget for 2025/26, which is set out below. I will hold the Chief Constable to account for delivering the improvements in public, through my Accountability and Performance Board.

## 2a. The inspection findings in brief

HMICFRS assessed the force in nine areas. The force was graded good in two areas (recording data about crime, and preventing crime), adequate in three, requires improvement in three (responding to the public, investigating crime, and leadership and force management) and inadequate in one (protecting vulnerable people).

Compared with the 2021/22 inspection, the grades for recording data about crime and for preventing crime have improved. The grades for responding to the public, protecting vulnerable people and managing offenders and suspects have fallen. I will want to understand why managing offenders and suspects has fallen from good to adequate, although the inspectors did not identify a cause of concern in that area.

I note that the inspectors found the force's investigations were effective in 70 percent of the cases they reviewed, and that the charge and summons rate of 6.1 percent is below the rate for England and Wales. Improving outcomes for victims is a priority in my Police and Crime Plan 2021-2025, and I will continue to scrutinise the force's performance on investigations closely, even though it is not the subject of a cause of concern.

## 3. Comments of the Chief Constable

The Chief Constable has provided the following comments:

"I accept the findings of the report in full. I am sorry that we have not provided the service that vulnerable people in Warwickshire have a right to expect. Since the inspection, we have put in place a recovery plan for the MASH and we have reduced the backlog substantially. We have also recruited additional call handlers. I am confident that HMICFRS will see significant improvement when it revisits the force."

## 4. Response to the causes of concern and recommendations

The report identified two causes of concern and made five recommendations. I accept all five recommendations. The table below sets out the actions the force is taking, the lead officer and the target date for each.

!rectable

In addition to the actions above, I would highlight the following.

On recommendation 1, the MASH Recovery Plan was launched on 2 December 2024. I have provided £310,000 over two years to fund nine additional MASH researchers, and the six researchers who were moved to the OCC in 2024 have returned to the MASH. The number of referrals awaiting research had fallen from 412 to 67 by 31 March 2025. The force has also introduced a daily risk triage of all waiting referrals, led by a detective sergeant.

On recommendation 4, I have allocated £650,000 from reserves to the force's Contact Improvement Programme. This will fund 24 additional call handlers, recruited in two intakes in January and April 2025, and a retention payment for call handlers who complete their probation. In March 2025 the force answered 84.7 percent of 999 calls within 10 seconds, compared with 71.4 percent in the year ending 31 March 2024. This is a welcome improvement, but it is still below the national standard.

## 5. Response to the areas for improvement

The report identified nine areas for improvement. I accept areas for improvement 1 to 7 and 9, and I partially accept area for improvement 8. The force has included all nine in its PEEL improvement plan.

On AFI 3 (abandoned 101 calls), the force introduced a call-back option for 101 callers on 3 February 2025. The 101 abandonment rate in March 2025 was 11.9 percent.

On AFI 5 (digital forensics), the force has outsourced the examination of lower-priority devices to an accredited provider under a 12-month contract, and has bought two additional kiosks for frontline officers. The number of devices awaiting examination has fallen from 341 to 198.

On AFI 6 (registered sex offenders), the force has moved four officers into the MOSOVO team, which will bring the average caseload down to around 55 offenders per officer by September 2025.

On AFI 7 (detective vacancies), the force launched a detective constable direct entry intake of 16 officers in January 2025.

On AFI 8, I partially accept the finding. The force's budget and medium-term financial plan are set by me, and I have a legal duty to set a balanced budget. The Police and Crime Panel supported my precept proposal of a £14 increase for a Band D property in February 2025. Together with the £2.1 million of savings already identified, this balances the budget for 2025/26. I do not agree that the plan for 2025/26 is unrealistic. I do accept that further work is needed to close the gap in 2026/27 and 2027/28, and I have asked my Chief Finance Officer, Andrew Pelham, to work with the force to produce a savings plan by 31 October 2025.

On AFI 9 (Warwickshire 2027), the force has appointed a benefits realisation manager and will report the benefits of the programme to my Accountability and Performance Board every quarter from July 2025. No decision on the sale of Rugby police station will be taken until a public consultation has been completed.

## 6. How I will oversee progress

I will oversee the force's progress in the following ways:

- The causes of concern will be a standing item at my monthly Accountability and Performance Board, which is held in public and webcast.
- My Head of Policy and Scrutiny, Sunita Mistry, will track progress against each recommendation and area for improvement and will report to me every month.
- I will commission an independent audit of the MASH, to be carried out by the Warwickshire Safeguarding Partnership, in September 2025.
- I will report progress to the Police and Crime Panel at its meetings in June and November 2025.

HMICFRS has told the force that it intends to revisit the causes of concern in autumn 2025. I will publish an update on progress after that revisit.

## 7. Conclusion

This report makes difficult reading in places, but it gives the force a clear direction. I am confident that the Chief Constable and her team are committed to making the improvements that are needed, and I will make sure that they do so.

Richard Moorcroft
Police and Crime Commissioner for Warwickshire
2 May 2025
"""

REC_TABLE = [
    ("Rec", "Summary", "Response", "Action", "Lead", "Target date"),
    (
        "1",
        "Reduce the MASH backlog and risk assess all referrals within 24 hours",
        "Accepted",
        "MASH Recovery Plan launched 2 December 2024; nine additional researchers funded by the PCC; daily risk triage of waiting referrals.",
        "Detective Superintendent Karen Oduya, head of public protection",
        "30 June 2025",
    ),
    (
        "2",
        "DASH risk assessment for every domestic abuse incident, reviewed by a supervisor",
        "Accepted",
        "DASH compliance dashboard introduced in January 2025; domestic abuse training for 620 frontline officers.",
        "Detective Superintendent Karen Oduya, head of public protection",
        "30 September 2025",
    ),
    (
        "3",
        "Record the voice of the child and make child protection referrals",
        "Accepted",
        "Child-centred policing training for all response and neighbourhood officers; monthly audit of 50 incidents involving children.",
        "Assistant Chief Constable Tom Ferris",
        "30 September 2025",
    ),
    (
        "4",
        "Answer 90 percent of 999 calls within 10 seconds",
        "Accepted",
        "Contact Improvement Programme: 24 additional call handlers in two intakes; retention payment; new shift pattern in the OCC from 7 April 2025.",
        "Chief Superintendent Marcus Bell, head of the OCC",
        "31 August 2025",
    ),
    (
        "5",
        "Structured risk assessment for every call; update callers when attendance is delayed",
        "Accepted",
        "THRIVE refresher training for all call handlers; a dedicated call-back team for callers whose attendance is delayed.",
        "Chief Superintendent Marcus Bell, head of the OCC",
        "31 August 2025",
    ),
]
