# Content for merseyside-pcc-response-fraud-thematic-2025.html (fictional)
TITLE = "Commissioner's response to the HMICFRS fraud inspection 'Counting the cost'"
TEXT = r"""
# Commissioner's response to the HMICFRS fraud inspection 'Counting the cost'

Published: 20 March 2025 | Commissioner Joanne Rafferty | Reading time: 9 minutes

## Introduction

On 28 January 2025 His Majesty's Inspectorate of Constabulary and Fire and Rescue Services (HMICFRS) published Counting the cost: An inspection of the police response to fraud. Merseyside Police was one of the six forces in which the inspectorate carried out fieldwork. Under section 55 of the Police Act 1996, I am required to respond to the report within 56 days. This is my response.

The report made ten recommendations. Four of them (recommendations 4, 5, 6 and 8) are for chief constables, and so apply to Merseyside Police. The other six are for national bodies: the Home Office, City of London Police, the National Police Chiefs' Council and the College of Policing. I have set out below what Merseyside Police is doing in response to each of the four recommendations for chief constables, and my comments on the national recommendations.

## Fraud in Merseyside: the picture

The most common types of fraud reported by Merseyside residents are online shopping and auction fraud, courier fraud, romance fraud and investment fraud. Courier fraud, in which criminals pretend to be police officers or bank staff and persuade victims to hand over cash or bank cards, is particularly cruel because it often targets older people who live alone. Romance fraud and investment fraud cause the largest losses.

Many fraud offenders are based outside Merseyside, and often outside the United Kingdom, which makes investigations difficult. That is why prevention and support for victims are so important, alongside investigation.

## My view of the report

Fraud causes enormous harm. In the year ending 31 March 2024, people and businesses in Merseyside made 14,870 reports of fraud to Action Fraud, and reported losses of £61.2 million. Behind these numbers are people who have lost their savings, their homes and, too often, their confidence. Older people and people who are isolated are particularly at risk.

I welcome the report and I agree with its conclusions. I am pleased that the inspectorate recognised Merseyside Police's Fraud Triage Hub as notable practice. But I am under no illusion that the response to fraud, here as elsewhere, is good enough. Victims in Merseyside have told me that they do not hear back after making a report, and the report confirms that this is a national problem.

I have discussed the report with the Chief Constable, Serena Kilbride, and I am satisfied that the force is taking it seriously. I will hold her to account for the actions set out below.

## Recommendation 4: assessing vulnerability within 72 hours

Status: Accepted - largely in place

The inspectorate found that the force's Fraud Triage Hub reviews every dissemination from the National Fraud Intelligence Bureau within 48 hours of receipt, which is faster than the 72 hours the recommendation requires. At the moment the hub operates Monday to Friday. From 7 April 2025 it will operate seven days a week, so that disseminations received at the weekend are also reviewed within 48 hours.

Lead: Detective Chief Superintendent Paul Devlin, head of the Economic Crime Command. Target date: 7 April 2025.

## Recommendation 5: investigation plans and supervision

Status: Accepted - in progress

In February 2025 the force introduced an economic crime investigation standards checklist in its crime recording system. Every fraud investigation must now have an investigation plan recorded within seven days of allocation, and supervisors must review the investigation at least every 28 days. The Economic Crime Command will dip-sample 25 investigations each month to check compliance, and the results will be reported to my monthly scrutiny meeting.

Lead: Detective Chief Superintendent Paul Devlin. Target date: 30 September 2025.

## Recommendation 6: Protect advice and repeat victims

Status: Accepted - in progress

I have commissioned Victim Care Merseyside to provide two specialist fraud victim advocates, at a cost of £148,000 over two years. The advocates will start on 1 May 2025. They will contact every vulnerable victim of fraud who is referred to them by the force and give Protect advice and practical help, such as contacting banks. The force is also introducing a repeat victim marker so that people who are defrauded more than once in 12 months are identified and referred to the advocates.

Lead: Superintendent Claire Baptiste, head of victim services, with the OPCC Commissioning Manager. Target date: 31 December 2025.

## Recommendation 8: fraud demand and capacity

Status: Accepted - in progress

The force will include a full assessment of fraud demand in its 2025 force management statement. In the meantime, the Chief Constable has agreed to increase the number of investigators in the Economic Crime Command from 38 to 46 by January 2026. Four of the new posts will be funded by the force, and four from the proceeds of crime that the force recovers under the Asset Recovery Incentivisation Scheme.

Lead: Assistant Chief Constable Mark Ellery. Target date: 31 December 2025.

## The national recommendations

Six of the recommendations are for national bodies. I support all of them. I would particularly highlight recommendation 2, on the data that forces receive from the national fraud reporting service, and recommendation 9, on the funding of regional fraud teams. The delay to the new reporting service has been frustrating, and I will be writing to the Home Office and to the Commissioner of City of London Police to ask for a clear timetable.

I have also raised the funding of the regional organised crime unit fraud team with the other commissioners in the North West. The regional team is funded one year at a time, and this makes it hard to keep experienced investigators.

## How I will monitor progress

- I will hold a public scrutiny meeting focused on fraud on 10 June 2025, at which the Chief Constable will report progress against all four recommendations.
- My office will track the actions through my monthly scrutiny meeting with the force.
- I will report progress to the Merseyside Police and Crime Panel on 3 July 2025.

A force audit carried out in December 2024 found that victims of fraud were updated within 28 days in 61 percent of cases. I have asked the force to repeat the audit in September 2025, and I expect to see a significant improvement.

## How to protect yourself from fraud

The force and my office give the following advice to residents:

- never give your bank details, PIN or passwords to someone who contacts you unexpectedly, even if they say they are from the police or your bank;
- the police and your bank will never send someone to your home to collect cash or bank cards;
- if you are asked to move money to a 'safe account', it is a scam;
- if you meet someone online who asks you for money, talk to a friend or family member before you do anything; and
- if you think you have been the victim of fraud, contact your bank immediately and report it to Action Fraud.

If you have been affected by fraud and need support, you can contact Victim Care Merseyside, which is free and confidential, whether or not you have reported the crime to the police.

## Conclusion

Fraud is a crime that affects more people in Merseyside than any other, and victims deserve better. I am determined that Merseyside Police will be among the best forces in the country at protecting people from fraud and supporting those who fall victim to it.

Joanne Rafferty
Police and Crime Commissioner for Merseyside
"""
