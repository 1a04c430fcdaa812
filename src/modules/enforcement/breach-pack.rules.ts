// A breach (or recall) pack assembled from the record, and its completeness check. Everything the record
// holds is taken from it; the pack only asks for what the record cannot hold (the practitioner's
// statement) or lacks, and says in plain words where to add what is missing. Pure: facts are passed in.
import type { ErrorDetail } from '../../platform/errors'
import { type Contact, OUTCOMES } from '../contacts'
import type { Event } from '../sentences'
import { orderFacts, outcomeFacts } from './enforcement.present'
import { type ActionFacts, countedFailures, orderPeriod } from './enforcement.rules'

export interface StaffFacts {
  code: string
  firstName: string
  surname: string
  grade: string
  email: string | null
  teamCode: string | null
}

export interface PackFacts {
  kind: 'breach' | 'recall'
  person: { crn: string; name: string; dateOfBirth: string | null }
  event: Event
  contacts: Contact[]
  actions: (ActionFacts & { rationale: string })[]
  statement: string | null
  practitioner: StaffFacts | null
  manager: StaffFacts | null
  generatedOn: string
}

const WITHHELD = 'Recorded as sensitive: withheld from the pack'
const staffOf = (s: StaffFacts | null) =>
  s && {
    code: s.code,
    name: `${s.firstName} ${s.surname}`,
    grade: s.grade,
    email: s.email,
    teamCode: s.teamCode,
  }
const entry = (c: Contact) => ({
  contactId: c.id,
  date: c.date,
  time: c.startTime && c.endTime ? `${c.startTime}-${c.endTime}` : null,
  type: c.type.label,
  outcome: c.outcome ? OUTCOMES[c.outcome.code].label : null,
  absenceReason: c.outcome?.absenceReason ?? null,
  staffCode: c.staffCode,
  notes: c.sensitive ? WITHHELD : c.notes,
})

export function assemblePack(f: PackFacts) {
  const d = f.event.disposal
  const order = orderFacts(f.event)
  const failures = new Set(countedFailures(order, f.contacts.map(outcomeFacts)).map((x) => x.contactId))
  const own = f.contacts.filter((c) => c.eventId === f.event.id)
  return {
    kind: f.kind,
    generatedOn: f.generatedOn,
    person: f.person,
    order: {
      eventNumber: f.event.eventNumber,
      courtName: f.event.courtName,
      convictionDate: f.event.convictionDate,
      offences: f.event.offences.map((o) => ({
        main: o.main,
        code: o.homeOfficeCode,
        description: o.description,
      })),
      type: d?.type ?? null,
      sentenceDate: d?.sentenceDate ?? null,
      length: d?.length ?? null,
      period: orderPeriod(order),
      requirements: (d?.requirements ?? []).map((r) => ({
        type: r.type,
        rarDays: r.rarDays,
        unpaidWorkHours: r.unpaidWorkHours,
        lengthMonths: r.lengthMonths,
        startDate: r.startDate,
        endDate: r.endDate,
      })),
      licenceConditions: (d?.licenceConditions ?? []).map((c) => ({
        type: c.type,
        description: c.description,
      })),
    },
    failures: own.filter((c) => failures.has(c.id)).map(entry),
    warnings: f.actions
      .filter((a) => a.eventId === f.event.id && a.action === 'warning_issued')
      .map((a) => ({ date: a.decidedOn, responseDueOn: a.responseDueOn, rationale: a.rationale })),
    contactLog: own.map(entry),
    statement: f.statement,
    practitioner: staffOf(f.practitioner),
    manager: staffOf(f.manager),
  }
}
export type BreachPackContent = ReturnType<typeof assemblePack>

/** What the pack still lacks, each in plain words with where to add it; empty when it can be sent. */
export function missingFromPack(p: BreachPackContent): ErrorDetail[] {
  const missing: ErrorDetail[] = []
  const add = (path: string, message: string) => missing.push({ path, message })
  const event = `event ${p.order.eventNumber}`
  if (!p.order.type) add('order', `the sentence: add the disposal to ${event}`)
  if (!p.order.sentenceDate) add('order.sentenceDate', `the date of sentence: add it to ${event}`)
  if (!p.order.courtName) add('order.courtName', `the court that made the order: add it to ${event}`)
  if (p.kind === 'breach' && p.order.requirements.length === 0)
    add('order.requirements', `the requirements of the order: add them to ${event}`)
  if (p.kind === 'recall' && p.order.licenceConditions.length === 0)
    add('order.licenceConditions', `the licence conditions: add them to ${event}`)
  if (p.failures.length === 0) add('failures', 'at least one failure to comply recorded on this order')
  if (!p.statement) add('statement', 'the practitioner’s statement')
  if (!p.practitioner) add('practitionerStaffCode', 'the practitioner: give their staff code')
  else if (!p.practitioner.email)
    add(
      'practitioner.email',
      `an email address for the practitioner: add it to staff record ${p.practitioner.code}`,
    )
  if (!p.manager) add('managerStaffCode', 'the manager: give the senior probation officer’s staff code')
  else if (!p.manager.email)
    add('manager.email', `an email address for the manager: add it to staff record ${p.manager.code}`)
  return missing
}
