// One chronology per case: every contact, outcome, enforcement decision, breach pack sent, register
// change and event, newest first, filtered by kind, dates and requirement. Pure: records are passed in.
import type { Contact } from '../contacts'
import type { Register } from '../registers'
import type { Event } from '../sentences'
import type { ChronologyEntry, ChronologyQuery } from './chronology.schema'

export interface ChronologyFacts {
  contacts: Contact[]
  actions: {
    id: string
    eventId: string
    action: string
    decidedOn: string
    responseDueOn: string | null
    override: boolean
    proposedAction: string
    staffCode: string | null
  }[]
  packs: { id: string; eventId: string; kind: string; submittedOn: string | null }[]
  registers: Register[]
  events: Event[]
}

const words = (code: string) => code.replace(/_/g, ' ')
const base = { time: null, eventId: null, requirementId: null, staffCode: null, sensitive: false }

function contactEntries(c: Contact): ChronologyEntry[] {
  const when = c.startTime ? ` ${c.startTime}-${c.endTime ?? ''}` : ''
  const where = c.location ? ` at ${c.location}` : ''
  const status =
    c.status === 'rescheduled' ? ` (rescheduled${c.rescheduleReason ? `: ${c.rescheduleReason}` : ''})` : ''
  const common = {
    date: c.date,
    time: c.startTime,
    recordId: c.id,
    eventId: c.eventId,
    requirementId: c.requirementId,
    staffCode: c.staffCode,
    sensitive: c.sensitive,
  }
  const entries: ChronologyEntry[] = [
    { ...common, kind: 'contact', summary: `${c.type.label}${when}${where} with ${c.staffCode}${status}` },
  ]
  if (c.outcome)
    entries.push({
      ...common,
      kind: 'outcome',
      summary: `Outcome: ${c.outcome.label}${c.outcome.absenceReason ? ` (${words(c.outcome.absenceReason)})` : ''}${c.hoursCredited ? `, ${c.hoursCredited} hours credited` : ''}`,
    })
  return entries
}

export function chronologyEntries(f: ChronologyFacts): ChronologyEntry[] {
  const entries = f.contacts.flatMap(contactEntries)
  for (const a of f.actions)
    entries.push({
      ...base,
      date: a.decidedOn,
      kind: 'enforcement',
      recordId: a.id,
      eventId: a.eventId,
      staffCode: a.staffCode,
      summary: `${words(a.action)[0]?.toUpperCase()}${words(a.action).slice(1)}${a.responseDueOn ? ` (respond by ${a.responseDueOn})` : ''}${a.override ? ` — against the proposal (${words(a.proposedAction)})` : ''}`,
    })
  for (const p of f.packs)
    if (p.submittedOn)
      entries.push({
        ...base,
        date: p.submittedOn,
        kind: 'breach_pack',
        recordId: p.id,
        eventId: p.eventId,
        summary: `${p.kind === 'recall' ? 'Recall' : 'Breach'} pack submitted`,
      })
  for (const r of f.registers) {
    // A register held back for want of vetting has no dates to place it by: it shows on the case instead.
    if (r.registeredDate === null) continue
    const level = [r.level, r.category && `category ${r.category}`].filter(Boolean).join(', ')
    entries.push({
      ...base,
      date: r.registeredDate,
      kind: 'register',
      recordId: r.id,
      summary: `Registered: ${words(r.type)}${level ? ` (${level})` : ''}`,
    })
    if (r.deregisteredDate)
      entries.push({
        ...base,
        date: r.deregisteredDate,
        kind: 'register',
        recordId: r.id,
        summary: `De-registered: ${words(r.type)}${r.deregistrationReason ? ` (${r.deregistrationReason})` : ''}`,
      })
  }
  for (const e of f.events) {
    const common = { ...base, kind: 'event' as const, recordId: e.id, eventId: e.id }
    const main = e.offences.find((o) => o.main) ?? e.offences[0]
    if (e.convictionDate)
      entries.push({
        ...common,
        date: e.convictionDate,
        summary: `Convicted (event ${e.eventNumber})${e.courtName ? ` at ${e.courtName}` : ''}: ${main?.description ?? 'offence'}`,
      })
    const d = e.disposal
    if (d?.sentenceDate)
      entries.push({
        ...common,
        date: d.sentenceDate,
        summary: `Sentenced (event ${e.eventNumber}): ${words(d.type)}${d.length ? `, ${d.length.value} ${d.length.unit}` : ''}`,
      })
    if (d?.releaseDate)
      entries.push({
        ...common,
        date: d.releaseDate,
        summary: `Released on licence (event ${e.eventNumber})`,
      })
    if (d?.terminatedDate)
      entries.push({
        ...common,
        date: d.terminatedDate,
        summary: `Order ended (event ${e.eventNumber})${d.terminationReason ? `: ${d.terminationReason}` : ''}`,
      })
  }
  return entries.sort(
    (a, b) => ascii(b.date, a.date) || ascii(b.time ?? '', a.time ?? '') || ascii(a.kind, b.kind),
  )
}

// Dates, times and kinds are plain ASCII: a code-unit comparison orders them, far faster than
// localeCompare's collation on a chronology of thousands of entries.
const ascii = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

export function filterChronology(entries: ChronologyEntry[], q: ChronologyQuery): ChronologyEntry[] {
  return entries.filter(
    (e) =>
      (!q.type || q.type.length === 0 || q.type.includes(e.kind)) &&
      (!q.from || e.date >= q.from) &&
      (!q.to || e.date <= q.to) &&
      (!q.requirementId || e.requirementId === q.requirementId),
  )
}
