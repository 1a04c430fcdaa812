// A record's history as people read it: each version, who made it and when, and what changed from the
// version before (each field with its old and new value; lists such as addresses by count). Pure.

import type { TrailEntry } from '../../../modules/audit'
import type { PersonHistoryEntry, PersonRecord } from '../../../modules/people'
import { formatDate, formatDateTime, words } from '../format'

const FIELDS: [keyof PersonRecord, string][] = [
  ['firstName', 'First name'],
  ['middleNames', 'Middle names'],
  ['surname', 'Last name'],
  ['dateOfBirth', 'Date of birth'],
  ['sex', 'Sex'],
  ['genderIdentity', 'Gender identity'],
  ['ethnicity', 'Ethnicity'],
  ['nationality', 'Nationality'],
  ['phoneNumber', 'Telephone'],
  ['mobileNumber', 'Mobile'],
  ['emailAddress', 'Email address'],
  ['pnc', 'PNC number'],
  ['cro', 'CRO number'],
  ['prisonNumber', 'Prison number'],
  ['niNumber', 'National Insurance number'],
  ['postcode', 'Postcode'],
]
const LISTS: [keyof PersonRecord, string, string][] = [
  ['aliases', 'alias', 'aliases'],
  ['addresses', 'address', 'addresses'],
  ['circumstances', 'circumstance', 'circumstances'],
]

const ACTIONS: Record<string, string> = {
  'person.created': 'Record created',
  'person.updated': 'Details changed',
  'person.deleted': 'Record deleted',
  'person.restored': 'Record restored',
}

export interface Change {
  field: string
  before: string
  after: string
}

const shown = (field: keyof PersonRecord, value: unknown): string => {
  if (value === null || value === undefined || value === '') return ''
  return field === 'dateOfBirth' ? formatDate(String(value)) : String(value)
}
const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

/** What differs between two versions of a record; against no earlier version, every field that is set. */
export function changesBetween(before: PersonRecord | null, after: PersonRecord): Change[] {
  const changes: Change[] = []
  for (const [field, label] of FIELDS) {
    const a = shown(field, before?.[field])
    const b = shown(field, after[field])
    if (a !== b) changes.push({ field: label, before: a, after: b })
  }
  for (const [field, one, many] of LISTS) {
    const a = (before?.[field] ?? []) as unknown[]
    const b = (after[field] ?? []) as unknown[]
    if (JSON.stringify(a) !== JSON.stringify(b))
      changes.push({
        field: words(String(many)),
        before: before ? count(a.length, one, many) : '',
        after: count(b.length, one, many),
      })
  }
  return changes
}

/** Newest first, each version with what it changed. */
export function historyRows(entries: PersonHistoryEntry[]) {
  return entries
    .map((entry, i) => {
      const previous = i > 0 ? (entries[i - 1]?.record ?? null) : null
      return {
        version: entry.version,
        title: ACTIONS[entry.action] ?? words(entry.action),
        when: formatDateTime(entry.occurredAt),
        who: entry.actor.name,
        source: entry.source,
        changes: entry.record ? changesBetween(previous, entry.record) : [],
        kept: entry.record !== null,
      }
    })
    .reverse()
}

export function trailRows(entries: TrailEntry[]) {
  return entries.map((e) => ({
    when: formatDateTime(e.occurredAt),
    who: e.actor.kind === 'system' ? `${e.actor.name} (system)` : e.actor.name,
    action: e.action,
    record: `${words(e.target.type)} ${e.target.type === 'person' ? '' : e.target.id.slice(0, 8)}`.trim(),
    source: e.source,
    requestId: e.requestId ?? '',
  }))
}
