// Rows to the camelCase contact and contact type the doors see.
import type { ContactRow, ContactTypeRow } from './contacts.repository'
import { type AbsenceReason, type ContactType, OUTCOMES, type OutcomeCode } from './contacts.rules'
import type { Contact } from './contacts.schema'

export function toContactType(row: ContactTypeRow): ContactType {
  return {
    code: row.code,
    version: row.version,
    label: row.label,
    appointment: row.appointment,
    countsTowardsRar: row.counts_towards_rar,
    needsOutcome: row.needs_outcome,
    creditsUnpaidWork: row.credits_unpaid_work,
  }
}

export function typeOf(row: ContactRow): ContactType {
  return {
    code: row.type_code,
    version: row.type_version,
    label: row.type_label,
    appointment: row.type_appointment,
    countsTowardsRar: row.type_counts_towards_rar,
    needsOutcome: row.type_needs_outcome,
    creditsUnpaidWork: row.type_credits_unpaid_work,
  }
}

export function toContact(row: ContactRow): Contact {
  const outcome = row.outcome as OutcomeCode | null
  return {
    id: row.id,
    crn: row.crn,
    type: typeOf(row),
    date: row.contact_date,
    startTime: row.start_time,
    endTime: row.end_time,
    location: row.location,
    staffCode: row.staff_code,
    eventId: row.event_id,
    requirementId: row.requirement_id,
    seriesId: row.series_id,
    status: row.status as Contact['status'],
    rescheduledTo: row.rescheduled_to,
    rescheduledFrom: row.rescheduled_from,
    rescheduleReason: row.reschedule_reason,
    outcome:
      outcome && row.outcome_recorded_at
        ? {
            code: outcome,
            label: OUTCOMES[outcome].label,
            absenceReason: row.absence_reason as AbsenceReason | null,
            recordedAt: row.outcome_recorded_at.toISOString(),
          }
        : null,
    hoursCredited: row.hours_credited === null ? null : Number(row.hours_credited),
    notes: row.notes,
    sensitive: row.sensitive,
    version: row.version,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  }
}
