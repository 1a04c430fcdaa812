// SNSV, serious non-sexual violence (RSR algorithm version 5), static and dynamic: docs/reference/
// predictors.md §2.2-2.3. The two MoJ sources label the 20 dynamic offence weights differently; `oasys`
// (the default) is what OASys and its replacement compute, `noms` the internally consistent 2017 labels.
import { type OffenceWeights, withViolence } from './actuarial-categories'
import type { LogisticCoefficients } from './logistic-predictor.rules'

export const snsvCoefficientSets = ['oasys', 'noms'] as const
export type SnsvCoefficientSet = (typeof snsvCoefficientSets)[number]

const staticOffence = withViolence(
  {
    absconding_or_bail: 0.304896300301182,
    acquisitive_violence: 0.326858080852591,
    burglary_domestic: 0.151649692548355,
    burglary_other: -0.194200416367268,
    criminal_damage: 0.186977546333514,
    drink_driving: -0.212258595209629,
    drug_import_export_production: 0.0818982459627011,
    drug_possession_supply: 0.0694507822486554,
    drunkenness: 0.0841789642942883,
    fraud_and_forgery: -0.136811424047985,
    handling_stolen_goods: -0.2245058213129,
    motoring_offences: -0.0286442357674878,
    other_offences: -0.215779995107354,
    public_order_and_harassment: 0.0446132016665715,
    sexual_against_child: -0.442179128494551,
    sexual_not_against_child: -0.0455228893277184,
    theft_non_motor: 0.0202407984946185,
    vehicle_related_theft: 0.226781312933932,
    welfare_fraud: -0.0169128022430282,
  },
  0.0192703822415124,
)

const dynamicOffenceOasys = withViolence(
  {
    absconding_or_bail: 0.271350568105055,
    acquisitive_violence: 0.194487131847261,
    burglary_domestic: -0.226808217378264,
    burglary_other: -0.225990540250696,
    criminal_damage: 0.00778028771796321,
    drink_driving: 0.156493599418026,
    drug_import_export_production: -0.0883945245425247,
    drug_possession_supply: 0.081753216630546,
    drunkenness: 0.0819545573517356,
    fraud_and_forgery: -0.210828726274969,
    handling_stolen_goods: 0.0923765737156082,
    motoring_offences: 0.130461601097636,
    other_offences: 0.123617390798186,
    public_order_and_harassment: 0.0206396832377319,
    sexual_against_child: -0.407005679932105,
    sexual_not_against_child: -0.211172350332101,
    theft_non_motor: 0.0187611938936452,
    vehicle_related_theft: 0.264445840395185,
    welfare_fraud: -0.067383107093799,
  },
  -0.00653849840412098,
)

const dynamicOffenceNoms: OffenceWeights = {
  ...dynamicOffenceOasys,
  acquisitive_violence: 0.264445840395185,
  burglary_domestic: 0.123617390798186,
  criminal_damage: 0.156493599418026,
  drink_driving: -0.210828726274969,
  drug_import_export_production: 0.130461601097636,
  drunkenness: 0.0923765737156082,
  fraud_and_forgery: -0.0883945245425247,
  handling_stolen_goods: -0.211172350332101,
  motoring_offences: 0.00778028771796321,
  other_offences: -0.226808217378264,
  sexual_not_against_child: -0.067383107093799,
  vehicle_related_theft: 0.194487131847261,
  welfare_fraud: 0.0819545573517356,
}

