// A small maintained table of Home Office offence codes (`NNN/NN`: offence class / sub-code) with their
// descriptions and OGRS3 offence category, so a description can be filled in from the code, and so the
// demo-data seeder draws real codes. The class numbers and categories agree with the OASys offence
// extract (CT_Offence_min.csv, reference/predictors.md §1.2): e.g. 028 domestic burglary, 046 theft
// from shops, 803 drink driving. `/00` is the class-wide code OASys asks for when the exact
// sub-offence is not known. Entries marked `confirm: true` carry a sub-code or class that could not be
// checked against a published list: confirm them against the MoJ offence list before relying on them.
// Predictors map codes to their own categories through their own tables (docs/DECISIONS.md, 13).

/** The 20 OGRS3 offence categories (reference/predictors.md §1.2). */
export const OGRS3_CATEGORIES = [
  'violence',
  'robbery',
  'public_order',
  'sexual_not_against_child',
  'sexual_against_child',
  'soliciting_or_prostitution',
  'burglary_domestic',
  'burglary_other',
  'theft_non_motor',
  'handling_stolen_goods',
  'fraud_and_forgery',
  'absconding_or_bail',
  'taking_and_driving_away',
  'theft_from_vehicles',
  'other_motoring',
  'drink_driving',
  'criminal_damage',
  'drug_import_export_production',
  'drug_possession_supply',
  'other_offence',
] as const
export type Ogrs3Category = (typeof OGRS3_CATEGORIES)[number]

export interface OffenceCode {
  code: string
  description: string
  ogrs3Category: Ogrs3Category
  /** Sub-code or class still to be confirmed against the published list (see the header). */
  confirm?: true
}

const c = (
  code: string,
  description: string,
  ogrs3Category: Ogrs3Category,
  confirm?: 'confirm',
): OffenceCode =>
  confirm ? { code, description, ogrs3Category, confirm: true } : { code, description, ogrs3Category }

export const OFFENCE_CODES: readonly OffenceCode[] = [
  c('001/00', 'Murder', 'violence'),
  c('002/00', 'Attempted murder', 'violence'),
  c('003/00', 'Threats to kill, or conspiracy to murder', 'violence'),
  c('004/01', 'Manslaughter', 'violence'),
  c('004/04', 'Causing death by dangerous driving', 'other_motoring'),
  c(
    '004/06',
    'Causing death by careless driving when under the influence of drink or drugs',
    'drink_driving',
  ),
  c('005/00', 'Wounding or causing grievous bodily harm with intent (s.18 OAPA 1861)', 'violence'),
  c('008/01', 'Wounding or inflicting grievous bodily harm (s.20 OAPA 1861)', 'violence', 'confirm'),
  c('008/06', 'Assault occasioning actual bodily harm (s.47 OAPA 1861)', 'violence', 'confirm'),
  c('008/00', 'Other wounding', 'violence'),
  c('019/00', 'Rape', 'sexual_not_against_child'),
  c('020/00', 'Sexual assault on a female', 'sexual_not_against_child'),
  c('020/05', 'Sexual assault on a female', 'sexual_not_against_child'),
  c('017/00', 'Sexual assault on a male', 'sexual_not_against_child'),
  c('021/00', 'Sexual activity involving a child under 13', 'sexual_against_child'),
  c('022/00', 'Sexual activity involving a child under 16', 'sexual_against_child'),
  c('028/00', 'Burglary in a dwelling', 'burglary_domestic'),
  c('029/00', 'Aggravated burglary in a dwelling', 'violence'),
  c('030/00', 'Burglary in a building other than a dwelling', 'burglary_other'),
  c(
    '030/01',
    'Burglary in a building other than a dwelling (with intent to steal)',
    'burglary_other',
    'confirm',
  ),
  c('031/00', 'Aggravated burglary in a building other than a dwelling', 'violence'),
  c('034/00', 'Robbery', 'robbery'),
  c('037/00', 'Aggravated vehicle taking', 'taking_and_driving_away'),
  c('039/00', 'Theft from the person of another', 'theft_non_motor'),
  c('040/00', 'Theft in a dwelling other than from an automatic machine or meter', 'theft_non_motor'),
  c('041/00', 'Theft by an employee', 'theft_non_motor'),
  c('044/00', 'Theft or unauthorised taking of a pedal cycle', 'theft_non_motor'),
  c('045/00', 'Theft from a vehicle', 'theft_from_vehicles'),
  c('046/00', 'Theft from shops and stalls', 'theft_non_motor'),
  c('048/00', 'Theft or unauthorised taking of a motor vehicle', 'taking_and_driving_away'),
  c('049/00', 'Other theft or unauthorised taking', 'theft_non_motor'),
  c('053/00', 'Fraud', 'fraud_and_forgery'),
  c('054/00', 'Handling stolen goods', 'handling_stolen_goods'),
  c('056/00', 'Arson', 'criminal_damage'),
  c('058/00', 'Criminal damage', 'criminal_damage'),
  c('059/00', 'Threat or possession with intent to commit criminal damage', 'criminal_damage'),
  c('064/00', 'Riot', 'public_order'),
  c('065/00', 'Violent disorder', 'public_order'),
  c('066/00', 'Other offences against the state or public order', 'public_order'),
  c('080/00', 'Escape from lawful custody', 'absconding_or_bail'),
  c('081/00', 'Possession of a firearm (Firearms Act offences)', 'violence'),
  c('092/00', 'Production, supply or importation of a controlled drug', 'drug_import_export_production'),
  c('092/01', 'Supply of a controlled drug of Class A', 'drug_import_export_production', 'confirm'),
  c('092/11', 'Supply of a controlled drug of Class B', 'drug_import_export_production', 'confirm'),
  c('092/21', 'Supply of a controlled drug of Class C', 'drug_import_export_production', 'confirm'),
  c('092/50', 'Possession of a controlled drug of Class A', 'drug_possession_supply', 'confirm'),
  c('092/60', 'Possession of a controlled drug of Class B', 'drug_possession_supply', 'confirm'),
  c('092/70', 'Possession of a controlled drug of Class C', 'drug_possession_supply', 'confirm'),
  c('104/00', 'Assault on a constable', 'violence'),
  c('105/00', 'Common assault and battery', 'violence'),
  c('105/01', 'Common assault', 'violence', 'confirm'),
  c('113/00', 'Possession of an offensive weapon', 'violence', 'confirm'),
  c('125/00', 'Public order offences (Public Order Act 1986)', 'public_order'),
  c('195/12', 'Harassment (Protection from Harassment Act 1997)', 'violence', 'confirm'),
  c('195/94', 'Breach of a restraining order', 'violence', 'confirm'),
  c('802/00', 'Dangerous driving', 'other_motoring', 'confirm'),
  c('803/00', 'Driving or attempting to drive with excess alcohol or drugs', 'drink_driving'),
  c('807/00', 'Driving while disqualified', 'other_motoring', 'confirm'),
  c('083/00', 'Failure to surrender to bail', 'absconding_or_bail', 'confirm'),
]

const BY_CODE = new Map(OFFENCE_CODES.map((entry) => [entry.code, entry]))

export function findOffenceCode(code: string): OffenceCode | undefined {
  return BY_CODE.get(code)
}

export const HOME_OFFICE_CODE = /^\d{3}\/\d{2}$/
