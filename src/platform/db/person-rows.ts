// Rows that belong to one person through a `person_id` column and simply follow the person when two
// records of that person are merged (and go back when the merge is undone). Each module names its own
// tables (`personOwnedRows` in its index); src/services.ts hands the list to the merge through
// ServiceDeps, so the people module moves them without importing the modules that own them.
import { type Kysely, sql, type Transaction } from 'kysely'
import type { Database } from './schema'

type Executor = Kysely<Database> | Transaction<Database>

/** Tables keyed by `id` whose rows hang off a person by `person_id`. */
export type PersonOwnedTable = {
  [T in keyof Database]: Database[T] extends { id: string; person_id: string } ? T : never
}[keyof Database]

export interface PersonOwnedRows {
  /** The name the merge record keeps the moved ids under, so an unmerge moves exactly those back. */
  key: string
  table: PersonOwnedTable
  /**
   * For rows a plain update cannot move (a per-person sequence, a one-open unique index): moves what
   * should follow the person and returns their ids, instead of movePersonRows.
   */
  move?: (db: Executor, fromPersonId: string, toPersonId: string) => Promise<string[]>
  /** Moves exactly those ids back on an unmerge, undoing what `move` did. */
  moveBack?: (db: Executor, fromPersonId: string, toPersonId: string, ids: readonly string[]) => Promise<void>
}

/** Moves the person's rows (only the given ids, when given) to another person; returns the ids moved. */
export async function movePersonRows(
  db: Executor,
  table: PersonOwnedTable,
  fromPersonId: string,
  toPersonId: string,
  only?: readonly string[],
): Promise<string[]> {
  if (only?.length === 0) return []
  const rows = await sql<{ id: string }>`
    update ${sql.table(table)} set person_id = ${toPersonId}
    where person_id = ${fromPersonId} ${only ? sql`and id = any(${[...only]}::uuid[])` : sql``}
    returning id
  `.execute(db)
  return rows.rows.map((r) => r.id)
}
