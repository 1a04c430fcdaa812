// The tier of a case as the overview shows it (issue 8): both models with their working, every input
// with where it came from, and any override; or, when the tier cannot be calculated, why not.
import type { TierResult, TierService } from '../../../modules/tiering'
import { formatDateTime, words } from '../format'

type CurrentTier = Awaited<ReturnType<TierService['currentTier']>>
type Override = CurrentTier['overrides'][number]
interface Tag {
  text: string
  classes: string
}

const INPUTS: Record<string, string> = {
  sex: 'Sex used for scoring',
  roshLevel: 'Risk of serious harm (RoSH)',
  rsrPercent: 'RSR score',
  mappa: 'MAPPA',
  complexityFactors: 'Complexity factors',
  femaleFactors: 'Factors for women',
  mandateForChange: 'Mandate for change',
  needs: 'Assessed needs',
  ogrsPercent: 'OGRS score',
  iomNominal: 'IOM nominal',
  unsupervised: 'Unsupervised',
  hasActiveEvent: 'Active event',
  arp: 'ARP score',
  csrp: 'CSRP score',
  dcSrp: 'DC-SRP score',
  liferOrIppReleaseDate: 'Lifer or IPP release date',
  domesticAbuse: 'Domestic abuse',
  stalking: 'Stalking',
  childProtection: 'Child protection',
  everSexualOffence: 'Ever a sexual offence',
}

const STEPS: Record<string, string> = {
  reoffending: 'Reoffending (ARP by CSRP)',
  sexual_reoffending: 'Sexual reoffending (DC-SRP)',
  mappa_rosh: 'MAPPA and RoSH',
  lifer_ipp: 'Lifer or IPP release',
  domestic_abuse: 'Domestic abuse',
  stalking: 'Stalking',
  child_protection: 'Child protection',
  sexual_offence: 'Sexual offence',
  result: 'Result',
  provisional: 'Provisional',
  status: 'Status',
}

const SUPERVISION: Record<string, string> = {
  supervised: 'Supervised',
  not_supervised: 'Not supervised',
  missing: 'Missing: needs both ARP and CSRP',
}

const OVERRIDE_TAGS: Record<string, Tag> = {
  proposed: { text: 'Proposed', classes: 'govuk-tag--blue' },
  approved: { text: 'Approved', classes: 'govuk-tag--green' },
  needs_review: { text: 'Needs review', classes: 'govuk-tag--orange' },
}

/** An input value in words: "Yes", "None", "level 2, category 1", "12.5% (static)". */
export function tierValueText(value: unknown): string {
  if (value === null || value === undefined) return 'None'
  if (typeof value === 'boolean') return value ? 'Yes' : 'No'
  if (typeof value === 'number') return String(value)
  if (typeof value === 'string') return words(value)
  if (Array.isArray(value)) return value.length ? value.map((v) => tierValueText(v)).join(', ') : 'None'
  const o = value as Record<string, unknown>
  if (typeof o.percent === 'number' && typeof o.dynamic === 'boolean')
    return `${o.percent}% (${o.dynamic ? 'dynamic' : 'static'})`
  return Object.entries(o)
    .map(([k, v]) => `${k.replace(/([A-Z]|\d+)/g, ' $1').toLowerCase()}: ${tierValueText(v)}`)
    .join(', ')
}

function overrideOf(o: Override) {
  const model = o.model === 'v2' ? 'Protect and change tier' : 'A to G tier'
  const reviewed = o.reviewedBy
    ? `${words(o.status === 'needs_review' ? 'approved' : o.status)} by ${o.reviewedBy.name} on ${formatDateTime(o.reviewedAt)}${o.reviewNote ? `: ${o.reviewNote}` : ''}`
    : 'Not reviewed yet'
  return {
    id: o.id,
    awaitsReview: o.status === 'proposed',
    title: `${model}: ${o.calculatedTier ?? 'no tier'} to ${o.proposedTier}`,
    tag: OVERRIDE_TAGS[o.status] ?? { text: words(o.status), classes: 'govuk-tag--grey' },
    rationale: o.rationale,
    proposed: `By ${o.proposedBy.name} on ${formatDateTime(o.proposedAt)}`,
    reviewed,
    flagged: o.flaggedReason ? `Flagged on ${formatDateTime(o.flaggedAt)}: ${o.flaggedReason}` : null,
  }
}

export function tierOf(current: CurrentTier) {
  const inputs = Object.keys(INPUTS)
    .filter((field) => field in current.inputs || field in current.sources)
    .map((field) => ({
      name: INPUTS[field] as string,
      value: field in current.inputs ? tierValueText(current.inputs[field]) : 'Not known',
      source: current.sources[field] ?? '',
    }))
  const base = {
    calculatedAt: formatDateTime(current.calculatedAt),
    trigger: words(current.trigger.replace(/\./g, ' ')),
    inputs,
    overrides: current.overrides.map(overrideOf),
  }
  const result = current.result as TierResult | null
  if (current.status !== 'calculated' || !result)
    return {
      ...base,
      calculated: false as const,
      message: current.message ?? 'The tier cannot be calculated',
    }
  const { v2, v3 } = result
  return {
    ...base,
    calculated: true as const,
    v2: {
      tier: v2.tier,
      effective: current.effective.v2,
      protect: `${v2.protect} (${v2.protectPoints} points)`,
      change: `${v2.change} (${v2.changePoints} points)`,
      reasons: v2.reasons.map((r) => ({
        axis: words(r.axis),
        reason: r.reason,
        points: r.points === null ? '' : String(r.points),
        counted: r.points === null ? '' : r.counted ? 'Counted' : 'Not counted',
      })),
    },
    v3: {
      tier: v3.tier ?? 'No tier',
      why: v3.tier ? `Why A to G tier ${v3.tier}?` : 'Why no A to G tier?',
      effective: current.effective.v3,
      status: SUPERVISION[v3.status] ?? words(v3.status),
      provisional: v3.provisional,
      steps: v3.steps.map((s) => ({
        step: STEPS[s.step] ?? words(s.step),
        tier: s.tier ?? 'None',
        reason: s.reason,
      })),
    },
  }
}
