// What every predictor shares: the logistic link, the criminal-history checks, percentages and bands.
import { type ErrorDetail, ValidationError } from '../../platform/errors'
import { percentOf, roundDouble } from './decimal'

export type Sex = 'male' | 'female'

/** Whether a score came from the static (record only) or dynamic (record plus assessment) version. */
export type PredictorVersion = 'static' | 'dynamic'

export function logistic(y: number): number {
  const e = Math.exp(y)
  return e / (1 + e)
}

/** Σ c_i · x^i for i = 1.., the age and offence-free-months polynomials. */
export function polynomial(coefficients: readonly number[], x: number): number {
  return coefficients.reduce((sum, c, i) => sum + c * x ** (i + 1), 0)
}

export interface CriminalHistory {
  sex: Sex
  ageAtStartOfFollowUp: number
  ageAtCurrentConviction: number
  ageAtFirstSanction: number
  /** Including the current one. */
  totalSanctions: number
}

/**
 * The checks the MoJ implementations make before scoring: nobody under 10 can be convicted in England
 * and Wales, the first sanction cannot come after the current one, and the current sanction counts.
 */
export function criminalHistoryProblems(h: CriminalHistory): ErrorDetail[] {
  const problems: ErrorDetail[] = []
  if (h.ageAtCurrentConviction < 10)
    problems.push({
      path: 'ageAtCurrentConviction',
      message: `is ${h.ageAtCurrentConviction}; nobody under 10 can be convicted (the age of criminal responsibility)`,
    })
  if (h.ageAtStartOfFollowUp < 10)
    problems.push({
      path: 'ageAtStartOfFollowUp',
      message: `is ${h.ageAtStartOfFollowUp}; the predictors start at age 10`,
    })
  if (h.ageAtFirstSanction > h.ageAtCurrentConviction)
    problems.push({
      path: 'ageAtFirstSanction',
      message: `is ${h.ageAtFirstSanction}, after the age at current conviction (${h.ageAtCurrentConviction}): the first sanction cannot come after the current one`,
    })
  if (h.totalSanctions < 1)
    problems.push({
      path: 'totalSanctions',
      message: `is ${h.totalSanctions}; it counts the current sanction, so it is at least 1`,
    })
  return problems
}

export function throwIfProblems(problems: ErrorDetail[], what: string): void {
  if (problems.length) throw new ValidationError(problems, `The ${what} inputs have problems; see details`)
}

/** OASys counts offence-free months from the start of follow-up, 0 if not yet started, at most 36. */
export function offenceFreeMonthsUsed(months: number): number {
  return Math.min(36, Math.max(0, months))
}

/**
 * The OGRS3-generation integer percentage: p rounded half-up to 5 places (a double, as the MoJ code
 * holds it), then 100 × that double's exact value rounded half-up to an integer, clamped to 1..99
 * because the scales report neither 0 % nor 100 %.
 */
export function integerPercent(p: number): { rounded: number; percent: number } {
  const rounded = roundDouble(p, 5)
  return { rounded, percent: Math.min(99, Math.max(1, percentOf(rounded, 0))) }
}

/** The OASys-R and RSR percentage: 100 × p rounded half-up to 2 places. */
export function twoPlacePercent(p: number): number {
  return percentOf(p, 2)
}

/** The band whose lower bound is the highest one not above the value; bounds ascending. */
export function bandFor<B extends string>(
  value: number,
  lowest: B,
  higher: readonly (readonly [from: number, band: B])[],
): B {
  let band = lowest
  for (const [from, name] of higher) if (value >= from) band = name
  return band
}
