# Content for btpa-response-vulnerability-inspection-2025.docx (fictional: all people, figures and programmes invented)
TITLE = "British Transport Police Authority: response to the HMICFRS inspection 'Safe passage?' on how British Transport Police protects vulnerable people"
TEXT = r"""
# British Transport Police Authority: response to 'Safe passage?'

^Paper BTPA/2026/07 | For publication | Date: 10 February 2026 | Author: Chief Executive, on behalf of the Authority

^Purpose of this paper

This paper sets out the British Transport Police Authority's response to the HMICFRS inspection 'Safe passage? An inspection of how British Transport Police protects vulnerable people on the railway', published on 9 December 2025. The Authority is not a police and crime commissioner and the duty in section 55 of the Police Act 1996 to comment on HMICFRS reports does not apply to it. But the Authority performs the same role for British Transport Police (BTP) that a commissioner performs for a Home Office force, and it asked HMICFRS to carry out this inspection. It has therefore decided to publish a response in the same way. The response was agreed at the Authority's meeting on 5 February 2026.

^Background: the Authority and this inspection

The British Transport Police Authority is the police authority for BTP. It was established under the Railways and Transport Safety Act 2003. It has between 14 and 17 members, appointed by the Secretary of State for Transport, who bring experience of policing, the railway industry, passengers' interests, and England, Scotland and Wales. The Authority sets BTP's budget, agrees its policing plan with the Chief Constable, negotiates the police service agreements under which the railway industry pays for policing, and holds the Chief Constable to account.

Each year the Authority agrees with HMICFRS which parts of BTP's work should be inspected. In its inspection request for 2025/26, the Authority asked for an inspection of how well the force protects vulnerable people. It did so because vulnerability accounts for a growing share of BTP's demand, because members had received a number of letters from families of people who had died on the railway, and because the force's own performance reports showed that it did not know how many of its safeguarding referrals reached the right agency.

The Authority would like to thank HM Inspector Colin Bramhall and his team, and the officers, staff and railway workers who gave their time to the inspection.

## 1. The Authority's view of the report

The Authority welcomes the report. It recognises the professionalism of BTP's officers and staff, and of the railway workers they train, who together made 2,914 lifesaving interventions in 2024/25. The Authority is pleased that the force was judged good at identifying vulnerable people and at responding to people at risk of suicide.

The Authority is, however, concerned by the inspectorate's finding that in 37 percent of the cases it reviewed, the home force or council of a vulnerable child or adult had not been told. A child found alone at a station at midnight is a child at risk, and the people responsible for that child must know. The Authority accepts the cause of concern in full.

## 2. Summary of the Authority's position

The Authority has reached the following decisions:

- it accepts recommendations 1 and 3;
- it does not accept recommendation 2 as written, for the reasons set out in section 3, but it will fund a single national referral system by a later date;
- it accepts all five areas for improvement;
- it will invest £2.93 million over 2025/26 and 2026/27, as set out in section 6;
- it has not agreed to re-establish a central Suicide Prevention Unit;
- its Strategy, Performance and Vulnerability Committee will monitor progress at every meeting.

## 3. The recommendations

^Recommendation 1: safeguarding referral within 24 hours

Accepted. From 1 December 2025, BTP has required a referral to be made before the end of the officer's shift whenever a missing or vulnerable person is found. In January 2026, 88 percent of referrals were made within 24 hours, against a target of 98 percent. Recommendation 1 has not yet been met. The Authority expects it to be met by 30 June 2026.

^Recommendation 2: a single electronic referral system

The Authority does not accept recommendation 2 as written. It agrees that BTP needs a single system that can send referrals electronically to every home force and local authority in Great Britain. But there are 45 territorial police forces and more than 200 local authorities with children's services responsibilities, and it is not realistic to build and connect such a system within six months. The Authority has instead agreed to fund a national referral system, to be procured in 2026 and to go live by 31 March 2027. In the meantime, BTP has extended electronic referrals from 29 to 33 territorial forces, and all other referrals are followed up by telephone within 24 hours.

^Recommendation 3: supervisory checks of Operation Waypoint records

Accepted. Since 5 January 2026, a sergeant in each divisional vulnerability hub checks every Operation Waypoint record within 48 hours, and the results are reported to the force's chief officer team every month. The Authority is satisfied that recommendation 3 has been met.

^What the Authority heard from passengers and railway staff

In preparing this response, the Authority's members met representatives of the rail unions, the train operators' safety leads, Transport Focus and two charities that support bereaved families. Several themes came up repeatedly:

- railway staff value the Safe Journey course and want refresher sessions to be easier to book, especially for night-shift workers;
- staff at smaller stations are often the first to find a vulnerable person, and can wait a long time for officers to arrive;
- families of people who had died on the railway wanted clearer information about what happens after a death and who will contact them;
- station staff were not always told what had happened to a child they had looked after until officers arrived;
- the unions asked for better support for staff who witness a fatality, matching the support the inspectors said officers should receive.

The Authority has passed these views to the Chief Constable and will ask for a report on the support given to railway staff after fatalities at its meeting in May 2026.

## 4. The areas for improvement

The Chief Constable has committed to the following:

- a joint working group with NHS England, NHS Wales and Public Health Scotland on waits at health-based places of safety, with a first report to the Authority in May 2026 (AFI 1);
- an independent evaluation of the London control room nurse scheme and the Birmingham New Street pilot, by the University of Salford, reporting in June 2026 (AFI 2);
- information-sharing agreements with the 20 councils in whose areas the force finds the most missing children, by 31 December 2026 (AFI 3);
- a trauma risk management coordinator in each division, and an automatic TRiM referral after every fatality (AFI 4);
- recruitment to all 11 vulnerability hub vacancies, and six additional hub posts in C Division, by 30 September 2026 (AFI 5).

The Birmingham New Street pilot will not restart before the evaluation reports. The Authority will decide in July 2026 whether to fund mental health nurses outside London.

The Authority considered whether the force should re-establish the central Suicide Prevention Unit that was disbanded in 2023. It noted the inspectorate's view that the change had not reduced the quality of the force's suicide prevention work, and decided not to do so.

## 5. Progress against the recommendations and AFIs

!progress

## 6. Resources

The Authority has agreed the following additional funding. Network Rail has agreed to contribute £300,000 towards the Safe Journey course over the two years, which is not included in the total below.

!finance

The funding comes from the Authority's reserves in 2025/26 and from the police service agreement charges in 2026/27. The Authority has agreed that the 2026/27 increase in charges to train operators will not exceed 3.5 percent.

## 7. Other matters

Separately, the HMICFRS thematic inspection 'Grounds for trust', published on 4 November 2025, found that the Authority had not received a report on BTP's use of force since 2023. The Authority now receives a use of force report every quarter, starting with its meeting on 5 February 2026.

## 7a. How the Authority will hold the force to account

The Authority's Strategy, Performance and Vulnerability Committee will receive a progress report on every recommendation and area for improvement at each of its meetings, which are held every two months. The committee is chaired by Authority member Dr Fenella Rossiter. The full Authority will receive a summary every six months, and the Authority will publish the progress table in this paper, updated, on its website after each committee meeting.

The Authority has also added three measures to BTP's performance framework for 2026/27:

- the percentage of safeguarding referrals made within 24 hours of a missing or vulnerable person being found;
- the number of territorial police forces and local authorities to which referrals can be sent electronically;
- the percentage of officers attending a fatality who are offered a trauma risk assessment within 72 hours.

The Authority will ask HMICFRS to return to the cause of concern once the force reports that all three recommendations have been met and the national referral system is live. It does not expect that to be before the second half of 2027.

^Scotland

Around one in eight of the missing people BTP finds on the railway are found in Scotland. Referrals in Scotland go to the local police division and the council's social work service. The Authority has asked D Division to confirm that the changes described in this paper apply in full in Scotland, and the Chief Constable has given that assurance. The national referral system will be designed to work with Scottish as well as English and Welsh agencies.

^Equality impact

The Authority has considered the equality impact of this response. The inspectorate did not report any difference in the service given to vulnerable people by age, sex, ethnicity or disability, but the force does not yet collect enough data to be sure. The Authority has asked the force to include that analysis in its first progress report.

^Questions the Authority has been asked

Will BTP stop looking after vulnerable people at stations and leave it to other agencies? No. The railway will always be a place where vulnerable people are found, and BTP officers will continue to help them. The changes in this paper are about making sure that the right people are told afterwards.

Will train operators pay more because of this report? The additional costs in 2026/27 are included in the police service agreement charges. The Authority has agreed that the overall increase in charges will not exceed 3.5 percent.

Where can I read the inspection report? The report is published on the HMICFRS website. This response, and the updated progress table, are published on the Authority's website.

## 8. Timeline

- 2 to 20 June 2025: HMICFRS fieldwork
- 9 December 2025: report published
- 5 January 2026: supervisory checks of Waypoint records start
- 5 February 2026: Authority agrees this response
- 30 June 2026: target date for recommendation 1
- 30 September 2026: vulnerability hub posts filled
- 31 March 2027: national referral system live

## 9. Glossary

- BTP - British Transport Police
- BTPA - British Transport Police Authority
- PSA - police service agreement
- TRiM - trauma risk management
- Operation Waypoint - BTP's process for missing people found on the railway
- Safe Journey - suicide prevention course for railway staff

Margaret Oyelaran
Chair, British Transport Police Authority

Tom Hebblethwaite
Chief Executive, British Transport Police Authority
"""

