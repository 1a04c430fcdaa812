// Every SQL statement of allocations, the staff a recommendation considers, notifications and the outbox.
import { type Insertable, type Kysely, sql, type Transaction } from 'kysely'
import type { Database } from '../../platform/db/schema'

export type Executor = Kysely<Database> | Transaction<Database>

export function currentAllocation(db: Executor, personId: string) {
  return db
    .selectFrom('case_allocations')
    .selectAll()
    .where('person_id', '=', personId)
    .where('ended_at', 'is', null)
    .executeTakeFirst()
}

export function lastAllocation(db: Executor, personId: string) {
  return db
    .selectFrom('case_allocations')
    .selectAll()
    .where('person_id', '=', personId)
    .orderBy('started_at', 'desc')
    .limit(1)
    .executeTakeFirst()
}

/** The person's allocations, newest first, with the practitioner's name. */
export function allocationHistory(db: Executor, personId: string) {
  return db
    .selectFrom('case_allocations as a')
    .innerJoin('staff as s', 's.code', 'a.staff_code')
    .select([
      'a.id',
      'a.staff_code',
      'a.team_code',
      'a.started_at',
      'a.ended_at',
      'a.end_reason',
      'a.rationale',
      'a.allocated_by',
      's.first_name',
      's.surname',
      's.grade',
    ])
    .where('a.person_id', '=', personId)
    .orderBy('a.started_at', 'desc')
    .execute()
}

export async function insertAllocation(db: Executor, row: Insertable<Database['case_allocations']>) {
  await db.insertInto('case_allocations').values(row).execute()
}

export async function endAllocation(db: Executor, id: string, at: Date, reason: string) {
  await db
    .updateTable('case_allocations')
    .set((eb) => ({ ended_at: at, end_reason: reason, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('ended_at', 'is', null)
    .execute()
}

/** Live staff of a team with their linked users (for restriction and exclusion lists). */
export function staffOfTeam(db: Executor, teamCode: string) {
  return db
    .selectFrom('staff as s')
    .select([
      's.code',
      's.first_name',
      's.surname',
      's.email',
      's.grade',
      's.team_code',
      's.vetting',
      's.vetting_expires_on',
      's.specialisms',
      // Every sign-in linked to the staff record: lists name users, a practitioner may have more than one.
      sql<string[]>`array(select u.id::text from users u where u.staff_code = s.code)`.as('user_ids'),
    ])
    .where('s.team_code', '=', teamCode)
    .where('s.deleted_at', 'is', null)
    .orderBy('s.code')
    .execute()
}

export function findStaff(db: Executor, code: string) {
  return db
    .selectFrom('staff')
    .select(['code', 'first_name', 'surname', 'email', 'grade', 'team_code'])
    .where('code', '=', code)
    .where('deleted_at', 'is', null)
    .executeTakeFirst()
}

export function gradeRules(db: Executor, today: string) {
  return db
    .selectFrom('allocation_grade_rules')
    .selectAll()
    .where('effective_from', '<=', today)
    .where((eb) => eb.or([eb('effective_to', 'is', null), eb('effective_to', '>', today)]))
    .orderBy('version', 'desc')
    .execute()
}

export async function insertNotification(db: Executor, row: Insertable<Database['notifications']>) {
  await db.insertInto('notifications').values(row).execute()
}

export function notificationsOf(db: Executor, staffCode: string, limit: number) {
  return db
    .selectFrom('notifications')
    .selectAll()
    .where('staff_code', '=', staffCode)
    .orderBy('created_at', 'desc')
    .limit(limit)
    .execute()
}

export async function insertDomainEvent(
  db: Executor,
  row: { id: string; type: string; payload: unknown; at: Date },
) {
  await db
    .insertInto('domain_events')
    .values({ id: row.id, type: row.type, payload: JSON.stringify(row.payload), occurred_at: row.at })
    .execute()
}

/** Live registers of a person (owned by the registers module; read here for the queue's risk panel). */
export function registersOf(db: Executor, personId: string) {
  return db
    .selectFrom('registers')
    .select(['type', 'level', 'category', 'registered_on', 'next_review_on'])
    .where('person_id', '=', personId)
    .where('deleted_at', 'is', null)
    .where('deregistered_on', 'is', null)
    .orderBy('registered_on', 'desc')
    .execute()
}

export function personOf(db: Executor, personId: string) {
  return db
    .selectFrom('people')
    .select(['id', 'crn', 'first_name', 'surname', 'date_of_birth', 'sex'])
    .where('id', '=', personId)
    .executeTakeFirstOrThrow()
}

export function teamNames(db: Executor, codes: readonly string[]) {
  if (codes.length === 0) return Promise.resolve([])
  return db
    .selectFrom('teams as t')
    .innerJoin('probation_delivery_units as u', 'u.code', 't.pdu_code')
    .select(['t.code', 't.name', 't.pdu_code', 'u.region_code'])
    .where('t.code', 'in', codes)
    .execute()
}

export function staffCodesOfTeams(db: Executor, teamCodes: readonly string[]) {
  if (teamCodes.length === 0) return Promise.resolve([])
  return db
    .selectFrom('staff')
    .select(['code', 'team_code'])
    .where('team_code', 'in', teamCodes)
    .where('deleted_at', 'is', null)
    .execute()
}

/** What weighs a case beyond its risk: a sexual offence on any live event, and the latest sentence's type. */
export async function sentenceSignals(db: Executor, personId: string) {
  const { rows } = await sql<{ sexual: boolean; latest: string | null }>`
    select
      exists (select 1 from events e join offences o on o.event_id = e.id
        where e.person_id = ${personId} and e.deleted_at is null
          and o.predictor_category in ('sexual_not_against_child', 'sexual_against_child')) as sexual,
      (select d.type from events e join disposals d on d.event_id = e.id
        where e.person_id = ${personId} and e.deleted_at is null
        order by d.sentence_date desc nulls last limit 1) as latest
  `.execute(db)
  return { sexualOffence: rows[0]?.sexual ?? false, latestType: rows[0]?.latest ?? null }
}
