import type { Kysely, Transaction } from 'kysely'
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

export async function insertEntries(db: Executor, rows: AuditRow[]): Promise<void> {
  if (rows.length === 0) return
  await db
    .insertInto('audit_log')
    .values(
      rows.map((row) => ({
        actor_kind: row.actorKind,
        actor_id: row.actorId,
        actor_name: row.actorName,
        source: row.source,
        request_id: row.requestId,
        action: row.action,
        target_type: row.targetType,
        target_id: row.targetId,
        crn: row.crn,
        data: row.data === undefined ? null : JSON.stringify(row.data),
      })),
    )
    .execute()
}

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
