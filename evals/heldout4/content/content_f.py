# Content for dyfed-powys-pcc-response-digital-forensics-2025.docx (fictional: all people, figures and programmes invented)
TITLE = "Dyfed-Powys Police and Crime Commissioner: response to the HMICFRS inspection of digital forensic services in Dyfed-Powys Police"
TEXT = r"""
# Response of the Police and Crime Commissioner for Dyfed-Powys

^Ymateb Comisiynydd Heddlu a Throseddu Dyfed-Powys / Response of the Dyfed-Powys Police and Crime Commissioner

^HMICFRS inspection of digital forensic services in Dyfed-Powys Police (published 27 May 2025)

^Date of response: 15 July 2025. This document is also available in Welsh.

## 1. Introduction

On 27 May 2025, His Majesty's Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS) published its report on digital forensic services in Dyfed-Powys Police. I am required by section 55 of the Police Act 1996 to publish my comments on the report, and I do so here. A copy of this response has been sent to His Majesty's Chief Inspector of Constabulary and to the Home Secretary.

The report identified one cause of concern, made four recommendations and identified eight areas for improvement. Chief Constable Meredith Saunderson has accepted all of them.

## 1a. Background: digital forensics in Dyfed-Powys

Dyfed-Powys Police covers more than half the land area of Wales, with a population of around 520,000 people spread across Carmarthenshire, Ceredigion, Pembrokeshire and Powys. Distances between police stations are long, and a device seized in Machynlleth or Tregaron may travel more than 70 miles before it reaches the digital forensic unit in Carmarthen. This geography is one reason why the force invested in digital media kiosks at stations across the force area, and why the inspectorate's findings about kiosk training matter so much here.

The digital forensic unit was last restructured in 2019. Since then, the number of devices submitted for examination each year has grown by around a third, while the number of examiners in post has fallen. In my Police and Crime Plan 2025-2029, published in March 2025, I committed to "faster, fairer justice for victims", and I identified digital forensics as one of the areas in which I expected to see improvement. The inspection was therefore timely, and I had already asked the force for a recovery plan before the report was published.

In the autumn of 2024 I asked HMICFRS, with the Chief Constable's agreement, to inspect the force's digital forensic services, rather than waiting for the next round of PEEL inspections. My office contributed £38,000 towards the cost of the inspection.

## 2. Commissioner's comments

I thank HM Inspector Alun Braddock and his team for a thorough and fair report. It confirms what I had begun to hear from victims and from the Crown Prosecution Service: that people are waiting far too long for the police to examine their phones and other devices, and that this is delaying justice.

I was particularly concerned by the finding that 312 of the devices awaiting examination related to investigations into child sexual abuse. I was also concerned that victims were not told how long they would be without their phones. For a victim of rape or domestic abuse living in a rural part of Powys or Ceredigion, a phone may be their only reliable way of contacting family and support services.

I also want to recognise the examiners in the digital forensic unit. The inspectorate found that the quality of their work is high, and that they are committed and conscientious. They have been working under great pressure for a long time. The problem is one of capacity and management, not of effort.

## 3. What I am doing

I have taken the following decisions in response to the report:

- I have provided £540,000 from my reserves in 2025/26 to fund the outsourced examination of up to 400 devices and the recruitment of four additional examiners on fixed-term contracts;
- I have asked the Chief Constable to introduce a market supplement for digital forensic examiners, so that the force can compete with private providers, and I have agreed to fund its cost of £96,000 a year in my medium-term financial plan;
- I have increased my funding for replacement phones for victims of rape and serious sexual offences from £12,000 to £30,000 a year, and extended it to victims of domestic abuse at high risk;
- I have asked my Policing Accountability Board to review progress at every meeting until the cause of concern is closed.

## 4. Chief Constable's response

Chief Constable Meredith Saunderson said:

"We accept the inspectorate's findings in full. The backlog is not acceptable, and I am sorry that victims have had to wait so long. We have put in place a Digital Forensics Improvement Plan, overseen by ACC Gethin Morse, with 27 actions. We have already made progress. By 30 June 2025, the number of devices awaiting examination had fallen from 1,128 to 874, and the median wait had fallen from 163 days to 121 days. Devices relating to child sexual abuse investigations are now examined first.

"We have introduced a new prioritisation process, under which a detective superintendent reviews every submission marked urgent or high within two working days. We have also made the digital triage form mandatory: a submission cannot now be accepted without it."

## 4a. What victims told us

Before responding to the report, my victim engagement team spoke to 26 victims whose devices had been seized by the force in the last two years, with the help of the independent sexual violence advisers commissioned by my office. Their experiences were consistent with the inspectorate's findings. Several themes came up repeatedly:

- victims were not told, when their phone was taken, how long they might be without it;
- victims did not know who to contact to ask about their device, and calls to the force were not always returned;
- some victims had delayed reporting, or had considered withdrawing from the investigation, because they could not manage without their phone;
- victims who were given a replacement phone said that it made a real difference, but many did not know the scheme existed.

One victim told us: "I was left with nothing. My whole life was on that phone - my children's school, my doctor, my support worker. Nobody could tell me when I would get it back." I have shared these accounts, anonymised, with the Chief Constable and with ACC Gethin Morse.

## 4b. Financial implications

The table below summarises the additional funding I have agreed in response to the report.

!finance

The £540,000 is one-off funding from my general reserve, which stood at £6.2 million on 31 March 2025. The market supplement and the increase in funding for replacement phones are recurring costs and have been built into my medium-term financial plan from 2026/27.

## 5. Response to the cause of concern and recommendations

The force has committed to the following:

- to reduce the backlog to fewer than 500 devices by 30 September 2025, in line with recommendation 1, using the outsourcing funded by the Commissioner;
- to have the new risk-based prioritisation process, overseen by Detective Superintendent Rhodri Maddocks, fully in place by 31 August 2025, ahead of the deadline in recommendation 2;
- to fill all seven vacant examiner posts by 31 December 2025, as required by recommendation 3, supported by the market supplement;
- to apply to the United Kingdom Accreditation Service for kiosk accreditation in December 2025, with a view to meeting recommendation 4 by 31 March 2026.

I note that the force is not yet confident of meeting recommendation 4 by the deadline. Accreditation depends on the timetable of the United Kingdom Accreditation Service, which the force does not control. I have asked the Chief Constable to tell me immediately if the date slips.

## 6. Areas for improvement

The force has accepted all eight areas for improvement. The progress table below sets out the position on each as at 30 June 2025. Ratings: green - complete or on track; amber - some risk to delivery; red - off track.

!progress

## 6a. The Digital Forensics Improvement Plan

The force's Digital Forensics Improvement Plan has 27 actions in five workstreams. The plan was approved by the Chief Constable's chief officer group on 10 June 2025. The five workstreams are:

- demand and prioritisation, with seven actions;
- capacity and recruitment, with six actions;
- quality and accreditation, with five actions;
- victims and communication, with four actions;
- governance and performance, with five actions.

Each workstream has a named lead who reports monthly to ACC Gethin Morse. My office attends the plan's monthly assurance meeting as an observer.

## 6b. Backlog trajectory

The force has set a trajectory for reducing the backlog, which I will monitor at each meeting of my Policing Accountability Board.

!trajectory

The force has told me that the trajectory depends on the outsourcing contract starting on time and on the successful recruitment of the four fixed-term examiners. If either is delayed, the target of fewer than 500 devices by 30 September 2025 is at risk.

## 6c. Welsh language and equality considerations

All information for victims about device seizure will be available in Welsh and English, in line with the force's Welsh Language Standards. The force has also agreed to record the age, sex and ethnicity of victims whose devices are seized, so that my office can understand whether any group is disproportionately affected by delays. The force does not currently collect this data.

## 6d. My comments on the areas for improvement

Area for improvement 1 (digital triage): I welcome the force's decision to make the triage form mandatory. I have asked for evidence, by the end of 2025, that examiners are now using the form to limit the scope of examinations, because a well-completed form should reduce both the time each examination takes and the amount of personal data taken from victims' phones.

Area for improvement 2 (kiosk training): Progress is encouraging, but 74 percent is not yet good enough. Kiosks are only useful if the officers who operate them are confident and in date. I have asked the force to consider concentrating kiosk work on fewer, more experienced operators in each area.

Areas for improvement 3 and 4 (victims): These matter most to me. I have asked my victim engagement team to test the new victim information leaflet with victims before it is printed, and to check, through a sample of cases, that victims are being updated every 28 days as the force has promised.

Area for improvement 5 (external providers): The force's contracts with external providers were let in 2021 and did not include service levels. I expect the renegotiated contracts to include clear turnaround times and financial penalties for late delivery.

Area for improvement 6 (wellbeing): I was concerned to read that four examiners had gone more than 18 months without a psychological assessment. I am pleased that this has been put right, and I will ask the Chief Constable each quarter whether any assessments are overdue.

Area for improvement 7 (strategy): This is the area where progress has been slowest, and it is rated red. A strategy is needed to make sure that the force does not find itself in the same position again in three years' time. I have asked for a draft to be shared with my office by 31 October 2025.

Area for improvement 8 (performance data): The new dashboard is a good start. I have asked for a version of it to be shared with my office each month, and for headline figures to be published on my website.

## 6e. Working with other forces

Dyfed-Powys Police is a member of the Southern Wales regional collaboration with Gwent Police and South Wales Police. I have asked the Chief Constable to explore, with the other two forces, whether some specialist digital forensic work, such as the examination of vehicle systems, could be provided regionally. This would not be a quick solution, and it is not a substitute for the force building its own capacity, but it may offer better value and resilience in the longer term.

## 7. How I will hold the Chief Constable to account

I will monitor progress through the following arrangements:

- a standing item on digital forensics at every meeting of the Policing Accountability Board, with a written report on the backlog, median waiting times and the number of devices relating to child sexual abuse;
- a review of victims' experience of device seizure by my victim engagement team, reporting by December 2025;
- scrutiny of the force's external provider contracts by the Joint Audit Committee in October 2025;
- an update to the Dyfed-Powys Police and Crime Panel in January 2026.

## 7a. Timeline of key dates

The key dates for the force's response are as follows:

- 13 to 24 January 2025: HMICFRS fieldwork;
- 27 May 2025: report published;
- 2 June 2025: digital triage form made mandatory;
- 10 June 2025: Digital Forensics Improvement Plan approved by the chief officer group;
- 31 August 2025: new prioritisation process fully in place;
- 30 September 2025: target of fewer than 500 devices awaiting examination;
- 31 October 2025: draft digital forensic strategy shared with my office;
- December 2025: application for kiosk accreditation;
- 31 December 2025: all vacant examiner posts filled;
- 31 March 2026: kiosk accreditation deadline in recommendation 4.

HMICFRS has told the force that it will revisit the cause of concern in 2026. I will publish the outcome of that revisit on my website, together with my comments.

## 7b. Final remarks

Digital evidence is now central to justice. The people of Dyfed-Powys are entitled to expect that when they report a crime and hand over their phone, it will be examined promptly and returned as soon as possible, and that they will be kept informed. That has not been happening often enough. I am confident that the Chief Constable and her team understand the scale of the challenge, and I will support them with the resources they need. But I will also hold them to account, openly and regularly, until the backlog is under control and the cause of concern has been closed.

## 8. Glossary

- ACC: assistant chief constable.
- CPS: Crown Prosecution Service.
- DFU: digital forensic unit.
- FSR: Forensic Science Regulator.
- ISO/IEC 17025: the international standard for testing and calibration laboratories.
- UKAS: United Kingdom Accreditation Service.

^Signed

Eirlys Vaughan

Police and Crime Commissioner for Dyfed-Powys

15 July 2025

Office of the Police and Crime Commissioner for Dyfed-Powys, PO Box 99, Llangunnor, Carmarthen SA31 2PF. Telephone 01267 000000. Email opcc@dyfedpowys-pcc.example.gov.uk
"""

