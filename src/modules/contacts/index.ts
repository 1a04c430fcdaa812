// Contacts and appointments: the contact log of a case, with outcomes, RAR days and unpaid-work hours.
import type { PersonOwnedRows } from '../../platform/db/person-rows'

import type { ServiceDeps } from '../deps'
import { createCaseloadService } from './caseload.service'
import { toContact } from './contacts.present'
import type { Executor } from './contacts.repository'
import { listContactsOfPerson } from './contacts.repository'
import type { Contact } from './contacts.schema'
import { createContactsService as createContactLogService } from './contacts.service'
import { createFrequencyService } from './frequency.service'
import { createProgressService } from './progress.service'

export function createContactsService(deps: ServiceDeps) {
  return {
    ...createContactLogService(deps),
    ...createProgressService(deps),
    ...createFrequencyService(deps),
    ...createCaseloadService(deps),
  }
}
export type ContactsService = ReturnType<typeof createContactsService>

// For allocation: book the first appointment inside its own transaction (no permission check there).
export { bookAppointmentInTransaction } from './booking.service'
// For enforcement: an outcome and the decision it calls for, recorded in one transaction.
export { contactForCaller } from './contacts.helpers'
export { recordOutcomeInTransaction } from './outcomes.service'
// The rows that follow the person when two records of one person are merged (src/services.ts).
export const personOwnedRows: PersonOwnedRows[] = [{ key: 'contacts', table: 'contacts' }]
export type { AwaitingOutcome, CaseloadContacts, MissedContact } from './caseload.service'
export {
  ABSENCE_REASON_CODES,
  ABSENCE_REASONS,
  type AbsenceReason,
  type ContactType,
  OUTCOME_CODES,
  OUTCOMES,
  type OutcomeCode,
} from './contacts.rules'
export {
  awaitingOutcomeQuery,
  type Contact,
  contactDueQuery,
  contactInput,
  contactOutput,
  contactTypeListOutput,
  contactUpdate,
  type OutcomeInput,
  outcomeInput,
  rescheduleInput,
} from './contacts.schema'
export { addDays, addMonths, daysBetween, wholeMonthsBetween } from './dates.rules'
export type { ContactDue } from './frequency.rules'
export type { RequirementProgress } from './progress.rules'

/**
 * A person's contacts in date order, for modules that build on the contact log (enforcement, the
 * chronology). No permission check and no audit entry: the caller's use case does both.
 */
export async function contactsOfPerson(
  db: Executor,
  personId: string,
  range: { from?: string; to?: string } = {},
): Promise<Contact[]> {
  return (await listContactsOfPerson(db, personId, range)).map(toContact)
}
