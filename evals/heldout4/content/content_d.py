# Content for south-yorkshire-mayor-response-roads-policing-thematic-2025.txt (fictional web capture)
TITLE = "South Yorkshire Mayor's response to the HMICFRS roads policing inspection 'Every journey matters'"
TEXT = r"""
Skip to main content
Skip to site navigation
Skip to footer

Cookies on this site
We use essential cookies to make this website work. We'd also like to use analytics cookies so we can understand how you use the site and make improvements. [Accept analytics cookies] [Reject analytics cookies] [Change cookie settings]

South Yorkshire Mayoral Combined Authority
Barnsley | Doncaster | Rotherham | Sheffield

Main menu
Home
The Mayor
  About the Mayor
  Deputy Mayor for Policing and Crime
  Mayor's diary
Policing and crime
  Police and Crime Plan 2025-2029
  Holding the police to account
  HMICFRS inspections and responses
  Public Accountability Board
  Complaints about South Yorkshire Police
Transport
Skills and jobs
Business
Funding and grants
News
Get involved
Contact us
Search this site [                ] [Search]

Text size: A A A | High contrast | Listen to this page | Cymraeg not available

You are here: Home > Policing and crime > HMICFRS inspections and responses > Every journey matters (roads policing)

Mayor's response to 'Every journey matters: An inspection of roads policing and the police contribution to reducing road harm'

Published: 5 November 2025
Last updated: 7 November 2025
Topic: Policing and crime, Road safety
Reading time: 11 minutes

Share this page: Facebook | X | LinkedIn | WhatsApp | Email | Copy link

======================================================================

On this page
1. About this response
2. Mayor's foreword
3. Roads in South Yorkshire: the picture
4. Chief Constable's comments
5. Recommendations for chief constables (1 to 6)
6. Recommendations for national bodies (7 to 11)
7. Summary table
8. What happens next
9. Frequently asked questions
10. Comments

----------------------------------------------------------------------
1. About this response
----------------------------------------------------------------------

Since 7 May 2024, the Mayor of South Yorkshire has exercised the functions of the police and crime commissioner for the area. Under section 55 of the Police Act 1996, the Mayor must publish comments on any HMICFRS report about South Yorkshire Police within 56 days, and send a copy to His Majesty's Chief Inspector of Constabulary and the Home Secretary.

HMICFRS published 'Every journey matters' on 16 September 2025. It is a national thematic inspection, and South Yorkshire Police was one of the six forces in which the inspectorate carried out fieldwork. The report makes 11 recommendations. Recommendations 1 to 6 are for chief constables. Recommendations 7 to 11 are for national bodies.

Road safety is also a transport issue, and the Mayoral Combined Authority is the local transport authority for South Yorkshire. This means that, unlike most police and crime commissioners, the Mayor has responsibilities for both policing and roads. The Mayor's Local Transport Plan sets a target of reducing the number of people killed or seriously injured on South Yorkshire's roads by 40 percent by 2035, compared with the 2022 baseline.

This response was prepared by the Mayor's policing team with the Deputy Mayor for Policing and Crime, Councillor Nasreen Aldous, who leads on road safety for the Mayor, and with South Yorkshire Police.

----------------------------------------------------------------------
2. Mayor's foreword
----------------------------------------------------------------------

Too many people in South Yorkshire are killed or badly hurt on our roads. Last year, 47 people died on the roads of Barnsley, Doncaster, Rotherham and Sheffield, and 693 more were seriously injured. Many of them were young. Many were walking or cycling. Every one of them is a loss to a family and to a community.

I welcome this inspection and the spotlight it puts on roads policing. I am proud that the inspectorate has chosen Operation Halyard as notable practice. When I took on the police and crime commissioner role, I said that I wanted South Yorkshire Police to take back our roads from people who drive with no insurance, no licence and no regard for anyone else. Operation Halyard is doing exactly that.

But I do not want to pretend that the report is all good news for us. South Yorkshire was one of the four forces without a current road harm reduction plan, and our roads policing officers are too often pulled away to other work. I have agreed with the Chief Constable what we will do about both, and I set this out below.

Declan Hargreave
Mayor of South Yorkshire

----------------------------------------------------------------------
3. Roads in South Yorkshire: the picture
----------------------------------------------------------------------

Key figures (calendar year 2024, South Yorkshire Police area):

  People killed on the roads ........................ 47
  People seriously injured .......................... 693
  Officers in the Roads Policing Unit ............... 86 (establishment 94)
  Vehicles seized under Operation Halyard ........... 1,318 (first year)
  Footage submissions to the force portal ........... 9,412
  Submissions leading to police action .............. 71 percent
  Average time to review a submission ............... 19 days

Source: South Yorkshire Police, January 2025. Figures are provisional and may differ from the Department for Transport's published statistics.

----------------------------------------------------------------------
4. Chief Constable's comments
----------------------------------------------------------------------

Chief Constable Imogen Thorley said:

"I welcome this report and I am grateful to HMICFRS for the recognition it gives to Operation Halyard and to the officers who run it. I accept that we need to do more. We have a highly skilled Roads Policing Unit, but I know that our officers are too often used to fill gaps in response policing, and we have not measured how often this happens. From 1 December 2025, every hour a roads policing officer spends on other duties will be recorded, and ACC Rajiv Mannering will review the figures each month.

"We will publish a new road harm reduction plan, developed with Safer Roads South Yorkshire, by 31 March 2026. We will also make sure that our response to the footage the public sends us is faster. Our current average is 19 days, which is too slow."

----------------------------------------------------------------------
5. Recommendations for chief constables (1 to 6)
----------------------------------------------------------------------

Recommendation 1 - road harm reduction plan
The force accepts this recommendation. South Yorkshire Police's last road safety strategy expired in 2022. A new Road Harm Reduction Plan 2026-2029 is being written with Safer Roads South Yorkshire and the four local authorities. It will be published by 31 March 2026. The Mayor will include a road harm measure in the performance framework for the Police and Crime Plan 2025-2029.

Recommendation 2 - recording and monitoring abstraction
The force accepts this recommendation. Abstraction from the Roads Policing Unit will be recorded from 1 December 2025 on the force's duty management system. ACC Rajiv Mannering will review the data monthly. The Mayor has asked for an abstraction report at the Public Accountability Board in March 2026.

Recommendation 3 - roadside drug-testing kits
The force accepts this recommendation. All Roads Policing Unit officers carry drug-testing kits. The force will extend training to response sergeants in 2026. The Mayor has agreed to provide £85,000 for additional kits and training in 2025/26.

Recommendation 4 - footage reviewed within 14 days
The force accepts this recommendation, but has told the Mayor it does not expect to meet the deadline of 31 December 2025. The force's portal team has four members of staff. The force plans to recruit two more and to introduce automated acknowledgements, and expects to review all submissions within 14 days by April 2026.

Recommendation 5 - forensic collision investigation accreditation
South Yorkshire Police's forensic collision investigation unit is working towards ISO/IEC 17020 accreditation. The force submitted its application to the United Kingdom Accreditation Service (UKAS) in July 2025 and expects an assessment visit in spring 2026. The force is confident it will meet the deadline of 30 September 2026, but it has not yet received a date from UKAS.

Recommendation 6 - family liaison within 24 hours
The force accepts this recommendation. It has 22 trained family liaison officers who can be deployed to road deaths. In 2024, an FLO was deployed within 24 hours in 44 of the 47 fatal collisions. The force will train eight more FLOs by March 2026 and will adopt a family guide based on Kent Police's Family Passport.

----------------------------------------------------------------------
6. Recommendations for national bodies (7 to 11)
----------------------------------------------------------------------

Recommendations 7 to 11 are for the NPCC, the College of Policing, the Home Office, the Forensic Science Regulator and the Department for Transport. The Mayor welcomes all five, and in particular:

- recommendation 9, because the lack of national data on roads policing officers makes it hard for the public to hold forces to account;
- recommendation 10, because delays in toxicology results have led to drug-driving cases being dropped in South Yorkshire, as elsewhere;
- recommendation 11, because Safer Roads South Yorkshire has told the Mayor that a third of its fixed speed cameras are more than 15 years old.

The Mayor will raise recommendations 10 and 11 with ministers through the Mayoral Council.

----------------------------------------------------------------------
7. Summary table
----------------------------------------------------------------------

+-----+------------------------------------+--------------------+-------------------+
| Rec | Subject                            | Status             | Target date       |
+-----+------------------------------------+--------------------+-------------------+
| 1   | Road harm reduction plan           | Accepted           | 31 March 2026     |
| 2   | Abstraction recorded and monitored | Accepted           | 1 December 2025   |
| 3   | Roadside drug-testing kits         | Accepted           | 2026 (training)   |
| 4   | Footage reviewed within 14 days    | Accepted - delayed | April 2026        |
| 5   | Collision investigation accredited | In progress        | 30 September 2026 |
| 6   | FLO within 24 hours                | Accepted           | March 2026        |
| 7-11| National recommendations           | Noted / supported  | n/a               |
+-----+------------------------------------+--------------------+-------------------+

----------------------------------------------------------------------
8. What happens next
----------------------------------------------------------------------

The Mayor will track progress against the recommendations in the following ways:

- a roads policing update at every Public Accountability Board meeting until all six force recommendations are complete;
- a quarterly report from ACC Rajiv Mannering to the Deputy Mayor for Policing and Crime;
- publication of the Road Harm Reduction Plan 2026-2029 on this website by 31 March 2026;
- a review of progress by the South Yorkshire Police and Crime Panel in June 2026.

The Mayor has also agreed to fund eight additional roads policing officers from April 2026, at a cost of £520,000 a year, which will take the Roads Policing Unit to its full establishment of 94 officers.

If you have been affected by a road death or serious injury, support is available from the South Yorkshire Victim Support Hub. Call 0300 000 0000 or visit our victims page.

----------------------------------------------------------------------
8a. Road safety: what you can do
----------------------------------------------------------------------

The police can only do so much. Most collisions are caused by the choices drivers make. The Mayor and Safer Roads South Yorkshire are asking everyone who drives in South Yorkshire to:

- keep to the speed limit, especially near schools and in residential streets;
- never drive after drinking alcohol or taking drugs, including the morning after;
- put your phone away and out of reach before you set off;
- make sure everyone in the vehicle wears a seat belt, on every journey;
- give cyclists, horse riders and pedestrians plenty of space.

Safer Roads South Yorkshire runs free courses for young drivers, older drivers and motorcyclists. Details are on the Road safety in South Yorkshire page. If you are worried about a dangerous road near you, you can report it to your local council, which is responsible for road design and maintenance.

If you see someone driving dangerously, call 999 if there is an immediate danger. Otherwise, report it online or by calling 101.

----------------------------------------------------------------------
9. Frequently asked questions
----------------------------------------------------------------------

Q: Why is the Mayor responding, and not a police and crime commissioner?
A: Since 7 May 2024, the Mayor of South Yorkshire has exercised the functions that used to belong to the South Yorkshire Police and Crime Commissioner. The Mayor sets the police budget and the police and crime plan, and holds the Chief Constable to account. The Mayor is supported by the Deputy Mayor for Policing and Crime.

Q: What is Operation Halyard?
A: Operation Halyard is South Yorkshire Police's operation against uninsured, unlicensed and untaxed drivers. It uses automatic number plate recognition (ANPR) cameras and intelligence to find vehicles that should not be on the road. Vehicles are seized, and drivers can be prosecuted. The inspectorate chose it as an example of notable practice.

Q: How do I send the police dashcam or phone footage of bad driving?
A: You can upload footage through South Yorkshire Police's online portal. You will need to complete a witness statement. Footage must be submitted within seven days of the incident so that the police can meet the legal deadline for a notice of intended prosecution.

Q: Does the money for more roads policing officers come from speed camera fines?
A: No. Fixed penalty income from speed cameras goes to central government. The eight additional officers will be funded from the Mayor's policing budget. This is one reason the Mayor supports recommendation 11.

Q: Where can I find the full inspection report?
A: The report is published on the HMICFRS website. A link is provided in the Related pages section below.

Q: Will the Mayor report on progress?
A: Yes. Progress will be reported at the Public Accountability Board, which meets in public. Papers and minutes are published on this website.

----------------------------------------------------------------------
10. Comments
----------------------------------------------------------------------

Comments are moderated and will appear once approved. Please read our comments policy.

  Posted by RotherhamRider, 6 November 2025
  Good to see the drug-testing money. The A630 needs more patrols at night, especially at weekends.

  Posted by Concerned parent (Doncaster), 6 November 2025
  Why can't the footage portal tell you whether anything happened to the driver? I sent a clip in August and heard nothing.

  Reply from the Mayor's policing team, 7 November 2025
  Thank you. The force is introducing automated updates as part of its response to recommendation 4. If you have a reference number, please contact us and we will check the status of your submission.

[Add a comment]  [Report a comment]

----------------------------------------------------------------------

About Safer Roads South Yorkshire
Safer Roads South Yorkshire is the road safety partnership for Barnsley, Doncaster, Rotherham and Sheffield. Its members are the four councils, South Yorkshire Police, South Yorkshire Fire and Rescue, National Highways and the Mayoral Combined Authority. The partnership runs the safety camera network in South Yorkshire, delivers road safety education in schools and workplaces, and analyses collision data to decide where enforcement and engineering work should be targeted. Its annual report for 2024/25 is available on its website.

Downloads
  Mayor's response - Every journey matters (PDF, 310 KB)
  Easy read summary (PDF, 190 KB)
  Letter to HMICFRS, 5 November 2025 (PDF, 95 KB)

Related pages
  HMICFRS inspections and responses
  Police and Crime Plan 2025-2029
  Public Accountability Board: papers and minutes
  Road safety in South Yorkshire

Latest news
  30 October 2025 - Mayor announces £1.1 million for neighbourhood policing in town centres
  22 October 2025 - Public Accountability Board: October meeting papers published
  15 October 2025 - Operation Halyard passes 2,000 vehicle seizures
  8 October 2025 - New Victim Support Hub opens in Doncaster
  1 October 2025 - Have your say on the Mayor's 2026/27 policing budget

Was this page helpful? [Yes] [No]

----------------------------------------------------------------------
South Yorkshire Mayoral Combined Authority, 11 Broad Street West, Sheffield S1 2BQ
Accessibility | Privacy notice | Cookies | Freedom of information | Modern slavery statement | Sitemap
Follow us: Facebook | X | Instagram | LinkedIn | YouTube
(c) South Yorkshire Mayoral Combined Authority 2025
"""
