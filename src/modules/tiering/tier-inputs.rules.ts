// The calculator's input built from a case's record: registers, predictors and events, each field with
// where it came from (reference/hmpps-services.md §1.2 and §1.4). Pure: the record is passed in.
import type { ComplexityFactor, Need, TierInput } from './tiering.schema'
import { COMPLEXITY_FACTORS } from './tiering.schema'

export interface RecordRegister {
  type: string
  level: string | null
  category: string | null
  registeredDate: string
  deregisteredDate: string | null
}
export interface RecordEvent {
  eventNumber: number
  offences: { homeOfficeCode: string; predictorCategory: string | null }[]
  disposal: {
    type: string
    expectedEndDate: string | null
    licenceEndDate: string | null
    terminatedDate: string | null
    requirements: { type: string; restrictive: boolean; terminatedDate: string | null }[]
  } | null
}
/** A predictor's figure, or why there is none. */
export type Figure<T> = { value: T; source: string } | { value: null; source: string }
export interface RecordPredictors {
  sex: Figure<'male' | 'female'>
  rsrPercent: Figure<number>
  ogrsPercent: Figure<number>
  arp: Figure<{ percent: number; dynamic: boolean }>
  csrp: Figure<{ percent: number; dynamic: boolean }>
  dcSrp: Figure<{ band: 'low' | 'medium' | 'high' | 'very_high'; percent: number; riskReduction: boolean }>
}
/** The latest completed assessment, as the assessment module reads it for tiering (issue 7). */
export interface RecordAssessment {
  needs: Partial<Record<Need, 'none' | 'standard' | 'severe'>>
  needsSource: string
  roshLevel: 'low' | 'medium' | 'high' | 'very_high' | null
  parenting: boolean
  impulsivityOrTemperControl: boolean
  femaleFactorsSource: string
  completedOn: string
}
export interface TierRecord {
  registers: RecordRegister[]
  events: RecordEvent[]
  predictors: RecordPredictors
  /** Absent or null: the case holds no completed assessment. */
  assessment?: RecordAssessment | null
}

export type TierField = Exclude<keyof TierInput, 'calculationDate'>
export type TierSources = Partial<Record<TierField, string>>
export type TierInputs =
  | { status: 'calculated'; input: TierInput; sources: TierSources }
  | { status: 'needs_sex'; input: Omit<TierInput, 'sex'>; sources: TierSources; message: string }

const active = (r: RecordRegister, on: string) =>
  r.registeredDate <= on && (r.deregisteredDate === null || r.deregisteredDate > on)
const since = (r: RecordRegister) => `register ${r.type} from ${r.registeredDate}`
const SEXUAL_CATEGORIES = ['sexual_not_against_child', 'sexual_against_child']

/** An event still open: no disposal yet (awaiting sentence), or a disposal not terminated nor ended. */
export function isActiveEvent(e: RecordEvent, today: string): boolean {
  const d = e.disposal
  if (!d) return true
  if (d.terminatedDate !== null && d.terminatedDate <= today) return false
  const end = d.licenceEndDate ?? d.expectedEndDate
  return end === null || end >= today
}

