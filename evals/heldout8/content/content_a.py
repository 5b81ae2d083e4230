# Content for gloucestershire-firearms-licensing-inspection-2025.pdf (fictional: all people, figures and programmes invented)
TITLE = "Safe in whose hands? An inspection of firearms licensing in Gloucestershire Constabulary"
TEXT = r"""
# About this inspection

This report sets out what we found when we inspected how Gloucestershire Constabulary carries out its firearms licensing work. The police grant and renew firearm and shotgun certificates on behalf of the public, and they must refuse or revoke a certificate where a person cannot be permitted to possess a gun without danger to public safety. Getting these decisions right saves lives.

This is the first time we have inspected firearms licensing in Gloucestershire as a stand-alone inspection. We did so at the request of the Chief Constable, who asked us to look at the force's firearms licensing unit after a sharp rise in the number of renewal applications waiting to be decided.

We carried out fieldwork between 2 and 20 June 2025. We interviewed 46 officers and staff, including every member of the firearms licensing unit's management team, held six focus groups, spoke to representatives of shooting organisations and of the county's GP practices, and observed home visits. We reviewed 120 licensing files: 60 grant applications, 40 renewals and 20 refusals or revocations. Unless we say otherwise, the figures in this report are for the year to 31 March 2025.

We assessed the force against the Home Office's statutory guidance to chief officers of police on firearms licensing, which has been in force since November 2021, and against the Authorised Professional Practice published by the College of Policing. We answered six questions. For each, we give a judgment using the grades outstanding, good, adequate, requires improvement and inadequate. Where we find a serious shortcoming, we report it as a cause of concern with recommendations. Less serious shortcomings are reported as areas for improvement.

## The force and its licensing unit

Gloucestershire Constabulary serves around 650,000 people in the six districts of Cheltenham, Cotswold, Forest of Dean, Gloucester, Stroud and Tewkesbury. Much of the county is rural, and shooting is a common pastime and part of many people's work in farming, pest control and game management.

On 31 March 2025, there were 5,214 firearm certificates and 9,873 shotgun certificates on issue in the county, held by 11,406 people. There were 64 registered firearms dealers.

The firearms licensing unit is based at the force's headquarters at Waterwells, Quedgeley. It has an establishment of 31 posts, including 22 firearms enquiry officers, who carry out home visits and interviews, and a team of administrators and decision-makers. At the time of our inspection, seven of the 31 posts were vacant. The unit is led by a police staff manager, Karen Stallwood, who reports to the head of public protection. Assistant Chief Constable Declan Farrimond is the chief officer responsible for firearms licensing.

# HM Inspector's foreword

I thank Chief Constable Alison Trevethan and the staff of the firearms licensing unit for their openness and for the help they gave us.

The staff we met are committed and knowledgeable, and many of them have worked in firearms licensing for years. The force has built a strong relationship with GP practices in the county, and its Operation Stonechat is the best example of joint working with GPs that we have seen.

But I am seriously concerned about two things. First, the force does not always carry out the checks that the statutory guidance requires before it grants or renews a certificate. Secondly, when the force receives information that a certificate holder may pose a risk, it does not always act on it quickly enough. In some of the cases we examined, a certificate holder kept access to guns for more than a week after being arrested for a domestic abuse offence. I consider this a cause of concern.

The backlog of renewal applications is a symptom of these problems as well as a cause of them. Staff told us they felt under pressure to clear files quickly, and the force had stopped carrying out home visits for most renewals without assessing the risk of doing so.

The force has started to respond. In April 2025 it agreed a licensing recovery plan, funded eight additional temporary posts and moved to an online application system. It is too early to tell whether these changes will be enough.

Philippa Gorringe
His Majesty's Inspector of Constabulary

# Our judgments

We answered six questions about the force's firearms licensing. Our judgments are set out below.

!judgments

!JUDGMENT_PROSE

# Cause of concern

Cause of concern: Gloucestershire Constabulary does not consistently carry out the checks that the statutory guidance requires before granting or renewing firearm and shotgun certificates, and it does not act quickly enough when it receives information that suggests a certificate holder may pose a risk to public safety.

In 14 of the 60 grant files we reviewed, there was no record that the unit had checked the force's local intelligence systems, as well as the Police National Computer, before granting the certificate. In 9 files, the applicant's GP had reported a relevant medical condition, such as depression or alcohol misuse, but the unit had not followed this up before making a decision.

During the year, the force's systems linked certificate holders to 37 domestic abuse incidents. In 11 of these cases, the firearms licensing unit was not told about the incident within 24 hours. In 4 cases, the force took more than a week to remove the holder's guns or suspend the certificate, including one case in which the holder had been arrested for assaulting his partner.

Within six months, the force should:

Recommendation 1: make sure that all the checks required by the statutory guidance, including local intelligence checks and the follow-up of medical information from GPs, are carried out and recorded before any certificate is granted or renewed.

Recommendation 2: make sure that the firearms licensing unit is told within 24 hours of any incident involving a certificate holder, and that decisions on whether to seize firearms or suspend a certificate are made and recorded promptly.

Recommendation 3: introduce a documented, risk-based approach to deciding which renewal applicants receive a home visit, and review the renewals granted without a visit since 2023.

Recommendation 4: make sure that chief officers receive regular and accurate information about the unit's performance, including backlogs, temporary permits and the time taken to act on new information about certificate holders.

# Grant applications

The force requires improvement in how it deals with applications for the grant of a certificate.

In the year to 31 March 2025 the force received 1,217 grant applications. On 31 March, 487 grant applications were waiting for a decision. The average time taken to decide a grant application was 26 weeks, against the force's own target of 16 weeks. Applicants told us that they were rarely told what was happening with their application.

Firearms enquiry officers visited every grant applicant we looked at, and the visits we observed were thorough. Referees were contacted in every case. But, as described in the cause of concern, local intelligence checks and medical follow-up were not always carried out.

Area for improvement 1: The force should keep applicants informed about the progress of their applications.

# Renewals

The force is inadequate at dealing with renewals.

On 31 March 2025, 1,132 renewal applications were waiting for a decision. Where a renewal is not decided before the certificate expires, the force can issue a temporary permit so that the holder can keep their guns lawfully. On 31 March, 318 people held temporary permits, and the oldest had been extended for 14 months. The statutory guidance says temporary permits are not a substitute for deciding applications on time.

In 2023 the force decided that firearms enquiry officers would no longer visit most renewal applicants at home. There was no documented assessment of the risk of this decision. We found:

- in 22 of the 40 renewal files we reviewed, there had been no home visit;
- in 6 of those 22, the holder's circumstances had changed since the last visit, such as a move to a new address;
- in 5 renewal files, the unit had not checked whether the holder's guns were stored securely;
- in 3 renewal files, the holder had come to police attention since the last grant, and there was no record that this had been considered;
- the force did not know how many renewals it had granted without a visit since 2023.

Area for improvement 2: The force should reduce the number of renewal applications waiting for a decision and its use of temporary permits.

# Responding to new information

The force is inadequate at responding to new information about certificate holders.

Our findings are set out in the cause of concern above. The unit relies on officers and staff elsewhere in the force to tell it when a certificate holder comes to police attention. The force's systems can flag such incidents, but only on one screen. Response officers told us they had not been trained to look for it.

When the unit did receive information, decisions to revoke were mostly sound. In the 20 refusal and revocation files we reviewed, the decision was justified in every case, but the reasons were not fully recorded in 7 of them.

Area for improvement 3: The force should make sure that the reasons for refusing or revoking a certificate are fully recorded.

# Working with partners

The force is good at working with partners.

Notable practice: Operation Stonechat. Since September 2023, Operation Stonechat has asked every GP practice in Gloucestershire to place a firearms reminder code on the record of each patient who holds a certificate, and to tell the firearms licensing unit if the patient's health changes in a way that may affect their fitness to hold a gun. By March 2025, 71 of the county's 73 GP practices had signed up. In 2024/25 the unit received 43 notifications from GPs through the scheme, and 6 certificates were revoked as a result.

The force should build on this by:

- persuading the remaining two GP practices to join the scheme;
- extending the arrangement to the county's mental health services, so that the unit hears about relevant treatment outside GP practices;
- recording the outcome of every notification, so that the scheme's effect can be measured;
- sharing the scheme with other forces through the National Police Chiefs' Council firearms licensing working group.

Every applicant must give permission for the force to contact their GP, and the GP is asked to say whether the applicant has any relevant medical condition. The force has agreed with local GP practices how this information is shared, and almost all practices now reply within the 28 days that the guidance allows.

The force also meets regularly with the main shooting organisations in the county. Their representatives told us that relations with the unit were good, but that they were frustrated by the delays.

# Leadership and resources

The force requires improvement in how it leads and resources firearms licensing.

Until April 2025, chief officers did not receive regular information about the unit's backlog or its use of temporary permits. The force's performance board had not discussed firearms licensing for 18 months before the backlog was raised by the unit's manager.

Firearms licensing fees are set nationally by the Home Office, and the force cannot change them. The fees do not cover the cost of the work. In 2024/25 the unit cost the force £1.94 million, and it received £0.71 million in fees.

!finance

Nine of the 22 firearms enquiry officers had not completed the national firearms licensing training course. The unit had carried out no regular quality assurance of decision files since 2023.

Area for improvement 4: The force should make sure that all firearms enquiry officers complete the national training course.

Area for improvement 5: The force should introduce regular quality assurance of licensing decisions.

The force had not inspected 27 of its 64 registered firearms dealers in the past five years.

Area for improvement 6: The force should make sure that registered firearms dealers are inspected in line with national guidance.

# Treating applicants fairly

The force is adequate at treating applicants fairly. The force's letters and website explain the process clearly, and the unit gives reasons when it refuses an application. The force received 58 complaints about firearms licensing in 2024/25, most of them about delay.

# Annex A: Gloucestershire firearms licensing in numbers

!numbers

# Annex B: Inspection team

!team

The figures in this report come from data the force gave us and from our own file review. The file review covered applications decided between 1 April 2024 and 31 March 2025.
"""

