// Every SQL statement of the allocation queue. The queue page reads the person, tier, RoSH and latest
// sentence in one statement (a lateral join per column) so that a national queue of thousands of
// entries is one round trip; those tables belong to other modules and are only read here.
import { type Kysely, sql, type Transaction } from 'kysely'
import type { Database } from '../../platform/db/schema'
import type { DisposalFacts, QueueReason } from './queue.rules'

export type Executor = Kysely<Database> | Transaction<Database>

export interface NewQueueEntry {
  id: string
  personId: string
  reason: QueueReason
  sourceId: string | null
  teamCode: string | null
  pduCode: string | null
  enteredAt: Date
  enteredBy: string
}

/** Adds the entry unless the person already has an open one (the partial unique index decides). */
export async function insertEntry(db: Executor, e: NewQueueEntry): Promise<boolean> {
  const result = await sql`
    insert into allocation_queue (id, person_id, reason, source_id, team_code, pdu_code, entered_at, entered_by)
    values (${e.id}, ${e.personId}, ${e.reason}, ${e.sourceId}, ${e.teamCode}, ${e.pduCode}, ${e.enteredAt}, ${e.enteredBy})
    on conflict (person_id) where left_at is null do nothing
  `.execute(db)
  return Number(result.numAffectedRows ?? 0) > 0
}

export function openEntry(db: Executor, personId: string, options: { forUpdate?: boolean } = {}) {
  const query = db
    .selectFrom('allocation_queue')
    .selectAll()
    .where('person_id', '=', personId)
    .where('left_at', 'is', null)
  return (options.forUpdate ? query.forUpdate() : query).executeTakeFirst()
}

export async function leaveQueue(db: Executor, personId: string, at: Date, reason: string): Promise<number> {
  const result = await db
    .updateTable('allocation_queue')
    .set({ left_at: at, left_reason: reason })
    .where('person_id', '=', personId)
    .where('left_at', 'is', null)
    .executeTakeFirst()
  return Number(result.numUpdatedRows)
}

/** The person's live disposals with what decides whether they need supervision. */
export async function disposalsOf(db: Executor, personId: string): Promise<DisposalFacts[]> {
  const rows = await db
    .selectFrom('events as e')
    .innerJoin('disposals as d', 'd.event_id', 'e.id')
    .select((eb) => [
      'e.id as eventId',
      'd.type',
      'd.sentence_date as sentenceDate',
      'd.expected_end_date as expectedEndDate',
      'd.release_date as releaseDate',
      'd.licence_end_date as licenceEndDate',
      'd.terminated_date as terminatedDate',
      eb
        .selectFrom('requirements as r')
        .whereRef('r.disposal_id', '=', 'd.id')
        .select((q) => q.fn.countAll<string>().as('n'))
        .as('requirementCount'),
    ])
    .where('e.person_id', '=', personId)
    .where('e.deleted_at', 'is', null)
    .execute()
  return rows.map((r) => ({ ...r, requirementCount: Number(r.requirementCount ?? 0) }))
}

/** People with a custody release inside the window and neither an allocation nor an open entry. */
export async function releasesWithin(db: Executor, today: string, until: string) {
  return db
    .selectFrom('disposals as d')
    .innerJoin('events as e', 'e.id', 'd.event_id')
    .select(['e.person_id as personId', 'e.id as eventId'])
    .where('d.type', '=', 'custody')
    .where('d.release_date', '>=', today)
    .where('d.release_date', '<=', until)
    .where('d.terminated_date', 'is', null)
    .where('e.deleted_at', 'is', null)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('case_allocations as a')
            .select('a.id')
            .whereRef('a.person_id', '=', 'e.person_id')
            .where('a.ended_at', 'is', null),
        ),
      ),
    )
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('allocation_queue as q')
            .select('q.id')
            .whereRef('q.person_id', '=', 'e.person_id')
            .where('q.left_at', 'is', null),
        ),
      ),
    )
    .execute()
}

