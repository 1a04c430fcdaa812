// Many rows into one table with one statement per batch: the rows travel as a single JSON parameter,
// unpacked with the table's own row type (jsonb_populate_recordset). Far faster than multi-row VALUES
// with a bind parameter per cell, and never near PostgreSQL's 65,535-parameter limit. Only the columns
// that some row names are written, so the others keep their defaults.
import { type Insertable, type Kysely, sql, type Transaction } from 'kysely'
import type { Database } from './schema'

type Executor = Kysely<Database> | Transaction<Database>

const BATCH = 5000

export async function bulkInsert<T extends keyof Database & string>(
  db: Executor,
  table: T,
  rows: readonly Insertable<Database[T]>[],
): Promise<void> {
  if (rows.length === 0) return
  const names = new Set<string>()
  for (const row of rows) for (const key of Object.keys(row)) names.add(key)
  const columns = sql.join([...names].map((column) => sql.ref(column)))
  for (let start = 0; start < rows.length; start += BATCH) {
    const json = JSON.stringify(rows.slice(start, start + BATCH))
    await sql`
      insert into ${sql.table(table)} (${columns})
      select ${columns} from jsonb_populate_recordset(null::${sql.table(table)}, ${json}::jsonb)
    `.execute(db)
  }
}
