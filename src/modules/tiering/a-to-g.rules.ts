// The single-axis A to G tier (reference §1.5, DECISIONS 20): each step gives a tier or nothing and the
// highest wins (A is highest). Pure: the calculation date is an input.
import { provisionalStatus } from './provisional.rules'
import { ARP_COLUMNS, CSRP_ROWS, highest, reoffendingTable } from './reoffending-table.rules'
import type { Tier, TierInput } from './tiering.schema'

export type StepName =
  | 'reoffending'
  | 'sexual_reoffending'
  | 'mappa_rosh'
  | 'lifer_ipp'
  | 'domestic_abuse'
  | 'stalking'
  | 'child_protection'
  | 'sexual_offence'
  | 'result'
  | 'provisional'
  | 'status'

export interface TierStep {
  step: StepName
  tier: Tier | null
  reason: string
}

export interface SingleTier {
  tier: Tier | null
  status: 'supervised' | 'not_supervised' | 'missing'
  provisional: boolean
  steps: TierStep[]
}

function reoffendingStep(arp: { percent: number; dynamic: boolean }, csrp: typeof arp): TierStep {
  const tier = reoffendingTable(arp.percent, csrp.percent)
  const row = CSRP_ROWS.find((t) => csrp.percent >= t)
  const column = ARP_COLUMNS.find((t) => arp.percent >= t)
  const kind = (p: { dynamic: boolean }) => (p.dynamic ? 'dynamic' : 'static')
  return {
    step: 'reoffending',
    tier,
    reason:
      `ARP ${arp.percent}% (${kind(arp)}) and CSRP ${csrp.percent}% (${kind(csrp)}): ` +
      `table row CSRP ${row?.toFixed(1)}% or more, column ARP ${column}% or more gives tier ${tier}`,
  }
}

/** Used only when the DC-SRP score is above 0; the risk-reduction flag is not consulted. */
export function sexualReoffendingStep(dcSrp: TierInput['dcSrp']): TierStep {
  const step = 'sexual_reoffending'
  if (dcSrp === null) return { step, tier: null, reason: 'No DC-SRP score: no tier from this step' }
  if (!(dcSrp.percent > 0))
    return { step, tier: null, reason: `DC-SRP ${dcSrp.percent}% is not above 0: not used` }
  const described = `DC-SRP ${dcSrp.band.replace('_', ' ')} band, ${dcSrp.percent}%`
  if (dcSrp.band === 'very_high') return { step, tier: 'A', reason: `${described}: tier A` }
  if (dcSrp.band === 'high') return { step, tier: 'B', reason: `${described}: tier B` }
  if (dcSrp.band === 'low') return { step, tier: 'E', reason: `${described}: tier E` }
  // Medium: by the score alone, cut-offs tried in this order.
  for (const [cutOff, tier] of [
    [3.36, 'C'],
    [2.11, 'D'],
    [1.12, 'C'],
    [0.6, 'D'],
  ] as const) {
    if (dcSrp.percent >= cutOff)
      return { step, tier, reason: `${described} (${cutOff}% or more): tier ${tier}` }
  }
  return { step, tier: null, reason: `${described} is below 0.60%: no tier from this step` }
}

const ROSH_WORDS = { low: 'low', medium: 'medium', high: 'high', very_high: 'very high' } as const

export function mappaRoshStep(input: TierInput): TierStep {
  const step = 'mappa_rosh'
  const rosh = input.roshLevel
  const roshText = rosh === null ? 'no RoSH level recorded' : `RoSH ${ROSH_WORDS[rosh]}`
  if (input.mappa !== null) {
    const tier: Tier = rosh === 'very_high' ? 'A' : rosh === 'high' ? 'C' : rosh === 'medium' ? 'D' : 'E'
    return { step, tier, reason: `MAPPA category ${input.mappa.category} with ${roshText}: tier ${tier}` }
  }
  if (rosh === 'very_high') return { step, tier: 'C', reason: `Not MAPPA, ${roshText}: tier C` }
  if (rosh === 'high') return { step, tier: 'D', reason: `Not MAPPA, ${roshText}: tier D` }
  return { step, tier: null, reason: `Not MAPPA, ${roshText}: no tier from this step` }
}

