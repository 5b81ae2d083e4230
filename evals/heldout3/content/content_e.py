# Content for thames-valley-custody-inspection-2024.pdf (fictional joint HMIP/HMICFRS custody report)
TITLE = "Report on an unannounced inspection visit to police custody suites in Thames Valley Police"
# The text is split in three parts: one-column front matter, two-column body, one-column back matter.
FRONT = r"""
# Introduction

This report describes our findings following an unannounced inspection of police custody suites in Thames Valley Police. The inspection was carried out jointly by His Majesty's Inspectorate of Prisons (HMI Prisons) and His Majesty's Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS), as part of our programme of inspections of police custody in England and Wales. These inspections contribute to the United Kingdom's response to its international obligation to ensure regular independent inspection of places of detention.

Thames Valley Police is one of the largest non-metropolitan forces in England. It covers the counties of Berkshire, Buckinghamshire and Oxfordshire, and the city of Milton Keynes. At the time of our inspection, the force had seven designated custody suites, at Abingdon, Aylesbury, Banbury, High Wycombe, Loddon Valley, Milton Keynes and Newbury, with a total of 194 cells. The suite at Newbury was used as a reserve suite and opened only when demand required it.

We last inspected custody in Thames Valley in March 2019. Since then, the force has reorganised its criminal justice department, replaced its custody IT system and refurbished the suites at Aylesbury and High Wycombe. We found that the force's leaders were committed to providing safe and respectful custody, and that most custody staff were caring and professional in their dealings with detainees.

However, we found two causes of concern. The first related to the use of strip searching. In the year before our inspection, 1,207 detainees were strip searched, and 46 of them were children. The force could not show us that all of these searches were justified, and in 7 of the 46 cases involving children, the records did not show that an appropriate adult had been present. The second cause of concern related to health care. The force's health care provider did not have enough staff, and detainees often waited too long to see a health care professional or to receive their medication.

We also identified 12 areas for improvement. These include the poor provision of alternative accommodation for children who are charged and refused bail, weaknesses in the recording and oversight of use of force, and inconsistent pre-release risk assessments.

We expect the force to produce an action plan in response to the recommendations and areas for improvement in this report.

Dr Harriet Pellow, HM Deputy Chief Inspector of Prisons
Samuel Thirlwell, HM Inspector of Constabulary
April 2024

# Fact page

## Force

Thames Valley Police

## Police and crime commissioner

Police and Crime Commissioner for Thames Valley

## Geographical area

Berkshire, Buckinghamshire, Milton Keynes and Oxfordshire

## Date of last police custody inspection

March 2019

## Custody suites

!suites

## Custody statistics

The following figures were provided by the force and relate to the period 1 October 2022 to 30 September 2023.

!stats

# Section 1. Summary

## Our expectations

Our inspections of police custody are carried out against the Expectations for police custody, which set out the standards we expect forces to meet. The expectations are grouped into five areas. The table below summarises our assessment of the force against each area.

!expectations

## Causes of concern and recommendations

Cause of concern 1: Strip searching. The force could not demonstrate that all strip searches were necessary and proportionate. The reasons recorded for many searches were generic, oversight was weak, and the records for 7 of the 46 children who were strip searched did not show that an appropriate adult had been present.

Recommendation 1: The force should make sure that every strip search is necessary and proportionate and that the reasons for it are fully recorded, that an appropriate adult is present whenever a child is strip searched, and that there is effective oversight of the use of strip search.

Cause of concern 2: Health care. The health care provider did not have enough staff to meet demand. Detainees waited an average of 2 hours and 47 minutes to see a health care professional, and some waited many hours for prescribed medication.

Recommendation 2: The force and its health care provider should make sure that there are enough health care professionals to see detainees promptly, and that detainees receive their prescribed medication without delay.

## Areas for improvement

We identified 12 areas for improvement. They are listed in section 7 of this report.

## Notable positive practice

We found the following examples of notable positive practice:

- Custody Voice, a scheme in which detainees are given a leaflet with a QR code on release so that they can give anonymous feedback about their treatment, which is reviewed every month by the custody senior leadership team;
- youth custody officers at Milton Keynes and Loddon Valley, who are trained detention officers responsible for the care of every child in the suite during their shift; and
- the force's use of a custody-based drug and alcohol worker, funded by the police and crime commissioner, at all operational suites.
"""

