// What the allocation pages show: the queue's rows and sort links, the case's summary and the ranked
// practitioners with their reasons, and the allocate form read back into the service's input.
import type { AllocationService, QueueSort, Recommendation } from '../../modules/allocation'
import { type DateParts, datePartsFrom, readDate } from '../cases/date-parts'
import { formatDate, formatDateTime } from '../cases/format'

type Queue = Awaited<ReturnType<AllocationService['allocationQueue']>>
type CaseView = Awaited<ReturnType<AllocationService['caseForAllocation']>>

export const SENTENCE_LABELS: Record<string, string> = {
  community_order: 'Community order',
  suspended_sentence_order: 'Suspended sentence order',
  custody: 'Custody',
  post_sentence_supervision: 'Post-sentence supervision',
}
const REASON_LABELS: Record<string, string> = {
  sentence: 'New sentence',
  transfer: 'Transfer in',
  release: 'Release due',
}
export const REALLOCATION_LABELS: Record<string, string> = {
  allocated_to_responsible_officer: 'Allocated to the responsible officer',
  caseload_adjustment: 'Caseload adjustment',
  change_in_tier_or_risk: 'Change in tier or risk',
  change_of_address: 'Change of address',
  officer_left: 'Officer left',
  risk_to_staff: 'Risk to staff',
  transfer_in: 'Transfer in',
  probation_reset: 'Probation reset',
  other: 'Other',
}
const SORT_LABELS: Record<QueueSort, string> = {
  tier: 'Tier',
  sentenceDate: 'Sentence date',
  daysWaiting: 'Days waiting',
}
const rosh = (level: string | null) =>
  level ? level.replace('_', ' ').replace(/^./, (c) => c.toUpperCase()) : 'None'

export function queueView(queue: Queue, base: Record<string, string>) {
  const link = (params: Record<string, string>) => `?${new URLSearchParams({ ...base, ...params })}`
  return {
    total: queue.total,
    byTier: Object.entries(queue.counts.byTier)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([tier, n]) => ({ tier: tier === 'none' ? 'No tier' : tier, n })),
    overCapacity: queue.teams.filter((t) => t.overCapacity),
    capacity: queue.teams.filter((t) => t.capacityPercent !== null),
    sorts: (Object.keys(SORT_LABELS) as QueueSort[]).map((s) => ({
      text: SORT_LABELS[s],
      href: link({ sort: s }),
      current: s === queue.filter.sort,
    })),
    meetingHref: `/allocation/meeting${link({})}`,
    rows: queue.entries.map((e) => ({
      ...e,
      roshText: rosh(e.rosh),
      sentence: SENTENCE_LABELS[e.sentenceType ?? ''] ?? 'Not known',
      sentenceDateText: formatDate(e.sentenceDate) || 'Not known',
      reasonText: REASON_LABELS[e.reason] ?? e.reason,
      team: e.teamName ?? 'No team yet',
    })),
  }
}

const effectTag: Record<string, string> = {
  blocks: 'govuk-tag--red',
  minus: 'govuk-tag--yellow',
  plus: 'govuk-tag--green',
  info: 'govuk-tag--grey',
}

export function recommendationsView(recommendations: readonly Recommendation[], chosen: string) {
  return recommendations.map((r) => ({
    ...r,
    workload: r.capacity
      ? `${r.capacity.before.toFixed(1)}% to ${r.capacity.after.toFixed(1)}%`
      : 'Not known',
    over: (r.capacity?.after ?? 0) > 100,
    reasons: r.reasons.map((x) => ({ ...x, classes: effectTag[x.effect] })),
    checked: chosen === r.staffCode,
  }))
}

export function caseView(view: CaseView) {
  const disposals = view.events.filter((e) => e.disposal)
  return {
    ...view,
    roshText: rosh(view.rosh),
    registersText:
      view.registers
        .map((r) => r.type.replaceAll('_', ' ') + (r.level ? ` (${r.level.replace('_', ' ')})` : ''))
        .join(', ') || 'None',
    predictors: {
      ogrs3: outcomeText<{ twoYearPercent: number; band: string }>(
        view.predictors.ogrs3,
        (r) => `${r.twoYearPercent}% (${r.band}) over two years`,
      ),
      rsr: outcomeText<{ percent: number; band: string }>(
        view.predictors.rsr,
        (r) => `${r.percent}% (${r.band})`,
      ),
    },
    sentences: disposals.map((e) => ({
      eventNumber: e.eventNumber,
      sentence: SENTENCE_LABELS[e.disposal?.type ?? ''] ?? '',
      sentenceDate: formatDate(e.disposal?.sentenceDate),
      court: e.courtName ?? '',
      offences: e.offences.map((o) => o.description).join('; '),
      requirements:
        (e.disposal?.requirements ?? []).map((r) => r.type.replaceAll('_', ' ')).join(', ') || 'None',
    })),
    previous: view.previousPractitioners.map((p) => ({
      ...p,
      fromText: formatDateTime(p.from),
      toText: p.to ? formatDateTime(p.to) : 'Current',
      endReasonText: p.endReason
        ? (REALLOCATION_LABELS[p.endReason] ?? p.endReason.replaceAll('_', ' '))
        : '',
    })),
  }
}

/** A predictor's figure when it was computed; the predictors module's result shape, named here. */
function outcomeText<R>(outcome: unknown, text: (result: R) => string): string {
  const o = outcome as { status?: string; result?: R } | null
  return o?.status === 'computed' && o.result ? text(o.result) : 'Not calculated'
}

export interface AllocateForm {
  staffCode: string
  rationale: string
  oversightNote: string
  oversightSensitive: boolean
  appointmentDate: DateParts
  appointmentTime: string
  reason: string
  version: string
}

export function formOf(body: Record<string, unknown>): AllocateForm {
  const text = (name: string) => (typeof body[name] === 'string' ? (body[name] as string).trim() : '')
  return {
    staffCode: text('staffCode'),
    rationale: text('rationale'),
    oversightNote: text('oversightNote'),
    oversightSensitive: text('oversightSensitive') === 'yes',
    appointmentDate: datePartsFrom(body, 'appointmentDate'),
    appointmentTime: text('appointmentTime'),
    reason: text('reason'),
    version: text('version'),
  }
}

/** The service's input, or the date problem in GOV.UK words (checked here: the service wants an ISO date). */
export function inputOf(form: AllocateForm, reallocating: boolean) {
  const date = readDate(form.appointmentDate, 'Date of the first appointment')
  if (date.status === 'invalid') return { problem: { field: 'appointmentDate', text: date.message } }
  const firstAppointment =
    date.status === 'ok' || form.appointmentTime
      ? { date: date.status === 'ok' ? date.iso : '', startTime: form.appointmentTime }
      : null
  return {
    input: {
      staffCode: form.staffCode,
      rationale: form.rationale,
      oversightNote: form.oversightNote || null,
      oversightSensitive: form.oversightSensitive,
      firstAppointment,
      ...(reallocating ? { reason: form.reason, version: Number(form.version) } : {}),
    },
  }
}