JUDGMENTS = [
    ("Inspection question", "Judgment"),
    ("How well does the force deal with applications for grant?", "Requires improvement"),
    ("How well does the force deal with renewals?", "Inadequate"),
    ("How well does the force respond to new information about certificate holders?", "Inadequate"),
    ("How well does the force work with partners?", "Good"),
    ("How well does the force lead and resource firearms licensing?", "Requires improvement"),
    ("How well does the force treat applicants?", "Adequate"),
]

JUDGMENT_PROSE = (
    "We graded two of the six questions inadequate: renewals, and responding to new information about certificate holders. "
    "No question was graded outstanding. We have identified one cause of concern, with four recommendations, and six areas for improvement."
)

FINANCE = [
    ("Firearms licensing unit", "2024/25", "2025/26 (planned)"),
    ("Staff costs", "£1.52m", "£1.86m"),
    ("Non-staff costs", "£0.42m", "£0.39m"),
    ("Total cost", "£1.94m", "£2.25m"),
    ("Fee income", "£0.71m", "£0.74m"),
    ("Cost met from the force budget", "£1.23m", "£1.51m"),
]

NUMBERS = [
    ("Measure", "At 31 March 2025"),
    ("Firearm certificates on issue", "5,214"),
    ("Shotgun certificates on issue", "9,873"),
    ("Certificate holders", "11,406"),
    ("Registered firearms dealers", "64"),
    ("Grant applications waiting", "487"),
    ("Renewal applications waiting", "1,132"),
    ("Temporary permits in force", "318"),
    ("Average time to decide a grant", "26 weeks"),
    ("Firearms enquiry officers (establishment)", "22"),
]

TEAM = [
    ("Role", "Name"),
    ("HM Inspector of Constabulary", "Philippa Gorringe"),
    ("Lead staff officer", "Simeon Ravenhall"),
    ("Inspection lead", "Bethan Okoro"),
    ("Inspector (firearms licensing adviser)", "Graham Tolland"),
    ("Data analyst", "Priya Lakhani"),
]