BODY = r"""
# Section 2. Leadership, accountability and partnerships

## Leadership

The assistant chief constable for criminal justice, Fiona Mardell, had strategic responsibility for custody. Day-to-day management was the responsibility of the head of criminal justice, Chief Superintendent Grant Ollerton, supported by a custody superintendent and a team of custody inspectors. Leaders were visible in the suites and staff told us they felt supported.

The force had a custody strategy for 2023 to 2026, which set out clear priorities, including reducing the time detainees spend in custody and improving the treatment of children. But the strategy had not been updated to reflect the rising demand on custody, and some of its actions had no owner or deadline.

## Staffing

Custody was mainly staffed by police sergeants and detention officers. At the time of our inspection, there were 19 vacant detention officer posts across the force. Vacancies were filled by overtime and by redeploying response officers, which sometimes left suites short-staffed at busy times. On one evening during our inspection, the suite at Loddon Valley had only two detention officers for 26 detainees.

## Performance and oversight

The force collected a wide range of data about custody. But it did not use the data well to understand its performance. It could not easily tell us how many detainees of each ethnic group had been strip searched or had force used on them, and it did not analyse its data to identify disproportionality. Data about use of force in custody was incomplete (see section 4). This is an area for improvement.

The force's custody scrutiny meeting, chaired by the assistant chief constable, met every quarter. The independent custody visitors scheme, run by the office of the police and crime commissioner, was well organised and its volunteers visited the suites regularly.

## Partnerships

The force worked well with health and social care partners on mental health, and no children had been taken into custody as a place of safety under the Mental Health Act 1983 in the year before our inspection. Only two adults had been held in custody as a place of safety, both in exceptional circumstances.

But partnership working with local authorities on children who were charged and refused bail was weak. There are nine local authorities with responsibility for children's services in the Thames Valley. In the year before our inspection, 61 children were charged and refused bail, and local authorities provided alternative accommodation for only 3 of them. The remaining 58 children stayed in police custody overnight until their court appearance. The force had raised the issue with local authorities, but there was no joint protocol or escalation process. This is an area for improvement.

# Section 3. Pre-custody: first point of contact

Officers generally made appropriate decisions about whether to arrest, and we saw good use of voluntary attendance as an alternative to arrest for some low-level offences. In the year before our inspection, the force carried out 9,412 voluntary interviews.

However, there were missed opportunities to divert vulnerable people away from custody. Officers did not always consider alternatives to arrest for people with mental ill health or learning disabilities, or for older people. Custody sergeants did not always challenge arresting officers about the necessity of the arrest. This is an area for improvement.

The number of people detained in custody had increased by 11 percent since our last inspection, and there were frequent queues at the busiest suites. Arresting officers and detainees sometimes waited in vans or in the holding area for more than an hour before being booked in.

# Section 4. In the custody suite: booking in, individual needs and legal rights

## Respect

Most custody staff treated detainees with respect, and we saw many examples of patient and caring interactions with detainees who were distressed or intoxicated. The refurbished suites at Aylesbury and High Wycombe were in good condition.

Privacy at the booking-in desks was poor in some suites. At Loddon Valley and Aylesbury, the booking-in desks were close together, and detainees could be overheard when they disclosed personal information, including about their health. This is an area for improvement.

## Safety

Custody sergeants completed risk assessments for all detainees. But the quality of risk assessments was inconsistent. In 14 of the 50 custody records we reviewed, not all of the risk assessment questions had been asked, or the answers had not been recorded fully. Observation levels were not always reviewed when new risks emerged. This is an area for improvement.

## Use of force

In the year before our inspection, the force recorded 1,964 incidents in which force was used in custody. But the records were incomplete. We reviewed CCTV footage of 30 incidents and found that a use of force form had been completed in only 58 percent of them. Some of the force we saw was not justified or proportionate, including the removal of clothing from a detainee who was not resisting. The force did not routinely review CCTV footage of use of force incidents. This is an area for improvement.

## Strip searching

In the year before our inspection, 1,207 detainees were strip searched, which is 4.1 percent of all detainees. Of these, 46 were children. We reviewed the records of 60 strip searches of adults and all 46 strip searches of children. In 31 of the 60 adult records, the reason given for the search was generic, such as 'for the safety of the detainee' or 'risk of concealment', and did not explain why a search was necessary in that case. Strip searches were authorised by custody sergeants, and there was no further oversight. In 7 of the 46 searches of children, the records did not show that an appropriate adult had been present. This is a cause of concern (see recommendation 1).

## Individual needs

Detainees' diverse needs were generally met. Interpretation services were used well, but in some cases telephone interpretation was used for the booking-in process when face-to-face interpretation would have been more appropriate. Women detainees were offered the opportunity to speak to a female member of staff, and menstrual products were available.

## Legal rights and time in custody

Detainees were told about their legal rights, and legal advice was easy to access. The average time a detainee spent in custody was 14 hours and 22 minutes. Children spent an average of 11 hours and 5 minutes in custody. Immigration detainees waited too long to be collected: they spent an average of 31 hours in custody, and some waited for more than three days. This is an area for improvement.

Reviews of detention under the Police and Criminal Evidence Act 1984 (PACE) were carried out on time. But many were carried out remotely by telephone or video, and detainees were often not told that a review had taken place because they were asleep. This is an area for improvement.

# Section 5. In the custody cell: safeguarding and health care

## Physical environment

Most cells were clean, but some cells at Banbury and Abingdon had graffiti and potential ligature points, which had not been identified in the force's regular checks. Toilet areas in some cells were not obscured on CCTV monitors. This is an area for improvement.

## Detainee care

Detainees were offered food and drinks regularly, and most of the food met detainees' dietary needs. But few detainees were offered a shower, exercise or reading material, even when they were held for more than 24 hours. Cell call bells were usually answered promptly, but in 16 of the 112 activations we observed, the call bell was not answered within two minutes. This is an area for improvement.

## Safeguarding

Custody staff made appropriate safeguarding referrals for children and vulnerable adults. Appropriate adults were usually called promptly for children during the day, but the service was patchy overnight, and some children waited until the morning for an appropriate adult to arrive.

## Health care

Health care was provided under contract by Halcyon Custody Health. Health care professionals were based in or allocated to each suite. But the provider had not been able to recruit enough staff. In the three months before our inspection, 22 percent of health care shifts at Milton Keynes and Loddon Valley were not filled. Detainees waited an average of 2 hours and 47 minutes to see a health care professional. Some detainees who needed prescribed medication, including for opiate dependency, waited many hours to receive it. The provider and the force had identified the problem, but their actions had not yet been effective. This is a cause of concern (see recommendation 2).

Liaison and diversion services were available in all suites from 8am to 8pm, seven days a week, and they saw many vulnerable detainees. A drug and alcohol worker, funded by the police and crime commissioner, was available at all operational suites.

# Section 6. Release and transfer from custody

Detainees were released in a safe and timely way in most cases. But pre-release risk assessments were not always completed properly, and in some cases they did not consider risks that had been identified during the detainee's time in custody, such as self-harm. Vulnerable detainees were not always offered help to get home safely. This is an area for improvement.

Detainees who were due to appear in court were usually transferred promptly, although some were held in custody over the weekend when courts did not sit on Saturdays.
"""

