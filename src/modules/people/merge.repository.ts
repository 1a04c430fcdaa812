// Every SQL statement of merging two records of one person and of undoing it. The losing record keeps
// its own lists untouched (it is soft-deleted and points to the survivor); the survivor gets copies,
// whose ids are kept so that an undo removes exactly them.
import { type Kysely, sql, type Transaction } from 'kysely'
import type { Database } from '../../platform/db/schema'
import type { CaseListsMove } from '../access'
import type { AliasRecord } from './person-record.schema'

type Executor = Kysely<Database> | Transaction<Database>

/** The loser's main name (when given) and aliases, as aliases of the survivor after its own. */
export async function copyAliases(
  db: Executor,
  fromId: string,
  toId: string,
  mainName: AliasRecord | null,
): Promise<string[]> {
  const main = mainName ? JSON.stringify([mainName]) : '[]'
  const { rows } = await sql<{ id: string }>`
    with base as (select coalesce(max(ordinal) + 1, 0) as o from aliases where person_id = ${toId}),
    source as (
      select -1 as k, m."firstName" as first_name, m."middleNames" as middle_names, m.surname,
        m."dateOfBirth" as date_of_birth
      from json_to_recordset(${main}::json) as m("firstName" text, "middleNames" text, surname text, "dateOfBirth" date)
      union all
      select ordinal, first_name, middle_names, surname, date_of_birth from aliases where person_id = ${fromId}
    )
    insert into aliases (id, person_id, ordinal, first_name, middle_names, surname, date_of_birth)
    select gen_random_uuid(), ${toId}, base.o + (row_number() over (order by s.k))::int - 1, s.first_name,
      s.middle_names, s.surname, s.date_of_birth
    from source s, base
    returning id`.execute(db)
  return rows.map((r) => r.id)
}

/** The loser's addresses after the survivor's; its main address becomes a previous one if the survivor has a main. */
export async function copyAddresses(db: Executor, fromId: string, toId: string): Promise<string[]> {
  const { rows } = await sql<{ id: string }>`
    with base as (
      select coalesce(max(ordinal) + 1, 0) as o, bool_or(status = 'main') as has_main
      from addresses where person_id = ${toId}
    )
    insert into addresses (id, person_id, ordinal, status, no_fixed_abode, building_name, address_number,
      street_name, district, town, county, postcode, start_date, end_date, notes)
    select gen_random_uuid(), ${toId}, base.o + a.ordinal,
      case when a.status = 'main' and coalesce(base.has_main, false) then 'previous' else a.status end,
      a.no_fixed_abode, a.building_name, a.address_number, a.street_name, a.district, a.town, a.county,
      a.postcode, a.start_date, a.end_date, a.notes
    from addresses a, base where a.person_id = ${fromId}
    returning id`.execute(db)
  return rows.map((r) => r.id)
}

export async function copyCircumstances(db: Executor, fromId: string, toId: string): Promise<string[]> {
  const { rows } = await sql<{ id: string }>`
    with base as (select coalesce(max(ordinal) + 1, 0) as o from personal_circumstances where person_id = ${toId})
    insert into personal_circumstances (id, person_id, ordinal, kind, type, start_date, end_date, notes)
    select gen_random_uuid(), ${toId}, base.o + c.ordinal, c.kind, c.type, c.start_date, c.end_date, c.notes
    from personal_circumstances c, base where c.person_id = ${fromId}
    returning id`.execute(db)
  return rows.map((r) => r.id)
}

export async function deleteCopies(
  db: Executor,
  table: 'aliases' | 'addresses' | 'personal_circumstances',
  ids: readonly string[],
): Promise<void> {
  if (ids.length > 0)
    await db
      .deleteFrom(table)
      .where('id', 'in', [...ids])
      .execute()
}

/** Soft-deletes the loser and points it at the survivor; records merged into the loser earlier follow it. */
export async function markMerged(db: Executor, fromId: string, toId: string, at: Date): Promise<string[]> {
  await db
    .updateTable('people')
    .set({ deleted_at: at, merged_into: toId, merged_at: at, version: sql`version + 1`, updated_at: at })
    .where('id', '=', fromId)
    .execute()
  const repointed = await db
    .updateTable('people')
    .set({ merged_into: toId })
    .where('merged_into', '=', fromId)
    .returning('id')
    .execute()
  return repointed.map((r) => r.id)
}

export async function unmarkMerged(db: Executor, fromId: string, repointed: readonly string[], at: Date) {
  await db
    .updateTable('people')
    .set({ deleted_at: null, merged_into: null, merged_at: null, version: sql`version + 1`, updated_at: at })
    .where('id', '=', fromId)
    .execute()
  if (repointed.length > 0)
    await db
      .updateTable('people')
      .set({ merged_into: fromId })
      .where('id', 'in', [...repointed])
      .execute()
}

export interface MergeRow {
  id: string
  fromPersonId: string
  toPersonId: string
  reason: string
  mergedAt: Date
  mergedBy: string
  moved: MergeMoves
  fromRecord: unknown
  toRecord: unknown
}

/** What a merge changed, so that undoing it changes exactly that back. */
export interface MergeMoves {
  aliases: string[]
  addresses: string[]
  circumstances: string[]
  events: { id: string; from: number; to: number }[]
  registers: string[]
  // The keys below came later: merges recorded before them lack them, which means nothing moved.
  /** Other modules' rows moved, by the key each module gives its tables (ServiceDeps.personOwnedRows). */
  rows?: Record<string, string[]>
  /** What was added to the survivor's restriction and exclusion lists (they get the stricter of both). */
  caseLists?: CaseListsMove
  /** Identifier and date-of-birth columns of the survivor that were empty and were filled from the loser. */
  filled: Record<string, string>
  /** Records merged earlier into the loser, now pointing to the survivor. */
  repointed: string[]
}

export async function insertMerge(db: Executor, row: MergeRow): Promise<void> {
  await db
    .insertInto('person_merges')
    .values({
      id: row.id,
      from_person_id: row.fromPersonId,
      to_person_id: row.toPersonId,
      reason: row.reason,
      merged_at: row.mergedAt,
      merged_by: row.mergedBy,
      moved: JSON.stringify(row.moved),
      from_record: JSON.stringify(row.fromRecord),
      to_record: JSON.stringify(row.toRecord),
    })
    .execute()
}

/** The merge that took this record away and has not been undone. */
export async function findOpenMerge(db: Executor, fromPersonId: string) {
  return db
    .selectFrom('person_merges')
    .select(['id', 'to_person_id', 'moved', 'merged_at'])
    .where('from_person_id', '=', fromPersonId)
    .where('undone_at', 'is', null)
    .orderBy('merged_at', 'desc')
    .executeTakeFirst() as Promise<
    { id: string; to_person_id: string; moved: MergeMoves; merged_at: Date } | undefined
  >
}

export async function closeMerge(db: Executor, id: string, at: Date, by: string, reason: string) {
  await db
    .updateTable('person_merges')
    .set({ undone_at: at, undone_by: by, undone_reason: reason })
    .where('id', '=', id)
    .execute()
}

/** Empties columns the merge filled, where they still hold the value it put there. */
export async function clearFilled(db: Executor, toId: string, filled: Record<string, string>, at: Date) {
  for (const [column, value] of Object.entries(filled))
    await sql`update people set ${sql.ref(column)} = null, updated_at = ${at}
      where id = ${toId} and ${sql.ref(column)} = ${value}`.execute(db)
}
