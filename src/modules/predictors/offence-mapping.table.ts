// The maintained mapping of Home Office offence codes to each predictor's offence categories
// (docs/DECISIONS.md, 13). The codes, descriptions and OGRS3 categories are the sentences module's
// table (OFFENCE_CODES), so recording an offence and scoring it can never disagree on the OGRS3
// category; this file adds each code's actuarial category (SNSV and the ARP family, 24 categories),
// checked against the OASys offence extract where it could be (reference/predictors.md §2.3).
// The two scales do not follow from each other: theft by an employee is OGRS3 theft but actuarial
// fraud; aggravated burglary is OGRS3 violence but actuarial acquisitive violence; harassment is OGRS3
// violence but actuarial public order and harassment; class 092 is OGRS3 drug import/export/production
// throughout, while 092/00 is actuarial possession/supply.
import { OFFENCE_CODES } from '../sentences'
import type { ActuarialOffenceCategory } from './actuarial-categories'
import type { OffenceMapping, OffenceMappingEntry } from './offence-mapping.rules'
import type { Ogrs3OffenceCategory } from './ogrs3.coefficients'

/** `exact`: the code spans actuarial categories, so the exact offence must be chosen. */
type Actuarial = ActuarialOffenceCategory | 'exact'

// Codes whose actuarial category is not the one their OGRS3 category suggests (see BY_OGRS3).
const ACTUARIAL_BY_CODE: Record<string, Actuarial> = {
  '001/00': 'violence_against_the_person_abh_plus',
  '002/00': 'violence_against_the_person_abh_plus',
  '003/00': 'violence_against_the_person_abh_plus',
  '004/01': 'violence_against_the_person_abh_plus',
  '005/00': 'violence_against_the_person_abh_plus',
  '008/00': 'violence_against_the_person_abh_plus',
  '008/01': 'violence_against_the_person_abh_plus',
  '008/06': 'violence_against_the_person_abh_plus',
  '029/00': 'acquisitive_violence',
  '031/00': 'acquisitive_violence',
  '041/00': 'fraud_and_forgery',
  '044/00': 'vehicle_related_theft',
  // Class 081 holds "most serious" and other firearms offences, weighted differently.
  '081/00': 'exact',
  '092/00': 'drug_possession_supply',
  // Not checked against the extract (the sentences table marks them to confirm).
  '104/00': 'violence_against_the_person_sub_abh',
  '105/00': 'violence_against_the_person_sub_abh',
  '105/01': 'violence_against_the_person_sub_abh',
  '113/00': 'weapons_non_firearm',
  '195/12': 'public_order_and_harassment',
  '195/94': 'public_order_and_harassment',
}

// The actuarial category an OGRS3 category gives when the code is not listed above.
const BY_OGRS3: Record<Ogrs3OffenceCategory, Actuarial> = {
  violence: 'exact',
  robbery: 'acquisitive_violence',
  public_order: 'public_order_and_harassment',
  sexual_not_against_child: 'sexual_not_against_child',
  sexual_against_child: 'sexual_against_child',
  soliciting_or_prostitution: 'other_offences',
  burglary_domestic: 'burglary_domestic',
  burglary_other: 'burglary_other',
  theft_non_motor: 'theft_non_motor',
  handling_stolen_goods: 'handling_stolen_goods',
  fraud_and_forgery: 'fraud_and_forgery',
  absconding_or_bail: 'absconding_or_bail',
  taking_and_driving_away: 'vehicle_related_theft',
  theft_from_vehicles: 'vehicle_related_theft',
  other_motoring: 'motoring_offences',
  drink_driving: 'drink_driving',
  criminal_damage: 'criminal_damage',
  drug_import_export_production: 'drug_import_export_production',
  drug_possession_supply: 'drug_possession_supply',
  other_offence: 'other_offences',
}

// Codes OASys scores with a placeholder (999) OGRS3 weight: the exact offence decides the category.
const EXACT_OGRS3: readonly { code: string; description: string; actuarial: Actuarial }[] = [
  {
    code: '088/00',
    description: 'Home Office class 088 (OASys asks for the exact offence)',
    actuarial: 'exact',
  },
  {
    code: '111/00',
    description: 'Home Office class 111 (OASys asks for the exact offence)',
    actuarial: 'exact',
  },
  {
    code: '141/00',
    description: 'Home Office class 141 (OASys asks for the exact offence)',
    actuarial: 'exact',
  },
]

export interface CaseOffenceMappingEntry extends OffenceMappingEntry {
  /** The actuarial scale needs the exact offence even where OGRS3 does not. */
  actuarialNeedsExactOffence: boolean
}

function entry(
  code: string,
  description: string,
  ogrs3: Ogrs3OffenceCategory | null,
  actuarial: Actuarial,
): CaseOffenceMappingEntry {
  return {
    homeOfficeCode: code,
    description,
    ogrs3,
    actuarial: actuarial === 'exact' ? null : actuarial,
    needsExactOffence: ogrs3 === null,
    actuarialNeedsExactOffence: actuarial === 'exact',
  }
}

export const offenceMappingEntries: readonly CaseOffenceMappingEntry[] = [
  ...OFFENCE_CODES.map((c) =>
    entry(c.code, c.description, c.ogrs3Category, ACTUARIAL_BY_CODE[c.code] ?? BY_OGRS3[c.ogrs3Category]),
  ),
  ...EXACT_OGRS3.map((c) => entry(c.code, c.description, null, c.actuarial)),
]

/** The mapping as each scale sees it, for offenceCategoryFor: `needsExactOffence` is per scale. */
export const ogrs3OffenceMapping: OffenceMapping = new Map(
  offenceMappingEntries.map((e) => [e.homeOfficeCode, e]),
)
export const actuarialOffenceMapping: OffenceMapping = new Map(
  offenceMappingEntries.map((e) => [
    e.homeOfficeCode,
    { ...e, needsExactOffence: e.actuarialNeedsExactOffence },
  ]),
)

/** Sanctions that count as violent (SNSV, VRP, SVRP): violence against the person and robbery. */
export const violentActuarialCategories: ReadonlySet<ActuarialOffenceCategory> = new Set([
  'violence_against_the_person_abh_plus',
  'violence_against_the_person_sub_abh',
  'weapons_non_firearm',
  'firearms_most_serious',
  'firearms_other',
  'acquisitive_violence',
])
