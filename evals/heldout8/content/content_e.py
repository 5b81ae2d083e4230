# Content for gwent-case-file-quality-inspection-2025.pdf (fictional: all people, figures and programmes invented)
TITLE = "Building the case? A joint inspection of case file quality in Gwent Police"

FRONT = r"""
# About this inspection

This is a joint inspection by His Majesty's Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS) and His Majesty's Crown Prosecution Service Inspectorate (HMCPSI). We looked at the quality of the case files that Gwent Police prepares for the Crown Prosecution Service (CPS), both when it asks the CPS for a charging decision and after a suspect has been charged. This is our first joint inspection of case file quality in a single force.

When a case file is incomplete, late or wrong, the consequences fall on victims and witnesses. Hearings are adjourned, trials collapse, and people who have already been through a crime have to wait longer for justice. When a file contains personal information that should have been removed, a victim's address or phone number can end up in the hands of the person accused of harming them.

We carried out fieldwork between 8 and 26 September 2025. We reviewed 180 case files: 100 files for cases where the suspect was expected to plead guilty, 50 where a not guilty plea was expected, and 30 files sent to the CPS for a charging decision. We interviewed 58 officers, staff and CPS lawyers, held nine focus groups and observed the force's criminal justice unit and its File Clinic sessions. Unless we say otherwise, figures relate to the year to 30 June 2025.

We answered five questions, and give each a judgment using the grades outstanding, good, adequate, requires improvement and inadequate. A serious shortcoming is reported as a cause of concern with recommendations, and less serious ones as areas for improvement.

# Summary

Gwent Police works well with the CPS and the courts, and its File Clinic sessions are a good way of helping officers learn from mistakes. Victims' needs were usually recorded in files.

But too many of the files the force prepares for a first court hearing do not meet the national file standard. The force believes its files are much better than they are: its own assessment found 81 percent of files compliant, while we found 57 percent. And too many files contained personal information about victims and witnesses that should have been removed before they were shared. We consider this a cause of concern.

We have identified one cause of concern, with three recommendations, and five areas for improvement. We did not grade any question outstanding, and we graded one question inadequate.

!judgments

# Fact page

!facts
"""

BODY = r"""
# Findings

## Context

Gwent Police serves around 600,000 people in the five local authority areas of Blaenau Gwent, Caerphilly, Monmouthshire, Newport and Torfaen. Its files are reviewed by CPS Cymru-Wales, and its cases are heard at Newport and Cwmbran magistrates' courts and at Cardiff and Newport Crown Courts.

The force's criminal justice unit, based in Cwmbran, has 84 posts, of which 11 were vacant at the time of our inspection. The unit includes 26 case builders, who check files and prepare them for the CPS. Chief Superintendent Bronwen Aldred is the head of criminal justice.

In the year to 30 June 2025, the force sent 9,460 post-charge files to the CPS and 2,310 requests for a charging decision. The CPS returned 1,893 post-charge files to the force because they were not good enough to proceed.

!filetable

## Files for charging decisions

The force requires improvement in how it prepares files for charging decisions.

In 21 of the 30 pre-charge files we reviewed, the file contained enough information for a prosecutor to make a decision. In the other 9, important lines of enquiry, such as house-to-house enquiries or CCTV, had not been followed up or were not mentioned. Prosecutors told us that they often had to ask for more work before they could make a decision, which added an average of 11 days to the time taken to charge.

Area for improvement 1: The force should make sure that files sent for a charging decision include a full account of the reasonable lines of enquiry that have been followed.

## Files for first hearings

The force is inadequate at preparing files for first hearings.

Cause of concern: Gwent Police does not consistently submit case files for first hearings that meet the national file standard, and too many of its files contain personal information that should have been removed before they were shared.

Only 86 of the 150 post-charge files we reviewed (57 percent) met the national file standard. The most common problems were missing or incomplete witness statements, missing body-worn video footage and key evidence summaries that did not match the evidence. Files prepared by response officers were weaker than those prepared by specialist teams.

In 36 of the 150 files, personal information that should have been removed, such as a victim's home address, date of birth or telephone number, had been left in material that was shared with the defence. The force recorded 212 redaction failures in 2024/25, and reported 9 of them to the Information Commissioner's Office. Officers told us they had not been trained in how to redact, and that the software they used to do it was slow and hard to use.

The force's own audit of file quality found that 81 percent of files were compliant. We found that the audit checked whether each document was present, but not whether it was complete or correct.

Within six months, the force should:

Recommendation 1: make sure that every file for a first hearing is checked against the national file standard by a supervisor or a case builder before it is sent to the CPS.

Recommendation 2: make sure that personal information that should not be shared is removed from case files before they are sent, and that all officers and staff who prepare files are trained in redaction.

Recommendation 3: make sure that its own assessment of file quality is accurate, by checking it every month against the CPS's assessment of the same files.

## Disclosure

The force requires improvement in how it handles disclosure.

Officers must record material that has been gathered during an investigation but will not be used as evidence, so that the prosecutor can decide whether it should be disclosed to the defence. In the 50 files where a not guilty plea was expected, we found:

- the schedule of unused material was complete in 27 files;
- items on the schedule were described clearly enough for the prosecutor to understand them in only 22 files;
- the officer had not recorded whether any material might undermine the prosecution case in 14 files;
- material that should have been disclosed was missed in 6 files, and in 2 of those a trial was delayed as a result;
- the disclosure officer had completed the national disclosure training in 41 of the 50 files.

Area for improvement 2: The force should make sure that items on schedules of unused material are described clearly enough for prosecutors to make disclosure decisions.

## Victims and witnesses

The force is adequate at recording the needs of victims and witnesses in case files.

Victims' needs for special measures, such as giving evidence from behind a screen, were recorded in most files where they were needed. A victim personal statement had been offered in 64 percent of the relevant files, and recorded in 49 percent. Witness availability was recorded in almost all the files we reviewed.

Area for improvement 3: The force should make sure that every victim is offered the chance to make a victim personal statement, and that the offer is recorded.

Body-worn video footage was missing from 29 percent of the files where it should have been included.

Area for improvement 4: The force should make sure that relevant body-worn video footage is included with case files.

## Working with the CPS and the courts

The force is good at working with the CPS and the courts.

Senior leaders from the force and CPS Cymru-Wales meet every month to review file quality and case outcomes. The force is an active member of the Gwent local criminal justice board. Prosecutors told us that relationships with the criminal justice unit were good, and that case builders were responsive. In the year to June 2025, 14 percent of trials in Gwent's magistrates' courts were ineffective because of problems on the prosecution side.

Notable practice: File Clinic. Since April 2024, the criminal justice unit and a CPS paralegal have run weekly File Clinic sessions, at which officers whose files have been returned by the CPS go through them with a case builder and learn how to put them right. By June 2025, 1,240 officers had attended at least one session. The proportion of files returned by the CPS fell from 24 percent in the year to June 2024 to 20 percent in the year to June 2025.

The force told us it plans to:

- make File Clinic sessions available online, so that officers on night shifts can attend;
- make attendance mandatory for officers who have two files returned in three months;
- record which officers attend and whether their files improve afterwards;
- share the approach with the other forces in the Southern Wales regional collaboration.

Officers do not routinely receive feedback on the quality of their files unless the file is returned. Supervisors told us that they did not have time to look at their officers' files before submission.

Area for improvement 5: The force should make sure that officers and their supervisors receive regular feedback on the quality of their case files.
"""

