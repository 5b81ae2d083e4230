# Content for north-wales-sex-offender-management-inspection-2025.pdf (fictional: all people, figures and programmes invented)
TITLE = "A joint inspection of the management of registered sex offenders in North Wales"

FRONT = r"""
# About this joint inspection

This is a joint inspection by His Majesty's Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS) and His Majesty's Inspectorate of Probation. It examines how well North Wales Police, working with the Probation Service in Wales and other partners under the multi-agency public protection arrangements (MAPPA), manages registered sex offenders (RSOs) living in the community.

We carried out fieldwork between 12 and 23 May 2025. We interviewed 68 officers, staff and partners, held 9 focus groups, inspected 90 RSO case files, observed MAPPA level 2 and level 3 meetings, and accompanied offender managers on 11 home visits. Unless we say otherwise, figures in this report are as at 1 April 2025.

The inspection was commissioned at the request of the North Wales Police and Crime Commissioner, following a serious case review in 2024 into offending by a registered sex offender in Wrexham. We do not comment on that case.

# Summary

North Wales Police has a committed and experienced management of sexual or violent offenders (MOSOVO) team, which works well with probation colleagues. MAPPA arrangements are sound, and the highest-risk offenders are generally well managed.

However, the force does not have enough offender managers to manage the number of RSOs it is responsible for. As a result, risk assessments and home visits are often late. On 1 April 2025, 214 active risk management system (ARMS) assessments were overdue. We consider this a cause of concern.

We also found that the force's use of digital device monitoring is underdeveloped, that breaches of sexual harm prevention orders (SHPOs) are not always acted on promptly, and that information sharing with Welsh local authorities is inconsistent.

The force has recognised many of these problems. In March 2025, it launched Project Gwarchod, an improvement plan for the MOSOVO team led by Detective Superintendent Carys Meredith. We were encouraged by it, but it is at an early stage.

We have identified one cause of concern, with three recommendations, and six areas for improvement.

# Fact page

!facts

"""

BODY = r"""
# Findings

## Demand

On 1 April 2025, North Wales Police was responsible for managing 1,146 RSOs in the community. This number has grown by 23 percent since 2020. Of these, 14 were assessed as very high risk of serious harm, 121 as high risk, 389 as medium risk and 622 as low risk.

The force manages RSOs through three area teams: Western (Gwynedd and Anglesey), Central (Conwy and Denbighshire) and Eastern (Flintshire and Wrexham). The Eastern team has the highest caseload.

!caseload

## Capacity of the MOSOVO team

The MOSOVO team had an establishment of 38 offender managers, but on 1 April 2025 only 31 were in post. Average caseload was 37 RSOs per offender manager, against the force's own guideline of 30. In the Eastern area, it was 44.

!staffing

Offender managers told us that they felt they were "always catching up". Several had postponed annual leave. Sickness absence in the team averaged 16.4 days a year.

## Risk assessment and home visits

Every RSO should have an ARMS assessment, which identifies the factors that may make them more likely to reoffend and the protective factors that may help them to stop. Assessments should be reviewed at set intervals and whenever there is a significant change.

On 1 April 2025, 214 ARMS assessments (19 percent) were overdue. 171 RSOs had not had a home visit within the required timescale. In 12 of the 90 cases we inspected, the overdue assessment related to an RSO assessed as high or very high risk.

!overdue

Cause of concern: North Wales Police is not completing risk assessments and home visits for registered sex offenders within required timescales. This means the force cannot be confident it understands, or is managing, the risk that some RSOs pose to the public.

Recommendation 1: Within three months, North Wales Police should prioritise overdue ARMS assessments according to risk, starting with RSOs assessed as high or very high risk.

Recommendation 2: Within six months, North Wales Police should make sure it has enough trained offender managers to complete ARMS assessments and home visits on time.

Recommendation 3: Within six months, North Wales Police should introduce supervisory oversight of overdue assessments and visits, reported monthly to a chief officer.

## Unannounced visits

Unannounced visits are an important way of checking whether an RSO is complying with notification requirements. Only 8 percent of home visits in 2024/25 were unannounced, compared with 25 percent in 2021/22.

## Digital device monitoring

Many RSOs commit offences online. Offender managers should be able to examine RSOs' devices using specialist software. In North Wales, only four offender managers had been trained to use device examination software, and the force had five licences. Examinations were carried out in 21 percent of cases where they were indicated.

AFI 1: The force should train more offender managers in digital device examination and make sure devices are examined whenever the ARMS assessment indicates it.

## Breaches of orders

In 2024/25 the force recorded 58 breaches of SHPOs. In 17 of those, it took more than seven days to arrest or interview the RSO.

AFI 2: The force should make sure that suspected breaches of SHPOs and notification requirements are acted on promptly and consistently.

## Working with probation and partners

Joint working between offender managers and probation practitioners was good. Joint visits were common for MAPPA category 1 offenders supervised by probation. MAPPA level 2 and level 3 meetings were well attended and well chaired.

Information sharing with the six local authorities was inconsistent. Two local authorities did not routinely tell the force when an RSO applied for housing.

AFI 3: The force should agree an information-sharing protocol with all six local authorities, covering housing applications and children's services.

AFI 4: The force and the Probation Service should make sure that joint risk management plans are recorded on both ViSOR and probation systems.

## Welsh language

The force offered ARMS assessments in Welsh, and 41 RSOs had chosen to be managed in Welsh. But only five offender managers were fluent Welsh speakers.

AFI 5: The force should make sure it can meet RSOs' and victims' preference to communicate in Welsh.

## Wellbeing

AFI 6: The force should improve the wellbeing support available to MOSOVO staff, including regular psychological screening.

## Project Gwarchod

Project Gwarchod has four workstreams: recruitment, risk prioritisation, digital capability and partnership. The force told us it planned to fill all seven vacant offender manager posts by December 2025. It had also moved two detective sergeants into the team as temporary supervisors. We will monitor its progress.

"""

