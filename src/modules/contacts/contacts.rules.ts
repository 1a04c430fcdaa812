// Pure rules of contacts and appointments: the outcome list, which repeating pattern gives which dates,
// what a contact of a given type must carry, and when two appointments clash. No I/O, no clock.
import type { ErrorDetail } from '../../platform/errors'
import { addDays, minutesOf } from './dates.rules'

/** The outcomes of an appointment (reference/hmpps-services.md §7), with the codes of the national system. */
export const OUTCOMES = {
  attended_complied: { label: 'Attended and complied', attended: true, code: 'ATTC' },
  attended_failed_to_comply: { label: 'Attended and failed to comply', attended: true, code: 'AFTC' },
  sent_home_behaviour: { label: 'Sent home (behaviour)', attended: true, code: 'ATSH' },
  sent_home_service_issues: { label: 'Sent home (service issues)', attended: true, code: 'ATSS' },
  acceptable_absence: { label: 'Acceptable absence', attended: false, code: 'AA' },
  unacceptable_absence: { label: 'Unacceptable absence', attended: false, code: 'UAAB' },
  failed_to_attend: { label: 'Failed to attend', attended: false, code: 'AFTA' },
} as const
export type OutcomeCode = keyof typeof OUTCOMES
export const OUTCOME_CODES = Object.keys(OUTCOMES) as [OutcomeCode, ...OutcomeCode[]]

export const ABSENCE_REASONS = {
  court_legal: { label: 'Court or legal', code: 'AACL' },
  employment: { label: 'Employment', code: 'AAEM' },
  family_childcare: { label: 'Family or childcare', code: 'AAFC' },
  holiday: { label: 'Holiday', code: 'AAHO' },
  medical: { label: 'Medical', code: 'AAME' },
  religious: { label: 'Religious', code: 'AARE' },
  remanded_in_custody: { label: 'Remanded in custody', code: 'AARC' },
  professional_judgement: { label: 'Professional judgement', code: 'CO05' },
} as const
export type AbsenceReason = keyof typeof ABSENCE_REASONS
export const ABSENCE_REASON_CODES = Object.keys(ABSENCE_REASONS) as [AbsenceReason, ...AbsenceReason[]]

/** A version of a contact type (reference data, migration 070). */
export interface ContactType {
  code: string
  version: number
  label: string
  appointment: boolean
  countsTowardsRar: boolean
  needsOutcome: boolean
  creditsUnpaidWork: boolean
}

/** The most appointments one booking may create, against typing a year of daily sessions by mistake. */
export const MAX_OCCURRENCES = 52

export type Repeat =
  | { pattern: 'weekly' | 'fortnightly'; until?: string | undefined; count?: number | undefined }
  | { pattern: 'custom'; dates: string[] }

/** The dates of a booking: the first date, then each repeat, in order, without duplicates. */
export function occurrenceDates(first: string, repeat: Repeat | undefined): string[] {
  if (!repeat) return [first]
  if (repeat.pattern === 'custom') return [...new Set([first, ...repeat.dates])].sort()
  const step = repeat.pattern === 'weekly' ? 7 : 14
  const dates: string[] = []
  for (let date = first; dates.length < MAX_OCCURRENCES + 1; date = addDays(date, step)) {
    if (repeat.until !== undefined && date > repeat.until) break
    if (repeat.count !== undefined && dates.length >= repeat.count) break
    dates.push(date)
  }
  return dates
}

export function repeatProblems(first: string, repeat: Repeat | undefined): ErrorDetail[] {
  if (!repeat) return []
  const problems: ErrorDetail[] = []
  if (repeat.pattern === 'custom') {
    repeat.dates.forEach((d, i) => {
      if (d < first)
        problems.push({ path: `repeat.dates.${i}`, message: 'must not be before the first date' })
    })
  } else {
    if (repeat.until === undefined && repeat.count === undefined)
      problems.push({ path: 'repeat', message: 'give until (a last date) or count (how many appointments)' })
    if (repeat.until !== undefined && repeat.until < first)
      problems.push({ path: 'repeat.until', message: 'must not be before the first date' })
  }
  if (problems.length === 0 && occurrenceDates(first, repeat).length > MAX_OCCURRENCES)
    problems.push({ path: 'repeat', message: `makes more than ${MAX_OCCURRENCES} appointments; book fewer` })
  return problems
}

export interface ContactFacts {
  startTime?: string | null | undefined
  endTime?: string | null | undefined
  location?: string | null | undefined
}

