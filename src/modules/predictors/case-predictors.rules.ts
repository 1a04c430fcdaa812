// The predictors of one case from its inputs: the static versions of OGRS3, RSR, ARP, VRP, SVRP and
// CSRP, each computed when every input it needs is known, otherwise naming what is missing. The
// dynamic versions, OGP and OVP need assessment answers, which the case does not hold yet. Pure.
import { createHash } from 'node:crypto'
import { DomainError, type ErrorDetail } from '../../platform/errors'
import type { LogisticPredictorInput } from './logistic-predictor.rules'
import { calculateArp, calculateSvrp, calculateVrp } from './oasys-r.rules'
import type { Ogrs3CoefficientSet } from './ogrs3.coefficients'
import { calculateOgrs3 } from './ogrs3.rules'
import type { SexualHistory } from './osp.rules'
import type { CaseInputs, InputName, InputValues } from './predictor-inputs.rules'
import { calculateCsrp, calculateRsr } from './serious.rules'
import type { SnsvCoefficientSet } from './snsv.coefficients'

/** Bump when a derivation or computation rule changes, so every case gets a new history row. */
export const CASE_RULES_VERSION = '2026-11-23.1'

export interface CaseCoefficientSets {
  ogrs3: Ogrs3CoefficientSet
  snsv: SnsvCoefficientSet
}
/** The sets used until administrators can choose them: OGRS3 as published, SNSV as OASys labels it. */
export const DEFAULT_CASE_COEFFICIENT_SETS: CaseCoefficientSets = { ogrs3: 'published', snsv: 'oasys' }

export const staticPredictors = ['ogrs3', 'rsr', 'arp', 'vrp', 'svrp', 'csrp'] as const
export type StaticPredictor = (typeof staticPredictors)[number]

export type PredictorOutcome =
  | { status: 'computed'; version: 'static'; result: unknown }
  | { status: 'needs_input'; missing: { input: InputName; message: string }[] }
  | { status: 'refused'; problems: ErrorDetail[] }
  | { status: 'needs_assessment'; message: string }

export const DYNAMIC_NOTE =
  'The dynamic versions of RSR, ARP, VRP, SVRP and CSRP, and OGP and OVP, need the answers of an assessment, which this case does not have yet: the scores shown are the static versions, from the record alone.'

const HISTORY: InputName[] = [
  'sex',
  'ageAtStartOfFollowUp',
  'ageAtCurrentConviction',
  'ageAtFirstSanction',
  'totalSanctions',
]
const ACTUARIAL: InputName[] = [...HISTORY, 'actuarialOffenceCategory', 'offenceFreeMonths']
const SEXUAL_COUNTS = [
  'contactAdultSanctions',
  'contactChildSanctions',
  'indecentImageSanctions',
  'nonContactSanctions',
] as const

export interface CasePredictors {
  predictors: Record<StaticPredictor | 'ogp' | 'ovp', PredictorOutcome>
  dynamic: string
  coefficientSets: CaseCoefficientSets
  rulesVersion: string
  /** Identifies the inputs, sets and rules: equal fingerprints give equal scores. */
  fingerprint: string
}

