# Content for gloucestershire-pcc-response-firearms-licensing-2025.docx (fictional: all people, figures and programmes invented)
TITLE = "Gloucestershire Police and Crime Commissioner: response to the HMICFRS inspection of firearms licensing in Gloucestershire Constabulary"
TEXT = r"""
# Police and Crime Commissioner for Gloucestershire: response to 'Safe in whose hands?'

^Reference: OPCC-G/HMI/2025/14. Status: published. Date of publication: 4 December 2025. Prepared by: Office of the Police and Crime Commissioner for Gloucestershire (OPCC). Classification: OFFICIAL.

^Contents

- 1. Introduction
- 2. My decisions
- 3. The cause of concern and the four recommendations
- 4. The areas for improvement
- 5. Progress since the inspection
- 6. Operation Stonechat
- 7. Recommendation and action table
- 8. Resources and fees
- 9. What certificate holders told us
- 10. How I will hold the Chief Constable to account
- 11. Statement from the Chief Constable
- 12. Abbreviations

## 1. Introduction

This is my response to 'Safe in whose hands? An inspection of firearms licensing in Gloucestershire Constabulary', which His Majesty's Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS) published on 14 October 2025. Section 55 of the Police Act 1996 requires me to publish my comments on an HMICFRS report within 56 days. This response meets that deadline. The Chief Constable has seen it and agrees with it, and her own statement is at the end.

Firearms licensing is not a subject that comes up often at public meetings, but there are few areas of policing where a wrong decision can have such terrible consequences. The people of Gloucestershire need to know that the police will only let someone have a gun when it is safe, and that the police will act straight away if that changes.

The report makes difficult reading. The inspectors found that checks required by national guidance were missed, that some certificate holders kept their guns for more than a week after a domestic abuse arrest, and that the force had stopped visiting most people who were renewing their certificates without properly thinking through the risk. I did not know about the size of the renewals backlog until the spring of this year, and I should have. My office will now look at firearms licensing as part of its regular scrutiny, and not only when something goes wrong.

I also want to recognise what the inspectors praised. Operation Stonechat, our scheme with GP practices, was described as the best example of joint working with GPs the inspectors had seen.

^What the inspectors found

The inspectors answered six questions about the force's firearms licensing. They graded the force good at working with partners and adequate at treating applicants fairly. They found that it requires improvement in dealing with grant applications and in how it leads and resources licensing, and they graded it inadequate in two areas: renewals, and responding to new information about certificate holders. They identified one cause of concern, with four recommendations, and six areas for improvement.

The figures in the report are stark. On 31 March 2025, 1,132 renewal applications were waiting for a decision and 318 people were holding guns on temporary permits, one of them for 14 months. Nine of the 22 firearms enquiry officers had not completed the national training course, and 27 of the county's 64 registered firearms dealers had not been inspected in five years.

## 2. My decisions

I have made the following decisions:

- I accept the cause of concern and all four recommendations.
- I accept all six areas for improvement.
- I will provide £420,000 from my reserves to fund eight firearms enquiry officers on fixed-term contracts for 18 months, to clear the renewals backlog.
- My office will dip-sample 20 licensing files every quarter, through my independent scrutiny panel, starting in January 2026.
- I will write to the Home Secretary asking for firearms licensing fees to be set at a level that covers the full cost of the work.
- I will report on firearms licensing to the Gloucestershire Police and Crime Panel every quarter, starting at its meeting on 22 January 2026.

I have not agreed to fund permanent additional posts. I will consider that in the budget for 2026/27, once the force has completed the workforce review described in section 5.

## 3. The cause of concern and the four recommendations

The inspectors asked the force to act on four recommendations within six months, which means by 14 April 2026.

^Recommendation 1: checks before grant or renewal

Since 1 August 2025, the unit's case management system will not let a decision-maker grant or renew a certificate until the local intelligence check and any GP follow-up have been recorded. I welcome this, but a system change is only as good as the information put into it. My scrutiny panel's dip sample will check that the checks are real and not just ticked.

^Recommendation 2: acting on new information

From 1 September 2025, every domestic abuse incident involving a certificate holder is sent automatically to the firearms licensing unit, and the duty inspector in the control room must make and record a decision about the holder's guns before the end of their shift. The Chief Constable tells me that in September and October 2025 the unit was told about all 9 such incidents within 24 hours. I consider that recommendation 2 has been met, although I will keep it under review.

^Recommendation 3: home visits for renewals

The force now uses a written risk assessment to decide which renewal applicants need a home visit. It is also reviewing every renewal granted without a visit since 2023. There are 2,870 of them, and the review will not be finished until September 2026, after the six-month deadline. I have accepted this, because the review is being done properly rather than quickly. Recommendation 3 has not yet been met.

^Recommendation 4: information for chief officers

Firearms licensing now has its own page in the force's monthly performance report, and the Assistant Chief Constable reviews it at the force performance board. My office receives the same report.

## 4. The areas for improvement

I accept all six areas for improvement. The action the force is taking, who is responsible and the deadline for each are set out in the table in section 7.

The area for improvement I am most concerned about is the second, on the renewals backlog. The backlog is the main reason why too many people in the county are holding guns on temporary permits. The fixed-term posts I am funding should reduce it, but the force does not expect to clear it until March 2027.

## 5. Progress since the inspection

The Chief Constable has committed to the following:

- clearing the renewals backlog by March 2027, with a reduction of at least a third by the end of March 2026;
- ending the use of temporary permits for longer than three months by the end of 2026;
- training every control room supervisor and response sergeant to check the firearms flag when attending an incident;
- putting all 22 firearms enquiry officers through the national training course by July 2026;
- carrying out a workforce review of the licensing unit, to report by 28 February 2026;
- inspecting all 27 registered firearms dealers who have not been inspected in the past five years by December 2026.

At the end of October 2025, 968 renewal applications were waiting for a decision, down from 1,132 at the end of March, and 241 people held temporary permits, down from 318. The average time to decide a grant application was 23 weeks. These figures are better, but they are still not good enough.

## 6. Operation Stonechat

I am proud that my office helped to set up Operation Stonechat in 2023 with a grant of £35,000 to the county's GP federation. The inspectors asked the force to extend the scheme to mental health services. I have asked the Chief Constable to agree a data-sharing arrangement with the county's mental health trust by June 2026, and my office will meet the trust's chief executive to support this.

## 7. Recommendation and action table

The table below shows each recommendation and area for improvement, the response, the action being taken, who owns it and the deadline.

!rectable

## 8. Resources and fees

Firearms licensing fees are set nationally and have not kept up with the cost of the work. In 2024/25 the fees paid for less than two-fifths of what the unit cost. The difference, £1.23 million, came from the police budget that local taxpayers fund. This means that council tax payers who do not own guns are paying for the licensing of those who do.

!finance

The fixed-term posts will be funded from my reserves and will not need any increase in the police precept. This response does not commit any money beyond March 2027.

## 9. What certificate holders told us

In October 2025 my office ran a short online survey for certificate holders and applicants. 612 people replied. Certificate holders told us:

- that they waited too long for a decision, and were rarely told why;
- that they had to chase the unit by phone or email for updates;
- that the firearms enquiry officers who visited them were courteous and knowledgeable;
- that the new online application system was easier to use than the paper forms;
- that they supported tighter checks, as long as decisions were made on time.

## 10. How I will hold the Chief Constable to account

I will hold the Chief Constable to account through my monthly accountability meeting, which is held in public every other month. Firearms licensing will be on the agenda of every meeting until all four recommendations have been met. I will ask HMICFRS to revisit the force once the Chief Constable tells me that they have been.

My independent scrutiny panel is made up of volunteers from across the county, and two of its members hold shotgun certificates themselves. The panel will look at a random sample of 20 licensing files every quarter and report its findings to me and to the Chief Constable. I will publish a summary of each report on my website. If the panel finds that checks are being missed, I will raise this with the Chief Constable at the next accountability meeting.

I have also asked the Chief Constable to tell me within 48 hours about any case in which a certificate holder in Gloucestershire is arrested for a violent or domestic abuse offence, and what the force did about their guns.

## 11. Statement from the Chief Constable

I accept the inspectors' findings in full. We did not give firearms licensing the attention it needed, and I am sorry for that. I have asked Assistant Chief Constable Farrimond to lead the recovery, and I will report our progress to the Commissioner and to the public. Keeping guns out of the wrong hands is one of the most important things we do.

Alison Trevethan, Chief Constable, Gloucestershire Constabulary

^Signed

Rhiannon Eastcott
Police and Crime Commissioner for Gloucestershire
4 December 2025

## 12. Abbreviations

- ACC: Assistant Chief Constable
- AFI: area for improvement
- FEO: firearms enquiry officer
- GP: general practitioner
- HMICFRS: His Majesty's Inspectorate of Constabulary and Fire & Rescue Services
- OPCC: Office of the Police and Crime Commissioner
- PCC: Police and Crime Commissioner
- RAG: red, amber, green

For more information contact the OPCC chief executive, Tobias Renshaw, at the Office of the Police and Crime Commissioner for Gloucestershire, Cheltenham.
"""

