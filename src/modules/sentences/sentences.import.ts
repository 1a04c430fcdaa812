// The bulk path for the demo-data seeder: many events in one transaction with multi-row inserts and
// one audit statement per few thousand events. Every item is validated exactly as createEvent
// validates it, and the batch is refused whole, naming each bad item by index and field.
import type { Transaction } from 'kysely'
import type { Actor } from '../../platform/actor'
import type { Database } from '../../platform/db/schema'
import { type ErrorDetail, ValidationError } from '../../platform/errors'
import { newId } from '../../platform/ids'
import { issuesToDetails } from '../../platform/validation'
import { requirePermission } from '../access'
import type { ServiceDeps } from '../deps'
import { toGraph } from './sentences.graph'
import * as repo from './sentences.repository'
import { eventProblems } from './sentences.rules'
import { type EventInput, eventInput } from './sentences.schema'

export interface EventImportItem {
  /** The person's CRN, for the audit trail. */
  crn: string
  /** The person's internal id (from the people module), trusted as given: the foreign key checks it. */
  personId: string
  /** The same shape as POST /people/{crn}/events. */
  event: unknown
}

/** Audit rows per statement (11 parameters each). */
const AUDIT_BATCH = 2000

export function createSentencesImport({ db, clock, audit }: ServiceDeps) {
  return {
    /**
     * Events for existing people, numbered after each person's highest event number in the order
     * given. Pass `trx` to join the caller's transaction (e.g. the seeder inserting the people).
     */
    async importEvents(
      actor: Actor,
      items: EventImportItem[],
      options: { trx?: Transaction<Database> } = {},
    ): Promise<{ id: string; crn: string; eventNumber: number }[]> {
      requirePermission(actor, 'person:write')
      const today = clock.today()
      const problems: ErrorDetail[] = []
      const inputs: EventInput[] = []
      items.forEach((item, i) => {
        if (!item.personId) problems.push({ path: `items.${i}.personId`, message: 'is required' })
        const parsed = eventInput.safeParse(item.event)
        if (!parsed.success) problems.push(...issuesToDetails(parsed.error.issues, `items.${i}.event`))
        else {
          problems.push(...eventProblems(parsed.data, today, `items.${i}.event.`))
          inputs.push(parsed.data)
        }
      })
      if (problems.length > 0) throw new ValidationError(problems)

      const run = async (trx: Transaction<Database>) => {
        const numbers = await repo.maxEventNumbers(trx, [...new Set(items.map((i) => i.personId))])
        const at = clock.now()
        const created = items.map((item, i) => {
          const eventNumber = (numbers.get(item.personId) ?? 0) + 1
          numbers.set(item.personId, eventNumber)
          const eventId = newId()
          return {
            summary: { id: eventId, crn: item.crn, eventNumber },
            graph: toGraph(inputs[i] as EventInput, { eventId, personId: item.personId, eventNumber, at }),
          }
        })
        await repo.insertEventGraphs(
          trx,
          created.map((c) => c.graph),
        )
        for (let i = 0; i < created.length; i += AUDIT_BATCH) {
          const targets = created
            .slice(i, i + AUDIT_BATCH)
            .map((c) => ({ type: 'event', id: c.summary.id, crn: c.summary.crn }))
          await audit.recordMany(trx, actor, 'event.created', targets)
        }
        return created.map((c) => c.summary)
      }
      return options.trx ? run(options.trx) : db.transaction().execute(run)
    },
  }
}