BACK = r"""
# Section 7. Summary of causes of concern, recommendations and areas for improvement

## Causes of concern and recommendations

Cause of concern 1 and recommendation 1: strip searching (see section 4).

Cause of concern 2 and recommendation 2: health care (see section 5).

## Areas for improvement

We identified the following 12 areas for improvement.

- Area for improvement 1: The force should make better use of its custody data, including data about detainees' protected characteristics, to understand its performance and identify disproportionality.
- Area for improvement 2: The force should work with local authorities to make sure that children who are charged and refused bail are moved to alternative accommodation.
- Area for improvement 3: The force should make sure that officers consider alternatives to arrest for vulnerable people, and that custody sergeants challenge the necessity of arrest.
- Area for improvement 4: The force should improve privacy at the booking-in desks at Loddon Valley and Aylesbury.
- Area for improvement 5: The force should make sure that risk assessments are completed fully and that observation levels are reviewed when new risks emerge.
- Area for improvement 6: The force should make sure that every use of force in custody is recorded, justified and reviewed, including through the routine review of CCTV footage.
- Area for improvement 7: The force should reduce the time immigration detainees spend in custody.
- Area for improvement 8: The force should make sure that detainees are told about PACE reviews, and that reviews are carried out in person wherever possible.
- Area for improvement 9: The force should remove graffiti and ligature points from cells, and make sure that toilet areas are obscured on CCTV monitors.
- Area for improvement 10: The force should make sure that detainees held for long periods are offered a shower, exercise and reading material, and that cell call bells are answered within two minutes.
- Area for improvement 11: The force should make sure that an appropriate adult is available for children at all times, including overnight.
- Area for improvement 12: The force should make sure that pre-release risk assessments take account of all the risks identified during a detainee's time in custody, and that vulnerable detainees are helped to get home safely.

# Appendix I: Progress on recommendations from the last report

Our last inspection of custody in Thames Valley, in March 2019, made one recommendation and 15 areas for improvement. We found that the recommendation, which related to the governance of the use of force, had been partially achieved. Of the 15 areas for improvement, 8 had been achieved, 4 had been partially achieved and 3 had not been achieved.

# Appendix II: Methodology and inspection team

This inspection was carried out between 15 and 26 January 2024. We visited all six operational suites, and the reserve suite at Newbury, at different times of the day and night. We observed custody processes, reviewed 50 custody records in detail, reviewed strip search records and CCTV footage of use of force incidents, interviewed staff and detainees, and examined force documents and data. We also held a survey of custody staff.

!team
"""

