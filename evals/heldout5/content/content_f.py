# Content for north-wales-pcc-response-sex-offender-management-2025.docx (fictional: all people, figures and programmes invented)
TITLE = "North Wales Police and Crime Commissioner: response to the joint inspection of the management of registered sex offenders in North Wales"
TEXT = r"""
# North Wales Police and Crime Commissioner

^Response to the joint HMICFRS and HM Inspectorate of Probation inspection of the management of registered sex offenders in North Wales

^Published 18 November 2025. Mae'r ddogfen hon ar gael yn Gymraeg / This document is available in Welsh.

## 1. Introduction

HMICFRS and HM Inspectorate of Probation published their joint inspection report on the management of registered sex offenders in North Wales on 30 September 2025. I asked for this inspection myself, in September 2024, because I wanted independent assurance about an area of policing that the public rarely sees but which matters enormously to their safety.

Under section 55 of the Police Act 1996 I must publish my comments on the report within 56 days. This is my response. It has been shared with the Chief Constable, the North Wales Police and Crime Panel and the Head of the Probation Service in Wales.

## 2. My view of the report

I thank the inspectors for a thorough and fair report. It confirms that North Wales Police has a dedicated team of offender managers, that it works well with probation, and that the highest-risk offenders are generally well managed.

It also confirms what I feared. The number of registered sex offenders in North Wales has grown by almost a quarter in five years, and the team that manages them has not grown with it. I regard the cause of concern as the most serious finding about North Wales Police in my term of office. The people of North Wales must be able to trust that the police know where sex offenders are living and what risk they pose.

^Why I asked for this inspection

In the summer of 2024 I reviewed the performance information my office receives from the force. I noticed that the number of RSOs in North Wales had risen every year since 2020, but that the force's reports to me said little about the workload of the MOSOVO team. When I asked, I was told that the team was "stretched but coping". I was not reassured, and I wrote to His Majesty's Chief Inspector of Constabulary in September 2024 to ask whether the inspectorates would consider a joint inspection. I am grateful that they agreed.

I want to be clear that asking for an inspection is not a sign that I lack confidence in the officers and staff who do this difficult work. It is the opposite. I wanted an independent view of what they need to do their jobs well, and I wanted the public to see it.

^What the report means for the public

Most registered sex offenders do not go on to commit further sexual offences. But some do, and the purpose of the arrangements the inspectors examined is to identify those who pose the greatest risk and to manage that risk closely. When assessments and visits are late, the force has less up-to-date information about the people it is managing. The inspectors found that in a small number of cases the overdue assessment related to an RSO assessed as high or very high risk. That is the part of the report that concerns me most, and it is why I asked the Chief Constable to deal with those cases first.

## 3. Response from the Chief Constable

Chief Constable Iwan Probert has accepted the cause of concern, all three recommendations and all six areas for improvement. He told me:

"I am grateful to the inspectorates. We had already begun to address many of these issues through Project Gwarchod, and the report has given that work fresh urgency. I have made it clear to my chief officer team that clearing the overdue ARMS assessments is non-negotiable."

The Chief Constable has given me these assurances:

- every overdue ARMS assessment for a high or very high risk RSO was completed by 31 October 2025;
- a risk-prioritised plan is in place for the remaining overdue assessments, which will be cleared by 31 March 2026;
- the seven vacant offender manager posts will be filled by December 2025, and eight additional posts will be created from April 2026;
- an overdue-assessment dashboard will be reviewed every month by Assistant Chief Constable Elin Vaughan-Roberts.

^How offender management works in North Wales

When a person is convicted of a sexual offence and sentenced to a qualifying sentence, they become subject to notification requirements and must tell the police where they live, any changes of name, and details of foreign travel. In North Wales, every RSO living in the community is allocated to an offender manager in one of the three area teams. The offender manager carries out the ARMS assessment, visits the RSO at home, checks their compliance with any court order, and works with probation practitioners for those RSOs who are also under probation supervision.

RSOs who pose the greatest risk are also managed through MAPPA at level 2 or level 3, where the police, probation, prisons, health, housing and children's services agree a joint plan. The inspectors found these meetings well attended and well chaired, and I want to thank the partners who take part in them.

The workload of an offender manager depends on more than the number of RSOs on their caseload. Visits in rural Gwynedd or Anglesey can take most of a day, and a single high-risk case can take as much time as several low-risk cases. That is why I have asked the force to develop a weighted caseload model, so that future decisions about staffing reflect the real demands of the work rather than a simple count.

## 4. Progress against the cause of concern and recommendations

!progress

## 5. Overdue assessments: trajectory

The force has given me the following trajectory for overdue ARMS assessments. I will publish actual figures against it every quarter.

!trajectory

## 6. Funding

I have agreed to fund eight additional offender manager posts from April 2026, and further investment in digital capability. The table below sets out my commitments.

!finance

The eight posts are funded from the 2026/27 precept. I will consult on the precept in January 2026. The device examination licences and training are a one-off cost from my reserves.

## 7. Areas for improvement

^AFI 1 - digital device examination

The force will train a further 12 offender managers in device examination software by June 2026, and has bought 10 additional licences.

^AFI 2 - breaches of orders

The force has introduced a 48-hour standard for arresting or interviewing an RSO suspected of breaching an SHPO. Compliance will be reported to me every quarter.

^AFI 3 - information sharing with local authorities

I have written to the leaders of all six councils. An information-sharing protocol was agreed with four of them by 1 November 2025; I expect Flintshire and Gwynedd to sign by January 2026.

^AFI 4 - joint risk management plans

The force and the Probation Service in Wales have agreed a joint recording standard, which will come into effect in February 2026.

^AFI 5 - Welsh language

The force will pay a Welsh-language allowance to offender managers who reach level 4 proficiency and will fund Welsh lessons for the team. I expect the number of fluent Welsh-speaking offender managers to double by the end of 2026.

^AFI 6 - wellbeing

All MOSOVO staff will have annual psychological screening from January 2026, provided through the force's occupational health service.

## 8. How I will hold the force to account

I will monitor progress at my monthly Strategic Executive Board, and I have asked my Head of Assurance, Bethan Lloyd-Jarvis, to carry out an independent dip sample of 30 RSO case files in March 2026. I will publish a further update in May 2026.

^Views of the Police and Crime Panel

I presented a draft of this response to the North Wales Police and Crime Panel on 10 November 2025. Members asked about the number of RSOs living in rural areas and whether offender managers had enough vehicles to carry out home visits across the region. The force has told me that each area team has a pool of four unmarked cars and that mileage is not a barrier to visits. Members also asked whether the force would publish the number of overdue assessments; I have agreed to do so every quarter, as set out in section 5.

^What survivors told me

Before writing this response I met representatives of two specialist sexual violence support services in North Wales. They told me that survivors are often frightened when they learn that the person who harmed them has been released and is living nearby, and that they want to know the police are taking the risk seriously. They asked that victims be told, in plain language and in the language of their choice, how the arrangements work. I have asked the force and the Probation Service to produce a bilingual leaflet for victims by March 2026.

^Working with the Probation Service

The report is a joint report, and several of its findings concern the Probation Service as much as the police. I have written to the Head of the Probation Service in Wales to welcome the joint recording standard described under AFI 4, and to ask for probation's view on how joint home visits for category 1 offenders can be maintained as the number of RSOs rises. I will publish the reply on my website when I receive it.

^Frequently asked questions

Will the public be told where sex offenders live? No. The law does not allow the police to publish the addresses of RSOs. However, under the child sex offender disclosure scheme, parents, carers and guardians can ask the police whether a person who has contact with a child has a record of child sexual offences.

Does this report mean North Wales is less safe? The inspectors found that the highest-risk offenders are generally well managed. The cause of concern is about the timeliness of risk assessments and visits, which the force is now addressing.

How can I raise a concern? If you are worried about a person's behaviour towards children or adults, call North Wales Police on 101, or 999 in an emergency. You can also contact Crimestoppers anonymously.

## 9. Timeline

- 30 September 2025 - report published
- 31 October 2025 - overdue assessments for high and very high risk RSOs completed
- 18 November 2025 - this response published
- December 2025 - vacant posts filled
- 31 March 2026 - all overdue assessments cleared
- April 2026 - eight additional posts created
- May 2026 - progress update published

I recognise that some of these dates are ambitious. If any of them slip, I will say so publicly and explain why. The public deserve to know not only what has been promised, but whether it has been delivered.

## 10. Glossary

- ARMS - active risk management system
- MAPPA - multi-agency public protection arrangements
- MOSOVO - management of sexual or violent offenders
- RSO - registered sex offender
- SHPO - sexual harm prevention order
- ViSOR - the national database of violent and sex offenders

Gethin Pryce-Owen
Comisiynydd Heddlu a Throseddu Gogledd Cymru / North Wales Police and Crime Commissioner
18 November 2025
"""

