// The shared shape of SNSV, ARP, VRP and SVRP (docs/reference/predictors.md §2.2 and §4): a 2-year
// probability logistic(Σ terms) over age, sex, criminal career, offence, offence-free time, violent
// history and, in the dynamic version, assessment items. Every term is returned; they sum to `score`.
import type { ErrorDetail } from '../../platform/errors'
import {
  type ActuarialOffenceCategory,
  actuarialOffenceCategories,
  type OffenceWeights,
} from './actuarial-categories'
import {
  type CriminalHistory,
  criminalHistoryProblems,
  logistic,
  offenceFreeMonthsUsed,
  type PredictorVersion,
  polynomial,
  type Sex,
  throwIfProblems,
} from './common.rules'
import { type DynamicItems, dynamicTerms, type ItemWeight } from './dynamic-items'

export interface LogisticCoefficients {
  intercept: number
  /** c1..cn of Σ c_i · age^i, by sex. */
  age: Record<Sex, readonly number[]>
  female: number
  offence: OffenceWeights
  /** SNSV's add-on for the violence sub-categories, shown as its own term. */
  offenceAddOn?: Partial<OffenceWeights>
  firstSanction: number
  secondSanction: number
  /** × Y when the current sanction is the second. */
  secondSanctionGap: Record<Sex, number>
  /** × N, all sanctions. */
  sanctions: number
  /** d1..dn of Σ d_j · months^j. */
  offenceFreeMonths: readonly number[]
  /** K in ln(N / (Y + K)). */
  careerBoost: number
  copas: Record<Sex, number>
  copasSquared?: Record<Sex, number>
  violence?: { never: Record<Sex, number>; once: number; perSanction: number; rate: number }
  items: readonly ItemWeight[]
}

export interface LogisticPredictorInput extends CriminalHistory {
  offenceCategory: ActuarialOffenceCategory
  /** Whole months from the start of follow-up to the assessment (negative: not yet started). */
  offenceFreeMonths: number
  /** Violent sanctions including the current one if violent (VRP, SVRP, SNSV). */
  violentSanctions?: number
  /** The assessment items: present for the dynamic version. */
  dynamic?: DynamicItems
}

export interface LogisticPredictorResult {
  version: PredictorVersion
  /** The 2-year probability, unrounded. */
  probability: number
  /** The sum of the terms, before the logistic link. */
  score: number
  terms: Record<string, number>
  /** Figures the terms are computed from. */
  derived: {
    yearsSinceFirstSanction: number
    offenceFreeMonthsUsed: number
    /** ln(N / (Y + K)) when N ≥ 3. */
    copasRate: number | null
    /** ln(V / (Y + 30)) when V ≥ 1. */
    violentRate: number | null
  }
}

export function historyProblems(input: LogisticPredictorInput, needsViolence: boolean): ErrorDetail[] {
  const problems = criminalHistoryProblems(input)
  if (!actuarialOffenceCategories.includes(input.offenceCategory))
    problems.push({
      path: 'offenceCategory',
      message: `"${input.offenceCategory}" is not an offence category; use one of ${actuarialOffenceCategories.join(', ')}`,
    })
  if (needsViolence) {
    const v = input.violentSanctions
    if (v === undefined) problems.push({ path: 'violentSanctions', message: 'is required' })
    else if (v < 0) problems.push({ path: 'violentSanctions', message: `is ${v}; it cannot be negative` })
    else if (v > input.totalSanctions)
      problems.push({
        path: 'violentSanctions',
        message: `is ${v}, more than the total sanctions (${input.totalSanctions})`,
      })
  }
  return problems
}

export function scoreLogisticPredictor(
  what: string,
  c: LogisticCoefficients,
  input: LogisticPredictorInput,
  otherProblems: ErrorDetail[] = [],
): LogisticPredictorResult {
  const problems = [...historyProblems(input, c.violence !== undefined), ...otherProblems]
  const dynamic = input.dynamic ? dynamicTerms(input.dynamic, c.items, what) : undefined
  if (dynamic) problems.push(...dynamic.problems)
  throwIfProblems(problems, what)

  const { sex, totalSanctions: n } = input
  const y = input.ageAtCurrentConviction - input.ageAtFirstSanction
  const months = offenceFreeMonthsUsed(input.offenceFreeMonths)
  const copasRate = n >= 3 ? Math.log(n / (y + c.careerBoost)) : null
  const v = input.violentSanctions ?? 0
  const violentRate = c.violence && v >= 1 ? Math.log(v / (y + 30)) : null

  const terms: [string, number][] = [
    ['intercept', c.intercept],
    ['female', sex === 'female' ? c.female : 0],
    ['age', polynomial(c.age[sex], input.ageAtStartOfFollowUp)],
    ['offence', c.offence[input.offenceCategory]],
  ]
  if (c.offenceAddOn) terms.push(['offenceViolenceAddOn', c.offenceAddOn[input.offenceCategory] ?? 0])
  terms.push(
    ['firstSanction', n === 1 ? c.firstSanction : 0],
    ['secondSanction', n === 2 ? c.secondSanction : 0],
    ['secondSanctionGap', n === 2 ? y * c.secondSanctionGap[sex] : 0],
    ['sanctions', n * c.sanctions],
    ['offenceFreeMonths', polynomial(c.offenceFreeMonths, months)],
    ['copas', copasRate === null ? 0 : c.copas[sex] * copasRate],
  )
  if (c.copasSquared)
    terms.push(['copasSquared', copasRate === null ? 0 : c.copasSquared[sex] * copasRate ** 2])
  if (c.violence) {
    terms.push(
      ['neverViolent', v === 0 ? c.violence.never[sex] : 0],
      ['onceViolent', v === 1 ? c.violence.once : 0],
      ['violentSanctions', v * c.violence.perSanction],
      ['violentRate', violentRate === null ? 0 : c.violence.rate * violentRate],
    )
  }
  if (dynamic) terms.push(...dynamic.terms)

  const score = terms.reduce((sum, [, value]) => sum + value, 0)
  return {
    version: dynamic ? 'dynamic' : 'static',
    probability: logistic(score),
    score,
    terms: Object.fromEntries(terms),
    derived: { yearsSinceFirstSanction: y, offenceFreeMonthsUsed: months, copasRate, violentRate },
  }
}