SUITES = [
    ("Suite", "Number of cells"),
    ("Abingdon", "24"),
    ("Aylesbury", "30"),
    ("Banbury", "20"),
    ("High Wycombe", "32"),
    ("Loddon Valley", "36"),
    ("Milton Keynes", "36"),
    ("Newbury (reserve)", "16"),
    ("Total", "194"),
]
STATS = [
    ("Measure", "Figure"),
    ("Number of detainees", "29,614"),
    ("Detainees aged 10 to 17", "1,388"),
    ("Detainees strip searched", "1,207 (4.1%)"),
    ("Children strip searched", "46"),
    ("Average time in custody (all detainees)", "14 hours 22 minutes"),
    ("Average time in custody (children)", "11 hours 5 minutes"),
    ("Immigration detainees", "604"),
    ("Recorded use of force incidents in custody", "1,964"),
    ("Children charged and refused bail", "61"),
    ("Children moved to local authority accommodation", "3"),
    ("Adults held under section 136 of the Mental Health Act", "2"),
    ("Voluntary interviews", "9,412"),
]
EXPECTATIONS = [
    ("Expectation area", "Summary of our findings", "Assessment"),
    ("Leadership, accountability and partnerships", "Committed leaders and a clear strategy, but weak use of data and poor partnership working on children refused bail", "Reasonably good"),
    ("Pre-custody: first point of contact", "Good use of voluntary attendance; missed opportunities to divert vulnerable people", "Reasonably good"),
    ("In the custody suite: booking in, individual needs and legal rights", "Respectful treatment, but poor oversight of strip search and use of force", "Not sufficiently good"),
    ("In the custody cell: safeguarding and health care", "Clean cells in most suites; long waits for health care and medication", "Not sufficiently good"),
    ("Release and transfer from custody", "Timely release, but inconsistent pre-release risk assessments", "Reasonably good"),
]
TEAM = [
    ("Name", "Role"),
    ("Dr Harriet Pellow", "HM Deputy Chief Inspector of Prisons"),
    ("Samuel Thirlwell", "HM Inspector of Constabulary"),
    ("Lorna Castellano", "Team leader, HMI Prisons"),
    ("David Fenwick-Hale", "Inspector, HMICFRS"),
    ("Priya Banerjee", "Health services inspector, HMI Prisons"),
    ("Oliver Strand", "Researcher, HMI Prisons"),
]
