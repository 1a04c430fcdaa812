// The SQL behind a caller's scope: their role grants, and where each team sits in the organisation.
import type { Kysely, Transaction } from 'kysely'
import type { Database } from '../../platform/db/schema'

type Executor = Kysely<Database> | Transaction<Database>

export function grantsOf(db: Executor, userId: string) {
  return db
    .selectFrom('role_grants')
    .select(['role', 'scope_type', 'scope_code'])
    .where('user_id', '=', userId)
    .execute()
}

export function teamPlaces(db: Executor) {
  return db
    .selectFrom('teams as t')
    .innerJoin('probation_delivery_units as p', 'p.code', 't.pdu_code')
    .select(['t.code as teamCode', 't.pdu_code as pduCode', 'p.region_code as regionCode'])
    .execute()
}
