// Contacts and appointments: the contact log of a case, with outcomes, RAR days and unpaid-work hours.

import type { ServiceDeps } from '../deps'
import { toContact } from './contacts.present'
import type { Executor } from './contacts.repository'
import { listContactsOfPerson } from './contacts.repository'
import type { Contact } from './contacts.schema'
import { createContactsService as createContactLogService } from './contacts.service'
import { createFrequencyService } from './frequency.service'
import { createProgressService } from './progress.service'

export function createContactsService(deps: ServiceDeps) {
  return { ...createContactLogService(deps), ...createProgressService(deps), ...createFrequencyService(deps) }
}
export type ContactsService = ReturnType<typeof createContactsService>

// For the people module's merge of two records (and its undoing).
export { reassignContacts } from './contacts.repository'
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