export function tierInputsFromRecord(record: TierRecord, today: string): TierInputs {
  const sources: TierSources = {}
  const regs = record.registers.filter((r) => active(r, today))
  const find = (type: string) => regs.find((r) => r.type === type)
  const flag = (field: TierField, type: string, label: string): boolean => {
    const r = find(type)
    sources[field] = r ? since(r) : `no active ${label} register`
    return r !== undefined
  }

  const rosh = find('rosh')
  const assessment = record.assessment ?? null
  // The live RoSH register wins; without one, the latest completed assessment's RoSH summary counts.
  const roshLevel = (rosh?.level ?? assessment?.roshLevel ?? null) as TierInput['roshLevel']
  sources.roshLevel = rosh
    ? `${since(rosh)}: ${rosh.level}`
    : assessment?.roshLevel
      ? `no active RoSH register; assessment completed ${assessment.completedOn}: RoSH ${assessment.roshLevel}`
      : 'no active RoSH register'
  const mappaReg = find('mappa')
  const mappa =
    mappaReg?.level && mappaReg.category
      ? { level: Number(mappaReg.level), category: Number(mappaReg.category) }
      : null
  sources.mappa = mappaReg
    ? `${since(mappaReg)}: level ${mappaReg.level}, category ${mappaReg.category}`
    : 'no active MAPPA register'
  const complexityFactors = COMPLEXITY_FACTORS.filter((f) => find(f)) as ComplexityFactor[]
  sources.complexityFactors = complexityFactors.length
    ? complexityFactors.map((f) => since(find(f) as RecordRegister)).join('; ')
    : 'no active complexity factor register'
  const domesticAbuse = flag('domesticAbuse', 'domestic_abuse_perpetrator', 'domestic abuse perpetrator')
  const stalking = flag('stalking', 'stalking', 'stalking')
  const childProtection = flag('childProtection', 'child_protection', 'child protection')

  const open = record.events.filter((e) => isActiveEvent(e, today))
  const hasActiveEvent = open.length > 0
  sources.hasActiveEvent = hasActiveEvent
    ? `active events ${open.map((e) => e.eventNumber).join(', ')}`
    : 'no active event (none, or every order terminated or ended)'
  const mandate = mandateOf(open, today)
  sources.mandateForChange = mandate.source
  const sexual = record.events.filter((e) =>
    e.offences.some((o) => SEXUAL_CATEGORIES.includes(o.predictorCategory ?? '')),
  )
  sources.everSexualOffence = sexual.length
    ? `a sexual offence on events ${sexual.map((e) => e.eventNumber).join(', ')}`
    : 'no offence of a sexual category on any event'

  const p = record.predictors
  sources.rsrPercent = p.rsrPercent.source
  sources.ogrsPercent = p.ogrsPercent.source
  sources.arp = p.arp.source
  sources.csrp = p.csrp.source
  sources.dcSrp = p.dcSrp.source
  sources.needs = assessment
    ? assessment.needsSource
    : 'no assessment: the case holds no assessment of needs yet, so change level is 2 (§1.4)'
  sources.femaleFactors = assessment
    ? `${assessment.femaleFactorsSource}; breach or recall in the last 12 months is not derived yet`
    : 'not in the record: parenting and impulsivity need an assessment; breach or recall in the last 12 months is not derived yet'
  sources.iomNominal = 'no IOM nominal register exists in the record'
  sources.unsupervised = 'no unsupervised ("probation reset") register exists in the record'
  sources.liferOrIppReleaseDate = 'no lifer or IPP register exists in the record'

  const rest: Omit<TierInput, 'sex'> = {
    rsrPercent: p.rsrPercent.value,
    roshLevel,
    mappa,
    complexityFactors,
    femaleFactors: {
      parenting: assessment?.parenting ?? false,
      impulsivityOrTemperControl: assessment?.impulsivityOrTemperControl ?? false,
      breachOrRecallInLast12Months: false,
    },
    mandateForChange: mandate.value,
    needs: assessment ? assessment.needs : null,
    ogrsPercent: p.ogrsPercent.value,
    iomNominal: false,
    unsupervised: false,
    hasActiveEvent,
    arp: p.arp.value,
    csrp: p.csrp.value,
    dcSrp: p.dcSrp.value,
    liferOrIppReleaseDate: null,
    calculationDate: today,
    domesticAbuse,
    stalking,
    childProtection,
    everSexualOffence: sexual.length > 0,
  } as Omit<TierInput, 'sex'>
  sources.sex = p.sex.source
  if (p.sex.value === null)
    return {
      status: 'needs_sex',
      input: rest,
      sources,
      message: `the tier needs the sex to use for scoring: ${p.sex.source}. Record the sex to use, with the reason, as a predictor input correction (DECISIONS 12); it is never guessed`,
    }
  return { status: 'calculated', input: { sex: p.sex.value, ...rest } as TierInput, sources }
}

/** §1.4: a current custodial sentence, or a live requirement that is neither restrictive nor unpaid work. */
function mandateOf(open: RecordEvent[], today: string): { value: boolean; source: string } {
  for (const e of open) {
    const d = e.disposal
    if (d?.type === 'custody') return { value: true, source: `event ${e.eventNumber}: a custodial sentence` }
    const live = d?.requirements.find(
      (r) =>
        (r.terminatedDate === null || r.terminatedDate > today) && !r.restrictive && r.type !== 'unpaid_work',
    )
    if (live)
      return { value: true, source: `event ${e.eventNumber}: a ${live.type} requirement (not restrictive)` }
  }
  return {
    value: false,
    source:
      'no current custodial sentence, and no live requirement other than unpaid work or restrictive ones',
  }
}
