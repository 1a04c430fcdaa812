// RSR (algorithm 5) and CSRP (algorithm 6): the 2-year chance of a serious reoffence, as the sum of
// the violent component (SNSV or SVRP), the sexual components for men with a sexual offence history
// (OSP/DC and OSP/IIC, or DC-SRP and IIC-SRP), and 1/261 for women with one (docs/reference/predictors.md
// §2.1, §4). Each component is a percentage to 2 places, summed exactly.

import { bandFor } from './common.rules'
import { addDecimals, type Decimal, decimalToNumber, exactDecimal, roundHalfUp } from './decimal'
import type { LogisticPredictorInput, LogisticPredictorResult } from './logistic-predictor.rules'
import { scoreLogisticPredictor } from './logistic-predictor.rules'
import { calculateSvrp, type FourBand, type OasysRResult, seriousBand, seriousPercent } from './oasys-r.rules'
import {
  calculateIic,
  calculateOspDc,
  type IicResult,
  type OspDcResult,
  type SexualHistory,
  sexualHistoryProblems,
} from './osp.rules'
import { type SnsvCoefficientSet, snsvCoefficientSets, snsvCoefficients } from './snsv.coefficients'

/** What a woman's sexual offence history adds: 1/261 (0.383 %, 0.38 to 2 places). */
export const femaleSexualHistoryProbability = 1 / 261

export interface SeriousInput extends LogisticPredictorInput {
  violentSanctions: number
  /** Absent or null: no sexual offence history (and no sexually motivated offence). */
  sexualHistory?: SexualHistory | null
}

export interface RsrInput extends SeriousInput {
  /** Which labels the dynamic SNSV offence weights carry: `oasys` (default) or `noms`. */
  coefficientSet?: SnsvCoefficientSet
}

export interface SeriousComponents {
  violence: number
  directContact: number
  imagesAndIndirectContact: number
  femaleSexualHistory: number
}

export interface RsrResult {
  percent: number
  band: 'low' | 'medium' | 'high'
  coefficientSet: SnsvCoefficientSet
  components: SeriousComponents
  snsv: LogisticPredictorResult & { percent: number }
  ospDc: OspDcResult | null
  ospIic: IicResult | null
}

export interface CsrpResult {
  percent: number
  band: FourBand
  components: SeriousComponents
  svrp: OasysRResult
  dcSrp: OspDcResult | null
  iicSrp: IicResult | null
}

function sumPercentages(components: SeriousComponents): number {
  const total = Object.values(components)
    .map((p) => exactDecimal(p))
    .reduce((a: Decimal, b) => addDecimals(a, b))
  const rounded = decimalToNumber(roundHalfUp(total, 2))
  return rounded <= 0 ? 0 : Math.min(99.99, rounded)
}

function sexual(input: SeriousInput, generation: 'osp_iic' | 'iic_srp') {
  const h = input.sexualHistory ?? null
  const male = input.sex === 'male'
  const directContact = h && male ? calculateOspDc(h, input.ageAtStartOfFollowUp, input.totalSanctions) : null
  const images = h && male ? calculateIic(h, generation) : null
  return {
    directContact,
    images,
    femaleSexualHistory: h && !male ? seriousPercent(femaleSexualHistoryProbability) : 0,
  }
}

export function calculateRsr(input: RsrInput): RsrResult {
  const coefficientSet = input.coefficientSet ?? 'oasys'
  const problems = input.sexualHistory ? sexualHistoryProblems(input.sexualHistory) : []
  if (!snsvCoefficientSets.includes(coefficientSet))
    problems.push({
      path: 'coefficientSet',
      message: `"${coefficientSet}" is not an SNSV coefficient set; use oasys or noms`,
    })
  // An unknown set falls back to `oasys` here only so that every other problem is reported with it.
  const c = input.dynamic
    ? (snsvCoefficients.dynamic[coefficientSet] ?? snsvCoefficients.dynamic.oasys)
    : snsvCoefficients.static
  const snsvResult = scoreLogisticPredictor('RSR', c, input, problems)
  const snsv = { ...snsvResult, percent: seriousPercent(snsvResult.probability) }
  const s = sexual(input, 'osp_iic')
  const components: SeriousComponents = {
    violence: snsv.percent,
    directContact: s.directContact?.percent ?? 0,
    imagesAndIndirectContact: s.images?.percent ?? 0,
    femaleSexualHistory: s.femaleSexualHistory,
  }
  const percent = sumPercentages(components)
  const band = bandFor<'low' | 'medium' | 'high'>(percent, 'low', [
    [3, 'medium'],
    [6.9, 'high'],
  ])
  return { percent, band, coefficientSet, components, snsv, ospDc: s.directContact, ospIic: s.images }
}

export function calculateCsrp(input: SeriousInput): CsrpResult {
  const svrp = calculateSvrp(input, input.sexualHistory ? sexualHistoryProblems(input.sexualHistory) : [])
  const s = sexual(input, 'iic_srp')
  const components: SeriousComponents = {
    violence: svrp.percent,
    directContact: s.directContact?.percent ?? 0,
    imagesAndIndirectContact: s.images?.percent ?? 0,
    femaleSexualHistory: s.femaleSexualHistory,
  }
  const percent = sumPercentages(components)
  return { percent, band: seriousBand(percent), components, svrp, dcSrp: s.directContact, iicSrp: s.images }
}
