# Content for thames-valley-pcc-response-custody-2024.docx (fictional)
TITLE = "Thames Valley Police and Crime Commissioner: response to the HMI Prisons and HMICFRS inspection of police custody in Thames Valley Police"
TEXT = r"""
# Response of the Police and Crime Commissioner for Thames Valley

## Joint inspection of police custody suites in Thames Valley Police (HMI Prisons and HMICFRS)

Date: 11 July 2024

Inspection report published: 16 May 2024

From: Ashley Fairbrother, Police and Crime Commissioner for Thames Valley

To: His Majesty's Chief Inspector of Constabulary; His Majesty's Chief Inspector of Prisons

## Introduction

I welcome the joint report of His Majesty's Inspectorate of Prisons and His Majesty's Inspectorate of Constabulary and Fire & Rescue Services on police custody in the Thames Valley, which was published on 16 May 2024 following an unannounced inspection in January 2024.

Custody is one of the most sensitive areas of policing. People in custody have been deprived of their liberty, and many of them are vulnerable because of their age, their mental or physical health, or drug or alcohol use. The public is entitled to expect that everyone held in police custody in the Thames Valley is treated safely, fairly and with dignity, and I take my responsibility to scrutinise custody seriously.

I am pleased that the inspectors found committed leadership and caring, professional custody staff, and that they recognised three examples of notable positive practice, including the custody drug and alcohol workers that my office funds. But the report also identified two causes of concern, about strip searching and health care, and 12 areas for improvement. These are serious findings. I have discussed them in detail with the Chief Constable, Eleanor Brightwell, and I have made clear that I expect rapid progress.

## My role in the scrutiny of custody

As Police and Crime Commissioner, I am required by law to hold the Chief Constable to account for the totality of policing in the Thames Valley, and that includes the way in which people are treated in police custody. I am also required, under section 51 of the Police Reform Act 2002, to maintain an independent custody visiting scheme. Independent custody visitors are local volunteers who make unannounced visits to custody suites to check on the welfare of detainees and the conditions in which they are held, and who report their findings to my office.

Although this was a joint inspection by two inspectorates, rather than a report under the PEEL programme, I have chosen to publish a formal response to it, in the same way as I would for any other HMICFRS report about Thames Valley Police. I have also shared this response with the Thames Valley Police and Crime Panel.

## The inspection in brief

The inspectors visited all six operational custody suites, at Abingdon, Aylesbury, Banbury, High Wycombe, Loddon Valley and Milton Keynes, and the reserve suite at Newbury, between 15 and 26 January 2024. They observed custody processes at different times of the day and night, reviewed custody records, strip search records and CCTV footage, and spoke to detainees and staff.

The inspectors assessed the force against the five areas of the Expectations for police custody. They found that three areas were reasonably good: leadership, accountability and partnerships; pre-custody; and release and transfer from custody. They found that two areas were not sufficiently good: the custody suite, which covers booking in, individual needs and legal rights; and the custody cell, which covers safeguarding and health care.

The report also records that the force has made progress since the last custody inspection in 2019, when the inspectorates made one recommendation, on the governance of use of force, which they now consider partially achieved.

## Strip searching

I was particularly concerned by the findings on strip searching. The inspectors found that 1,207 people, 46 of them children, were strip searched in custody in the year before the inspection, and that the force could not show that all of these searches were justified. Most concerning of all, in 7 of the cases involving children the records did not show that an appropriate adult was present.

Strip searching is one of the most intrusive things the police can do. It must only ever be carried out when it is necessary and proportionate, and a child must never be strip searched without an appropriate adult present except in the most urgent circumstances permitted by law.

The force has committed to the following:

- from 1 June 2024, every strip search in custody must be authorised by an officer of at least the rank of inspector, who must record the reason the search is necessary;
- every strip search of a child will be reviewed by the custody superintendent within 24 hours;
- custody inspectors will dip sample 20 strip search records every month and report their findings to the custody scrutiny meeting;
- strip search data, broken down by age, sex and ethnicity, will be published on the force's website every quarter from October 2024;
- all custody sergeants and detention officers will complete refresher training on strip searching by 30 September 2024; and
- the independent custody visitors scheme will review a sample of strip search records every quarter, starting in the second quarter of 2024/25.

I support these commitments. I have asked the Chief Constable to report to me on their implementation at my Performance and Accountability Meeting in October 2024.

^Independent custody visitors

My office runs the independent custody visitors scheme. Our 52 volunteers made 611 unannounced visits to the force's custody suites in 2023/24, and they spoke to more than 2,300 detainees. I have asked the scheme's coordinator to extend the visitors' role so that, in addition to their visits, they review anonymised strip search records each quarter and report their findings to me. I believe this will provide an important independent check on the use of strip search.

## Health care

The inspectors found that the health care provider did not have enough staff, and that detainees waited an average of 2 hours and 47 minutes to see a health care professional. This is not acceptable.

The contract for custody health care is held by the force. The force issued a formal improvement notice to the provider, Halcyon Custody Health, on 4 March 2024, following the initial feedback from the inspectors. The provider has agreed an improvement plan, which includes recruiting nine additional health care professionals by September 2024 and a target that every detainee who asks to see a health care professional should be seen within 90 minutes.

The current contract ends on 31 March 2026. The force has begun work to re-tender the contract, and I have asked to be represented on the panel that evaluates the bids.

## Children in custody

The inspectors found that only 3 of the 61 children who were charged and refused bail in the year before the inspection were moved to local authority accommodation. The other 58 spent the night in a police cell. Children should not be held in police cells overnight when there is an alternative.

The solution to this problem does not lie with the police alone. There are nine local authorities with responsibility for children's services in the Thames Valley, and each has a statutory duty to provide accommodation for children who are refused bail. On 3 June 2024, I convened a meeting of the directors of children's services of all nine authorities, with the Chief Constable, to agree how we can work together to improve this. We agreed to develop a joint Thames Valley protocol on the transfer of children from police custody, and to establish a quarterly review of every case in which a child is held overnight.

The inspectors also found that appropriate adults were not always available for children overnight. I have agreed to provide £74,000 to fund a 12-month pilot of an overnight appropriate adult service, starting on 1 September 2024. I will decide whether to continue the service once the pilot has been evaluated.

## Use of force and custody data

The inspectors found that a use of force form had been completed for only 58 percent of the incidents whose CCTV footage they reviewed, and that the force could not easily tell them how many detainees from each ethnic group had been strip searched or had force used on them. Without complete and accurate data, neither the force nor I can be confident that powers are being used fairly.

The force has told me that, from September 2024, custody inspectors will review CCTV footage of a sample of use of force incidents each week, and that a new custody performance dashboard, including data on protected characteristics, will be available to the custody scrutiny meeting from January 2025. I will ask my office to review the dashboard before it is used, to make sure that it gives us the information we need.

## Immigration detainees

The inspectors found that immigration detainees spent an average of 31 hours in police custody, and that some waited more than three days to be collected. Police cells are not designed for stays of this length. The transport and collection of immigration detainees is the responsibility of the Home Office and its contractors, not the force, so this is not a problem the force can solve on its own. I have written to the Home Office to ask what it will do to reduce these delays, and I will share its reply with the Police and Crime Panel.

## Comments of the Chief Constable

The Chief Constable has asked me to include the following comments:

"I welcome this report and I accept its findings. I am pleased that the inspectors saw the care and professionalism that our custody staff show every day, often in very difficult circumstances. But I recognise that on strip searching and health care we have not met the standards that detainees are entitled to expect, and we acted straight away. Inspector authorisation for every strip search has been in place since 1 June 2024, and we have issued a formal improvement notice to our health care provider. I am committed to making sure that every person who comes into our custody is treated safely and with dignity."

Eleanor Brightwell, Chief Constable, Thames Valley Police

## Areas for improvement

The force has accepted all 12 areas for improvement and has included them in its custody improvement plan, which is overseen by the Assistant Chief Constable for criminal justice, Fiona Mardell. The table below summarises the force's progress on the recommendations and areas for improvement as at 30 June 2024.

!progress

## Summary of funding from my office

To support the force's response to the report, my office will provide:

- £74,000 for a 12-month pilot of an overnight appropriate adult service for children, from 1 September 2024;
- continued funding for the custody drug and alcohol workers at all operational suites, which the inspectors identified as notable positive practice; and
- additional coordinator time for the independent custody visitors scheme, so that visitors can review strip search records every quarter.

I have not provided additional funding for health care. The health care contract is held by the force and is funded from its budget, and I expect the provider to meet the terms of the contract it has signed.

## Mental health and vulnerability

I was pleased that the inspectors found that no children had been taken into custody as a place of safety under the Mental Health Act 1983 in the year before the inspection, and that only two adults had been held in this way. This reflects many years of joint work between the force, the NHS and local authorities, which my office has supported. It is important that this progress is maintained.

However, the inspectors also found that officers did not always consider alternatives to arrest for people with mental ill health or learning disabilities, or for older people. I have asked the force to work with the liaison and diversion service to make sure that officers have the information and options they need to divert vulnerable people away from custody where that is appropriate.

## Next steps

Over the coming months I will:

- receive a report from the Chief Constable on the implementation of the strip search commitments at my Performance and Accountability Meeting in October 2024;
- ask the independent custody visitors scheme to report its first quarterly review of strip search records to me by the end of 2024;
- evaluate the overnight appropriate adult pilot before deciding whether to continue funding it; and
- take part in the evaluation of bids for the new custody health care contract.

## Conclusion

I am grateful to the inspectors for a thorough and constructive report. I am confident that the Chief Constable and her team are taking the findings seriously, and I will continue to scrutinise the force's progress closely, through my Performance and Accountability Meetings, through the independent custody visitors scheme and through the force's custody scrutiny meeting, which my office attends. I will publish a further update on the force's progress by the end of January 2025.

Ashley Fairbrother

Police and Crime Commissioner for Thames Valley

11 July 2024

# Annex: Glossary

## Appropriate adult

A parent, guardian, social worker or trained volunteer who must be present to support a child or vulnerable adult during certain police procedures, including a strip search, except in urgent circumstances permitted by law.

## Independent custody visitor

A volunteer, appointed by the Police and Crime Commissioner, who makes unannounced visits to police custody suites to check on the welfare of detainees.

## PACE review

A review of a detainee's continued detention, which must be carried out by an officer of at least the rank of inspector at set intervals under the Police and Criminal Evidence Act 1984.

## Strip search

A search involving the removal of more than a detainee's outer clothing. Strip searches are governed by Code C of the Police and Criminal Evidence Act 1984 codes of practice.
"""