/** The same day `years` calendar years earlier; 29 February falls back to 28 February. */
export function yearsBefore(date: string, years: number): string {
  const year = Number(date.slice(0, 4)) - years
  const monthDay = date.slice(5)
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
  const day = monthDay === '02-29' && !leap ? '02-28' : monthDay
  return `${String(year).padStart(4, '0')}-${day}`
}

export function liferIppStep(releaseDate: string | null, calculationDate: string): TierStep {
  const step = 'lifer_ipp'
  if (releaseDate === null)
    return { step, tier: null, reason: 'No lifer or IPP release date: no tier from this step' }
  const oneYear = yearsBefore(calculationDate, 1)
  const fiveYears = yearsBefore(calculationDate, 5)
  const released = `Lifer or IPP released ${releaseDate}`
  if (releaseDate > calculationDate)
    return {
      step,
      tier: 'B',
      reason: `Lifer or IPP with release date ${releaseDate}, after ${calculationDate}: counts as within 1 year: tier B`,
    }
  if (releaseDate >= oneYear)
    return { step, tier: 'B', reason: `${released}, within 1 year (on or after ${oneYear}): tier B` }
  if (releaseDate >= fiveYears)
    return { step, tier: 'D', reason: `${released}, within 5 years (on or after ${fiveYears}): tier D` }
  return { step, tier: 'E', reason: `${released}, more than 5 years ago (before ${fiveYears}): tier E` }
}

function registerStep(step: StepName, present: boolean, tier: Tier, yes: string, no: string): TierStep {
  return present
    ? { step, tier, reason: `${yes}: tier ${tier}` }
    : { step, tier: null, reason: `${no}: no tier from this step` }
}

const STEP_WORDS: Partial<Record<StepName, string>> = {
  reoffending: 'reoffending predictors',
  sexual_reoffending: 'sexual reoffending (DC-SRP)',
  mappa_rosh: 'MAPPA and RoSH',
  lifer_ipp: 'lifer or IPP release',
  domestic_abuse: 'domestic abuse',
  stalking: 'stalking',
  child_protection: 'child protection',
  sexual_offence: 'sexual offence',
}

export function calculateSingleTier(input: TierInput): SingleTier {
  if (!input.hasActiveEvent)
    return {
      tier: null,
      status: 'not_supervised',
      provisional: false,
      steps: [{ step: 'status', tier: null, reason: 'No active event: not supervised, so no tier' }],
    }
  if (input.arp === null || input.csrp === null) {
    const absent = [input.arp === null ? 'ARP' : null, input.csrp === null ? 'CSRP' : null].filter(Boolean)
    return {
      tier: null,
      status: 'missing',
      provisional: false,
      steps: [{ step: 'status', tier: null, reason: `No ${absent.join(' or ')} score: the tier is missing` }],
    }
  }
  const steps: TierStep[] = [
    reoffendingStep(input.arp, input.csrp),
    sexualReoffendingStep(input.dcSrp),
    mappaRoshStep(input),
    liferIppStep(input.liferOrIppReleaseDate, input.calculationDate),
    registerStep(
      'domestic_abuse',
      input.domesticAbuse,
      'E',
      'Domestic abuse register',
      'No domestic abuse register',
    ),
    registerStep('stalking', input.stalking, 'F', 'Stalking register', 'No stalking register'),
    registerStep(
      'child_protection',
      input.childProtection,
      'F',
      'Child protection register',
      'No child protection register',
    ),
    registerStep(
      'sexual_offence',
      input.everSexualOffence,
      'E',
      'Has committed a sexual offence',
      'No sexual offence on record',
    ),
  ]
  const tier = highest(steps.map((s) => s.tier)) ?? 'G'
  const from = steps.filter((s) => s.tier === tier).map((s) => STEP_WORDS[s.step])
  const provisional = provisionalStatus(input, input.arp, input.csrp, steps)
  steps.push({
    step: 'result',
    tier,
    reason: `Highest tier from the steps: ${tier} (from ${from.join(', ')})`,
  })
  steps.push({ step: 'provisional', tier: null, reason: provisional.reason })
  return { tier, status: 'supervised', provisional: provisional.provisional, steps }
}
