// The twelve probation regions of England and Wales with a few of their delivery units, and the
// postcode districts and towns each unit covers, so that a demo person lives where their case is held.
// Codes are the demo's own (real systems use codes such as N07); names follow the real units.

export interface PlaceArea {
  outcode: string
  town: string
  county: string
}

export interface PduPlace {
  name: string
  areas: readonly PlaceArea[]
}

export interface RegionPlace {
  code: string
  name: string
  /** Share of the national caseload, roughly. */
  weight: number
  pdus: readonly PduPlace[]
}

const a = (outcode: string, town: string, county: string): PlaceArea => ({ outcode, town, county })

export const REGIONS: readonly RegionPlace[] = [
  {
    code: 'LON',
    name: 'London',
    weight: 17,
    pdus: [
      {
        name: 'Camden and Islington',
        areas: [
          a('N7', 'London', 'Greater London'),
          a('NW1', 'London', 'Greater London'),
          a('EC1V', 'London', 'Greater London'),
        ],
      },
      {
        name: 'Hackney and City',
        areas: [a('E8', 'London', 'Greater London'), a('E5', 'London', 'Greater London')],
      },
      {
        name: 'Lambeth',
        areas: [a('SW9', 'London', 'Greater London'), a('SE11', 'London', 'Greater London')],
      },
      { name: 'Croydon', areas: [a('CR0', 'Croydon', 'Greater London')] },
      {
        name: 'Ealing and Hillingdon',
        areas: [a('W5', 'London', 'Greater London'), a('UB3', 'Hayes', 'Greater London')],
      },
    ],
  },
  {
    code: 'GMC',
    name: 'Greater Manchester',
    weight: 9,
    pdus: [
      {
        name: 'Manchester North',
        areas: [a('M8', 'Manchester', 'Greater Manchester'), a('M9', 'Manchester', 'Greater Manchester')],
      },
      { name: 'Salford', areas: [a('M6', 'Salford', 'Greater Manchester')] },
      { name: 'Bolton', areas: [a('BL1', 'Bolton', 'Greater Manchester')] },
      { name: 'Wigan', areas: [a('WN5', 'Wigan', 'Greater Manchester')] },
    ],
  },
  {
    code: 'NWE',
    name: 'North West',
    weight: 8,
    pdus: [
      {
        name: 'Liverpool North',
        areas: [a('L4', 'Liverpool', 'Merseyside'), a('L5', 'Liverpool', 'Merseyside')],
      },
      { name: 'Liverpool South', areas: [a('L8', 'Liverpool', 'Merseyside')] },
      {
        name: 'Lancashire Central',
        areas: [a('PR1', 'Preston', 'Lancashire'), a('BB1', 'Blackburn', 'Lancashire')],
      },
      { name: 'Cumbria', areas: [a('CA1', 'Carlisle', 'Cumbria')] },
    ],
  },
  {
    code: 'NEA',
    name: 'North East',
    weight: 6,
    pdus: [
      {
        name: 'Newcastle upon Tyne',
        areas: [
          a('NE4', 'Newcastle upon Tyne', 'Tyne and Wear'),
          a('NE6', 'Newcastle upon Tyne', 'Tyne and Wear'),
        ],
      },
      { name: 'Sunderland', areas: [a('SR4', 'Sunderland', 'Tyne and Wear')] },
      {
        name: 'Teesside',
        areas: [a('TS1', 'Middlesbrough', 'North Yorkshire'), a('TS24', 'Hartlepool', 'County Durham')],
      },
    ],
  },
  {
    code: 'YKH',
    name: 'Yorkshire and the Humber',
    weight: 9,
    pdus: [
      { name: 'Leeds', areas: [a('LS9', 'Leeds', 'West Yorkshire'), a('LS11', 'Leeds', 'West Yorkshire')] },
      {
        name: 'Sheffield',
        areas: [a('S2', 'Sheffield', 'South Yorkshire'), a('S5', 'Sheffield', 'South Yorkshire')],
      },
      {
        name: 'Bradford and Calderdale',
        areas: [a('BD3', 'Bradford', 'West Yorkshire'), a('HX1', 'Halifax', 'West Yorkshire')],
      },
      { name: 'Hull and East Riding', areas: [a('HU3', 'Hull', 'East Riding of Yorkshire')] },
    ],
  },
  {
    code: 'EMI',
    name: 'East Midlands',
    weight: 8,
    pdus: [
      {
        name: 'Nottingham City',
        areas: [a('NG7', 'Nottingham', 'Nottinghamshire'), a('NG3', 'Nottingham', 'Nottinghamshire')],
      },
      {
        name: 'Leicester, Leicestershire and Rutland',
        areas: [a('LE2', 'Leicester', 'Leicestershire'), a('LE4', 'Leicester', 'Leicestershire')],
      },
      { name: 'Derby City', areas: [a('DE23', 'Derby', 'Derbyshire')] },
      { name: 'Lincolnshire', areas: [a('LN2', 'Lincoln', 'Lincolnshire')] },
    ],
  },
  {
    code: 'WMI',
    name: 'West Midlands',
    weight: 10,
    pdus: [
      {
        name: 'Birmingham Central and South',
        areas: [a('B12', 'Birmingham', 'West Midlands'), a('B10', 'Birmingham', 'West Midlands')],
      },
      { name: 'Coventry', areas: [a('CV1', 'Coventry', 'West Midlands')] },
      { name: 'Wolverhampton', areas: [a('WV1', 'Wolverhampton', 'West Midlands')] },
      { name: 'Staffordshire and Stoke-on-Trent', areas: [a('ST4', 'Stoke-on-Trent', 'Staffordshire')] },
    ],
  },
  {
    code: 'EOE',
    name: 'East of England',
    weight: 8,
    pdus: [
      {
        name: 'Norfolk and Suffolk',
        areas: [a('NR3', 'Norwich', 'Norfolk'), a('IP4', 'Ipswich', 'Suffolk')],
      },
      {
        name: 'Cambridgeshire and Peterborough',
        areas: [a('PE1', 'Peterborough', 'Cambridgeshire'), a('CB4', 'Cambridge', 'Cambridgeshire')],
      },
      { name: 'Essex South', areas: [a('SS1', 'Southend-on-Sea', 'Essex'), a('CO1', 'Colchester', 'Essex')] },
      { name: 'Bedfordshire', areas: [a('LU1', 'Luton', 'Bedfordshire')] },
    ],
  },
  {
    code: 'WAL',
    name: 'Wales',
    weight: 6,
    pdus: [
      {
        name: 'Cardiff and the Vale',
        areas: [a('CF10', 'Cardiff', 'South Glamorgan'), a('CF24', 'Cardiff', 'South Glamorgan')],
      },
      { name: 'Swansea, Neath Port Talbot and Bridgend', areas: [a('SA1', 'Swansea', 'West Glamorgan')] },
      { name: 'North Wales', areas: [a('LL11', 'Wrexham', 'Clwyd'), a('LL57', 'Bangor', 'Gwynedd')] },
      { name: 'Gwent', areas: [a('NP20', 'Newport', 'Gwent')] },
    ],
  },
  {
    code: 'KSS',
    name: 'Kent, Surrey and Sussex',
    weight: 7,
    pdus: [
      { name: 'Kent North', areas: [a('ME4', 'Chatham', 'Kent'), a('CT9', 'Margate', 'Kent')] },
      { name: 'Brighton and East Sussex', areas: [a('BN2', 'Brighton', 'East Sussex')] },
      { name: 'West Sussex', areas: [a('RH10', 'Crawley', 'West Sussex')] },
      { name: 'Surrey', areas: [a('GU1', 'Guildford', 'Surrey')] },
    ],
  },
  {
    code: 'SWE',
    name: 'South West',
    weight: 6,
    pdus: [
      { name: 'Bristol, South Gloucestershire and North Somerset', areas: [a('BS5', 'Bristol', 'Bristol')] },
      { name: 'Devon and Torbay', areas: [a('PL1', 'Plymouth', 'Devon'), a('EX4', 'Exeter', 'Devon')] },
      { name: 'Cornwall and Isles of Scilly', areas: [a('TR1', 'Truro', 'Cornwall')] },
      { name: 'Gloucestershire', areas: [a('GL1', 'Gloucester', 'Gloucestershire')] },
    ],
  },
  {
    code: 'SCE',
    name: 'South Central',
    weight: 6,
    pdus: [
      { name: 'Southampton, Eastleigh and New Forest', areas: [a('SO14', 'Southampton', 'Hampshire')] },
      { name: 'Portsmouth and Isle of Wight', areas: [a('PO1', 'Portsmouth', 'Hampshire')] },
      { name: 'Oxfordshire', areas: [a('OX4', 'Oxford', 'Oxfordshire')] },
      { name: 'Reading and West Berkshire', areas: [a('RG1', 'Reading', 'Berkshire')] },
      { name: 'Milton Keynes', areas: [a('MK9', 'Milton Keynes', 'Buckinghamshire')] },
    ],
  },
]

export const STREETS = [
  'High Street',
  'Station Road',
  'Church Lane',
  'Victoria Road',
  'Park Avenue',
  'Mill Lane',
  'London Road',
  'Queen Street',
  'King Street',
  'Green Lane',
  'The Crescent',
  'Manor Road',
  'Albert Road',
  'New Street',
  'School Lane',
  'Grove Road',
  'Oxford Street',
  'Springfield Road',
  'Chapel Street',
  "St John's Road",
  'Heol y Coed',
  'Windsor Close',
  'Elm Grove',
  'Nelson Street',
  'Market Place',
] as const

/** Letters a postcode's inward code may use (no C, I, K, M, O or V). */
export const INWARD_LETTERS = 'ABDEFGHJLNPQRSTUWXYZ'
