// OGRS3, the Offender Group Reconviction Scale (docs/reference/predictors.md §1): the 1- and 2-year
// probability of proven reoffending from age, sex, criminal career and current offence, with every term.
import {
  bandFor,
  type CriminalHistory,
  criminalHistoryProblems,
  integerPercent,
  logistic,
  throwIfProblems,
} from './common.rules'
import {
  type Ogrs3AgeGroup,
  type Ogrs3CoefficientSet,
  type Ogrs3OffenceCategory,
  ogrs3AgeGroups,
  ogrs3CoefficientSets,
  ogrs3Coefficients,
  ogrs3OffenceCategories,
} from './ogrs3.coefficients'

export interface Ogrs3Input extends CriminalHistory {
  offenceCategory: Ogrs3OffenceCategory
  coefficientSet?: Ogrs3CoefficientSet
}

export type Ogrs3Band = 'low' | 'medium' | 'high' | 'very_high'

export interface Ogrs3Terms {
  /** Age group at the start of follow-up, which picks the age/sex term. */
  ageGroup: Ogrs3AgeGroup
  ageGender: number
  /** S: sanctions before the current one. */
  previousSanctions: number
  /** 0.126… when the current sanction is the first, else 0.463… */
  criminalCareer: number
  /** Y: age at current conviction − age at first sanction, in whole years. */
  yearsSinceFirstSanction: number
  /** ln((S + 1) / (10 + Y)), the Copas rate. */
  copasRate: number
  /** The Copas multiplier × the Copas rate. */
  copas: number
  offence: number
  oneYearIntercept: number
  twoYearIntercept: number
  /** The sum of the terms with the 1-year intercept, before the logistic link. */
  oneYearScore: number
  twoYearScore: number
  /** The probabilities rounded half-up to 5 places, from which the percentages come. */
  oneYearRounded: number
  twoYearRounded: number
}

export interface Ogrs3Result {
  oneYear: number
  twoYear: number
  oneYearPercent: number
  twoYearPercent: number
  band: Ogrs3Band
  coefficientSet: Ogrs3CoefficientSet
  terms: Ogrs3Terms
}

/** Band from the 2-year integer percentage: low 0-49, medium 50-74, high 75-89, very high 90-99. */
export function ogrs3Band(twoYearPercent: number): Ogrs3Band {
  return bandFor(twoYearPercent, 'low', [
    [50, 'medium'],
    [75, 'high'],
    [90, 'very_high'],
  ])
}

export function ogrs3AgeGroupIndex(age: number): number {
  let index = 0
  ogrs3AgeGroups.forEach(([from], i) => {
    if (age >= from) index = i
  })
  return index
}

export function calculateOgrs3(input: Ogrs3Input): Ogrs3Result {
  const problems = criminalHistoryProblems(input)
  if (!ogrs3OffenceCategories.includes(input.offenceCategory))
    problems.push({
      path: 'offenceCategory',
      message: `"${input.offenceCategory}" is not an OGRS3 offence category; use one of ${ogrs3OffenceCategories.join(', ')}`,
    })
  const coefficientSet = input.coefficientSet ?? 'published'
  if (!ogrs3CoefficientSets.includes(coefficientSet))
    problems.push({
      path: 'coefficientSet',
      message: `"${coefficientSet}" is not an OGRS3 coefficient set; use published or oasys`,
    })
  throwIfProblems(problems, 'OGRS3')
  const c = ogrs3Coefficients[coefficientSet]
  const groupIndex = ogrs3AgeGroupIndex(input.ageAtStartOfFollowUp)
  const ageGender = c.ageGender[input.sex][groupIndex] ?? 0
  const previousSanctions = input.totalSanctions - 1
  const criminalCareer = previousSanctions === 0 ? c.firstSanction : c.repeatSanction
  const yearsSinceFirstSanction = input.ageAtCurrentConviction - input.ageAtFirstSanction
  const copasRate = Math.log((previousSanctions + 1) / (10 + yearsSinceFirstSanction))
  const copas = c.copas * copasRate
  const offence = c.offence[input.offenceCategory]
  // Summed in the formula's order, so the figures match a step-by-step working.
  const oneYearScore = c.oneYearIntercept + ageGender + criminalCareer + copas + offence
  const twoYearScore = c.twoYearIntercept + ageGender + criminalCareer + copas + offence
  const oneYear = logistic(oneYearScore)
  const twoYear = logistic(twoYearScore)
  const one = integerPercent(oneYear)
  const two = integerPercent(twoYear)
  return {
    oneYear,
    twoYear,
    oneYearPercent: one.percent,
    twoYearPercent: two.percent,
    band: ogrs3Band(two.percent),
    coefficientSet,
    terms: {
      ageGroup: ogrs3AgeGroups[groupIndex]?.[1] ?? '10-11',
      ageGender,
      previousSanctions,
      criminalCareer,
      yearsSinceFirstSanction,
      copasRate,
      copas,
      offence,
      oneYearIntercept: c.oneYearIntercept,
      twoYearIntercept: c.twoYearIntercept,
      oneYearScore,
      twoYearScore,
      oneYearRounded: one.rounded,
      twoYearRounded: two.rounded,
    },
  }
}
