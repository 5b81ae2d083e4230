# Content for northumbria-pcc-response-peel-2023-25.docx (fictional: all people, figures and programmes invented)
TITLE = "Northumbria Police and Crime Commissioner: Response to the HMICFRS PEEL 2023-25 inspection of Northumbria Police"
TEXT = r"""
# Police and Crime Commissioner for Northumbria: response to HMICFRS PEEL 2023-25

^Document reference: OPCC-N/HMI/2025/09. Status: published. Date: 26 August 2025. Author: Office of the Police and Crime Commissioner for Northumbria (OPCC). Security classification: OFFICIAL.

^Contents

- 1. Introduction
- 2. My decisions
- 3. Responding to the public: the cause of concern
- 4. The areas for improvement
- 5. Operation Bamburgh
- 6. What residents told us
- 7. Progress table
- 8. Resources
- 9. How I will hold the force to account
- 10. Statement from the Chief Constable
- 11. Abbreviations

## 1. Introduction

His Majesty's Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS) published its PEEL 2023-25 report on Northumbria Police on 8 July 2025. Under section 55 of the Police Act 1996, I must publish comments on any HMICFRS report on my force within 56 days. This response is published on 26 August 2025, within the 56 days the Act allows. It includes the Chief Constable's response, with her agreement.

I welcome much of what the inspectors found. The force is outstanding at managing dangerous and high-harm offenders, and good at protecting vulnerable people and preventing crime. Operation Bamburgh, the joint scheme with the probation service for offenders leaving prison, was recognised as notable practice, and I am proud that my office helped to fund it in its first year.

But the report also says something that people across Tyne and Wear and Northumberland have been telling me since I was elected: it is too hard to get through to the police. An inadequate grade for responding to the public is the most serious finding in the report, and I accept it without reservation. When someone rings 999, the call must be answered. When someone rings 101, they should not have to wait nine minutes or give up. And when the police cannot come straight away, someone should ring back.

## 2. My decisions

I have made the following decisions:

- I accept all four recommendations in the cause of concern.
- I accept all seven areas for improvement.
- I have agreed to fund 40 additional call handler posts above the current establishment, at a cost of £1.3 million a year from 2026/27.
- I have agreed £240,000 to buy and install a call-back system for 101.
- I have commissioned an independent review of control room demand, which will report to me by 31 January 2026.
- I will fund Operation Bamburgh for a further year, to March 2027, while the probation service considers a joint budget.
- I will publish the force's 999 and 101 performance on my website every month, starting in September 2025.

The additional call handler posts are funded from reserves in 2025/26 and from the base budget from 2026/27. The funding does not require any increase in the precept.

## 3. Responding to the public: the cause of concern

^Recommendation 1: enough call handlers to answer 999 and 101 calls promptly

I accept this recommendation. The Chief Constable told me that the force's control room had 71 vacant call handler posts in February 2025. Four recruitment intakes are planned between June 2025 and March 2026, and the first two, of 18 and 21 call handlers, have already started. The 40 additional posts I am funding will be recruited once the vacancies have been filled.

There are early signs of improvement. In July 2025 the force answered 81.2 percent of 999 calls within 10 seconds, up from 73.6 percent in the period the inspectors looked at. The average time to answer a 101 call was 6 minutes 5 seconds, and 21.9 percent of callers abandoned their call. The force's target is to abandon fewer than 15 percent of 101 calls by 31 March 2026. Recommendation 1 has not yet been met.

^Recommendation 2: a structured risk assessment for every call

I accept this recommendation. Since 2 June 2025, call handlers cannot close a call on the force's command and control system without completing a THRIVE assessment. In July 2025 a THRIVE assessment was recorded for 97 percent of calls. I am satisfied that recommendation 2 has been met, although my office will continue to check the quality of the assessments, not just whether they are completed.

^Recommendation 3: calling back callers who are waiting

I accept this recommendation. From 1 July 2025, where the force cannot attend a grade 2 incident within its target time, a call handler must contact the caller within one hour of the target being missed, reassess the risk and record the result. In July 2025 this was done in 68 percent of cases.

^Recommendation 4: oversight of incidents waiting for attendance

I accept this recommendation. The Chief Constable plans to have a dedicated oversight inspector on every control room shift. Only three of the six posts had been filled by the end of July 2025, so this action is behind schedule.

The Chief Constable has committed to the following:

- filling all 71 vacant call handler posts through four recruitment intakes by 31 March 2026;
- keeping the THRIVE assessment as a mandatory field on the command and control system and sampling 200 calls a month for quality;
- recontacting every caller whose grade 2 incident is not attended within target, within one hour;
- appointing an oversight inspector for every control room shift by 30 November 2025;
- carrying out an exit interview with every call handler who leaves;
- introducing the 101 call-back system by 31 December 2025;
- reporting control room performance weekly to my Scrutiny and Performance Board.

## 4. The areas for improvement

I accept all seven areas for improvement. I comment on four of them here; the actions for all seven are in the progress table in section 7.

On area for improvement 3, the Crime Resolution Centre, the Chief Constable told me that the centre's staff will now send every victim a text message or letter when their case is closed, giving the reason. I welcome that. I have asked my victims' services team to survey victims whose cases were dealt with by the centre.

On area for improvement 4, the number of digital devices waiting for examination has fallen from 1,140 at the time of the inspection to 860 at the end of July 2025. The force has outsourced some phone examinations to an accredited provider.

On areas for improvement 5 and 6, student officers and supervision, I share the inspectors' concern. In the year to March 2025, 61 student officers left the force. The Chief Constable has introduced a new tutor constable allowance and a tutor development course, and she intends to run a sergeants' promotion process in October 2025 to reduce the number of acting sergeants.

On area for improvement 7, the inspectors found that the force had not reviewed control room demand since 2021. I have therefore commissioned the independent review described in section 2, jointly with the force. The Chief Constable agrees with that decision.

## 5. Operation Bamburgh

I am delighted that the inspectors recognised Operation Bamburgh as notable practice. My office contributed £150,000 to the scheme in its first year, 2023/24, and the force and the probation service have funded it since. Since April 2023, 386 offenders have been managed through the scheme.

The inspectors asked the force to have the scheme independently evaluated, and I agree. Newcastle University has agreed to evaluate it, and the evaluation will report by September 2026. Until then, I am cautious about the reoffending figures: a one-year comparison with a group released before the scheme started is encouraging, but it is not proof that the scheme works.

The probation service has told me that it values the scheme but cannot yet commit to a joint budget beyond March 2026. That is why I have agreed to fund it for a further year, to March 2027, at a cost of £180,000. I have asked the regional probation director to give me a decision on a joint budget by December 2026.

The inspectors also asked the force to extend the scheme to offenders released from prisons outside the North East. The Chief Constable told me that this is not practical for same-day home visits, and that she will instead pilot video calls between offender managers and prisoners before their release. I have asked her to report the results of the pilot to my Scrutiny and Performance Board.

## 6. What residents told us

My office ran a public survey between 14 July and 10 August 2025 about contacting the police. We received 1,260 responses. Residents told us:

- they had given up on 101 and now used the online reporting form, or did not report at all;
- they did not know whether anyone would come after they had reported an incident;
- they wanted a call-back option rather than waiting in a queue;
- they were satisfied with how they were treated once an officer arrived.

Of those who had rung 101 in the previous year, 44 percent said they had hung up before their call was answered at least once.

## 7. Progress table

The table below sets out each recommendation and area for improvement, my position, the action being taken, who owns it, the deadline and its status at 31 July 2025 (RAG: red, amber, green).

!rectable

## 8. Resources

!finance

## 9. How I will hold the force to account

I will hold the Chief Constable to account for the actions in this response through my Scrutiny and Performance Board, which meets every month in public. Control room performance will be a standing item until the cause of concern is closed. My office will also sit in the control room, with the Chief Constable's agreement, and listen to a sample of calls.

I will publish a progress update on this response in January 2026. I will ask the inspectorate to revisit the cause of concern once the force tells me that all four recommendations have been met.

The Police and Crime Panel will consider this response at its meeting on 9 September 2025.

Bernadette Lowery
Police and Crime Commissioner for Northumbria
26 August 2025

## 10. Statement from the Chief Constable

I accept the inspectorate's findings on responding to the public. They are not the standard that I or the people of this area expect, and I apologise to everyone who could not get through to us when they needed us.

Project Lighthouse, the control room recovery plan we started in November 2024, is now our highest priority. Assistant Chief Constable Paul Thirkell is the chief officer responsible, and Chief Superintendent Leanne Ogilvie leads the control room. We will report our progress openly.

I am also grateful that the inspectors recognised the work of our officers and staff in managing offenders and protecting vulnerable people. That work will continue.

Catherine Redshaw
Chief Constable, Northumbria Police

## 11. Abbreviations

- ACC: Assistant Chief Constable
- AFI: area for improvement
- HMICFRS: His Majesty's Inspectorate of Constabulary and Fire & Rescue Services
- OPCC: Office of the Police and Crime Commissioner
- PEEL: police effectiveness, efficiency and legitimacy
- RAG: red, amber, green
- THRIVE: threat, harm, risk, investigation, vulnerability and engagement

For more information contact the OPCC chief executive, Kieran Maddison, at the Office of the Police and Crime Commissioner for Northumbria, Newcastle upon Tyne.
"""

