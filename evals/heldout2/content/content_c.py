# Content for hmicfrs-fraud-thematic-2025.pdf (fictional)
TITLE = "Counting the cost: An inspection of the police response to fraud"
TEXT = r"""
# Foreword

Fraud is now the most commonly experienced crime in England and Wales. In the year ending March 2024, the Crime Survey for England and Wales estimated that there were 3.4 million fraud offences against individuals, which is 41 percent of all crime against individuals. Yet fewer than 1 percent of police officers and staff work in dedicated fraud roles. Victims who report fraud are too often left without an update, without advice and without any sense that their report has made a difference.

This is not the first time we have reported on the police response to fraud. In our 2021 report, A shared responsibility: a review of the police response to fraud, we made ten recommendations. In this inspection we found that seven of those ten recommendations have not been fully implemented. Some progress has been made, notably in the support given to vulnerable victims, but it has been too slow and too uneven.

The system for reporting fraud is also in transition. Action Fraud, the national reporting centre run by City of London Police, is due to be replaced by a new national fraud reporting service, known during its development as Project Meridian. The replacement was originally due in 2024 and is now expected to launch in late 2025. Forces told us that the delay has held back improvements in the data they receive.

I want to be clear that the police cannot tackle fraud alone. Banks, telecommunications companies and technology platforms all have a part to play in preventing fraud. But the police have a responsibility to investigate fraud, to pursue those who commit it and to support and protect its victims. In too many cases, we found that this responsibility was not being met.

We have made ten recommendations in this report. I will monitor progress against them and expect them to be implemented by the dates given.

Matthew Pardoe
His Majesty's Inspector of Constabulary

# Summary

## About this inspection

This inspection was part of our 2024/25 inspection programme, approved by the Home Secretary. We examined how well the police service responds to fraud, from the point at which a report is made to the outcome of the investigation. We looked at how fraud is reported, assessed and allocated, how it is investigated, how victims are supported, and how the police prevent fraud through their Protect work.

We carried out fieldwork between 3 June and 26 July 2024 in six police forces: Merseyside Police, Hertfordshire Constabulary, Leicestershire Police, the Metropolitan Police Service, Essex Police and Dyfed-Powys Police. We also visited City of London Police, in its role as national lead force for fraud, including the National Fraud Intelligence Bureau (NFIB), and three regional organised crime units (ROCUs).

In total we interviewed more than 280 officers, staff and partners. We reviewed 360 fraud investigations, 60 in each of the six forces. We also commissioned a survey of fraud victims, which received 1,214 responses.

## Key findings

We found that:

- fraud is not a priority for most forces, and most force management statements do not properly assess fraud demand;
- forces do not consistently assess the vulnerability of fraud victims when they receive a report from the NFIB;
- victims are not kept informed: in our case file review, victims were updated within 28 days in only 44 percent of cases;
- supervision of fraud investigations is weak, and was evident in only 51 percent of the investigations we reviewed;
- Protect advice, to help victims avoid becoming victims again, was given in only 38 percent of cases;
- the number of specialist fraud investigators varies widely between forces; and
- the national data on fraud outcomes is incomplete and difficult for forces to use.

# Chapter 1: The scale of fraud and the police response

## How much fraud is there?

The Crime Survey for England and Wales estimated that there were 3.4 million fraud offences against individuals in the year ending March 2024. Most fraud is not reported. In the same year, Action Fraud received 398,620 reports of fraud and cyber crime from individuals and organisations, and victims reported losses of £2.3 billion.

Fraud is increasingly committed online, and much of it is committed by offenders based overseas. In the reports we examined, 61 percent of frauds were enabled by the internet, and investment fraud and romance fraud accounted for the largest losses.

## How is fraud reported and allocated?

Most fraud is reported to Action Fraud, either online or by phone. Reports are then assessed by the NFIB, which decides whether there are enough lines of enquiry for a police force to investigate. In the year ending March 2024, the NFIB sent 37,450 reports to forces for investigation. These are known as disseminations.

Of the disseminated reports, only 3.1 percent resulted in a charge or summons. Forces told us that many disseminations had no realistic prospect of being solved, and that the quality of the information they received was variable. We found that the NFIB had made improvements to the quality of its packages since 2021, but forces still did not trust the process.

## How many people investigate fraud?

Fewer than 1 percent of police officers and staff in England and Wales work in dedicated fraud roles. The size of the economic crime units in the forces we visited varied considerably. The smallest had 11 investigators and the largest had 74. In Leicestershire Police, 9 of the 31 posts in the economic crime unit were vacant at the time of our fieldwork.

The workloads of fraud investigators were high. In the Metropolitan Police Service, we found that some detectives in the fraud squad were each carrying up to 27 investigations. Many fraud investigations are complex and involve large amounts of financial and digital material, and investigators told us they did not have the time to investigate them properly.

Most forces had not assessed the demand that fraud places on them. Only two of the six forces we visited had included a detailed assessment of fraud in their most recent force management statement.

# Chapter 2: Investigating fraud

## Assessing reports

When a force receives a dissemination from the NFIB, it should assess it promptly, including for any risk to the victim. We found that practice varied. In 57 percent of the cases we reviewed, the force had assessed the victim's vulnerability.

Merseyside Police had set up a Fraud Triage Hub, which reviews every NFIB dissemination within 48 hours of receipt. The hub assesses the victim's vulnerability, identifies any immediate safeguarding needs and allocates the investigation. We consider this to be notable practice.

In contrast, in some forces we found disseminations that had not been looked at for several weeks. In one case, a vulnerable older victim of courier fraud was not contacted by the force until 36 days after the report had been disseminated.

## The quality of investigations

We reviewed 360 fraud investigations. In 61 percent of them, the investigation was effective. But supervision was evident in only 51 percent of investigations, and in many cases there was no investigation plan. Investigators were often not trained to deal with fraud. Many of the investigations we reviewed were allocated to officers in local investigation teams who had received no fraud training.

Forces made limited use of their powers under the Proceeds of Crime Act 2002 in fraud cases. Financial investigators were well regarded, but there were not enough of them, and they were often used on drugs cases rather than fraud.

## Outcomes

The national data on outcomes for fraud is incomplete. Forces are required to report outcomes to the NFIB, but we found that in the forces we visited, outcomes had not been returned for around 30 percent of disseminations. This makes it difficult for the police service to understand how effective its response to fraud is. There is no single performance framework for fraud that all forces use.

# Chapter 3: Supporting and protecting victims

## Keeping victims informed

Victims of fraud have the same rights under the Code of Practice for Victims of Crime as victims of any other crime. In our case file review, victims were updated within 28 days in only 44 percent of cases. There is no national standard for how often victims of fraud should be updated.

Our victim survey received 1,214 responses. Of those respondents, 62 percent said they were dissatisfied with the police response, and 23 percent said they had never heard anything back after making their report. Victims told us they felt that their report had gone into a black hole.

## Support for vulnerable victims

The National Economic Crime Victim Care Unit (NECVCU) provides support to victims of fraud who are referred to it by Action Fraud. By September 2024, 31 forces had joined the NECVCU's enhanced service, which provides support to victims whose cases are not investigated. We found that victims who received support from the NECVCU valued it.

Essex Police runs a Protect Plus volunteer scheme, in which trained volunteers visit vulnerable victims within five days of a report. We consider this to be notable practice. Hertfordshire Constabulary had a banking protocol agreement with banks covering 97 percent of bank branches in the county, which allows branch staff to call the police when they suspect a customer is being defrauded.

## Protect advice

Protect advice is information given to victims and the public to help them avoid becoming victims of fraud. In our case file review, Protect advice was given to the victim in only 38 percent of cases. Repeat victims were not always identified. Dyfed-Powys Police had no dedicated Protect officer until March 2024.

# Chapter 4: National arrangements

City of London Police is the national lead force for fraud. It runs Action Fraud and the NFIB and it oversees the national fraud policing network. The National Police Chiefs' Council (NPCC) has a lead for economic crime, and the Home Office is responsible for the national fraud strategy.

We found that the national arrangements were not well understood by forces. Forces did not receive regular victim-level data, and the data they did receive was often out of date. The national fraud reporting service is intended to address this, but its launch has been delayed.

The ROCUs have regional fraud teams, which deal with more complex frauds. These teams are funded through a mix of Home Office and force funding. The three ROCUs we visited told us that their funding was uncertain from year to year, which made it difficult to recruit and retain investigators.

The College of Policing provides training for specialist fraud investigators. But there is no fraud training for the officers in local investigation teams who carry out most fraud investigations.

# Recommendations

Recommendation 1: By 31 October 2025, the Home Office, working with the NPCC and City of London Police, should publish a national workforce model for fraud policing that sets out the number and type of investigators needed.

Recommendation 2: By 31 March 2026, City of London Police should make sure that the national fraud reporting service provides forces with victim-level data on reports and disseminations every week.

Recommendation 3: By 31 July 2025, the NPCC lead for economic crime should set a national minimum standard for updating victims of fraud, including an update within 28 days of dissemination and at least every 28 days after that.

Recommendation 4: By 30 September 2025, chief constables should make sure that every fraud report disseminated to their force is assessed for the victim's vulnerability within 72 hours.

Recommendation 5: By 30 September 2025, chief constables should make sure that fraud investigations have an investigation plan and are regularly supervised, and that supervision is recorded.

Recommendation 6: By 31 December 2025, chief constables should make sure that Protect advice is given to every victim of fraud, and that repeat victims are identified and referred for support.

Recommendation 7: By 31 March 2026, the College of Policing should develop fraud investigation training for officers and staff in local investigation teams.

Recommendation 8: By 31 December 2025, chief constables should carry out an assessment of fraud demand and their capacity to meet it, and include this in their force management statements.

Recommendation 9: By 31 March 2026, the Home Office should review the funding of ROCU regional fraud teams, with a view to providing a multi-year funding settlement.

Recommendation 10: By 30 June 2025, the NPCC and City of London Police should agree a single performance framework for fraud that all forces use.

# Annex A: Methodology

We inspected six forces, chosen to give a range of sizes, geographies and approaches to fraud. In each force we interviewed chief officers, economic crime unit staff, local investigators, supervisors and partners, and we held focus groups. We reviewed 60 fraud investigations in each force, selected at random from disseminations received between 1 October 2023 and 31 March 2024.

The victim survey was carried out by an independent research company between April and June 2024. It was open to anyone who had reported a fraud to Action Fraud in the previous 12 months. The results are not necessarily representative of all fraud victims.

# Annex B: Progress against the recommendations of our 2021 report

Our 2021 report made ten recommendations. We assessed that three had been implemented, five had been partially implemented and two had not been implemented. The recommendations that had not been implemented concerned a national workforce model and fraud training for non-specialist investigators. We have repeated these as recommendations 1 and 7 in this report.
"""
