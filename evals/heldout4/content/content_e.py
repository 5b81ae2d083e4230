# Content for dyfed-powys-digital-forensics-inspection-2025.pdf (fictional: all people, figures and programmes invented)
TITLE = "An inspection of digital forensic services in Dyfed-Powys Police"

FRONT = r"""
# Foreword

Almost every criminal investigation now involves digital evidence. Mobile phones, computers, cameras, vehicles and smart devices hold information that can identify a suspect, prove an offence or show that someone is innocent. For victims of rape, child sexual abuse and domestic abuse in particular, the speed and quality of digital forensic work can decide whether a case reaches court.

This inspection examined how well Dyfed-Powys Police manages its digital forensic services. We found a small, committed digital forensic unit working under great pressure. Its examiners are skilled and conscientious, and the quality of their work is generally high. But the unit does not have enough staff for the demand it faces, and the force has allowed a large backlog to build up. On 6 January 2025, 1,128 devices were waiting to be examined, and the median wait was 163 days. The force does not prioritise this work well enough according to risk.

I have identified one cause of concern and made four recommendations. I have also identified eight areas for improvement. I am grateful to Chief Constable Meredith Saunderson and to the officers and staff of the force for their cooperation.

Alun Braddock
His Majesty's Inspector of Constabulary

# Summary of findings

We carried out fieldwork in Dyfed-Powys Police between 13 and 24 January 2025. The force polices the largest geographical area in England and Wales, covering Carmarthenshire, Ceredigion, Pembrokeshire and Powys. Its digital forensic unit (DFU) is based at force headquarters in Carmarthen, and digital media kiosks are located at police stations across the force area.

Our main findings were as follows:

- the DFU had 17 examiners in post against an establishment of 24;
- on 6 January 2025, 1,128 devices were awaiting examination, of which 312 related to child sexual abuse investigations;
- the median wait for examination was 163 days, and the oldest device had been waiting 611 days;
- the force did not have an effective process for prioritising submissions by risk;
- the DFU's laboratory work was accredited to ISO/IEC 17025, but the force's use of digital media kiosks was not;
- only 58 percent of trained kiosk operators had in-date refresher training;
- investigators did not always complete the digital triage form, which meant that examiners spent time on devices that did not need full examination.

## Cause of concern

Cause of concern: The force is not managing the demand for digital forensic examination effectively, and it does not prioritise examinations according to risk. This means that investigations into serious offences, including offences against children, are delayed, and that victims may be at risk of further harm.

Recommendation 1: By 30 September 2025, the force should reduce the number of devices awaiting examination, prioritising those linked to investigations into offences against children and other high-harm offences.

Recommendation 2: By 30 September 2025, the force should introduce a risk-based prioritisation process for all digital forensic submissions, overseen by a senior officer.

Recommendation 3: By 31 December 2025, the force should make sure that its digital forensic unit has enough trained examiners to meet current and predicted demand.

## Other recommendation

Recommendation 4: By 31 March 2026, the force should make sure that its use of digital media kiosks is accredited to the standard required by the Forensic Science Regulator's Code of Practice.

## Areas for improvement

Area for improvement 1: The force should make sure that investigators complete the digital triage form for every submission, and that examiners use it to decide the scope of the examination.

Area for improvement 2: The force should make sure that all kiosk operators complete refresher training before their training expires.

Area for improvement 3: The force should make sure that it records and reviews the reasons for delays in returning devices to victims.

Area for improvement 4: The force should improve how it communicates with victims whose devices have been seized, including telling them how long they can expect to be without their device.

Area for improvement 5: The force should make sure that its contracts with external forensic providers include clear turnaround times and quality standards.

Area for improvement 6: The force should improve the wellbeing support available to staff who view indecent images of children and other distressing material.

Area for improvement 7: The force should develop a digital forensic strategy that sets out how it will meet future demand, including from cloud-stored data and vehicle systems.

Area for improvement 8: The force should make sure that it collects and uses performance data about its digital forensic services, so that senior leaders understand demand, capacity and risk.

# Fact page

!facts
"""

