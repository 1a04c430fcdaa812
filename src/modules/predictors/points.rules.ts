// OGP and OVP, the OASys General and Violence Predictors (OGRS3 generation): 0-100 point scales
// turned into 1- and 2-year probabilities (docs/reference/predictors.md §3). Integer arithmetic keeps
// the scale's roundings exact: round(3.75 × 2) = 8, round(5/6 × 3) = 3, ceil(2.5 × 1) = 3.
import type { ErrorDetail } from '../../platform/errors'
import { bandFor, logistic, type Sex, throwIfProblems } from './common.rules'
import { percentOf } from './decimal'
import type { ItemScore } from './dynamic-items'

export type FourBand = 'low' | 'medium' | 'high' | 'very_high'

export interface PointsResult<T> {
  staticPoints: number
  dynamicPoints: number
  points: number
  pointTerms: T
  oneYear: number
  twoYear: number
  oneYearPercent: number
  twoYearPercent: number
  band: FourBand
}

/** 100 × p rounded half-up to an integer, held within 1..99. */
function wholePercent(p: number): number {
  return Math.min(99, Math.max(1, percentOf(p, 0)))
}

const zeroThreeFive = (score: ItemScore) => [0, 3, 5][score] ?? 0

export interface OgpInput {
  /** OGRS3's 2-year percentage (1-99), the static part. */
  ogrs3TwoYearPercent: number
  noFixedAbodeOrTransient: boolean
  unemployed: boolean
  activitiesEncourageOffending: ItemScore
  currentDrugMisuse: ItemScore
  motivationToTackleDrugMisuse: ItemScore
  problemSolving: ItemScore
  awarenessOfConsequences: ItemScore
  understandsOthersViews: ItemScore
  proCriminalAttitudes: ItemScore
}

export function calculateOgp(input: OgpInput) {
  const pct = input.ogrs3TwoYearPercent
  throwIfProblems(
    pct < 1 || pct > 99
      ? [{ path: 'ogrs3TwoYearPercent', message: `is ${pct}; an OGRS3 percentage is 1 to 99` }]
      : [],
    'OGP',
  )
  const drugs = input.currentDrugMisuse + input.motivationToTackleDrugMisuse
  const thinking = input.problemSolving + input.awarenessOfConsequences + input.understandsOthersViews
  const pointTerms = {
    /** round(0.6 × OGRS3 2-year %) */
    ogrs3: Math.floor((6 * pct + 5) / 10),
    noFixedAbodeOrTransient: input.noFixedAbodeOrTransient ? 5 : 0,
    unemployed: input.unemployed ? 5 : 0,
    activitiesEncourageOffending: zeroThreeFive(input.activitiesEncourageOffending),
    /** round(3.75 × (drug misuse + motivation)) */
    drugMisuse: Math.floor((15 * drugs + 2) / 4),
    /** round(5/6 × (problem solving + consequences + others' views)) */
    thinking: Math.floor((5 * thinking + 3) / 6),
    proCriminalAttitudes: zeroThreeFive(input.proCriminalAttitudes),
  }
  const points = Object.values(pointTerms).reduce((a, b) => a + b, 0)
  const oneYear = logistic(0.0616 * points - 3.6832)
  const twoYear = logistic(0.0616 * points - 3.0795)
  const twoYearPercent = wholePercent(twoYear)
  return {
    staticPoints: pointTerms.ogrs3,
    dynamicPoints: points - pointTerms.ogrs3,
    points,
    pointTerms,
    oneYear,
    twoYear,
    oneYearPercent: wholePercent(oneYear),
    twoYearPercent,
    band: bandFor<FourBand>(twoYearPercent, 'low', [
      [34, 'medium'],
      [67, 'high'],
      [85, 'very_high'],
    ]),
  } satisfies PointsResult<typeof pointTerms>
}

