# Content for lancashire-pcc-response-drones-thematic-2025.txt (fictional web capture: all people, figures and programmes invented)
TITLE = "Lancashire Police and Crime Commissioner: response to the HMICFRS inspection 'Clear skies?' (police use of drones)"
TEXT = r"""
Skip to main content
Skip to accessibility tools
Skip to footer

Cookies on this website
We use essential cookies to make this website work. We'd also like to use analytics cookies so we can understand how you use the site and make improvements. You can change your mind at any time on our cookie settings page.
[Accept analytics cookies]  [Reject analytics cookies]  [Cookie settings]

Lancashire Police and Crime Commissioner
Working for safer communities in Lancashire, Blackburn with Darwen and Blackpool

MENU
Home
Your Commissioner
  About Dominic Entwistle
  Police and Crime Plan 2025-2029
  Decisions log
  Register of interests
Holding to account
  Strategic Scrutiny Meeting
  HMICFRS reports and responses
  Complaints reviews
  Drone transparency
Victims and witnesses
Grants and funding
News
Get involved
Contact
Search [                    ] [Go]

Accessibility: Text size A+ A- | Change colours | ReadSpeaker: Listen | Google Translate

You are here: Home > Holding to account > HMICFRS reports and responses > Clear skies? (police use of drones)

Commissioner's response: 'Clear skies? An inspection of how police forces use drones'

Posted: 6 November 2025 | Last reviewed: 7 November 2025 | Reading time: 10 minutes
Share: Facebook | X | LinkedIn | WhatsApp | Email | Copy link

[Print this page]   [Download as PDF (318 KB)]

--------------------------------------------------------------
ON THIS PAGE
  1. Background
  2. What the inspectors said about Lancashire
  3. Lancashire drones in figures
  4. The recommendations and our responses
  5. What I am committing to
  6. Key dates
  7. Your questions answered
  8. Comments
--------------------------------------------------------------

1. BACKGROUND

On 16 September 2025 His Majesty's Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS) published 'Clear skies?', its first inspection of how police forces use drones. Lancashire Constabulary was one of three forces the inspectors visited, with Hampshire and Isle of Wight Constabulary and Wiltshire Police.

The report makes eight recommendations. Recommendations 1 to 5 are for chief constables, and I asked Chief Constable Hannah Birtwistle for her response to each of them. Recommendations 6 and 7 are for the National Police Chiefs' Council and the Home Office. Recommendation 8 is for police and crime commissioners, and so it is for me.

The law requires me to publish my comments on an HMICFRS report within 56 days. This page is my response. I discussed it with the Chief Constable at my Strategic Scrutiny Meeting on 28 October 2025.

Drones are now an everyday part of policing in Lancashire. I have seen for myself how a drone with a thermal camera can find a frightened elderly man on the moors above Darwen at two in the morning, when a line of officers on foot might have taken hours. But I also know that many people are uneasy about cameras in the sky. My job is to make sure that the force uses drones lawfully, proportionately and openly, and that you can see what it is doing.

2. WHAT THE INSPECTORS SAID ABOUT LANCASHIRE

The inspectors found that in Lancashire:
  * the central drone unit at Hutton, with nine full-time pilots, is well led and well organised;
  * Operation Updraft, the drone-as-first-responder trial in Blackpool, gets a drone to emergency calls much faster than officers can arrive;
  * the drone community forum set up before Operation Updraft started is notable practice;
  * footage not needed as evidence is deleted after 31 days, the shortest period of the three forces;
  * the force obtained 14 directed surveillance authorisations for drone flights in 2024;
  * but the force's data protection impact assessment dated from 2021 and did not cover Operation Updraft, and the effect of the trial on the privacy of people living near the docking stations had not been assessed.

3. LANCASHIRE DRONES IN FIGURES

  Drones in the fleet (October 2025) ............ 26
  Trained remote pilots (October 2025) .......... 97
  Drone flights in 2024 ......................... 3,960
  Operation Updraft dispatches, Oct 2024 - Sep 2025 ... 2,380
  Drone first on scene (Operation Updraft) ...... 63%
  Footage retention (non-evidential) ............ 31 days
  Pilots not meeting currency (September 2025) .. 9%
  Complaints about drones received, 2024/25 ..... 7

Figures supplied by Lancashire Constabulary. The Operation Updraft figures cover the first 12 months of the trial. The inspectors' report gives figures for the first six months.

4. THE RECOMMENDATIONS AND OUR RESPONSES

+-----+--------------------------------------+------------------+--------------------+
| Rec | Chief Constable's response           | My view          | Date               |
+-----+--------------------------------------+------------------+--------------------+
| 1   | Accepted. Legal basis field added to | Support          | January 2026       |
|     | the flight log                       |                  |                    |
| 2   | Accepted. New DPIA covering          | Support          | Done (Sept 2025)   |
|     | Operation Updraft completed          |                  |                    |
| 3   | Accepted. Already met (31 days)      | Support          | Already met        |
| 4   | Not accepted                         | Support CC       | -                  |
| 5   | Accepted. Pilots not current are     | Support          | Done (June 2025)   |
|     | stood down from operational flying   |                  |                    |
| 6   | For the NPCC                         | Support          | September 2026     |
| 7   | For the Home Office                  | Support          | December 2026      |
| 8   | For PCCs. Accepted                   | Accepted         | From January 2026  |
+-----+--------------------------------------+------------------+--------------------+

Recommendation 1 (record every flight). The force already records the purpose, location and duration of every flight in its flight log. From January 2026 pilots will also have to record the legal basis for the flight before they can close the record.

Recommendation 2 (data protection impact assessment). The force completed a new data protection impact assessment covering every way it uses drones, including Operation Updraft, in September 2025. It will be reviewed every year, more often than the inspectors asked. A summary has been published on the force's website.

Recommendation 3 (31-day retention). Lancashire already meets recommendation 3. Footage that is not needed as evidence is deleted automatically after 31 days.

Recommendation 4 (no extension of drone-as-first-responder before a published evaluation). The Chief Constable does not accept recommendation 4, and I support her decision. The University of Central Lancashire published its evaluation of the first year of Operation Updraft on 14 October 2025, after the inspectors' fieldwork. The evaluation included a privacy assessment, based on interviews with 212 residents living within the trial area, and it found that most residents were content with the drones once they understood how they were used. The Chief Constable considers that the condition the inspectors set has therefore already been met, and that a recommendation not to extend the trial is no longer needed in Lancashire. The force intends to extend Operation Updraft to Preston in April 2026 and to Burnley later in 2026, subject to CAA permission and to consultation with residents through the community forum.

I want to be clear that I have not given the force a blank cheque. The force will not extend the trial to Preston until the community forum has been set up there and has met at least twice.

Recommendation 5 (pilot currency). Since June 2025, pilots who have not met the NPCC's currency requirement have been stood down from operational flying until they have completed a refresher flight with an instructor. In September 2025, 9 percent of Lancashire's pilots were not current, compared with the figure of 27 percent that the inspectors found across the three forces.

Recommendations 6 and 7 (national guidance and national data). These are not for Lancashire, but I support both. I have written to the NPCC lead for drones and to the policing minister to say so.

Recommendation 8 (telling the public). I accept recommendation 8. From January 2026 my office will publish the force's drone flight data every quarter on the Drone transparency page of this website, starting with the figures for October to December 2025. The data will show the number of flights, their purpose and the district in which they took place.

5. WHAT I AM COMMITTING TO

The Commissioner has committed to the following:
  1. publishing Lancashire's drone flight data every quarter from January 2026;
  2. funding two docking stations for Operation Updraft in Preston, at a cost of £148,000 from my capital budget, once the conditions above are met;
  3. funding the drone community forum in Blackpool, and a new forum in Preston, at £12,000 a year;
  4. commissioning an independent privacy audit of Operation Updraft in 2026;
  5. asking the Chief Constable for a report on the force's use of drones to my Strategic Scrutiny Meeting every six months;
  6. including questions about drones in the consultation for my next annual police and crime plan refresh.

The Chief Constable has also told me that the force will buy four more drones in 2026/27 to replace older models, and will draw up a five-year replacement plan for the fleet.

6. KEY DATES

  16 September 2025 .. 'Clear skies?' published by HMICFRS
  14 October 2025 .... University of Central Lancashire evaluation of Operation Updraft published
  28 October 2025 .... Strategic Scrutiny Meeting discussed this response
  6 November 2025 .... This response published
  January 2026 ....... First quarterly drone flight data published; legal basis field added to flight log
  April 2026 ......... Operation Updraft planned to start in Preston

7. YOUR QUESTIONS ANSWERED

Q: Can police drones see into my house?
A: The cameras are powerful, but pilots are trained not to film private spaces unless there is a lawful reason, such as searching for a missing person or following a suspect. Where a flight is planned to watch a particular person or address, the force must obtain a directed surveillance authorisation first.

Q: Are drones replacing police officers?
A: No. Drones help officers get to the right place quickly and safely. In Operation Updraft, officers are still sent to every incident that needs them.

Q: Do the drones record sound?
A: No. Lancashire's drones do not have microphones.

Q: Can I see footage of myself?
A: You can make a subject access request to Lancashire Constabulary. Footage that is not needed as evidence is deleted after 31 days, so please ask promptly.

Q: How much does the drone unit cost?
A: The force has not yet published a full cost. I have asked the Chief Constable to include the cost of the drone unit, including buying and replacing drones, in the first six-monthly report to my Strategic Scrutiny Meeting.

Q: Who do I complain to about a drone?
A: Complaints about how the police have used a drone should go to Lancashire Constabulary's professional standards department. If you see a drone being flown illegally by someone else, report it to the police on 101.

8. COMMENTS (6)

Comments are checked by a moderator before they appear. Please keep to our house rules.

  Bispham_Bev | 6 November 2025, 17:42
  The drone goes over our road every night. I know it's for good reasons but it would be nice to be told what it's doing.
    Reply
    > Lancashire PCC (official) | 7 November 2025, 09:15
    > Thank you. From January you will be able to see the number and purpose of flights in each district on our Drone transparency page.

  J Ormskirk | 6 November 2025, 19:03
  Fantastic use of technology. They found my dad in 20 minutes last winter.

  NoMoreSpyCams | 6 November 2025, 21:40
  Why is the Chief Constable ignoring the inspectors on rec 4? Seems like they can just do what they want.
    Reply
    > Lancashire PCC (official) | 7 November 2025, 09:20
    > The reasons are set out in section 4 above. The evaluation the inspectors asked for has been published, and the trial will not be extended to Preston until residents there have been consulted.

  Prestonian | 7 November 2025, 08:12
  When will the Preston forum start? I'd like to join.

  Ken W. | 7 November 2025, 10:30
  More bobbies on the beat please, not toys.

  Burnley Business Improvement District | 7 November 2025, 12:55
  We would welcome the trial in Burnley town centre and are happy to host a forum meeting.

Add your comment
Name [                ]  Email (will not be shown) [                ]
Your comment [                                                          ]
[Post comment]

HAVE YOUR SAY: POLICE DRONES
Tell us what you think about police drones in Lancashire. Our short survey takes five minutes and closes on 31 January 2026. Your answers are anonymous and will be shared with the Chief Constable in summary form only.
  [Start the survey]

DOWNLOADS
  Clear skies? - Commissioner's response (PDF, 318 KB)
  Operation Updraft: first-year evaluation summary (PDF, 2.4 MB)
  Drone data protection impact assessment: public summary (PDF, 410 KB)
  Strategic Scrutiny Meeting, 28 October 2025: papers (PDF, 1.9 MB)

RELATED PAGES
  Drone transparency
  Strategic Scrutiny Meeting
  HMICFRS reports and responses

LATEST NEWS
  Commissioner launches rural crime fund - 3 November 2025
  New victims' helpline hours from December - 30 October 2025
  Have your say on next year's police budget - 27 October 2025

--------------------------------------------------------------
Office of the Police and Crime Commissioner for Lancashire
County Hall, Preston (visitors by appointment only)
Telephone: 01772 000 000 | Email: commissioner@lancashire-pcc.example.gov.uk
Chief executive: Yvonne Catterall

Accessibility statement | Privacy | Cookies | Freedom of information | Transparency | Modern slavery statement | Site map

(c) 2025 Office of the Police and Crime Commissioner for Lancashire
Site built by Northwest Digital Co-op
"""