export function computeCasePredictors(inputs: CaseInputs, sets: CaseCoefficientSets): CasePredictors {
  const v = Object.fromEntries(Object.entries(inputs).map(([k, i]) => [k, i.value])) as {
    [K in InputName]: InputValues[K] | null
  }
  const hasSexualHistory = SEXUAL_COUNTS.some((k) => (v[k] ?? 0) > 0)
  // The stranger question matters only to the men's sexual predictors (OSP/DC, DC-SRP).
  const serious: InputName[] = [...ACTUARIAL, 'violentSanctions', ...SEXUAL_COUNTS]
  if (hasSexualHistory && v.sex === 'male') serious.push('currentOffenceAgainstStranger')

  const attempt = (needed: InputName[], run: () => unknown): PredictorOutcome => {
    const absent = needed.filter((name) => v[name] === null)
    if (absent.length)
      return {
        status: 'needs_input',
        missing: absent.map((input) => ({
          input,
          message: inputs[input].problem?.message ?? 'not known from the record',
        })),
      }
    try {
      return { status: 'computed', version: 'static', result: run() }
    } catch (error) {
      if (error instanceof DomainError) return { status: 'refused', problems: error.details }
      throw error
    }
  }
  const history = () => ({
    sex: v.sex as InputValues['sex'],
    ageAtStartOfFollowUp: v.ageAtStartOfFollowUp as number,
    ageAtCurrentConviction: v.ageAtCurrentConviction as number,
    ageAtFirstSanction: v.ageAtFirstSanction as number,
    totalSanctions: v.totalSanctions as number,
  })
  const actuarial = (): LogisticPredictorInput => ({
    ...history(),
    offenceCategory: v.actuarialOffenceCategory as InputValues['actuarialOffenceCategory'],
    offenceFreeMonths: v.offenceFreeMonths as number,
    violentSanctions: v.violentSanctions ?? undefined,
  })
  const sexualHistory = (): SexualHistory | null =>
    hasSexualHistory
      ? {
          contactAdultSanctions: v.contactAdultSanctions as number,
          contactChildSanctions: v.contactChildSanctions as number,
          indecentImageSanctions: v.indecentImageSanctions as number,
          nonContactSanctions: v.nonContactSanctions as number,
          ageAtMostRecentSexualSanction: v.ageAtMostRecentSexualSanction,
          currentOffenceAgainstStranger: v.currentOffenceAgainstStranger ?? false,
        }
      : null
  const seriousInput = () => ({
    ...actuarial(),
    violentSanctions: v.violentSanctions as number,
    sexualHistory: sexualHistory(),
  })
  const assessment = (name: string): PredictorOutcome => ({
    status: 'needs_assessment',
    message: `${name} has no static version: it needs the answers of an assessment`,
  })
  return {
    predictors: {
      ogrs3: attempt([...HISTORY, 'offenceCategory'], () =>
        calculateOgrs3({
          ...history(),
          offenceCategory: v.offenceCategory as InputValues['offenceCategory'],
          coefficientSet: sets.ogrs3,
        }),
      ),
      rsr: attempt(serious, () => calculateRsr({ ...seriousInput(), coefficientSet: sets.snsv })),
      arp: attempt(ACTUARIAL, () => calculateArp(actuarial())),
      vrp: attempt([...ACTUARIAL, 'violentSanctions'], () => calculateVrp(actuarial())),
      svrp: attempt([...ACTUARIAL, 'violentSanctions'], () => calculateSvrp(actuarial())),
      csrp: attempt(serious, () => calculateCsrp(seriousInput())),
      ogp: assessment('OGP'),
      ovp: assessment('OVP'),
    },
    dynamic: DYNAMIC_NOTE,
    coefficientSets: sets,
    rulesVersion: CASE_RULES_VERSION,
    fingerprint: fingerprintOf(inputs, sets),
  }
}

/** The input values, which inputs are corrected, the sets and the rules version, hashed. */
export function fingerprintOf(inputs: CaseInputs, sets: CaseCoefficientSets): string {
  return createHash('sha256')
    .update(JSON.stringify([CASE_RULES_VERSION, sets, storedInputs(inputs)]))
    .digest('base64url')
}

/** What history keeps of the inputs: each value, and whether a correction gave it. */
export function storedInputs(inputs: CaseInputs): Record<string, { value: unknown; corrected?: true }> {
  return Object.fromEntries(
    Object.entries(inputs).map(([name, input]) => [
      name,
      input.correction ? { value: input.value, corrected: true } : { value: input.value },
    ]),
  )
}

/** The headline of each predictor, for the history: percent and band, or why there is none. */
export function scoreSummary(predictors: CasePredictors['predictors']): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(predictors).map(([name, outcome]) => {
      if (outcome.status !== 'computed') return [name, { status: outcome.status }]
      const r = outcome.result as {
        percent?: number
        twoYearPercent?: number
        oneYearPercent?: number
        band: string
      }
      const figures =
        r.twoYearPercent !== undefined
          ? { oneYearPercent: r.oneYearPercent, twoYearPercent: r.twoYearPercent }
          : { percent: r.percent }
      return [name, { status: 'computed', version: 'static', ...figures, band: r.band }]
    }),
  )
}