/** What a contact of this type must carry: an appointment needs a start, an end and a place. */
export function contactProblems(type: ContactType, facts: ContactFacts): ErrorDetail[] {
  const problems: ErrorDetail[] = []
  if (type.appointment) {
    if (!facts.startTime) problems.push({ path: 'startTime', message: `is required for ${type.label}` })
    if (!facts.endTime) problems.push({ path: 'endTime', message: `is required for ${type.label}` })
    if (!facts.location) problems.push({ path: 'location', message: `is required for ${type.label}` })
  }
  if (facts.endTime && !facts.startTime)
    problems.push({ path: 'startTime', message: 'is required when an end time is given' })
  if (facts.startTime && facts.endTime && facts.endTime <= facts.startTime)
    problems.push({ path: 'endTime', message: 'must be after the start time' })
  return problems
}

export interface Slot {
  date: string
  startTime: string
  endTime: string
}
export interface BookedSlot extends Slot {
  id: string
  typeLabel: string
  staffCode: string
  personId: string
}
export interface Clash {
  slot: Slot
  with: BookedSlot
  /** Whose diary: the person on probation, or the practitioner. */
  whose: 'person' | 'practitioner'
}

/** Two slots clash when they share a date and their times overlap; touching ends (10:00-11:00, 11:00-12:00) do not. */
export function overlaps(a: Slot, b: Slot): boolean {
  return (
    a.date === b.date &&
    minutesOf(a.startTime) < minutesOf(b.endTime) &&
    minutesOf(b.startTime) < minutesOf(a.endTime)
  )
}

export function findClashes(
  slots: Slot[],
  booked: BookedSlot[],
  who: { personId: string; staffCode: string },
  ignoreIds: readonly string[] = [],
): Clash[] {
  const clashes: Clash[] = []
  for (const slot of slots)
    for (const other of booked) {
      if (ignoreIds.includes(other.id) || !overlaps(slot, other)) continue
      const whose = other.personId === who.personId ? 'person' : 'practitioner'
      if (whose === 'practitioner' && other.staffCode !== who.staffCode) continue
      clashes.push({ slot, with: other, whose })
    }
  return clashes
}

/** A clash in words: the practitioner's other appointment is described without naming the other person. */
export function describeClash(c: Clash): string {
  const when = `${c.slot.date} ${c.slot.startTime}-${c.slot.endTime}`
  const other = `${c.with.typeLabel} ${c.with.startTime}-${c.with.endTime} (contact ${c.with.id})`
  return c.whose === 'person'
    ? `${when} clashes with the person's ${other} with ${c.with.staffCode}`
    : `${when} clashes with practitioner ${c.with.staffCode}'s ${other} with someone else`
}

export interface OutcomeFacts {
  outcome: OutcomeCode
  absenceReason?: AbsenceReason | null | undefined
  hoursCredited?: number | null | undefined
}

/** Problems of an outcome for a contact of this type; `durationHours` is the appointment's length. */
export function outcomeProblems(
  type: ContactType,
  facts: OutcomeFacts,
  durationHours: number | null,
): ErrorDetail[] {
  const problems: ErrorDetail[] = []
  if (!type.needsOutcome)
    problems.push({ path: 'outcome', message: `a ${type.label.toLowerCase()} takes no outcome` })
  if (facts.outcome === 'acceptable_absence' && !facts.absenceReason)
    problems.push({ path: 'absenceReason', message: 'is required for an acceptable absence' })
  if (facts.outcome !== 'acceptable_absence' && facts.absenceReason)
    problems.push({ path: 'absenceReason', message: 'is only given for an acceptable absence' })
  const hours = facts.hoursCredited
  if (hours !== null && hours !== undefined) {
    if (!type.creditsUnpaidWork)
      problems.push({ path: 'hoursCredited', message: 'only unpaid work sessions credit hours' })
    else if (!OUTCOMES[facts.outcome].attended)
      problems.push({
        path: 'hoursCredited',
        message: 'no hours are credited when the person did not attend',
      })
    else if (durationHours !== null && hours > durationHours)
      problems.push({
        path: 'hoursCredited',
        message: `must not exceed the session's ${durationHours} hours`,
      })
  }
  return problems
}

/**
 * Hours an unpaid-work session credits: what the supervisor recorded, or the whole session when the
 * person attended and complied and no figure was given; nothing for any other type or outcome.
 */
export function creditedHours(
  type: ContactType,
  facts: OutcomeFacts,
  durationHours: number | null,
): number | null {
  if (!type.creditsUnpaidWork || !OUTCOMES[facts.outcome].attended) return null
  if (facts.hoursCredited !== null && facts.hoursCredited !== undefined) return facts.hoursCredited
  return facts.outcome === 'attended_complied' ? durationHours : 0
}

export function durationHours(startTime: string | null, endTime: string | null): number | null {
  if (!startTime || !endTime) return null
  return (minutesOf(endTime) - minutesOf(startTime)) / 60
}
