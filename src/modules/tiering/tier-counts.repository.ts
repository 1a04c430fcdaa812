// The tiers of the cases a team manages now (case_allocations), through the current_tiers view.
import { type Kysely, sql, type Transaction } from 'kysely'
import type { Database } from '../../platform/db/schema'
import type { CaseTier } from './tier-counts.rules'

type Executor = Kysely<Database> | Transaction<Database>

export async function teamCaseTiers(
  db: Executor,
  teamCode: string,
): Promise<(CaseTier & { personId: string })[]> {
  const { rows } = await sql<{ person_id: string; tier_v2: string | null; tier_v3: string | null }>`
    select a.person_id, ct.tier_v2, ct.tier_v3
    from case_allocations a
    join people p on p.id = a.person_id and p.deleted_at is null
    left join current_tiers ct on ct.person_id = a.person_id and ct.status = 'calculated'
    where a.team_code = ${teamCode} and a.ended_at is null
  `.execute(db)
  return rows.map((r) => ({ personId: r.person_id, v2: r.tier_v2, v3: r.tier_v3 }))
}
