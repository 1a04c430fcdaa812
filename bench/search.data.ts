// Names for the search benchmark's generated people, most common first (the generator draws them with
// Zipf-like weights, so "Smith" and "John" are as crowded as they are in life), and the respellings
// that people actually type for some of them.
export const MALE = `John David Michael Paul Andrew Mark James Robert Richard Peter Stephen Christopher
Daniel Thomas Matthew William Anthony Steven Ian Simon Gary Kevin Jason Darren Lee Craig Martin Neil
Stuart Jonathan Alan Brian Philip Adam Ryan Liam Jamie Jack Joshua Connor Callum Kieran Nathan Luke Dean
Wayne Carl Scott Shaun Sean Mohammed Muhammad Ali Ahmed Hassan Imran Tariq Kwame Kofi Oluwaseun Chukwuemeka
Tomasz Piotr Łukasz Krzysztof Marek Andrzej Seán Ciarán Eoin Declan Padraig Gareth Rhys Dylan Owen Aled
Alexander Benjamin Samuel Joseph Edward Charles Henry George Harry Oliver Alfie Charlie Frederick Arthur
Leonard Terence Raymond Kenneth Douglas Ronald Gerald Patrick Francis Bernard Dominic Nicholas Timothy
Geoffrey Jeffrey Gregory Lawrence Vincent Malcolm Derek Trevor Clive Colin Graham Barry Keith Roy`
  .split(/\s+/)
  .filter(Boolean)

export const FEMALE = `Sarah Claire Emma Nicola Lisa Michelle Louise Rachel Kelly Joanne Karen Julie
Helen Samantha Laura Amanda Rebecca Jennifer Elizabeth Margaret Susan Patricia Deborah Jacqueline Catherine
Katherine Victoria Charlotte Jessica Hannah Amy Sophie Chloe Lauren Megan Jade Danielle Stacey Leanne
Kirsty Gemma Natalie Hayley Donna Tracey Sharon Dawn Angela Alison Caroline Fiona Anne Mary Jane Ann
Dorothy Barbara Valerie Pamela Christine Theresa Josephine Frances Eleanor Abigail Isabel Olivia Emily
Zoë Siobhán Aoife Niamh Bríd Fatima Aisha Ayesha Priya Anjali Sunita Agnieszka Katarzyna Małgorzata
Chiamaka Ngozi Folasade Abena Grace Joy Precious Mercy Faith Hope Leah Amber Ruby Poppy Millie Ellie`
  .split(/\s+/)
  .filter(Boolean)

export const SURNAMES = `Smith Jones Williams Taylor Brown Davies Evans Wilson Thomas Johnson Roberts
Robinson Thompson Wright Walker White Edwards Hughes Green Hall Lewis Harris Clarke Patel Jackson Wood
Turner Martin Cooper Hill Ward Morris Moore Clark Lee King Baker Harrison Morgan Allen James Scott
Phillips Watson Davis Parker Price Bennett Young Griffiths Mitchell Kelly Cook Carter Richardson Bailey
Collins Bell Shaw Murphy Miller Cox Richards Khan Marshall Anderson Simpson Ellis Adams Singh Begum
Wilkinson Foster Chapman Powell Webb Rogers Gray Mason Ali Hunt Hussain Campbell Matthews Owen Palmer
Holmes Mills Barnes Knight Lloyd Butler Russell Barker Fisher Stevens Jenkins Murray Dixon Harvey Graham
Pearson Ahmed Fletcher Walsh Kaur Gibson Howard Andrews Stewart Elliott Reynolds Saunders Payne Fox Ford
Pearce Day Brooks West Lawrence Cole Atkinson Bradley Spencer Gill Dawson Ball Burton O'Brien Watts Rose
Booth Perry Ryan Grant Wells Armstrong Francis Rees Hayes Hart Hudson Newman Barrett Webster Hunter
Gregory Carr Lowe Page Marsh Riley Dunn Woods Parsons Berry Stone Reid Holland Hawkins Harding Porter
Robertson Newton Oliver Reed Kennedy Williamson Bird Gardner Shah Dean Lane Cooke Bates Henderson Parry
Burgess Bishop Walton Burns Nicholson Shepherd Ross Cross Long Freeman Warren Nicholls Hamilton Byrne
Sutton McDonald Yates Hodgson Robson Curtis Hopkins O'Connor Harper Coleman Watkins Moss McCarthy Chambers
O'Neill Griffin Sharp Hardy Wheeler Potter Osborne Johnston Gordon Doyle Wallace George Jordan Hutchinson
Rowe Burke May Pritchard Gilbert Willis Higgins Read Miles Stevenson Stephenson Hammond Arnold Buckley
Walters Hewitt Barber Nelson Slater Austin Sullivan Whitehead Mann Frost Lambert Stephens Blake Akhtar
Lynch Goodwin Barton Woodward Thomson Cunningham Quinn Barnett Baxter Bibi Clayton Nash Greenwood Jennings
Holt Kemp Poole Gallagher Bond Stokes Tucker Davidson Fowler Heath Norman Middleton Lawson Banks French
Stanley Jarvis Gibbs Ferguson Hayward Carroll Farrell Nowak Kowalski Wiśniewski Okafor Adeyemi Mensah
MacDonald MacKenzie McLean McGregor MacLeod McKay Ní Dhuibhir Núñez García Müller Søndergaard`
  .split(/\s+/)
  .filter((s) => s && s !== 'Ní' && s !== 'Dhuibhir')