export function pduOfTeam(db: Executor, teamCode: string) {
  return db.selectFrom('teams').select('pdu_code').where('code', '=', teamCode).executeTakeFirst()
}

export function teamOfStaff(db: Executor, staffCode: string) {
  return db.selectFrom('staff').select('team_code').where('code', '=', staffCode).executeTakeFirst()
}

export async function setting(db: Executor, key: string, fallback: number): Promise<number> {
  const row = await db
    .selectFrom('allocation_settings')
    .select('value')
    .where('key', '=', key)
    .executeTakeFirst()
  return row?.value ?? fallback
}

export interface QueueFilter {
  regionCode?: string | undefined
  pduCode?: string | undefined
  teamCode?: string | undefined
  personId?: string | undefined
}

/** The open entries with what the queue shows of each case, in one statement. */
export async function listOpen(db: Executor, f: QueueFilter) {
  const rows = await sql<QueueRow>`
    select q.id, q.person_id, q.reason, q.source_id, q.team_code, q.pdu_code, q.entered_at,
      p.crn, p.first_name, p.surname, p.date_of_birth, p.sex,
      t.name as team_name, u.name as pdu_name, u.region_code,
      tier.tier_v2 as tier, rosh.level as rosh, s.type as sentence_type, s.sentence_date, s.release_date,
      prev.staff_code as previous_staff_code
    from allocation_queue q
    join people p on p.id = q.person_id and p.deleted_at is null
    left join teams t on t.code = q.team_code
    left join probation_delivery_units u on u.code = q.pdu_code
    -- the tier in use (an approved override where there is one), from tiering's view
    left join current_tiers tier on tier.person_id = q.person_id
    left join lateral (
      select r.level from registers r
      where r.person_id = q.person_id and r.type = 'rosh' and r.deleted_at is null and r.deregistered_on is null
      order by r.registered_on desc limit 1
    ) rosh on true
    -- the sentence that brought the case here, else the person's latest (the second branch runs only
    -- when the first finds nothing: a transfer's source is a request, not an event)
    left join lateral (
      select d.type, d.sentence_date, d.release_date from disposals d where d.event_id = q.source_id
      union all
      (select d.type, d.sentence_date, d.release_date from events e
        join lateral (select * from disposals d0 where d0.event_id = e.id) d on true
        where e.person_id = q.person_id and e.deleted_at is null
        order by d.sentence_date desc nulls last limit 1)
      limit 1
    ) s on true
    left join lateral (
      select a.staff_code from case_allocations a
      where a.person_id = q.person_id order by a.started_at desc limit 1
    ) prev on true
    where q.left_at is null
      ${f.teamCode ? sql`and q.team_code = ${f.teamCode}` : sql``}
      ${f.pduCode ? sql`and q.pdu_code = ${f.pduCode}` : sql``}
      ${f.regionCode ? sql`and u.region_code = ${f.regionCode}` : sql``}
      ${f.personId ? sql`and q.person_id = ${f.personId}` : sql``}
  `.execute(db)
  return rows.rows
}

export interface QueueRow {
  id: string
  person_id: string
  reason: QueueReason
  source_id: string | null
  team_code: string | null
  pdu_code: string | null
  entered_at: Date
  crn: string
  first_name: string
  surname: string
  date_of_birth: string | null
  sex: string
  team_name: string | null
  pdu_name: string | null
  region_code: string | null
  tier: string | null
  rosh: string | null
  sentence_type: string | null
  sentence_date: string | null
  release_date: string | null
  previous_staff_code: string | null
}

/** The protect-by-change tier in use (tiering's view: an approved override where there is one). */
export function latestTier(db: Executor, personId: string) {
  return db
    .selectFrom('current_tiers')
    .select('tier_v2 as tier')
    .where('person_id', '=', personId)
    .executeTakeFirst()
}

/** Serialises allocations of one person: the second of two simultaneous writers waits here. */
export async function lockPerson(db: Executor, personId: string): Promise<void> {
  await sql`select id from people where id = ${personId} for update`.execute(db)
}
