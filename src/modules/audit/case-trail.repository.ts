// The audit trail of one case, newest first, a page at a time (the audit_log_crn index serves it).
import type { Kysely, Transaction } from 'kysely'
import type { Database } from '../../platform/db/schema'

type Executor = Kysely<Database> | Transaction<Database>

export function caseEntries(db: Executor, crn: string, page: { offset: number; limit: number }) {
  return db
    .selectFrom('audit_log')
    .select(['id', 'occurred_at', 'actor_kind', 'actor_id', 'actor_name', 'source', 'request_id', 'action'])
    .select(['target_type', 'target_id', 'crn'])
    .where('crn', '=', crn)
    .orderBy('id', 'desc')
    .offset(page.offset)
    .limit(page.limit)
    .execute()
}