PROGRESS = [
    ("Ref", "Position", "Action", "Lead", "Due", "RAG"),
    ("Rec 1", "Accepted", "Referral before end of shift; 88% within 24 hours in Jan 2026", "ACC Vulnerability", "30 Jun 2026", "Amber"),
    ("Rec 2", "Not accepted as written", "National referral system; 33 forces connected", "Chief Information Officer", "31 Mar 2027", "Amber"),
    ("Rec 3", "Accepted - met", "Hub sergeant checks within 48 hours", "ACC Vulnerability", "5 Jan 2026", "Green"),
    ("AFI 1", "Accepted", "Joint NHS working group", "Head of Public Protection", "May 2026", "Amber"),
    ("AFI 2", "Accepted", "University of Salford evaluation", "Head of Public Protection", "Jun 2026", "Amber"),
    ("AFI 3", "Accepted", "Agreements with 20 councils", "Head of Public Protection", "31 Dec 2026", "Red"),
    ("AFI 4", "Accepted", "TRiM coordinator in each division", "Director of People", "30 Apr 2026", "Amber"),
    ("AFI 5", "Accepted", "Fill 11 vacancies; 6 new C Division posts", "Director of People", "30 Sep 2026", "Amber"),
]

FINANCE = [
    ("Item", "2025/26", "2026/27", "Total"),
    ("National referral system (capital)", "£0.20m", "£1.40m", "£1.60m"),
    ("Six additional C Division hub posts", "£0.09m", "£0.38m", "£0.47m"),
    ("Three TRiM coordinators", "£0.06m", "£0.21m", "£0.27m"),
    ("Mental health nurse evaluation", "£0.04m", "£0.04m", "£0.08m"),
    ("Vulnerability training refresh", "£0.17m", "£0.34m", "£0.51m"),
    ("Total", "£0.56m", "£2.37m", "£2.93m"),
]
