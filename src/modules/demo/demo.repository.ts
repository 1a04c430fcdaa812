// The one question the demo set-up asks the database: does it hold anyone yet? (Read-only; the people
// module owns the table. Replace with a people-module function if one appears.)
import { sql } from 'kysely'
import type { Db } from '../../platform/db/open'

export async function holdsPeople(db: Db): Promise<boolean> {
  const { rows } = await sql<{ found: boolean }>`select exists (select 1 from people) as found`.execute(db)
  return rows[0]?.found === true
}
