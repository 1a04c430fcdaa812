// ARP, VRP and SVRP (docs/reference/predictors.md §4): static from the record, dynamic when the
// assessment items are given. Percentages are 100 × p rounded half-up to 2 places, held below 100.
import type { ErrorDetail } from '../../platform/errors'
import { arpCoefficients } from './arp.coefficients'
import { bandFor, twoPlacePercent } from './common.rules'
import {
  type LogisticPredictorInput,
  type LogisticPredictorResult,
  scoreLogisticPredictor,
} from './logistic-predictor.rules'
import { svrpCoefficients } from './svrp.coefficients'
import { vrpCoefficients } from './vrp.coefficients'

export type FourBand = 'low' | 'medium' | 'high' | 'very_high'

export interface OasysRResult extends LogisticPredictorResult {
  /** The 2-year percentage, 2 decimal places. */
  percent: number
  band: FourBand
}

export function seriousPercent(p: number): number {
  return Math.min(99.99, twoPlacePercent(p))
}

/** ARP bands: low < 50, medium 50-<75, high 75-<90, very high ≥ 90. */
export function arpBand(percent: number): FourBand {
  return bandFor<FourBand>(percent, 'low', [
    [50, 'medium'],
    [75, 'high'],
    [90, 'very_high'],
  ])
}

/** VRP bands: low < 30, medium 30-<60, high 60-<80, very high ≥ 80. */
export function vrpBand(percent: number): FourBand {
  return bandFor<FourBand>(percent, 'low', [
    [30, 'medium'],
    [60, 'high'],
    [80, 'very_high'],
  ])
}

/** SVRP and CSRP bands: low < 1, medium 1-<3, high 3-<6.9, very high ≥ 6.9. */
export function seriousBand(percent: number): FourBand {
  return bandFor<FourBand>(percent, 'low', [
    [1, 'medium'],
    [3, 'high'],
    [6.9, 'very_high'],
  ])
}

function withPercent(result: LogisticPredictorResult, band: (p: number) => FourBand): OasysRResult {
  const percent = seriousPercent(result.probability)
  return { ...result, percent, band: band(percent) }
}

export function calculateArp(input: LogisticPredictorInput): OasysRResult {
  const c = input.dynamic ? arpCoefficients.dynamic : arpCoefficients.static
  return withPercent(scoreLogisticPredictor('ARP', c, input), arpBand)
}

export function calculateVrp(input: LogisticPredictorInput): OasysRResult {
  const c = input.dynamic ? vrpCoefficients.dynamic : vrpCoefficients.static
  return withPercent(scoreLogisticPredictor('VRP', c, input), vrpBand)
}

export function calculateSvrp(
  input: LogisticPredictorInput,
  otherProblems: ErrorDetail[] = [],
): OasysRResult {
  const c = input.dynamic ? svrpCoefficients.dynamic : svrpCoefficients.static
  return withPercent(scoreLogisticPredictor('SVRP', c, input, otherProblems), seriousBand)
}