BODY = r"""
# 1. Leadership and strategy

## Governance

The force's digital forensic services are part of its specialist crime and forensics portfolio, led by Assistant Chief Constable Gethin Morse. The DFU is managed by Owain Tredegar, the digital forensic unit manager, who reports to the head of forensic services.

The force's forensic management board meets quarterly. We reviewed the minutes of its last four meetings. Digital forensics was discussed at each meeting, but the board did not receive regular data on the backlog, and it did not set targets for reducing it. Senior leaders we spoke to were aware that there was a backlog, but most underestimated its size.

## Strategy

The force does not have a digital forensic strategy. Its forensic strategy was written in 2021 and covers digital forensics only briefly. It does not set out how the force will meet demand from newer types of device, cloud-stored data or vehicle systems. This is area for improvement 7.

## Performance information

The DFU uses a case management system to track submissions. But the system cannot produce reports easily, and the unit relies on spreadsheets to monitor its workload. The force could not tell us how long, on average, it took to return a device to a victim. This is area for improvement 8.

# 2. Demand and capacity

## Demand

Demand for digital forensic examination has grown quickly. In 2023/24 the DFU received 2,946 device submissions, an increase of 34 percent since 2020/21. Mobile phones made up 71 percent of submissions. The average amount of data on each device has also increased, which means that each examination takes longer.

!backlog

## Staffing

The DFU had an establishment of 24 examiners but only 17 in post when we inspected. Four posts had been vacant for more than a year. Managers told us that it was hard to recruit qualified examiners to west Wales because the force could not match the salaries offered by private sector providers and by larger forces. Two examiners had left for the private sector in 2024. This is recommendation 3.

!staffing

## External providers

The force uses external forensic providers to examine some devices. It spent £386,000 on external providers in 2023/24. But its contracts did not include clear turnaround times, and we found examples of devices that had been with a provider for more than four months without being examined. This is area for improvement 5.

# 3. Prioritisation and the backlog

## The backlog

On 6 January 2025, 1,128 devices were awaiting examination. Of these, 312 related to investigations into child sexual abuse, and 147 to investigations into rape and serious sexual offences. The median wait was 163 days, and the oldest device had been waiting 611 days.

## Prioritisation

The force uses a three-level priority system: urgent, high and standard. But the system relies on the investigator's own assessment, and most submissions are marked high priority. In practice, examiners mostly work through submissions in the order they arrive. We found cases involving children who were still in contact with a suspect that were waiting behind lower-risk cases. No senior officer oversees prioritisation decisions. This is recommendation 2.

## Digital triage

The force introduced a digital triage form in 2023 to help investigators decide what needs to be examined. It was completed for only 44 percent of submissions in the six months before our inspection. Where it was not completed, examiners often extracted all the data from a device when only a small amount was needed. This is area for improvement 1.

## Case file review

We reviewed 60 investigations that had involved a digital forensic submission. In 23 of them, delays in digital forensic examination had delayed a charging decision. In nine cases involving child victims, the delay was more than six months.

# 4. Digital media kiosks

Digital media kiosks allow trained officers to extract data from a mobile phone at a police station, so that some devices can be examined and returned quickly. The force has 19 kiosks at 11 sites.

!kiosks

Since October 2023, the use of kiosks has been subject to the Forensic Science Regulator's statutory Code of Practice. The DFU laboratory is accredited to ISO/IEC 17025, but the force's kiosk operation is not. The force told us that it planned to apply for accreditation in December 2025. This is recommendation 4.

The force has trained 236 officers as kiosk operators. But only 58 percent of them had in-date refresher training. Some operators told us that they had not used a kiosk for months, and did not feel confident. This is area for improvement 2.

# 5. Victims

Victims of crime often have to give up their mobile phones so that the police can examine them. For many victims, losing a phone means losing contact with family, friends and support services. The force has a policy of offering a replacement phone to victims of rape and serious sexual offences, funded by the police and crime commissioner.

However, victims were not always told how long they would be without their device. In several cases we reviewed, victims had contacted the police repeatedly to ask when their phone would be returned. The force did not record or review the reasons for delays in returning devices. These are areas for improvement 3 and 4.

# 6. Wellbeing

Digital forensic examiners regularly view distressing material, including indecent images of children. The force requires examiners to attend a psychological assessment every year. But four examiners had not had an assessment for more than 18 months, and staff told us that they did not always have time to take the breaks recommended by the force's welfare policy. This is area for improvement 6.
"""

