// Enforcement as explainable, versioned policy (docs/enforcement.md; docs/DECISIONS.md, 22). Per order:
// which outcomes are failures to comply, which failures count, and the next step the record calls for,
// with every reason. Pure: no I/O, no clock; today is passed in.
import { addDays, addMonths, type OutcomeCode } from '../contacts'

export const ENFORCEMENT_POLICY = {
  version: '2026-11-23.1',
  /** A warning covers further failures until the day before the same calendar date this many months later. */
  warningWindowMonths: 12,
  /** Days the person has to respond to a warning letter. */
  responseDays: 7,
} as const

/** Failures to comply (docs/DECISIONS.md, 22): a failed-to-attend counts until it is judged acceptable. */
const FAILURES: Record<OutcomeCode, boolean> = {
  attended_complied: false,
  attended_failed_to_comply: true,
  sent_home_behaviour: true,
  sent_home_service_issues: false,
  acceptable_absence: false,
  unacceptable_absence: true,
  failed_to_attend: true,
}
export const isFailureToComply = (outcome: OutcomeCode): boolean => FAILURES[outcome]

export const DECISIONS = [
  'warning_issued',
  'breach_initiated',
  'recall_requested',
  'no_further_action',
  'breach_concluded',
] as const
export type Decision = (typeof DECISIONS)[number]
export type ProposedAction = Exclude<Decision, 'breach_concluded'> | 'nothing_to_decide'

export interface OrderFacts {
  eventId: string
  eventNumber: number
  disposal: {
    type: string
    sentenceDate: string | null
    length: { value: number; unit: string } | null
    expectedEndDate: string | null
    releaseDate: string | null
    licenceEndDate: string | null
    terminatedDate: string | null
  } | null
}
export interface OutcomeFacts {
  contactId: string
  eventId: string | null
  date: string
  outcome: OutcomeCode | null
  status: string
}
export interface ActionFacts {
  id: string
  eventId: string
  action: Decision
  decidedOn: string
  contactIds: readonly string[]
  responseDueOn: string | null
}
export interface Failure {
  contactId: string
  date: string
  outcome: OutcomeCode
}
export interface OrderPeriod {
  route: 'breach' | 'recall'
  start: string | null
  end: string | null
  reasons: string[]
}
export interface Proposal {
  eventId: string
  policyVersion: string
  action: ProposedAction
  route: 'breach' | 'recall' | null
  period: OrderPeriod | null
  /** Failures to comply that count on this order, oldest first. */
  failures: Failure[]
  /** Counted failures no decision has dealt with yet: the ones this proposal is about. */
  pending: Failure[]
  warning: { id: string; decidedOn: string; coversUntil: string } | null
  responseDueOn: string | null
  reasons: string[]
}

function lengthEnd(start: string, length: { value: number; unit: string }): string {
  const { value, unit } = length
  if (unit === 'days') return addDays(start, value - 1)
  if (unit === 'weeks') return addDays(start, value * 7 - 1)
  return addDays(addMonths(start, unit === 'years' ? value * 12 : value), -1)
}

function endOf(
  d: NonNullable<OrderFacts['disposal']>,
  licence: boolean,
): { date: string; source: string } | null {
  if (d.terminatedDate) return { date: d.terminatedDate, source: 'terminated' }
  if (licence) return d.licenceEndDate ? { date: d.licenceEndDate, source: 'licence end date' } : null
  if (d.expectedEndDate) return { date: d.expectedEndDate, source: 'expected end date' }
  if (d.sentenceDate && d.length)
    return {
      date: lengthEnd(d.sentenceDate, d.length),
      source: `${d.length.value} ${d.length.unit} from the sentence date`,
    }
  return null
}

/** Which route an order takes and the days it is in force, from the record, with where each date came from. */
export function orderPeriod(order: OrderFacts): OrderPeriod | null {
  const d = order.disposal
  if (!d) return null
  const licence = d.type === 'custody'
  const route = licence ? 'recall' : 'breach'
  const reasons = [
    licence
      ? 'a licence after custody: a further failure leads to recall'
      : `a ${d.type.replace(/_/g, ' ')}: a further failure leads to breach`,
  ]
  const start = licence ? d.releaseDate : d.sentenceDate
  reasons.push(
    start ? `in force from ${start} (${licence ? 'release' : 'sentence'} date)` : 'no start date recorded',
  )
  const end = endOf(d, licence)
  reasons.push(
    end ? `in force until ${end.date} (${end.source})` : 'no end date recorded: treated as still in force',
  )
  return { route, start, end: end?.date ?? null, reasons }
}

