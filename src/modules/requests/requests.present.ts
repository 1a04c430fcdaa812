// Requests as every door returns them, and the records of a case a request may cite as evidence, each
// with a label people can read. Pure: rows and records come in.
import type { Contact } from '../contacts'
import type { Register } from '../registers'
import type { Event } from '../sentences'
import type { EvidenceRow, KindRow, RequestRow, TransitionRow } from './requests.repository'
import { overdueOf } from './requests.rules'
import type { EvidenceKind, Request, RequestKind } from './requests.schema'

const words = (code: string) => code.replace(/_/g, ' ')
const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString())

export interface EvidenceChoice {
  kind: EvidenceKind
  recordId: string
  label: string
  date: string
}

/** Every record of a case that a request may cite, newest first. */
export function evidenceChoices(records: {
  contacts: Contact[]
  registers: Register[]
  events: Event[]
}): EvidenceChoice[] {
  const choices: EvidenceChoice[] = [
    ...records.contacts.map((c) => ({
      kind: 'contact' as const,
      recordId: c.id,
      date: c.date,
      label: `${c.type.label} on ${c.date}${c.outcome ? `: ${c.outcome.label}` : ''}`,
    })),
    // A register held back for want of vetting (registeredDate null) cannot be cited by this caller.
    ...records.registers.flatMap(({ registeredDate, ...r }) =>
      registeredDate === null
        ? []
        : [
            {
              kind: 'register' as const,
              recordId: r.id,
              date: registeredDate,
              label: `${words(r.type).toUpperCase() === 'ROSH' ? 'RoSH' : words(r.type)}${r.level ? ` ${words(r.level)}` : ''} since ${registeredDate}${r.active ? '' : ' (ended)'}`,
            },
          ],
    ),
    ...records.events.map((e) => ({
      kind: 'event' as const,
      recordId: e.id,
      date: e.convictionDate ?? e.createdAt.slice(0, 10),
      label: `Event ${e.eventNumber}${e.disposal ? `: ${words(e.disposal.type)}` : ''}${e.convictionDate ? `, convicted ${e.convictionDate}` : ''}`,
    })),
  ]
  return choices.sort((a, b) => b.date.localeCompare(a.date))
}

const API_PATHS: Record<EvidenceKind, string | null> = {
  contact: '/api/v1/contacts/',
  register: '/api/v1/registers/',
  event: '/api/v1/events/',
  document: null,
}

export function toKind(row: KindRow): RequestKind {
  return {
    code: row.code,
    version: row.version,
    label: row.label,
    deadlineDays: row.deadline_days,
    isTransfer: row.is_transfer,
    senderReadDays: row.sender_read_days,
  }
}

export function toRequest(
  row: RequestRow,
  evidence: EvidenceRow[],
  transitions: TransitionRow[],
  today: string,
): Request {
  return {
    id: row.id,
    kind: { code: row.kind, version: row.kind_version, label: row.kind_label, isTransfer: row.is_transfer },
    crn: row.crn,
    personName: `${row.first_name} ${row.surname}`,
    fromTeam: { code: row.from_team_code, name: row.from_team_name },
    toTeam: { code: row.to_team_code, name: row.to_team_name },
    reason: row.reason,
    evidence: evidence.map((e) => ({
      kind: e.kind,
      recordId: e.record_id,
      label: e.label,
      href: API_PATHS[e.kind] ? `${API_PATHS[e.kind]}${e.record_id}` : null,
    })),
    decisionMaker: { staffCode: row.decision_maker, name: `${row.dm_first_name} ${row.dm_surname}` },
    deadline: row.deadline,
    state: row.state,
    decisionReason: row.decision_reason,
    overdue: overdueOf(row, today),
    raisedBy: { id: row.raised_by_id, name: row.raised_by_name, staffCode: row.raised_by_staff_code },
    raisedAt: iso(row.raised_at) as string,
    transfer: row.is_transfer
      ? {
          senderStaffCode: row.sender_staff_code,
          senderNotes: row.sender_notes,
          acknowledgedAt: iso(row.acknowledged_at),
          acknowledgedBy: row.acknowledged_by_id
            ? { id: row.acknowledged_by_id, name: row.acknowledged_by_name ?? '' }
            : null,
        }
      : null,
    timeline: transitions.map((t) => ({
      action: t.action,
      fromState: t.from_state,
      toState: t.to_state,
      reason: t.reason,
      by: { id: t.actor_id, name: t.actor_name },
      at: iso(t.occurred_at) as string,
    })),
    version: row.version,
  }
}