BACK = r"""
# Appendix A: Recommendations and areas for improvement

!recsummary

# Appendix B: Methodology

We carried out fieldwork between 13 and 24 January 2025. We visited force headquarters in Carmarthen and police stations in Aberystwyth, Haverfordwest, Llanelli, Llandrindod Wells and Newtown. We interviewed 48 officers and staff, including chief officers, the DFU manager and examiners, investigators, kiosk operators and representatives of the police and crime commissioner. We reviewed 60 case files and analysed data provided by the force.

# Appendix C: Inspection team

!team
"""

FACTS = [
    ("Measure", "Figure"),
    ("Force area", "Carmarthenshire, Ceredigion, Pembrokeshire and Powys"),
    ("DFU establishment (examiners)", "24"),
    ("DFU examiners in post", "17"),
    ("Devices awaiting examination (6 January 2025)", "1,128"),
    ("Median wait for examination", "163 days"),
    ("Oldest device awaiting examination", "611 days"),
    ("Device submissions 2023/24", "2,946"),
    ("DFU budget 2024/25", "£1.47 million"),
    ("Spend on external providers 2023/24", "£386,000"),
    ("Digital media kiosks", "19 at 11 sites"),
    ("Trained kiosk operators", "236"),
    ("Kiosk operators with in-date refresher training", "58%"),
]

BACKLOG = [
    ("Investigation type", "Devices awaiting examination", "Median wait (days)"),
    ("Child sexual abuse", "312", "141"),
    ("Rape and serious sexual offences", "147", "158"),
    ("Domestic abuse", "203", "170"),
    ("Drugs and organised crime", "188", "176"),
    ("Fraud", "96", "214"),
    ("Other", "182", "166"),
    ("Total", "1,128", "163"),
]

STAFFING = [
    ("Role", "Establishment", "In post"),
    ("DFU manager", "1", "1"),
    ("Senior examiners", "4", "3"),
    ("Examiners", "20", "14"),
    ("Quality manager", "1", "1"),
    ("Case administrators", "3", "2"),
]

KIOSKS = [
    ("Site", "Kiosks"),
    ("Carmarthen (force headquarters)", "3"),
    ("Llanelli", "2"),
    ("Ammanford", "1"),
    ("Haverfordwest", "2"),
    ("Pembroke Dock", "1"),
    ("Aberystwyth", "2"),
    ("Cardigan", "1"),
    ("Newtown", "2"),
    ("Welshpool", "1"),
    ("Llandrindod Wells", "2"),
    ("Brecon", "2"),
]

RECSUMMARY = [
    ("No.", "Subject", "Deadline"),
    ("Recommendation 1", "Reduce the backlog, prioritising offences against children", "30 September 2025"),
    ("Recommendation 2", "Risk-based prioritisation overseen by a senior officer", "30 September 2025"),
    ("Recommendation 3", "Enough trained examiners", "31 December 2025"),
    ("Recommendation 4", "Kiosk accreditation", "31 March 2026"),
    ("AFI 1", "Digital triage form", "-"),
    ("AFI 2", "Kiosk operator refresher training", "-"),
    ("AFI 3", "Reasons for delays in returning devices", "-"),
    ("AFI 4", "Communication with victims", "-"),
    ("AFI 5", "External provider contracts", "-"),
    ("AFI 6", "Wellbeing of staff viewing distressing material", "-"),
    ("AFI 7", "Digital forensic strategy", "-"),
    ("AFI 8", "Performance data", "-"),
]

TEAM = [
    ("Name", "Role"),
    ("Alun Braddock", "His Majesty's Inspector of Constabulary"),
    ("Sian Holloway-Reece", "Inspection lead"),
    ("Dr Ibrahim Castell", "Digital forensics specialist adviser"),
    ("Megan Ashcombe", "Inspection officer"),
    ("Tom Venables", "Data analyst"),
]