/** The failures to comply that count on this order: its own, on or after its start, not after its end. */
export function countedFailures(order: OrderFacts, outcomes: OutcomeFacts[]): Failure[] {
  const period = orderPeriod(order)
  return outcomes
    .filter(
      (o): o is OutcomeFacts & { outcome: OutcomeCode } =>
        o.eventId === order.eventId &&
        o.status === 'booked' &&
        o.outcome !== null &&
        isFailureToComply(o.outcome),
    )
    .filter((o) => !period?.start || o.date >= period.start)
    .filter((o) => !period?.end || o.date <= period.end)
    .map((o) => ({ contactId: o.contactId, date: o.date, outcome: o.outcome }))
    .sort((a, b) => a.date.localeCompare(b.date) || a.contactId.localeCompare(b.contactId))
}

/** The next enforcement step for one order, with every reason. */
export function proposeNextStep(
  order: OrderFacts,
  outcomes: OutcomeFacts[],
  allActions: ActionFacts[],
  today: string,
): Proposal {
  const actions = allActions
    .filter((a) => a.eventId === order.eventId)
    .sort((a, b) => a.decidedOn.localeCompare(b.decidedOn))
  const period = orderPeriod(order)
  const failures = countedFailures(order, outcomes)
  const dealtWith = new Set(actions.flatMap((a) => a.contactIds))
  const pending = failures.filter((f) => !dealtWith.has(f.contactId))
  const base = {
    eventId: order.eventId,
    policyVersion: ENFORCEMENT_POLICY.version,
    period,
    failures,
    pending,
  }
  const reasons = [...(period?.reasons ?? [])]
  const ignored = outcomes.filter(
    (o) =>
      o.eventId === order.eventId &&
      o.status === 'booked' &&
      o.outcome &&
      isFailureToComply(o.outcome) &&
      !failures.some((f) => f.contactId === o.contactId),
  )
  for (const o of ignored)
    reasons.push(`the failure on ${o.date} is outside the order's dates and does not count`)
  const result = (action: ProposedAction, extra: Partial<Proposal> = {}): Proposal => ({
    ...base,
    action,
    route: period?.route ?? null,
    warning: null,
    responseDueOn: null,
    reasons,
    ...extra,
  })
  if (!period) return result('nothing_to_decide', { reasons: ['the event has no sentence recorded'] })
  reasons.push(
    `${failures.length} failure${failures.length === 1 ? '' : 's'} to comply counted on event ${order.eventNumber}`,
  )
  const latest = pending.at(-1)
  if (!latest) {
    reasons.push(failures.length ? 'every failure has a recorded decision' : 'nothing to decide')
    return result('nothing_to_decide')
  }
  reasons.push(`deciding on the ${describe(latest)}`)
  const open = openBreach(actions)
  if (open) {
    reasons.push(
      `a ${open.action === 'recall_requested' ? 'recall' : 'breach'} started on ${open.decidedOn} is in progress on this order: add the failure to it`,
    )
    return result('no_further_action')
  }
  const warning = actions
    .filter((a) => a.action === 'warning_issued' && a.decidedOn <= latest.date)
    .map((a) => ({
      id: a.id,
      decidedOn: a.decidedOn,
      coversUntil: addDays(addMonths(a.decidedOn, ENFORCEMENT_POLICY.warningWindowMonths), -1),
    }))
    .filter((w) => latest.date <= w.coversUntil)
    .at(-1)
  if (warning) {
    reasons.push(
      `a warning was given on ${warning.decidedOn}, covering failures up to and including ${warning.coversUntil}, and this failure falls within it`,
    )
    return result(period.route === 'recall' ? 'recall_requested' : 'breach_initiated', { warning })
  }
  reasons.push(
    `no warning on this order in the ${ENFORCEMENT_POLICY.warningWindowMonths} months before ${latest.date}: a warning letter`,
  )
  const responseDueOn = addDays(today, ENFORCEMENT_POLICY.responseDays)
  reasons.push(`the person has until ${responseDueOn} to respond (${ENFORCEMENT_POLICY.responseDays} days)`)
  return result('warning_issued', { responseDueOn })
}

/** The breach or recall started on this order and not yet concluded, if any. */
export function openBreach(actions: ActionFacts[]): ActionFacts | undefined {
  let open: ActionFacts | undefined
  for (const a of actions) {
    if (a.action === 'breach_initiated' || a.action === 'recall_requested') open = a
    if (a.action === 'breach_concluded') open = undefined
  }
  return open
}

function describe(f: Failure): string {
  return `${f.outcome.replace(/_/g, ' ')} on ${f.date}`
}
