// Every SQL statement of enforcement actions (decisions) and breach packs.
import { type Insertable, type Kysely, type Selectable, sql, type Transaction, type Updateable } from 'kysely'
import type { Database } from '../../platform/db/schema'

type Executor = Kysely<Database> | Transaction<Database>
export type ActionRow = Selectable<Database['enforcement_actions']> & { crn: string }
export type PackRow = Selectable<Database['breach_packs']> & { crn: string }

/** Serialises enforcement decisions on one person, so two decisions never both act on the same proposal. */
export async function lockPerson(db: Executor, personId: string): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtext(${`enforcement:${personId}`}))`.execute(db)
}

export async function insertAction(db: Executor, row: Insertable<Database['enforcement_actions']>) {
  await db.insertInto('enforcement_actions').values(row).execute()
}

// The CRN comes from people (owned by the people module) for audit targets and responses.
function actionsWithCrn(db: Executor) {
  return db
    .selectFrom('enforcement_actions as a')
    .innerJoin('people as p', 'p.id', 'a.person_id')
    .selectAll('a')
    .select('p.crn')
    .where('p.deleted_at', 'is', null)
}

export function findAction(db: Executor, id: string) {
  return actionsWithCrn(db).where('a.id', '=', id).executeTakeFirst() as Promise<ActionRow | undefined>
}

export function listActionsOfPerson(db: Executor, personId: string) {
  return actionsWithCrn(db)
    .where('a.person_id', '=', personId)
    .orderBy('a.decided_on')
    .orderBy('a.created_at')
    .execute() as Promise<ActionRow[]>
}

export function listOverrides(db: Executor, since: string | undefined) {
  let query = actionsWithCrn(db).where('a.override', '=', true)
  if (since) query = query.where('a.decided_on', '>=', since)
  return query.orderBy('a.created_at', 'desc').limit(500).execute() as Promise<ActionRow[]>
}

export async function insertPack(db: Executor, row: Insertable<Database['breach_packs']>) {
  await db.insertInto('breach_packs').values(row).execute()
}

function packsWithCrn(db: Executor) {
  return db
    .selectFrom('breach_packs as b')
    .innerJoin('people as p', 'p.id', 'b.person_id')
    .selectAll('b')
    .select('p.crn')
    .where('p.deleted_at', 'is', null)
}

export function findPack(db: Executor, id: string, options: { forUpdate?: boolean } = {}) {
  let query = packsWithCrn(db).where('b.id', '=', id)
  if (options.forUpdate) query = query.forUpdate('b')
  return query.executeTakeFirst() as Promise<PackRow | undefined>
}

export function listPacksOfPerson(db: Executor, personId: string) {
  return packsWithCrn(db).where('b.person_id', '=', personId).orderBy('b.created_at').execute() as Promise<
    PackRow[]
  >
}

export async function updatePack(
  db: Executor,
  id: string,
  changes: Omit<Updateable<Database['breach_packs']>, 'version' | 'updated_at'>,
  at: Date,
): Promise<void> {
  await db
    .updateTable('breach_packs')
    .set({ ...changes, version: (eb) => eb('version', '+', 1), updated_at: at })
    .where('id', '=', id)
    .execute()
}