PROGRESS = [
    ("Ref", "Issue", "Lead", "Status at 30 June 2024"),
    ("Recommendation 1", "Strip searching: inspector authorisation, superintendent review of searches of children, monthly dip sample", "Chief Superintendent Grant Ollerton", "On track - inspector authorisation in place from 1 June 2024"),
    ("Recommendation 2", "Health care staffing and access to medication", "ACC Fiona Mardell", "At risk - recruitment of nine health care professionals behind plan"),
    ("AFI 1", "Use of custody data and disproportionality", "Chief Superintendent Grant Ollerton", "On track"),
    ("AFI 2", "Alternative accommodation for children refused bail", "ACC Fiona Mardell", "On track - joint protocol in development"),
    ("AFI 3", "Alternatives to arrest for vulnerable people", "Chief Superintendent Grant Ollerton", "Not started"),
    ("AFI 4", "Privacy at booking-in desks", "Custody Superintendent", "Complete - screens installed at Loddon Valley and Aylesbury"),
    ("AFI 5", "Risk assessments and observation levels", "Custody Superintendent", "On track"),
    ("AFI 6", "Use of force recording and CCTV review", "Chief Superintendent Grant Ollerton", "On track"),
    ("AFI 7", "Time immigration detainees spend in custody", "ACC Fiona Mardell", "At risk - depends on Home Office transport contract"),
    ("AFI 8", "PACE reviews", "Custody Superintendent", "On track"),
    ("AFI 9", "Graffiti, ligature points and CCTV of toilet areas", "Custody Superintendent", "Complete"),
    ("AFI 10", "Showers, exercise, reading material and call bells", "Custody Superintendent", "On track"),
    ("AFI 11", "Overnight appropriate adults", "OPCC and Chief Superintendent Grant Ollerton", "On track - PCC-funded pilot from 1 September 2024"),
    ("AFI 12", "Pre-release risk assessments", "Custody Superintendent", "On track"),
]