/** Real respellings, both ways: what a colleague or a court might type for the name on record. */
export const RESPELLINGS: [string, string][] = [
  ['Smith', 'Smyth'],
  ['Thompson', 'Thomson'],
  ['Stephenson', 'Stevenson'],
  ['Stephens', 'Stevens'],
  ['Catherine', 'Katherine'],
  ['Katherine', 'Kathryn'],
  ['Stephen', 'Steven'],
  ['Philip', 'Phillip'],
  ['Jeffrey', 'Geoffrey'],
  ['Claire', 'Clare'],
  ['Sean', 'Shaun'],
  ['Shaun', 'Shawn'],
  ['Mohammed', 'Muhammad'],
  ['Muhammad', 'Mohamed'],
  ['Rachel', 'Rachael'],
  ['Nicola', 'Nichola'],
  ['Gary', 'Garry'],
  ['Ian', 'Iain'],
  ['Lee', 'Leigh'],
  ['Rhys', 'Reece'],
  ['Jon', 'John'],
  ['Davies', 'Davis'],
  ['Clarke', 'Clark'],
  ['Reid', 'Reed'],
  ['Gray', 'Grey'],
  ['Matthews', 'Mathews'],
  ['Phillips', 'Philips'],
  ['Hussain', 'Hussein'],
  ['Ahmed', 'Ahmad'],
  ['Kelly', 'Kelley'],
  ['Nicholls', 'Nichols'],
  ['Jarvis', 'Jarviss'],
  ['Lloyd', 'Loyd'],
  ['Tracey', 'Tracy'],
  ['Zoë', 'Zoe'],
  ['Seán', 'Sean'],
]

/** Nicknames to type for formal names (the search's own table is not consulted: these are typed forms). */
export const NICKNAMES: Record<string, string[]> = {
  William: ['Bill', 'Will', 'Billy'],
  Robert: ['Bob', 'Rob', 'Bobby'],
  Richard: ['Dick', 'Rick', 'Richie'],
  James: ['Jim', 'Jimmy', 'Jamie'],
  Michael: ['Mike', 'Mick'],
  Thomas: ['Tom', 'Tommy'],
  Anthony: ['Tony'],
  Edward: ['Ed', 'Ted', 'Eddie'],
  Charles: ['Charlie'],
  Christopher: ['Chris'],
  Daniel: ['Dan', 'Danny'],
  David: ['Dave'],
  Joseph: ['Joe'],
  Patrick: ['Paddy', 'Pat'],
  Nicholas: ['Nick'],
  Samuel: ['Sam'],
  Stephen: ['Steve'],
  Steven: ['Steve'],
  Peter: ['Pete'],
  Philip: ['Phil'],
  Matthew: ['Matt'],
  Andrew: ['Andy'],
  Benjamin: ['Ben'],
  Timothy: ['Tim'],
  Kenneth: ['Ken'],
  Alexander: ['Alex'],
  Frederick: ['Fred'],
  Margaret: ['Peggy', 'Maggie', 'Meg'],
  Elizabeth: ['Liz', 'Beth', 'Betty'],
  Catherine: ['Kate', 'Cathy'],
  Katherine: ['Kate', 'Kathy'],
  Jennifer: ['Jenny', 'Jen'],
  Rebecca: ['Becky'],
  Victoria: ['Vicky'],
  Samantha: ['Sam'],
  Deborah: ['Debbie'],
  Patricia: ['Pat', 'Trish'],
  Susan: ['Sue'],
  Jacqueline: ['Jackie'],
  Josephine: ['Jo'],
  Abigail: ['Abby'],
  Dorothy: ['Dot'],
  Pamela: ['Pam'],
  Christine: ['Chris'],
  Eleanor: ['Ellie'],
  Joanne: ['Jo'],
  Amanda: ['Mandy'],
}

export const OUTWARD = `M1 M4 M14 M20 B1 B5 B12 B23 L1 L8 L15 LS1 LS6 LS11 S1 S6 NG1 NG7 LE1 LE4 CF10 CF24
SA1 NP20 BS1 BS5 PL1 EX1 SW1A SW9 SE1 SE15 E1 E8 N1 N7 NW1 W2 CR0 BR1 NE1 NE6 SR1 DH1 YO1 HU1 BD1 HD1
CV1 WV1 DY1 ST1 DE1 NN1 MK9 OX1 RG1 SO14 PO1 BN1 CT1 ME1 IP1 NR1 CB1 PE1 LN1 DN1 WF1 HX1 OL1 BL1 WN1
PR1 BB1 LA1 CA1 CH1 WA1 SK1 TS1 DL1 HG1 GL1 HR1 WR1 TF1 SY1 LL11 LD1`
  .split(/\s+/)
  .filter(Boolean)

/** The long tail of rarer surnames, made of the parts English surnames are made of (Ashford, Blackwell...). */
export const TAIL_START =
  `Ash Black Brad Brook Bur Cal Chad Cold Cran Dal Den Elm Fair Fern Gold Green Hal Hart
Haw Hol Kent Lang Ley Lind Mar Mid Mill Mor New North Oak Pem Red Rook Ross Ryd Sand Shel Staf Stan Thorn Wal
War Wel West Whit Wood Wyn Yar Ather Birch Bram Carr Dun Eld Fox Gar Hay Ingle Kings Lock`
    .split(/\s+/)
    .filter(Boolean)
export const TAIL_END = `ford well wood ley ton field worth by ham den man more combe hurst stone ridge bridge
wick borough dale gate land thorpe cott shaw bury lake holt mere brook croft stead wright er ell low cliffe
burn ing`
  .split(/\s+/)
  .filter(Boolean)
