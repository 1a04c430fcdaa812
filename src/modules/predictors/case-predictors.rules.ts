// The predictors of one case from its inputs: the static versions of OGRS3, RSR, ARP, VRP, SVRP and
// CSRP, each computed when every input it needs is known, otherwise naming what is missing. With a
// completed assessment, RSR, ARP, VRP, SVRP and CSRP are the dynamic versions (the static result kept
// beside each), and OGP and OVP are computed (case-points.rules.ts). Pure.
import { createHash } from 'node:crypto'
import { DomainError, type ErrorDetail } from '../../platform/errors'
import { pointsOutcomes } from './case-points.rules'
import type { DynamicInputs } from './dynamic-inputs.rules'
import type { DynamicItems } from './dynamic-items'
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
  | {
      status: 'computed'
      version: 'static' | 'dynamic'
      result: unknown
      /** The dynamic version's assessment ("assessment 1 completed 2026-10-01"). */
      assessment?: string
      /** Beside a dynamic result: the static version, from the record alone. */
      staticResult?: unknown
      /** Why the dynamic version could not be computed (the static result stands). */
      dynamicProblems?: ErrorDetail[]
    }
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
  /** The completed assessment the dynamic versions use, and its items with their sources. */
  assessment: DynamicInputs['assessment'] | null
  dynamicInputs: DynamicInputs['inputs'] | null
  coefficientSets: CaseCoefficientSets
  rulesVersion: string
  /** Identifies the inputs, sets and rules: equal fingerprints give equal scores. */
  fingerprint: string
}

export function computeCasePredictors(
  inputs: CaseInputs,
  sets: CaseCoefficientSets,
  dynamic: DynamicInputs | null = null,
): CasePredictors {
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
  // The static version, then (with an assessment) the dynamic one with the static result beside it.
  const versions = (needed: InputName[], run: (d?: DynamicItems) => unknown): PredictorOutcome => {
    const staticOutcome = attempt(needed, () => run())
    if (!dynamic || staticOutcome.status !== 'computed') return staticOutcome
    try {
      return {
        status: 'computed',
        version: 'dynamic',
        result: run(dynamic.items),
        assessment: dynamic.assessment.label,
        staticResult: staticOutcome.result,
      }
    } catch (error) {
      if (error instanceof DomainError) return { ...staticOutcome, dynamicProblems: error.details }
      throw error
    }
  }
  const d = (items?: DynamicItems) => (items ? { dynamic: items } : {})
  const ogrs3 = attempt([...HISTORY, 'offenceCategory'], () =>
    calculateOgrs3({
      ...history(),
      offenceCategory: v.offenceCategory as InputValues['offenceCategory'],
      coefficientSet: sets.ogrs3,
    }),
  )
  return {
    predictors: {
      ogrs3,
      rsr: versions(serious, (i) => calculateRsr({ ...seriousInput(), ...d(i), coefficientSet: sets.snsv })),
      arp: versions(ACTUARIAL, (i) => calculateArp({ ...actuarial(), ...d(i) })),
      vrp: versions([...ACTUARIAL, 'violentSanctions'], (i) => calculateVrp({ ...actuarial(), ...d(i) })),
      svrp: versions([...ACTUARIAL, 'violentSanctions'], (i) => calculateSvrp({ ...actuarial(), ...d(i) })),
      csrp: versions(serious, (i) => calculateCsrp({ ...seriousInput(), ...d(i) })),
      ...pointsOutcomes(ogrs3, v, dynamic),
    },
    dynamic: dynamic
      ? `Dynamic versions, from the record and ${dynamic.assessment.label}: RSR, ARP, VRP, SVRP and CSRP weigh its answers, with the static versions (the record alone) beside them; OGP and OVP need its answers.`
      : DYNAMIC_NOTE,
    assessment: dynamic?.assessment ?? null,
    dynamicInputs: dynamic?.inputs ?? null,
    coefficientSets: sets,
    rulesVersion: CASE_RULES_VERSION,
    fingerprint: fingerprintOf(inputs, sets, dynamic),
  }
}

/**
 * The input values, which inputs are corrected, the sets and the rules version, hashed; with an
 * assessment, its id and items too (without one the hash is as before, so no case rescores for nothing).
 */
export function fingerprintOf(
  inputs: CaseInputs,
  sets: CaseCoefficientSets,
  dynamic: DynamicInputs | null = null,
): string {
  const parts: unknown[] = [CASE_RULES_VERSION, sets, storedInputs(inputs)]
  if (dynamic) parts.push(dynamic.assessment.id, dynamic.items, dynamic.ovp)
  return createHash('sha256').update(JSON.stringify(parts)).digest('base64url')
}

/** What history keeps of the inputs: each value, whether a correction gave it, and the assessment's items. */
export function storedInputs(
  inputs: CaseInputs,
  dynamic: DynamicInputs | null = null,
): Record<string, { value: unknown; corrected?: true }> {
  const stored: Record<string, { value: unknown; corrected?: true }> = Object.fromEntries(
    Object.entries(inputs).map(([name, input]) => [
      name,
      input.correction ? { value: input.value, corrected: true } : { value: input.value },
    ]),
  )
  if (dynamic) {
    stored.assessment = { value: dynamic.assessment }
    for (const [name, input] of Object.entries(dynamic.inputs))
      stored[`dynamic.${name}`] = { value: input.value }
  }
  return stored
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
      return [name, { status: 'computed', version: outcome.version, ...figures, band: r.band }]
    }),
  )
}
