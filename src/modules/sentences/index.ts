// Events (convictions): offences, court appearances, disposals with requirements and licence conditions.
import type { ServiceDeps } from '../deps'
import { createSentencesImport } from './sentences.import'
import { type Event, toEvents } from './sentences.present'
import { listEventsOfPerson, loadChildren } from './sentences.repository'
import { createEventsService } from './sentences.service'

export function createSentencesService(deps: ServiceDeps) {
  return { ...createEventsService(deps), ...createSentencesImport(deps) }
}
export type SentencesService = ReturnType<typeof createSentencesService>

export {
  findOffenceCode,
  HOME_OFFICE_CODE,
  OFFENCE_CODES,
  type OffenceCode,
  OGRS3_CATEGORIES,
  type Ogrs3Category,
} from './offence-codes'
export {
  isRestrictive,
  RAR_DAYS,
  REQUIREMENT_TYPE_CODES,
  REQUIREMENT_TYPES,
  type RequirementTypeCode,
  UNPAID_WORK_HOURS,
} from './requirements.rules'
export type { EventImportItem } from './sentences.import'
export type { Disposal, Event, Offence, Requirement } from './sentences.present'
export { APPEARANCE_TYPES, DISPOSAL_TYPES, LENGTH_UNITS, LICENCE_CONDITION_TYPES } from './sentences.rules'
export { deleteInput, type EventInput, eventInput, eventOutput, eventUpdate } from './sentences.schema'

/**
 * A person's live events with their disposals and requirements, for modules that attach records to an
 * order (contacts, enforcement). No permission check and no audit entry: the caller's use case does both.
 */
export async function eventsOfPerson(
  db: Parameters<typeof listEventsOfPerson>[0],
  personId: string,
): Promise<Event[]> {
  const rows = await listEventsOfPerson(db, personId)
  return toEvents(
    rows,
    await loadChildren(
      db,
      rows.map((r) => r.id),
    ),
  )
}
// For the people module's merge of two records (and its undoing).
export { reassignEvents } from './sentences.repository'