PROGRESS = [
    ("Area for improvement", "Action", "Lead", "Rating (30 June 2025)"),
    ("AFI 1 - digital triage form", "Form mandatory for all submissions from 2 June 2025", "Owain Tredegar, DFU manager", "Green"),
    ("AFI 2 - kiosk refresher training", "Refresher training booked for all 236 operators; 74% in date at 30 June", "Inspector Bethan Lloyd-Harries", "Amber"),
    ("AFI 3 - reasons for delays in returning devices", "New field on the case management system", "Owain Tredegar, DFU manager", "Green"),
    ("AFI 4 - communication with victims", "Victim information leaflet in Welsh and English; update every 28 days", "Detective Superintendent Rhodri Maddocks", "Green"),
    ("AFI 5 - external provider contracts", "Contracts being renegotiated through the regional procurement framework", "Head of Procurement, Lowri Bevan", "Amber"),
    ("AFI 6 - wellbeing of examiners", "All overdue psychological assessments completed; protected breaks introduced", "Head of Occupational Health", "Green"),
    ("AFI 7 - digital forensic strategy", "Strategy to be agreed by the forensic management board", "ACC Gethin Morse", "Red"),
    ("AFI 8 - performance data", "New performance dashboard for the forensic management board", "Head of Business Intelligence", "Amber"),
]

FINANCE = [
    ("Item", "Amount", "Type"),
    ("Outsourced examination of up to 400 devices and four fixed-term examiners", "£540,000", "One-off (2025/26)"),
    ("Market supplement for digital forensic examiners", "£96,000 a year", "Recurring"),
    ("Replacement phones for victims (increase from £12,000 to £30,000)", "£18,000 a year", "Recurring"),
    ("Contribution to the cost of the inspection", "£38,000", "One-off (2024/25)"),
]

TRAJECTORY = [
    ("Date", "Devices awaiting examination", "Median wait (days)"),
    ("6 January 2025 (inspection)", "1,128", "163"),
    ("31 March 2025", "1,019", "149"),
    ("30 June 2025", "874", "121"),
    ("30 September 2025 (target)", "fewer than 500", "90"),
    ("31 March 2026 (target)", "fewer than 300", "60"),
]