export interface OvpInput {
  sex: Sex
  ageAtStartOfFollowUp: number
  /** Including the current one. */
  totalSanctions: number
  violentSanctions: number
  doesNotRecogniseImpactOnOthers: boolean
  noFixedAbodeOrTransient: boolean
  unemployed: boolean
  currentAlcoholUse: ItemScore
  bingeDrinking: ItemScore
  currentPsychiatricTreatment: boolean
  temperControl: ItemScore
  proCriminalAttitudes: ItemScore
}

const violentPoints = (v: number) => (v >= 18 ? 25 : v >= 5 ? v + 7 : ([0, 4, 7, 9, 11][v] ?? 0))
const nonViolentPoints = (n: number) => (n >= 21 ? 5 : n >= 11 ? 4 : n >= 5 ? 3 : n >= 3 ? 2 : 0)
const ovpAgeBands: [number, number][] = [
  [51, 0],
  [46, 2],
  [41, 4],
  [36, 6],
  [31, 8],
  [26, 10],
  [24, 12],
  [22, 14],
  [20, 17],
  [18, 20],
]
const agePoints = (age: number) => ovpAgeBands.find(([from]) => age >= from)?.[1] ?? 0

export function calculateOvp(input: OvpInput) {
  const problems: ErrorDetail[] = []
  if (input.ageAtStartOfFollowUp < 18)
    problems.push({
      path: 'ageAtStartOfFollowUp',
      message: `is ${input.ageAtStartOfFollowUp}; OVP is for adults (18 and over)`,
    })
  if (input.totalSanctions < 1)
    problems.push({
      path: 'totalSanctions',
      message: `is ${input.totalSanctions}; it counts the current sanction, so it is at least 1`,
    })
  if (input.violentSanctions < 0)
    problems.push({
      path: 'violentSanctions',
      message: `is ${input.violentSanctions}; it cannot be negative`,
    })
  else if (input.violentSanctions > input.totalSanctions)
    problems.push({
      path: 'violentSanctions',
      message: `is ${input.violentSanctions}, more than the total sanctions (${input.totalSanctions})`,
    })
  throwIfProblems(problems, 'OVP')

  const nonViolent = input.totalSanctions - input.violentSanctions
  const staticTerms = {
    // As the MoJ port scores it: any sanction at all (so always 5); see docs/predictors.md.
    anySanctions: input.totalSanctions >= 1 ? 5 : 0,
    violentSanctions: violentPoints(input.violentSanctions),
    nonViolentSanctions: nonViolentPoints(nonViolent),
    age: agePoints(input.ageAtStartOfFollowUp),
    male: input.sex === 'male' ? 5 : 0,
  }
  const dynamicTerms = {
    doesNotRecogniseImpactOnOthers: input.doesNotRecogniseImpactOnOthers ? 4 : 0,
    noFixedAbodeOrTransient: input.noFixedAbodeOrTransient ? 4 : 0,
    unemployed: input.unemployed ? 4 : 0,
    /** ceil(2.5 × (alcohol use + binge drinking)) */
    alcohol: Math.floor((5 * (input.currentAlcoholUse + input.bingeDrinking) + 1) / 2),
    currentPsychiatricTreatment: input.currentPsychiatricTreatment ? 4 : 0,
    temperControl: 3 * input.temperControl,
    proCriminalAttitudes: 3 * input.proCriminalAttitudes,
  }
  const sum = (o: object) => Object.values(o).reduce((a: number, b: number) => a + b, 0)
  const staticPoints = sum(staticTerms)
  const dynamicPoints = sum(dynamicTerms)
  const points = staticPoints + dynamicPoints
  const oneYear = logistic(0.0722 * points - 4.5215)
  const twoYear = logistic(0.0722 * points - 3.8773)
  const twoYearPercent = wholePercent(twoYear)
  return {
    staticPoints,
    dynamicPoints,
    points,
    pointTerms: { ...staticTerms, ...dynamicTerms },
    derived: { nonViolentSanctions: nonViolent },
    oneYear,
    twoYear,
    oneYearPercent: wholePercent(oneYear),
    twoYearPercent,
    band: bandFor<FourBand>(twoYearPercent, 'low', [
      [30, 'medium'],
      [60, 'high'],
      [80, 'very_high'],
    ]),
  }
}
