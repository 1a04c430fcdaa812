// Every SQL statement of the organisation tables (regions, probation_delivery_units, teams, staff).
import type { Insertable, Kysely, Selectable, Transaction, Updateable } from 'kysely'
import { bulkInsert } from '../../platform/db/bulk'
import type { Database } from '../../platform/db/schema'

type Executor = Kysely<Database> | Transaction<Database>
export type StaffRow = Selectable<Database['staff']>

export function insertMany<T extends 'regions' | 'probation_delivery_units' | 'teams' | 'staff'>(
  db: Executor,
  table: T,
  rows: Insertable<Database[T]>[],
): Promise<void> {
  return bulkInsert(db, table, rows)
}

export function insertRegion(db: Executor, row: Insertable<Database['regions']>) {
  return db.insertInto('regions').values(row).returningAll().executeTakeFirstOrThrow()
}

export function insertPdu(db: Executor, row: Insertable<Database['probation_delivery_units']>) {
  return db.insertInto('probation_delivery_units').values(row).returningAll().executeTakeFirstOrThrow()
}

export function insertTeam(db: Executor, row: Insertable<Database['teams']>) {
  return db.insertInto('teams').values(row).returningAll().executeTakeFirstOrThrow()
}

export function insertStaff(db: Executor, row: Insertable<Database['staff']>) {
  return db.insertInto('staff').values(row).returningAll().executeTakeFirstOrThrow()
}

export function findRegion(db: Executor, code: string) {
  return db.selectFrom('regions').selectAll().where('code', '=', code).executeTakeFirst()
}

export function listRegions(db: Executor) {
  return db.selectFrom('regions').selectAll().orderBy('code').execute()
}

export function findPdu(db: Executor, code: string) {
  return db.selectFrom('probation_delivery_units').selectAll().where('code', '=', code).executeTakeFirst()
}

export function listPdus(db: Executor, regionCode?: string) {
  let query = db.selectFrom('probation_delivery_units').selectAll().orderBy('code')
  if (regionCode) query = query.where('region_code', '=', regionCode)
  return query.execute()
}

function teamsWithRegion(db: Executor) {
  return db
    .selectFrom('teams as t')
    .innerJoin('probation_delivery_units as p', 'p.code', 't.pdu_code')
    .select(['t.code', 't.pdu_code', 'p.region_code', 't.name', 't.created_at'])
}

export function findTeam(db: Executor, code: string) {
  return teamsWithRegion(db).where('t.code', '=', code).executeTakeFirst()
}

export function listTeams(db: Executor, filter: { pduCode?: string; regionCode?: string }) {
  let query = teamsWithRegion(db).orderBy('t.code')
  if (filter.pduCode) query = query.where('t.pdu_code', '=', filter.pduCode)
  if (filter.regionCode) query = query.where('p.region_code', '=', filter.regionCode)
  return query.execute()
}

/** Which of these codes already exist in a table, in one query. */
export async function existingCodes(
  db: Executor,
  table: 'regions' | 'probation_delivery_units' | 'teams' | 'staff',
  codes: string[],
): Promise<Set<string>> {
  if (codes.length === 0) return new Set()
  const rows = await db.selectFrom(table).select('code').where('code', 'in', codes).execute()
  return new Set(rows.map((r) => r.code))
}

export function findStaff(db: Executor, code: string, options: { forUpdate?: boolean } = {}) {
  let query = db.selectFrom('staff').selectAll().where('code', '=', code)
  if (options.forUpdate) query = query.forUpdate()
  return query.executeTakeFirst()
}

export function listStaff(db: Executor, filter: { teamCode?: string }) {
  let query = db.selectFrom('staff').selectAll().where('deleted_at', 'is', null).orderBy('code')
  if (filter.teamCode) query = query.where('team_code', '=', filter.teamCode)
  return query.execute()
}

export async function updateStaff(
  db: Executor,
  code: string,
  changes: Omit<Updateable<Database['staff']>, 'version' | 'updated_at'>,
  at: Date,
): Promise<StaffRow> {
  return db
    .updateTable('staff')
    .set({ ...changes, version: (eb) => eb('version', '+', 1), updated_at: at })
    .where('code', '=', code)
    .returningAll()
    .executeTakeFirstOrThrow()
}
