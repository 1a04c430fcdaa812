// The handover pack of a transfer, built from the record so a receiving team never gets a case without
// its file: significant events (from the enforcement module's chronology), current risks and the plan,
// open actions, and upcoming dates. Pure: everything is read by the service and passed in.
import type { Contact } from '../contacts'
import type { ChronologyEntry } from '../enforcement'
import type { Register } from '../registers'
import type { Event } from '../sentences'
import type { Request } from './requests.schema'

/** The kinds of chronology entry a receiving practitioner must see; routine contacts are left out. */
export const SIGNIFICANT_KINDS = ['event', 'register', 'enforcement', 'breach_pack', 'outcome'] as const

export interface HandoverFacts {
  request: Request
  chronology: ChronologyEntry[]
  registers: Register[]
  tier: { v2: string | null; v3: string | null }
  predictors: { name: string; summary: string }[]
  events: Event[]
  contacts: Contact[]
  requestsOfCase: Request[]
  today: string
}

const link = (kind: string, id: string) =>
  ({
    event: '/api/v1/events/',
    register: '/api/v1/registers/',
    contact: '/api/v1/contacts/',
    outcome: '/api/v1/contacts/',
  })[kind]?.concat(id) ?? null

export function buildHandoverPack(f: HandoverFacts) {
  const active = f.registers.filter((r) => r.active)
  const live = f.events.filter((e) => e.disposal && !e.disposal.terminatedDate)
  const upcoming = [
    ...f.contacts
      .filter((c) => c.date >= f.today && c.status === 'booked' && !c.outcome)
      .map((c) => ({
        date: c.date,
        what: `${c.type.label}${c.startTime ? ` at ${c.startTime}` : ''}`,
        href: link('contact', c.id),
      })),
    ...live.flatMap((e) =>
      (
        [
          ['expectedEndDate', 'expected end'],
          ['releaseDate', 'release'],
          ['licenceEndDate', 'licence end'],
        ] as const
      )
        .map(([key, label]) => ({ date: e.disposal?.[key] ?? '', label }))
        .filter((d) => d.date !== '' && d.date >= f.today)
        .map((d) => ({
          date: d.date,
          what: `Event ${e.eventNumber}: ${d.label}`,
          href: link('event', e.id),
        })),
    ),
    ...active
      .filter((r) => r.nextReviewDate)
      .map((r) => ({
        date: r.nextReviewDate as string,
        what: `Register review: ${r.type}`,
        href: link('register', r.id),
      })),
  ].sort((a, b) => a.date.localeCompare(b.date))
  return {
    requestId: f.request.id,
    crn: f.request.crn,
    personName: f.request.personName,
    fromTeam: f.request.fromTeam,
    toTeam: f.request.toTeam,
    senderNotes: f.request.transfer?.senderNotes ?? null,
    acknowledged: f.request.transfer?.acknowledgedAt
      ? { at: f.request.transfer.acknowledgedAt, by: f.request.transfer.acknowledgedBy }
      : null,
    chronology: f.chronology
      .filter((c) => (SIGNIFICANT_KINDS as readonly string[]).includes(c.kind))
      .map((c) => ({ date: c.date, kind: c.kind, summary: c.summary, href: link(c.kind, c.recordId) })),
    risks: {
      registers: active.map((r) => ({
        type: r.type,
        level: r.level,
        since: r.registeredDate,
        nextReviewDate: r.nextReviewDate,
        href: link('register', r.id),
      })),
      rosh: active.find((r) => r.type === 'rosh')?.level ?? null,
      tier: f.tier,
      predictors: f.predictors,
    },
    // The plan as the record holds it: the live orders' requirements and licence conditions.
    plan: live.flatMap((e) => [
      ...(e.disposal?.requirements ?? [])
        .filter((r) => !r.terminatedDate)
        .map((r) => ({
          event: e.eventNumber,
          what: `Requirement: ${r.type.replace(/_/g, ' ')}`,
          href: link('event', e.id),
        })),
      ...(e.disposal?.licenceConditions ?? []).map((l) => ({
        event: e.eventNumber,
        what: `Licence condition: ${l.description}`,
        href: link('event', e.id),
      })),
    ]),
    openActions: [
      ...f.requestsOfCase
        .filter((r) => r.id !== f.request.id && (r.state === 'raised' || r.state === 'accepted'))
        .map((r) => ({
          what: `${r.kind.label} (${r.state}), due ${r.deadline}`,
          href: `/api/v1/requests/${r.id}`,
        })),
      ...f.contacts
        .filter((c) => c.date < f.today && c.status === 'booked' && !c.outcome)
        .map((c) => ({ what: `Outcome awaited: ${c.type.label} on ${c.date}`, href: link('contact', c.id) })),
    ],
    upcoming,
  }
}
export type HandoverPack = ReturnType<typeof buildHandoverPack>
