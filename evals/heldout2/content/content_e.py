# Content for durham-pcc-response-contact-management-2024.docx (fictional)
TITLE = "Durham Police and Crime Commissioner: Response to the HMICFRS inspection of police contact management in Durham Constabulary"
TEXT = r"""
# Office of the Police and Crime Commissioner for Durham

## Commissioner's response to HMICFRS: An inspection of police contact management - Durham Constabulary

Response date: 10 February 2025

HMICFRS report published: 19 December 2024

Prepared by: Aidan Whitfield, Police and Crime Commissioner for Durham

Classification: OFFICIAL - for publication

## 1. Purpose

This document is my response, as Police and Crime Commissioner, to the HMICFRS report An inspection of police contact management: Durham Constabulary, published on 19 December 2024. Section 55 of the Police Act 1996 requires me to publish comments on the report within 56 days. I have also sought the views of the Chief Constable, Rachel Stannard, and these are reflected below.

The inspection looked at how the force handles contact from the public, through 999 and 101 calls, online reporting and other channels, and how it uses that contact to decide how to respond. The inspectorate carried out its fieldwork in September 2024. Its report made four recommendations and identified seven areas for improvement.

## 1a. Contact demand in County Durham and Darlington

Durham Constabulary serves County Durham and Darlington. In the year ending 31 March 2024, the force received 142,600 calls to 999 and 298,400 calls to 101, and 21,300 reports through its website. Demand on the 999 line has increased by 9 percent since 2021/22. The Contact Management Centre is staffed 24 hours a day, 365 days a year, by call handlers, dispatchers and supervisors.

The way the force handles contact is one of the priorities in my Police, Crime and Victims' Plan. Residents regularly tell me at community meetings that they find it hard to get through on 101, and that they are not always told what is happening after they report something. I therefore welcomed the inspectorate's decision to look at contact management in Durham.

## 2. Summary of my response

I welcome the report. The public's first contact with the police matters enormously. If people cannot get through, or if they are not treated well when they do, they lose confidence in the police and they may not call again. My own Public Contact Survey in 2024, which had 1,030 respondents, found that 67 percent were satisfied with their experience of calling 999, but only 41 percent were satisfied with their experience of calling 101.

The report was critical of the force in some important respects. At the time of the inspection, the force answered 79.3 percent of 999 calls within 10 seconds, below the national standard of 90 percent, and 24.6 percent of 101 calls were abandoned. The inspectorate also found that call handlers did not always identify vulnerable and repeat callers.

The Chief Constable and I accept all four recommendations. I accept six of the seven areas for improvement, and I have noted the seventh (area for improvement 5), for the reasons I set out in section 4.

Since the inspection, I have provided £540,000 from the 2025/26 precept to fund 14 additional call handlers. This was agreed by the Police and Crime Panel on 4 February 2025.

## 3. Response to the recommendations

Recommendation 1: By 31 March 2025, the force should improve the speed at which it answers 999 calls so that it meets the national standard.

Response: Accepted. The force recruited two intakes of call handlers, in September and November 2024, and has reviewed the shift pattern in the Contact Management Centre at Meadowfield so that more call handlers are on duty at times of peak demand. In January 2025, the force answered 88.1 percent of 999 calls within 10 seconds. Lead: Superintendent Gillian Ashworth, head of contact management.

Recommendation 2: By 30 June 2025, the force should reduce the number of 101 calls that are abandoned, including by giving callers the option of a call-back.

Response: Accepted. A call-back option for 101 callers went live on 18 November 2024. In January 2025, 11.2 percent of 101 calls were abandoned, compared with 24.6 percent at the time of the inspection. The force's target is 10 percent. Lead: Superintendent Gillian Ashworth.

Recommendation 3: By 30 June 2025, the force should make sure that call handlers check for vulnerability and repeat calls on every call, and record this.

Response: Accepted. All call handlers have completed refresher training in the THRIVE risk assessment model. A new Contact Quality Team, set up in January 2025, audits 200 calls each month and gives feedback to call handlers and supervisors. Lead: Chief Inspector Owen Ridley, Contact Quality Team.

Recommendation 4: By 30 September 2025, the force should make sure it has enough officers available to attend incidents graded as immediate within its target times.

Response: Accepted. The force's target for immediate incidents is 15 minutes in urban areas and 20 minutes in rural areas, and the inspectorate found that it met this target in 81 percent of cases. From 7 April 2025 the force will introduce a new shift pattern for response officers, based on an analysis of demand. This is known as Project Tempo. Lead: Chief Superintendent Lee Harland, head of response policing.

## 4. Response to the areas for improvement

Area for improvement 1: training for call handlers. Accepted. A new 8-week training course for call handlers was introduced in October 2024, replacing the previous 5-week course.

Area for improvement 2: the wellbeing of staff in the Contact Management Centre. Accepted. The inspectorate found that staff in the Contact Management Centre lost an average of 17.4 days to sickness in the year ending 31 March 2024. The force has introduced a decompression room and access to trauma support, and has appointed a wellbeing lead for the centre.

Area for improvement 3: the number of supervisors in the Contact Management Centre. Accepted. The force will appoint four additional supervisors by June 2025, which will reduce the ratio of call handlers to supervisors from 14 to 1 to 10 to 1.

Area for improvement 4: live chat. Accepted. The force will introduce a live chat service on its website in summer 2025.

Area for improvement 5: online reporting. Noted. The inspectorate found that the force's online reporting forms are limited, and suggested that the force should consider joining the national Single Online Home platform. The force estimates that joining would cost £420,000 over three years. The Chief Constable and I have agreed to review this in 2026, once the force's new command and control system is in place. For this reason I have noted rather than accepted this area for improvement.

Area for improvement 6: keeping callers informed when attendance is delayed. Accepted. The force now sends a text message to callers whose attendance is delayed by more than one hour, with an update and a reference number.

Area for improvement 7: quality assurance of incident closures. Accepted. The Contact Quality Team will also review a sample of closed incidents each month.

## 5. Oversight

I will oversee the force's progress in the following ways:

- Contact management will be a standing item at my quarterly Police and Crime Commissioner's Scrutiny Board, starting on 13 March 2025.
- My Public Contact Survey will be repeated in autumn 2025, so that I can see whether the public's experience has improved.
- I will report progress to the Durham Police and Crime Panel on 6 March 2025 and again in September 2025.

I will also ask my Independent Advisory Group on Victims to review the force's text message updates, to make sure they are clear and helpful.

## 6. Comments of the Chief Constable

The Chief Constable has asked me to include the following comments:

"We accept the inspectorate's findings and we have acted quickly on them. Our 999 call answering has improved significantly since the inspection and our 101 call-back service is working well. There is more to do, and I am committed to making sure that everyone who contacts Durham Constabulary gets a prompt and professional response."

## 7. Conclusion

The report recognised that the force's call handlers are committed and that they treat callers with respect. I want to thank them for their work, which is often difficult and demanding. With the additional call handlers and supervisors, and the changes the force has made since the inspection, I am confident that the public will see a better service.

Aidan Whitfield
Police and Crime Commissioner for Durham
10 February 2025

Annex: Summary of actions

!actiontable
"""

