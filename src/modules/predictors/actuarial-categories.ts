// The offence categories of the SNSV and OASys-R predictors (docs/DECISIONS.md, 13): the 20 SNSV
// categories with "violence against the person" split into the five sub-categories OASys records, which
// is exactly the 24-category set of ARP, VRP and SVRP.
export const actuarialOffenceCategories = [
  'absconding_or_bail',
  'acquisitive_violence',
  'burglary_domestic',
  'burglary_other',
  'criminal_damage',
  'drink_driving',
  'drug_import_export_production',
  'drug_possession_supply',
  'drunkenness',
  'firearms_most_serious',
  'firearms_other',
  'fraud_and_forgery',
  'handling_stolen_goods',
  'motoring_offences',
  'other_offences',
  'public_order_and_harassment',
  'sexual_against_child',
  'sexual_not_against_child',
  'theft_non_motor',
  'vehicle_related_theft',
  'violence_against_the_person_abh_plus',
  'violence_against_the_person_sub_abh',
  'weapons_non_firearm',
  'welfare_fraud',
] as const
export type ActuarialOffenceCategory = (typeof actuarialOffenceCategories)[number]

/** The violence-against-the-person sub-categories, which SNSV scores as VATP plus an add-on. */
export const violenceSubCategories = [
  'firearms_most_serious',
  'firearms_other',
  'weapons_non_firearm',
  'violence_against_the_person_abh_plus',
  'violence_against_the_person_sub_abh',
] as const satisfies readonly ActuarialOffenceCategory[]

export type OffenceWeights = Record<ActuarialOffenceCategory, number>

/** Builds a 24-category table from the 20 SNSV-style categories plus one VATP weight. */
export function withViolence(
  base: Omit<OffenceWeights, (typeof violenceSubCategories)[number]>,
  violence: number,
): OffenceWeights {
  return {
    ...base,
    firearms_most_serious: violence,
    firearms_other: violence,
    weapons_non_firearm: violence,
    violence_against_the_person_abh_plus: violence,
    violence_against_the_person_sub_abh: violence,
  }
}
