import { type Kysely, sql, type Transaction } from 'kysely'
import type { Database } from '../../platform/db/schema'

type Executor = Kysely<Database> | Transaction<Database>

export interface AuditRow {
  actorKind: string
  actorId: string
  actorName: string
  source: string
  requestId: string | null
  action: string
  targetType: string
  targetId: string
  crn: string | null
  data: unknown
}

/**
 * Appends entries with one statement: the rows travel as one JSON array unpacked by json_to_recordset,
 * which keeps bulk imports (thousands of entries a batch) fast and under the parameter limit.
 */
export async function insertEntries(db: Executor, rows: AuditRow[]): Promise<void> {
  for (let start = 0; start < rows.length; start += BATCH) {
    const batch = rows.slice(start, start + BATCH).map((row) => ({ ...row, data: row.data ?? null }))
    await sql`
      insert into audit_log (actor_kind, actor_id, actor_name, source, request_id, action, target_type, target_id, crn, data)
      select "actorKind", "actorId", "actorName", source, "requestId", action, "targetType", "targetId", crn, data
      from json_to_recordset(${JSON.stringify(batch)}::json) as r("actorKind" text, "actorId" text, "actorName" text,
        source text, "requestId" text, action text, "targetType" text, "targetId" text, crn text, data jsonb)
    `.execute(db)
  }
}

const BATCH = 10_000

export async function findEntries(
  db: Executor,
  filter: { targetType?: string; targetId?: string; crn?: string; changesOnly?: boolean; limit: number },
) {
  let query = db.selectFrom('audit_log').selectAll().orderBy('id', 'asc').limit(filter.limit)
  if (filter.targetType) query = query.where('target_type', '=', filter.targetType)
  if (filter.targetId) query = query.where('target_id', '=', filter.targetId)
  if (filter.crn) query = query.where('crn', '=', filter.crn)
  if (filter.changesOnly)
    query = query.where('action', 'not like', '%.read').where('action', 'not like', '%.exported')
  return query.execute()
}