ACTION_TABLE = [
    ("Item", "Response", "Lead", "Target date", "Status (February 2025)"),
    (
        "Recommendation 1 - 999 answering",
        "Accepted",
        "Supt Gillian Ashworth",
        "31 March 2025",
        "On track",
    ),
    (
        "Recommendation 2 - 101 abandonment and call-back",
        "Accepted",
        "Supt Gillian Ashworth",
        "30 June 2025",
        "On track",
    ),
    (
        "Recommendation 3 - vulnerability and repeat caller checks",
        "Accepted",
        "Ch Insp Owen Ridley",
        "30 June 2025",
        "In progress",
    ),
    (
        "Recommendation 4 - attendance at immediate incidents",
        "Accepted",
        "Ch Supt Lee Harland",
        "30 September 2025",
        "In progress",
    ),
    (
        "AFI 1 - call handler training",
        "Accepted",
        "Supt Gillian Ashworth",
        "October 2024",
        "Complete",
    ),
    ("AFI 2 - staff wellbeing", "Accepted", "Supt Gillian Ashworth", "June 2025", "In progress"),
    ("AFI 3 - supervisor numbers", "Accepted", "Supt Gillian Ashworth", "June 2025", "In progress"),
    ("AFI 4 - live chat", "Accepted", "Head of Digital", "Summer 2025", "In progress"),
    ("AFI 5 - online reporting", "Noted", "Head of Digital", "Review in 2026", "Deferred"),
    (
        "AFI 6 - updates on delayed attendance",
        "Accepted",
        "Ch Insp Owen Ridley",
        "January 2025",
        "Complete",
    ),
    (
        "AFI 7 - incident closure quality assurance",
        "Accepted",
        "Ch Insp Owen Ridley",
        "April 2025",
        "In progress",
    ),
]
