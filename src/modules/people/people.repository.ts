import type { Kysely, Transaction } from 'kysely'
import type { Database } from '../../platform/db/schema'

type Executor = Kysely<Database> | Transaction<Database>

/** The internal id of a live (not deleted) person, for other modules that attach records to a person. */
export function findPersonRef(db: Executor, crn: string): Promise<{ id: string; crn: string } | undefined> {
  return db
    .selectFrom('people')
    .select(['id', 'crn'])
    .where('crn', '=', crn)
    .where('deleted_at', 'is', null)
    .executeTakeFirst()
}