REC_TABLE = [
    ("Ref", "Summary", "PCC position", "Action", "Owner", "Deadline", "Status"),
    ("Rec 1", "Call handler numbers; 999 and 101 answering", "Accepted", "Four recruitment intakes; 40 extra posts", "ACC Thirkell", "31 Mar 2026", "Amber"),
    ("Rec 2", "THRIVE risk assessment on every call", "Accepted", "Mandatory field since 2 June 2025", "Ch Supt Ogilvie", "30 Sep 2025", "Green"),
    ("Rec 3", "Recontact callers waiting beyond target", "Accepted", "Recontact within one hour (grade 2)", "Ch Supt Ogilvie", "31 Oct 2025", "Amber"),
    ("Rec 4", "Supervisor oversight of waiting incidents", "Accepted", "Oversight inspector on every shift", "Ch Supt Ogilvie", "30 Nov 2025", "Red"),
    ("AFI 1", "Stop and search grounds and supervision", "Accepted", "Monthly supervisory review audit", "Head of Professional Standards", "31 Dec 2025", "Amber"),
    ("AFI 2", "Call handler retention", "Accepted", "Exit interviews for all leavers", "Director of People", "30 Sep 2025", "Green"),
    ("AFI 3", "Crime Resolution Centre updates", "Accepted", "Closure text or letter to every victim", "Head of Crime", "31 Dec 2025", "Amber"),
    ("AFI 4", "Digital devices backlog", "Accepted", "Outsourced phone examinations", "Head of Forensics", "31 Mar 2026", "Amber"),
    ("AFI 5", "Student officer attrition and tutors", "Accepted", "Tutor allowance and course", "Director of People", "31 Mar 2026", "Amber"),
    ("AFI 6", "Substantive response sergeants", "Accepted", "Promotion process October 2025", "ACC Thirkell", "30 Jun 2026", "Red"),
    ("AFI 7", "Control room demand", "Accepted", "Independent demand review", "OPCC and force", "31 Jan 2026", "Green"),
]

FINANCE = [
    ("Item", "2025/26", "2026/27", "Funding source"),
    ("40 additional call handler posts", "£0.65m (part year)", "£1.30m", "Reserves, then base budget"),
    ("101 call-back system", "£240,000", "£30,000 (licence)", "PCC capital budget"),
    ("Independent control room demand review", "£60,000", "-", "PCC commissioning budget"),
    ("Operation Bamburgh (extension)", "-", "£180,000", "PCC community safety fund"),
    ("Total", "£0.95m", "£1.51m", ""),
]