BACK = r"""
# Appendix A: Summary of the cause of concern, recommendations and areas for improvement

!recsummary

# Appendix B: Inspection team

!team

The HMICFRS and HMCPSI inspectors who carried out the file review were assisted by two CPS lawyers from outside Wales. The inspection was carried out under section 54 of the Police Act 1996 and section 2 of the Crown Prosecution Service Inspectorate Act 2000.
"""

JUDGMENTS = [
    ("Inspection question", "Judgment"),
    ("How well does the force prepare files for charging decisions?", "Requires improvement"),
    ("How well does the force prepare files for first hearings?", "Inadequate"),
    ("How well does the force handle disclosure?", "Requires improvement"),
    ("How well does the force record the needs of victims and witnesses?", "Adequate"),
    ("How well does the force work with the CPS and the courts?", "Good"),
]

FACTS = [
    ("Measure", "Year to 30 June 2025"),
    ("Post-charge files sent to the CPS", "9,460"),
    ("Requests for a charging decision", "2,310"),
    ("Post-charge files returned by the CPS", "1,893"),
    ("Files meeting the national file standard (our review)", "57%"),
    ("Files meeting the standard (force's own audit)", "81%"),
    ("Redaction failures recorded", "212"),
    ("Criminal justice unit posts (vacant)", "84 (11)"),
]

FILETABLE = [
    ("File type", "Files reviewed", "Met the standard"),
    ("Anticipated guilty plea", "100", "63"),
    ("Anticipated not guilty plea", "50", "23"),
    ("Pre-charge (charging decision)", "30", "21 sufficient"),
]

RECSUMMARY = [
    ("Ref", "Summary", "For"),
    ("CoC", "First hearing files do not meet the national file standard; unredacted personal information", "Gwent Police"),
    ("Rec 1", "Every first hearing file checked by a supervisor or case builder", "Gwent Police"),
    ("Rec 2", "Redaction before files are sent; redaction training for all", "Gwent Police"),
    ("Rec 3", "Monthly check of own file quality audit against the CPS's", "Gwent Police"),
    ("AFI 1", "Lines of enquiry in pre-charge files", "Gwent Police"),
    ("AFI 2", "Description of unused material", "Gwent Police"),
    ("AFI 3", "Victim personal statements offered and recorded", "Gwent Police"),
    ("AFI 4", "Body-worn video included with files", "Gwent Police"),
    ("AFI 5", "Feedback to officers on file quality", "Gwent Police"),
]

TEAM = [
    ("Role", "Name"),
    ("HM Inspector of Constabulary", "Lewis Fairclough"),
    ("HMCPSI lead inspector", "Anwen Treharne"),
    ("Inspection manager", "Ffion Mortimer"),
    ("Legal inspector (HMCPSI)", "Dominic Oyelowo-Hart"),
    ("Data analyst", "Imran Dholakia"),
]
