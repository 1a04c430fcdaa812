// Every SQL statement of the registers table.
import type { Insertable, Kysely, Selectable, Transaction, Updateable } from 'kysely'
import { bulkInsert } from '../../platform/db/bulk'
import type { Database } from '../../platform/db/schema'

type Executor = Kysely<Database> | Transaction<Database>
export type RegisterRow = Selectable<Database['registers']> & { crn: string }

export function insertRegisters(db: Executor, rows: Insertable<Database['registers']>[]): Promise<void> {
  return bulkInsert(db, 'registers', rows)
}

// The CRN is read from people for the audit target and the response; the people module owns that table.
function withCrn(db: Executor) {
  return db
    .selectFrom('registers as r')
    .innerJoin('people as p', 'p.id', 'r.person_id')
    .selectAll('r')
    .select('p.crn')
    .where('p.deleted_at', 'is', null)
}

export function findRegister(db: Executor, id: string, options: { forUpdate?: boolean } = {}) {
  let query = withCrn(db).where('r.id', '=', id)
  if (options.forUpdate) query = query.forUpdate()
  return query.executeTakeFirst() as Promise<RegisterRow | undefined>
}

export function listRegistersOfPerson(db: Executor, personId: string) {
  return withCrn(db)
    .where('r.person_id', '=', personId)
    .where('r.deleted_at', 'is', null)
    .orderBy('r.registered_on', 'desc')
    .orderBy('r.type')
    .execute() as Promise<RegisterRow[]>
}

/** A live, active register of this type for the person, if any (one flag of a kind at a time). */
export function findActiveOfType(db: Executor, personId: string, type: string) {
  return db
    .selectFrom('registers')
    .select('id')
    .where('person_id', '=', personId)
    .where('type', '=', type)
    .where('deleted_at', 'is', null)
    .where('deregistered_on', 'is', null)
    .executeTakeFirst()
}

export async function updateRegister(
  db: Executor,
  id: string,
  changes: Omit<Updateable<Database['registers']>, 'version' | 'updated_at'>,
  at: Date,
): Promise<void> {
  await db
    .updateTable('registers')
    .set({ ...changes, version: (eb) => eb('version', '+', 1), updated_at: at })
    .where('id', '=', id)
    .execute()
}

/**
 * Moves registers from one person to another (a merge of two records, or its undoing): every one of
 * the first person's, or only those with the given ids. Returns the ids moved.
 */
export async function reassignRegisters(
  db: Executor,
  fromPersonId: string,
  toPersonId: string,
  ids?: readonly string[],
): Promise<string[]> {
  let query = db.updateTable('registers').set({ person_id: toPersonId }).where('person_id', '=', fromPersonId)
  if (ids) {
    if (ids.length === 0) return []
    query = query.where('id', 'in', [...ids])
  }
  const rows = await query.returning('id').execute()
  return rows.map((r) => r.id)
}
