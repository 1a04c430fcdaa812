// Every SQL statement for the per-case restriction and exclusion lists (migration 090).
import { type Kysely, sql, type Transaction } from 'kysely'
import type { Database } from '../../platform/db/schema'
import { type CaseLists, NO_LISTS } from './restrictions.rules'

export type Executor = Kysely<Database> | Transaction<Database>

/**
 * The lists of those of `personIds` that have any; a case absent from the map has none. Restricted
 * cases are few, so this reads only their rows, in three indexed lookups whatever the number of ids.
 */
export async function listsOf(db: Executor, personIds: readonly string[]): Promise<Map<string, CaseLists>> {
  const lists = new Map<string, CaseLists>()
  if (personIds.length === 0) return lists
  const ids = [...new Set(personIds)]
  const of = (id: string) => {
    let found = lists.get(id)
    if (!found) {
      found = { restrictedTo: [], excluded: [], showAsRestricted: false }
      lists.set(id, found)
    }
    return found as { restrictedTo: string[]; excluded: string[]; showAsRestricted: boolean }
  }
  const restricted = await sql<{ person_id: string; user_id: string }>`
    select person_id, user_id from case_restrictions where person_id = any(${ids}::uuid[])`.execute(db)
  for (const row of restricted.rows) of(row.person_id).restrictedTo.push(row.user_id)
  const excluded = await sql<{ person_id: string; user_id: string }>`
    select person_id, user_id from case_exclusions where person_id = any(${ids}::uuid[])`.execute(db)
  for (const row of excluded.rows) of(row.person_id).excluded.push(row.user_id)
  const flagged = await sql<{ person_id: string }>`
    select person_id from case_access_policies
    where person_id = any(${ids}::uuid[]) and show_as_restricted`.execute(db)
  for (const row of flagged.rows) of(row.person_id).showAsRestricted = true
  return lists
}

export async function listsOfPerson(db: Executor, personId: string): Promise<CaseLists> {
  return (await listsOf(db, [personId])).get(personId) ?? NO_LISTS
}

/** Replaces a case's lists and flag whole. */
export async function replaceLists(db: Executor, personId: string, lists: CaseLists): Promise<void> {
  await db.deleteFrom('case_restrictions').where('person_id', '=', personId).execute()
  await db.deleteFrom('case_exclusions').where('person_id', '=', personId).execute()
  if (lists.restrictedTo.length > 0)
    await db
      .insertInto('case_restrictions')
      .values(lists.restrictedTo.map((user_id) => ({ person_id: personId, user_id })))
      .execute()
  if (lists.excluded.length > 0)
    await db
      .insertInto('case_exclusions')
      .values(lists.excluded.map((user_id) => ({ person_id: personId, user_id })))
      .execute()
  await db
    .insertInto('case_access_policies')
    .values({ person_id: personId, show_as_restricted: lists.showAsRestricted })
    .onConflict((oc) => oc.column('person_id').doUpdateSet({ show_as_restricted: lists.showAsRestricted }))
    .execute()
}

/**
 * The live person with this CRN. Access sits below the people module and may not import it, so the
 * administrators' list management reads the one column it needs here.
 */
export function personByCrn(db: Executor, crn: string) {
  return db
    .selectFrom('people')
    .select(['id', 'crn'])
    .where('crn', '=', crn)
    .where('deleted_at', 'is', null)
    .executeTakeFirst()
}

/** Users by username, for turning the API's usernames into the stored user ids. */
export function usersByUsername(db: Executor, usernames: readonly string[]) {
  if (usernames.length === 0) return Promise.resolve([])
  return db
    .selectFrom('users')
    .select(['id', 'username'])
    .where('username', 'in', [...usernames])
    .execute()
}

export function usersById(db: Executor, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve([])
  return db
    .selectFrom('users')
    .select(['id', 'username'])
    .where('id', 'in', [...ids])
    .execute()
}

/** Takes the person's row lock, so two administrators' changes to one case's lists serialise. */
export async function lockPerson(db: Executor, personId: string): Promise<void> {
  await sql`select 1 from people where id = ${personId} for update`.execute(db)
}

/** Adds users to a case's lists; returns those that were not on them already. */
export async function addToLists(
  db: Executor,
  personId: string,
  add: { restrictedTo: readonly string[]; excluded: readonly string[] },
): Promise<{ restrictedTo: string[]; excluded: string[] }> {
  const insert = async (table: 'case_restrictions' | 'case_exclusions', userIds: readonly string[]) => {
    if (userIds.length === 0) return []
    const rows = await db
      .insertInto(table)
      .values(userIds.map((user_id) => ({ person_id: personId, user_id })))
      .onConflict((oc) => oc.doNothing())
      .returning('user_id')
      .execute()
    return rows.map((r) => r.user_id)
  }
  return {
    restrictedTo: await insert('case_restrictions', add.restrictedTo),
    excluded: await insert('case_exclusions', add.excluded),
  }
}

export async function removeFromLists(
  db: Executor,
  personId: string,
  remove: { restrictedTo: readonly string[]; excluded: readonly string[] },
): Promise<void> {
  for (const [table, userIds] of [
    ['case_restrictions', remove.restrictedTo],
    ['case_exclusions', remove.excluded],
  ] as const)
    if (userIds.length > 0)
      await db
        .deleteFrom(table)
        .where('person_id', '=', personId)
        .where('user_id', 'in', [...userIds])
        .execute()
}

/** Sets a case's "show as restricted" flag, only where it is still `from` when given. */
export async function setShowAsRestricted(db: Executor, personId: string, to: boolean, from?: boolean) {
  if (from === undefined)
    await db
      .insertInto('case_access_policies')
      .values({ person_id: personId, show_as_restricted: to })
      .onConflict((oc) => oc.column('person_id').doUpdateSet({ show_as_restricted: to }))
      .execute()
  else
    await db
      .updateTable('case_access_policies')
      .set({ show_as_restricted: to })
      .where('person_id', '=', personId)
      .where('show_as_restricted', '=', from)
      .execute()
}