const staticCoefficients: LogisticCoefficients = {
  intercept: 3.60407707356772,
  age: {
    male: [-0.546062410902905, 0.0170043887737295, -0.000232716989498981, 1.094922933981e-6],
    female: [1.09365106131567, -0.042733609488121, 0.000697583963826421, -4.04895085233227e-6],
  },
  female: -16.6220270089011,
  offence: staticOffence,
  offenceAddOn: {
    firearms_most_serious: 0.503126183131338,
    firearms_other: 0.296194351653227,
    weapons_non_firearm: 0.331898861349699,
    violence_against_the_person_abh_plus: 0.238802610774108,
    violence_against_the_person_sub_abh: 0,
  },
  firstSanction: -2.09447596484765,
  secondSanction: -1.67613460779912,
  secondSanctionGap: { male: -0.0292205730647305, female: -0.0841673003341906 },
  sanctions: -0.0147495874606046,
  offenceFreeMonths: [-0.038382727965819, 0.000548515180678996, 6.62558757635182e-5, -1.59636460181398e-6],
  careerBoost: 12,
  copas: { male: 0.769213898314811, female: 0.793186572461819 },
  violence: {
    never: { male: -0.942816163300621, female: -2.32321324569237 },
    once: -0.0633592949212861,
    perSanction: 0.0188685880078656,
    rate: 0.207442427665471,
  },
  items: [],
}

const dynamicCoefficients: LogisticCoefficients = {
  intercept: 2.39022796091603,
  age: {
    male: [-0.508802063507919, 0.0153890192629454, -0.000208800171123703, 9.83824143383739e-7],
    female: [1.1436499550056, -0.0448159815299769, 0.000731812620052307, -4.24504210770651e-6],
  },
  female: -16.6927292697847,
  offence: dynamicOffenceOasys,
  offenceAddOn: {
    firearms_most_serious: 0.41315945136753,
    firearms_other: 0.261448353627646,
    weapons_non_firearm: 0.200143106218146,
    violence_against_the_person_abh_plus: 0.204895023669854,
    violence_against_the_person_sub_abh: 0,
  },
  firstSanction: -1.89458617745666,
  secondSanction: -1.51763151836726,
  secondSanctionGap: { male: -0.0271828619470523, female: -0.0960719132524968 },
  sanctions: -0.0182592921752245,
  offenceFreeMonths: [-0.0368447371150021, 0.000557887384281899, 6.15531052486415e-5, -1.49652694510477e-6],
  careerBoost: 12,
  copas: { male: 0.689153313085879, female: 0.76704149890481 },
  violence: {
    never: { male: -0.35940007303088, female: -1.7513536371131 },
    once: -0.101514048705338,
    perSanction: 0.021160895925655,
    rate: 0.0549319831836878,
  },
  items: [
    { item: 'weaponUsed', weight: 0.15071282416667 },
    { item: 'accommodationSuitability', weight: 0.0619710049121293 },
    { item: 'unemployed', weight: 0.0389109699626767 },
    { item: 'partnerRelationship', weight: 0.0259107268767618 },
    { item: 'domesticAbusePerpetrator', weight: 0.0847839330659903 },
    { item: 'currentAlcoholUse', weight: 0.0935672441515258 },
    { item: 'bingeDrinking', weight: 0.0567127896345591 },
    { item: 'impulsivity', weight: 0.077212834605957 },
    { item: 'temperControl', weight: 0.0482892034688302 },
    { item: 'proCriminalAttitudes', weight: 0.130830533773332 },
    { item: 'previousConvictions.homicide', weight: 0.399463399258737 },
    { item: 'previousConvictions.woundingGbh', weight: 0.451029720739399 },
    { item: 'previousConvictions.kidnapping', weight: 0.0749101406070305 },
    { item: 'previousConvictions.firearms', weight: 0.218055028351022 },
    { item: 'previousConvictions.robbery', weight: 0.163248217650296 },
    { item: 'previousConvictions.aggravatedBurglary', weight: 0.506616685297771 },
    { item: 'previousConvictions.weapon', weight: 0.184104582611966 },
    { item: 'previousConvictions.criminalDamageEndangeringLife', weight: 0.357345708081477 },
    { item: 'previousConvictions.arson', weight: 0.12261588608151 },
  ],
}

export const snsvCoefficients = {
  static: staticCoefficients,
  dynamic: {
    oasys: dynamicCoefficients,
    noms: { ...dynamicCoefficients, offence: dynamicOffenceNoms },
  } satisfies Record<SnsvCoefficientSet, LogisticCoefficients>,
}
