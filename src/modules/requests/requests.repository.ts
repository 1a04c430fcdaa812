// Every SQL statement of requests between teams: kinds (versioned reference data), requests, their
// evidence and timeline, and the sender's read grants after a transfer. Names of people, teams and staff
// are joined for display only.
import type { Insertable, Kysely, Selectable, Transaction, Updateable } from 'kysely'
import type { Database } from '../../platform/db/schema'

export type Executor = Kysely<Database> | Transaction<Database>
export type KindRow = Selectable<Database['request_kinds']>
export type EvidenceRow = Selectable<Database['request_evidence']>
export type TransitionRow = Selectable<Database['request_transitions']>

/** The kinds in force on a day, one version per code. */
export function kindsOn(db: Executor, today: string) {
  return db
    .selectFrom('request_kinds')
    .selectAll()
    .where('valid_from', '<=', today)
    .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>=', today)]))
    .orderBy('code')
    .orderBy('version', 'desc')
    .execute()
}

export function findKind(db: Executor, code: string, version: number) {
  return db
    .selectFrom('request_kinds')
    .selectAll()
    .where('code', '=', code)
    .where('version', '=', version)
    .executeTakeFirst()
}

export function findTeam(db: Executor, code: string) {
  return db
    .selectFrom('teams')
    .select(['code', 'name', 'pdu_code'])
    .where('code', '=', code)
    .executeTakeFirst()
}

export function findStaff(db: Executor, code: string) {
  return db
    .selectFrom('staff')
    .select(['code', 'team_code', 'first_name', 'surname'])
    .where('code', '=', code)
    .where('deleted_at', 'is', null)
    .executeTakeFirst()
}

export async function insertRequest(
  db: Executor,
  row: Insertable<Database['requests']>,
  evidence: Omit<EvidenceRow, 'request_id'>[],
) {
  await db.insertInto('requests').values(row).execute()
  if (evidence.length)
    await db
      .insertInto('request_evidence')
      .values(evidence.map((e) => ({ ...e, request_id: row.id })))
      .execute()
}

export async function insertTransition(db: Executor, row: Insertable<Database['request_transitions']>) {
  await db.insertInto('request_transitions').values(row).execute()
}

export async function updateRequest(db: Executor, id: string, patch: Updateable<Database['requests']>) {
  await db
    .updateTable('requests')
    .set((eb) => ({ ...patch, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .execute()
}

/** Requests with the names shown beside them; filtered by the caller. */
function requestRows(db: Executor) {
  return db
    .selectFrom('requests as r')
    .innerJoin('people as p', 'p.id', 'r.person_id')
    .innerJoin('request_kinds as k', (join) =>
      join.onRef('k.code', '=', 'r.kind').onRef('k.version', '=', 'r.kind_version'),
    )
    .innerJoin('teams as ft', 'ft.code', 'r.from_team_code')
    .innerJoin('teams as tt', 'tt.code', 'r.to_team_code')
    .innerJoin('staff as dm', 'dm.code', 'r.decision_maker')
    .selectAll('r')
    .select([
      'p.crn',
      'p.first_name',
      'p.surname',
      'k.label as kind_label',
      'k.is_transfer',
      'k.sender_read_days',
      'ft.name as from_team_name',
      'tt.name as to_team_name',
      'dm.first_name as dm_first_name',
      'dm.surname as dm_surname',
    ])
}
export type RequestRow = Awaited<ReturnType<typeof findRequest>> & {}

export function findRequest(db: Executor, id: string) {
  return requestRows(db).where('r.id', '=', id).executeTakeFirst()
}

/** Locks the request row for a transition, so two decisions on one request are made one after the other. */
export async function lockRequest(db: Executor, id: string) {
  await db.selectFrom('requests').select('id').where('id', '=', id).forUpdate().execute()
}

export function listRequests(
  db: Executor,
  filter: { team: string; direction: 'incoming' | 'outgoing' | 'both'; state?: string },
  limit = 500,
) {
  let query = requestRows(db)
  if (filter.direction === 'incoming') query = query.where('r.to_team_code', '=', filter.team)
  else if (filter.direction === 'outgoing') query = query.where('r.from_team_code', '=', filter.team)
  else
    query = query.where((eb) =>
      eb.or([eb('r.to_team_code', '=', filter.team), eb('r.from_team_code', '=', filter.team)]),
    )
  if (filter.state) query = query.where('r.state', '=', filter.state as RequestRow['state'])
  return query.orderBy('r.deadline').orderBy('r.raised_at').limit(limit).execute()
}

export function requestsOfPerson(db: Executor, personId: string) {
  return requestRows(db).where('r.person_id', '=', personId).orderBy('r.raised_at', 'desc').execute()
}

export function evidenceOf(db: Executor, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve([] as EvidenceRow[])
  return db
    .selectFrom('request_evidence')
    .selectAll()
    .where('request_id', 'in', ids)
    .orderBy('request_id')
    .orderBy('position')
    .execute()
}

export function transitionsOf(db: Executor, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve([] as TransitionRow[])
  return db
    .selectFrom('request_transitions')
    .selectAll()
    .where('request_id', 'in', ids)
    .orderBy('occurred_at')
    .orderBy('id')
    .execute()
}

export async function insertReadGrant(db: Executor, row: Insertable<Database['case_read_grants']>) {
  await db.insertInto('case_read_grants').values(row).execute()
}

/** The read grants on a case still in force on a day. */
export function readGrantsOf(db: Executor, personId: string, today: string) {
  return db
    .selectFrom('case_read_grants')
    .selectAll()
    .where('person_id', '=', personId)
    .where('until', '>=', today)
    .orderBy('until', 'desc')
    .execute()
}