PROGRESS = [
    ("Item", "Owner", "Due", "Status (RAG)", "Update, 10 November 2025"),
    ("Rec 1 - prioritise overdue ARMS by risk", "Det Supt Carys Meredith", "31 December 2025", "Green",
     "All high and very high risk overdue assessments completed by 31 October 2025"),
    ("Rec 2 - enough trained offender managers", "ACC Elin Vaughan-Roberts", "31 March 2026", "Amber",
     "5 of 7 vacancies filled; 2 candidates in vetting"),
    ("Rec 3 - supervisory oversight, monthly to chief officer", "ACC Elin Vaughan-Roberts", "31 March 2026", "Green",
     "Dashboard live; first chief officer review 3 November 2025"),
    ("AFI 1 - digital device examination", "Det Supt Carys Meredith", "30 June 2026", "Amber",
     "10 licences bought; training booked"),
    ("AFI 3 - information sharing with councils", "PCC Chief Executive", "31 January 2026", "Amber",
     "Protocol agreed with 4 of 6 councils"),
    ("AFI 5 - Welsh language", "Head of People", "31 December 2026", "Red",
     "Allowance scheme not yet agreed"),
]

TRAJECTORY = [
    ("Date", "Overdue ARMS assessments"),
    ("1 April 2025 (inspection baseline)", "214"),
    ("30 September 2025", "167"),
    ("31 December 2025", "95"),
    ("31 March 2026", "0"),
]

FINANCE = [
    ("Commitment", "2025/26", "2026/27"),
    ("Eight additional offender manager posts", "-", "£412,000"),
    ("Device examination licences and training", "£74,000", "£18,000"),
    ("Welsh-language allowance and lessons", "-", "£26,000"),
    ("Independent dip sample", "£9,500", "-"),
]