REC_TABLE = [
    ("Ref", "Summary", "Response", "Action", "Owner", "Deadline", "Status"),
    ("Rec 1", "All statutory checks before grant or renewal", "Accepted", "Case system blocks decision until checks recorded", "Karen Stallwood", "14 Apr 2026", "Amber"),
    ("Rec 2", "Unit told within 24 hours; prompt seizure decisions", "Accepted", "Automatic referral; duty inspector decides", "ACC Farrimond", "14 Apr 2026", "Green"),
    ("Rec 3", "Risk-based home visits; review past renewals", "Accepted", "Written risk assessment; review of 2,870 renewals", "Karen Stallwood", "30 Sep 2026", "Red"),
    ("Rec 4", "Performance information for chief officers", "Accepted", "Monthly performance report page", "ACC Farrimond", "14 Apr 2026", "Green"),
    ("AFI 1", "Keeping applicants informed", "Accepted", "Automatic email updates from online system", "Karen Stallwood", "31 Mar 2026", "Amber"),
    ("AFI 2", "Renewals backlog and temporary permits", "Accepted", "Eight fixed-term enquiry officers", "Det Supt Ruth Penberthy", "31 Mar 2027", "Red"),
    ("AFI 3", "Recording reasons for refusal or revocation", "Accepted", "New decision template", "Karen Stallwood", "31 Jan 2026", "Green"),
    ("AFI 4", "National training for enquiry officers", "Accepted", "Course places booked for nine officers", "Head of Learning", "31 Jul 2026", "Amber"),
    ("AFI 5", "Quality assurance of decisions", "Accepted", "Monthly dip sample by team leaders", "Det Supt Ruth Penberthy", "28 Feb 2026", "Amber"),
    ("AFI 6", "Inspection of registered dealers", "Accepted", "Dealer inspection programme", "Karen Stallwood", "31 Dec 2026", "Amber"),
]

FINANCE = [
    ("Item", "2025/26", "2026/27", "Funding source"),
    ("Eight fixed-term firearms enquiry officers", "£140,000 (part year)", "£280,000", "PCC reserves"),
    ("Online application system (licence)", "£26,000", "£26,000", "Force budget"),
    ("Dip sampling by the scrutiny panel", "£4,000", "£8,000", "OPCC budget"),
    ("Total", "£170,000", "£314,000", ""),
]
