// OGRS3 coefficients (Howard et al. 2009), as gathered in docs/reference/predictors.md §1.2. Two named
// sets: `published` (9 decimal places, the default) and `oasys` (4/5 significant figures with OASys's own
// offence table, which carries 0.0328 for sexual offences not against a child where the paper has
// 0.00328). Female ages 10-15 are negative in every source except one port, whose signs are a slip.
import { OGRS3_CATEGORIES } from '../sentences'
import type { Sex } from './common.rules'

// The 20 categories are the sentences module's (it records each offence's category); the coefficients are ours.
export const ogrs3OffenceCategories = OGRS3_CATEGORIES
export type Ogrs3OffenceCategory = (typeof ogrs3OffenceCategories)[number]

export const ogrs3CoefficientSets = ['published', 'oasys'] as const
export type Ogrs3CoefficientSet = (typeof ogrs3CoefficientSets)[number]

/** Age groups at the start of follow-up: [lowest age, label]. */
export const ogrs3AgeGroups = [
  [10, '10-11'],
  [12, '12-13'],
  [14, '14-15'],
  [16, '16-17'],
  [18, '18-20'],
  [21, '21-24'],
  [25, '25-29'],
  [30, '30-34'],
  [35, '35-39'],
  [40, '40-49'],
  [50, '50+'],
] as const
export type Ogrs3AgeGroup = (typeof ogrs3AgeGroups)[number][1]

export interface Ogrs3Coefficients {
  oneYearIntercept: number
  twoYearIntercept: number
  copas: number
  firstSanction: number
  repeatSanction: number
  /** By sex, in the order of ogrs3AgeGroups. */
  ageGender: Record<Sex, readonly number[]>
  offence: Record<Ogrs3OffenceCategory, number>
}

const published: Ogrs3Coefficients = {
  oneYearIntercept: 1.402562384,
  twoYearIntercept: 2.121705678,
  copas: 1.251124464,
  firstSanction: 0.126142106,
  repeatSanction: 0.463062792,
  ageGender: {
    male: [
      0, 0.083922902, 0.075775765, -0.061594199, -0.625103618, -1.051515067, -1.166679288, -1.325976554,
      -1.368045933, -1.499690953, -2.025261458,
    ],
    female: [
      -0.785038489, -0.613852078, -0.669521331, -0.959179629, -0.897480934, -1.028488454, -1.052777806,
      -1.129127959, -1.42187494, -1.524652221, -2.44983716,
    ],
  },
  offence: {
    violence: 0,
    robbery: -0.634795912,
    public_order: 0.181917975,
    sexual_not_against_child: 0.003276327,
    sexual_against_child: -0.653434071,
    soliciting_or_prostitution: 0.760608858,
    burglary_domestic: -0.12394352,
    burglary_other: 0.240604429,
    theft_non_motor: 0.661244321,
    handling_stolen_goods: 0.351866973,
    fraud_and_forgery: 0.159910192,
    absconding_or_bail: 0.733378677,
    taking_and_driving_away: 0.380059431,
    theft_from_vehicles: 0.427225615,
    other_motoring: 0.262228428,
    drink_driving: -0.121439408,
    criminal_damage: 0.204960477,
    drug_import_export_production: -0.795556373,
    drug_possession_supply: 0.077165871,
    other_offence: -0.060667525,
  },
}

const oasys: Ogrs3Coefficients = {
  oneYearIntercept: 1.40256,
  twoYearIntercept: 2.1217,
  copas: 1.25112,
  firstSanction: 0.12614,
  repeatSanction: 0.46306,
  ageGender: {
    male: [0, 0.0839, 0.0758, -0.0616, -0.6251, -1.0515, -1.1667, -1.326, -1.368, -1.4997, -2.0253],
    female: [
      -0.785, -0.6139, -0.6695, -0.9592, -0.8975, -1.0285, -1.0528, -1.1291, -1.4219, -1.5247, -2.4498,
    ],
  },
  offence: {
    violence: 0,
    robbery: -0.6348,
    public_order: 0.1819,
    sexual_not_against_child: 0.0328,
    sexual_against_child: -0.6534,
    soliciting_or_prostitution: 0.7606,
    burglary_domestic: -0.1239,
    burglary_other: 0.2406,
    theft_non_motor: 0.6612,
    handling_stolen_goods: 0.3519,
    fraud_and_forgery: 0.1599,
    absconding_or_bail: 0.7334,
    taking_and_driving_away: 0.3801,
    theft_from_vehicles: 0.4272,
    other_motoring: 0.2622,
    drink_driving: -0.1214,
    criminal_damage: 0.205,
    drug_import_export_production: -0.7956,
    drug_possession_supply: 0.0772,
    other_offence: -0.0607,
  },
}

export const ogrs3Coefficients: Record<Ogrs3CoefficientSet, Ogrs3Coefficients> = { published, oasys }