BACK = r"""
# Appendix A: Summary of cause of concern, recommendations and AFIs

!recsummary

# Appendix B: Inspection team

!team

This report is published by HMICFRS and HM Inspectorate of Probation. It is available in Welsh and English. (c) Crown copyright 2025.
"""

FACTS = [
    ("Measure", "North Wales"),
    ("Registered sex offenders in the community", "1,146"),
    ("Increase since 2020", "23%"),
    ("Very high or high risk RSOs", "135"),
    ("Offender managers in post / establishment", "31 / 38"),
    ("Average caseload per offender manager", "37"),
    ("Overdue ARMS assessments", "214 (19%)"),
    ("Overdue home visits", "171"),
    ("SHPO breaches recorded, 2024/25", "58"),
    ("Unannounced home visits, 2024/25", "8%"),
]

CASELOAD = [
    ("Area", "RSOs", "Managers", "Caseload"),
    ("Western", "298", "9", "33"),
    ("Central", "320", "10", "32"),
    ("Eastern", "528", "12", "44"),
    ("Total", "1,146", "31", "37"),
]

STAFFING = [
    ("Role", "Establishment", "In post"),
    ("Detective inspector", "1", "1"),
    ("Detective sergeant", "4", "4"),
    ("Offender manager", "38", "31"),
    ("Researcher", "3", "2"),
]

OVERDUE = [
    ("Risk level", "Overdue ARMS", "Overdue visits"),
    ("Very high", "2", "1"),
    ("High", "19", "14"),
    ("Medium", "88", "61"),
    ("Low", "105", "95"),
    ("Total", "214", "171"),
]

RECSUMMARY = [
    ("Item", "Summary", "Timescale"),
    ("Cause of concern", "Risk assessments and home visits not completed on time", "-"),
    ("Recommendation 1", "Prioritise overdue ARMS assessments by risk", "Three months"),
    ("Recommendation 2", "Enough trained offender managers", "Six months"),
    ("Recommendation 3", "Supervisory oversight, reported monthly to a chief officer", "Six months"),
    ("AFI 1", "Digital device examination", "-"),
    ("AFI 2", "Prompt action on SHPO breaches", "-"),
    ("AFI 3", "Information-sharing protocol with local authorities", "-"),
    ("AFI 4", "Joint risk management plans on ViSOR and probation systems", "-"),
    ("AFI 5", "Welsh language", "-"),
    ("AFI 6", "Wellbeing support for MOSOVO staff", "-"),
]

TEAM = [
    ("Role", "Name"),
    ("Lead HM Inspector of Constabulary", "Michael Fairbrother"),
    ("HM Inspectorate of Probation lead", "Judith Okwu"),
    ("Inspection lead", "Rhian Pugh-Davies"),
    ("Inspection officers", "Tom Haverstock, Nia Llewelyn, Samuel Greaves"),
]
