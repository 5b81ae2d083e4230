# Content for humberside-pcc-response-stop-search-thematic-2025.txt (fictional web capture: all people, figures and programmes invented)
TITLE = "Humberside Police and Crime Commissioner: response to the HMICFRS inspection 'Grounds for trust' (stop and search and use of force)"
TEXT = r"""
Skip to main content
Skip to accessibility tools
Skip to footer

This website uses cookies
We use necessary cookies to make our site work. We would also like to set optional cookies to help us measure how the site is used. These will only be set if you accept.
[Accept optional cookies]  [Reject optional cookies]  [Cookie settings]

Police and Crime Commissioner for Humberside
Hull | East Riding | Grimsby | Scunthorpe

MAIN MENU
Home
About the Commissioner
  Meet Rosalind Harker
  Police and Crime Plan 2024-2029
  Decisions and spending
Holding the police to account
  Accountability Board
  HMICFRS inspections and my responses
  Independent Ethics and Scrutiny Panel
  Stop and search and use of force scrutiny
Support for victims
Funding and grants
News
Have your say
Contact us
Search this site [                    ] [Search]

Text size: A A A | High contrast | Listen to this page | Translate

You are here: Home > Holding the police to account > HMICFRS inspections and my responses > Grounds for trust (stop and search and use of force)

Commissioner's response to HMICFRS: 'Grounds for trust: An inspection of how police forces use stop and search and force'

Published: 20 January 2026 | Updated: 22 January 2026 | 9 minute read
Share this page: Facebook | X | LinkedIn | WhatsApp | Email

[Print]   [Download this response (PDF, 244 KB)]

==============================================================
IN THIS ARTICLE
  > Background
  > What the inspectors found in Humberside
  > Humberside in figures
  > My response to each recommendation
  > What I am committing to
  > Questions and answers
  > Comments
==============================================================

BACKGROUND

HMICFRS published 'Grounds for trust', its thematic inspection of stop and search and use of force, on 4 November 2025. Humberside Police was one of the three forces the inspectors visited, alongside British Transport Police and City of London Police.

The report makes eight recommendations. Recommendation 8 is for police and crime commissioners and police authorities. Recommendations 1 to 4 are for chief constables, and I have asked Chief Constable Neil Oxtoby for his response to each of them, which I set out below. Recommendations 5 to 7 are for national bodies, and I comment on them briefly.

I discussed this response with the Chief Constable at my Accountability Board on 15 January 2026, and my Independent Ethics and Scrutiny Panel gave me its views at its meeting in December.

Stop and search is a power that the public have given the police. Every search should be lawful, fair and respectful, and every person searched should understand why. I am pleased that the inspectors found much to praise in Humberside, but I am not complacent.

WHAT THE INSPECTORS FOUND IN HUMBERSIDE

In brief, the inspectors found that:
  * 85 percent of the Humberside stop and search records they reviewed showed reasonable grounds;
  * body-worn video was switched on in 87 percent of the searches they reviewed;
  * the force made no section 60 authorisations in 2024;
  * the Reflect and Review scheme, in which supervisors watch footage of searches with officers, is notable practice;
  * the community scrutiny panel, which my office funds, was the only one of the three with regular access to footage;
  * like the other two forces, Humberside did not record every use of force, and did not analyse use of force by ethnicity or by age.

HUMBERSIDE IN FIGURES (year ending 31 March 2025)

  Stops and searches ........................ 5,874
  Searches for drugs ........................ 64%
  Find rate ................................. 31%
  Arrest rate following a search ............ 15%
  Rate of search, Black people compared with white people ... 2.7 times
  Searches of children (under 18) ........... 13%
  Recorded uses of force .................... 11,260
  Taser discharges .......................... 58

MY RESPONSE TO EACH RECOMMENDATION

+-------+-----------------------------------------------+------------------+----------------+
| Rec   | Subject                                       | Response         | Target date    |
+-------+-----------------------------------------------+------------------+----------------+
| 1     | Quarterly supervisor review of footage        | Accepted (met)   | Already in place |
| 2     | Record every use of force                     | Accepted         | 31 March 2026  |
| 3     | Analyse by ethnicity and age and publish      | Accepted         | 30 June 2026   |
| 4     | Tell parent/carer within 24 hours (under 16s) | Not accepted     | -              |
| 5-7   | National bodies                               | Supported        | -              |
| 8     | Panels' access to footage; publish findings   | Accepted (met)   | Already in place |
+-------+-----------------------------------------------+------------------+----------------+

Recommendation 1. The Chief Constable and I consider that this recommendation is already met in Humberside through Reflect and Review. The force will keep the scheme under review and will extend it to use of force incidents from April 2026.

Recommendation 2. Accepted. From 1 February 2026 the force's mobile devices will not allow an officer to close an incident record in which handcuffs were used until a use of force form has been completed. The force will check a sample of 100 records every quarter.

Recommendation 3. Accepted. The force already publishes stop and search data by ethnicity every month. It will add age, and use of force data by ethnicity and age, to its monthly publication from June 2026.

Recommendation 4. The Chief Constable does not accept recommendation 4, and I support his decision. We both want parents and carers to know when their child has been searched. But the force's safeguarding leads, and the four councils' children's services, advised us that a fixed requirement to tell a parent within 24 hours of every search of a child under 16 could put some children at risk, particularly children who are being exploited by people they live with. The inspectors' recommendation allows an exception for those cases, but officers at the roadside or on the street cannot always know. Instead, from April 2026 every search of a child under 16 will be reviewed by the force's child exploitation team within 48 hours, and that team will decide whether and how the parent or carer should be told.

Recommendations 5 to 7. These are for the National Police Chiefs' Council, the College of Policing and the Home Office. I support all three, and I have written to the Home Office in support of recommendation 7.

Recommendation 8. This recommendation is for me. My community scrutiny panel has watched body-worn video at every meeting since 2023, and my office publishes its reports within a month of each meeting. I consider that the recommendation is met.

WHAT I AM COMMITTING TO

The Commissioner has committed to the following:
  1. a new youth scrutiny group for stop and search, with members aged 16 to 25, from April 2026, learning from the City of London Police youth panel that the inspectors highlighted;
  2. £42,000 in 2026/27 to train scrutiny panel members and to pay for the youth group's costs;
  3. a quarterly report on use of force at my Accountability Board, starting in April 2026;
  4. a review by my Independent Ethics and Scrutiny Panel of searches based only on the smell of cannabis, reporting by September 2026;
  5. publishing the force's progress on recommendations 2 and 3 on this page every quarter.

I have not set a target for reducing the number of stops and searches. The power should be used when the law allows and the circumstances require it, and a numerical target would risk the wrong behaviour.


WHAT HAPPENS NEXT

I will update this page every quarter with the force's progress on recommendations 2 and 3, and with the findings of my panel's review of cannabis-only searches when it reports. The first update is due in April 2026.

The inspectorate has not said whether it will return to the three forces to check progress. I will ask HMICFRS at our next regular meeting how it intends to follow up the report.

Key dates:
  - 4 November 2025: HMICFRS publishes 'Grounds for trust'
  - 9 December 2025: Independent Ethics and Scrutiny Panel discusses the report
  - 15 January 2026: Accountability Board discussion with the Chief Constable
  - 1 February 2026: use of force form required before handcuffing incidents can be closed
  - April 2026: youth scrutiny group starts; Reflect and Review extended to use of force
  - June 2026: age and use of force data added to the force's monthly publication
  - September 2026: panel review of cannabis-only searches reports

ABOUT MY SCRUTINY ARRANGEMENTS

My community scrutiny panel for stop and search and use of force has 16 volunteer members from across the force area. It meets every two months at different locations, and at each meeting members watch a random selection of body-worn video recordings chosen by my office, not by the force. Members grade each recording as appropriate, appropriate with learning, or inappropriate, and the force must respond in writing to every recording graded inappropriate. In 2024/25 the panel watched 212 recordings and graded 11 of them inappropriate.

My office has funded the panel since 2021. Its budget for 2025/26 is £18,500, which pays for training, travel and the independent chair's allowance.

QUESTIONS AND ANSWERS

Q: Is Humberside Police going to stop using stop and search?
A: No. The inspectors found that the force uses the power lawfully in most cases. The aim is to make every search lawful, fair and recorded.

Q: Why is the rate for Black people higher?
A: The force's analysis shows that the difference is greatest in searches for drugs in Hull city centre. The force is working with the scrutiny panel to understand this. We will publish the results of that work by the end of 2026.

Q: Can I watch the panel's meetings?
A: The panel's meetings are held in private because members watch footage of real people, but the panel's reports are published on this website.

Q: Does this response cover the force's PEEL inspection too?
A: No. My response to the PEEL 2023-25 inspection was published on 2 September 2025 and is on the HMICFRS inspections page.

COMMENTS (5)

Comments are moderated and will appear once approved. Please read our comments policy before posting.

  DaveB_Cottingham | 21 January 2026, 08:14
  Good to see the youth group. My lad was searched twice outside the interchange last year and nobody ever told me.
    Reply
    > OPCC Humberside (official) | 21 January 2026, 12:30
    > Thank you for your comment. If you would like to raise a concern about a particular search, please contact the force's professional standards department or my office's complaints team via the Contact us page.

  M. Patel | 21 January 2026, 19:02
  Why are you not accepting rec 4? Seems like common sense to tell parents.

  Anon | 22 January 2026, 07:55
  Spend the money on more bobbies instead.

  Withernsea Residents Assoc. | 22 January 2026, 10:41
  The panel reports are hard to find on the site. Could you link them from this page?

  Jen Lowther | 22 January 2026, 13:20
  I sat on the scrutiny panel for two years. It is worth doing and the force does listen. Would encourage younger people to apply for the new group when it opens.
    Reply
    > OPCC Humberside (official) | 22 January 2026, 15:05
    > Thank you, Jen. Details of how to apply for the youth scrutiny group will be published on our Have your say page in February 2026.

Leave a comment
Name [                ]  Email (not published) [                ]
Comment [                                                            ]
[Submit comment]

DOWNLOADS
  Grounds for trust - Commissioner's response (PDF, 244 KB)
  Community scrutiny panel annual report 2024/25 (PDF, 1.1 MB)
  Humberside Police stop and search data, December 2025 (XLSX, 96 KB)

HAVE YOUR SAY
Tell us about your experience of being stopped and searched in Humberside, or of seeing a search happen. You can complete our short survey online, or ask for a paper copy by phoning my office. All responses are anonymous and are shared with the scrutiny panel, not with individual officers.
  [Take the survey]

RELATED PAGES
  My response to the PEEL 2023-25 inspection
  Independent Ethics and Scrutiny Panel
  Accountability Board papers

LATEST NEWS
  Commissioner opens new victims' hub in Scunthorpe - 16 January 2026
  Community safety grants round opens - 9 January 2026
  Precept consultation 2026/27: have your say - 5 January 2026

--------------------------------------------------------------
Office of the Police and Crime Commissioner for Humberside
PO Box 1207, Willerby (postal address only)
Telephone: 01482 000 000 | Email: enquiries@humberside-pcc.example.gov.uk

Accessibility | Privacy notice | Cookies | Freedom of information | Complaints | Modern slavery statement | Sitemap

(c) 2026 Office of the Police and Crime Commissioner for Humberside. All rights reserved.
Website by CivicWeb Studio
"""
