// Every SQL statement of workload. The facts of many practitioners come from a few set-based queries
// (staff, active reductions, court reports, current cases with tier and case type), never one query per
// practitioner, so 20 staff in an allocation and the whole country cost the same number of round trips.
// Tables of other modules (staff, case_allocations, people, events, disposals, tier_*) are read, never written.
import { type Insertable, type Kysely, type Selectable, sql, type Transaction, type Updateable } from 'kysely'
import type { Database } from '../../platform/db/schema'
import type { CaseType } from './workload.reference'

export type Executor = Kysely<Database> | Transaction<Database>

export interface StaffFacts {
  code: string
  name: string
  teamCode: string | null
  grade: string
  contractedHours: number
}
export interface ReductionRow {
  id: string
  staffCode: string
  reasonCode: string
  hours: number | null
  percent: number | null
  startDate: string
  endDate: string
  notes: string | null
  version: number
}
export interface CaseFacts {
  staffCode: string
  /** Null when grouped: then `count` cases share the tier, type and T2A. */
  personId: string | null
  crn: string | null
  count: number
  tierV2: string | null
  tierV3: string | null
  caseType: CaseType
  t2a: boolean
}

/** Who: null for everyone (the national recalculation), or these staff codes. */
type Who = readonly string[] | null
const whoFilter = (column: string, who: Who) =>
  who === null ? sql`true` : sql`${sql.ref(column)} = any(${[...who]}::text[])`

export async function staffFacts(db: Executor, who: Who): Promise<StaffFacts[]> {
  const { rows } = await sql<{
    code: string
    name: string
    team_code: string | null
    grade: string
    hours: string
  }>`
    select code, first_name || ' ' || surname as name, team_code, grade, contracted_hours as hours
    from staff where deleted_at is null and ${whoFilter('code', who)}
    order by code`.execute(db)
  return rows.map((r) => ({
    code: r.code,
    name: r.name,
    teamCode: r.team_code,
    grade: r.grade,
    contractedHours: Number(r.hours),
  }))
}

type ReductionTable = Database['workload_reductions']
const toReduction = (r: Selectable<ReductionTable>): ReductionRow => ({
  id: r.id,
  staffCode: r.staff_code,
  reasonCode: r.reason_code,
  hours: r.hours === null ? null : Number(r.hours),
  percent: r.percent === null ? null : Number(r.percent),
  startDate: r.start_date,
  endDate: r.end_date,
  notes: r.notes,
  version: r.version,
})

/** Reductions in force on the day (start on or before, end on or after), not deleted. */
export async function activeReductions(db: Executor, who: Who, today: string): Promise<ReductionRow[]> {
  const { rows } = await sql<Selectable<ReductionTable>>`
    select * from workload_reductions
    where deleted_at is null and start_date <= ${today} and end_date >= ${today} and ${whoFilter('staff_code', who)}`.execute(
    db,
  )
  return rows.map(toReduction)
}

export async function reductionsOf(db: Executor, staffCode: string): Promise<ReductionRow[]> {
  const rows = await db
    .selectFrom('workload_reductions')
    .selectAll()
    .where('staff_code', '=', staffCode)
    .where('deleted_at', 'is', null)
    .orderBy('start_date', 'desc')
    .execute()
  return rows.map(toReduction)
}

export async function findReduction(db: Executor, id: string) {
  const row = await db
    .selectFrom('workload_reductions')
    .selectAll()
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .forUpdate()
    .executeTakeFirst()
  return row ? toReduction(row) : undefined
}

export async function insertReduction(db: Executor, row: Insertable<ReductionTable>): Promise<void> {
  await db.insertInto('workload_reductions').values(row).execute()
}

export async function updateReduction(
  db: Executor,
  id: string,
  changes: Updateable<ReductionTable>,
): Promise<void> {
  await db.updateTable('workload_reductions').set(changes).where('id', '=', id).execute()
}

export async function insertCourtReport(
  db: Executor,
  r: {
    id: string
    staffCode: string
    type: 'standard' | 'fast'
    personId: string | null
    requestedOn: string
    createdBy: string
  },
): Promise<void> {
  await db
    .insertInto('workload_court_reports')
    .values({
      id: r.id,
      staff_code: r.staffCode,
      type: r.type,
      person_id: r.personId,
      requested_on: r.requestedOn,
      created_by: r.createdBy,
    })
    .execute()
}

/** Court reports requested in the 30 days up to and including the day, by staff code and type. */
export async function recentCourtReports(db: Executor, who: Who, today: string) {
  const { rows } = await sql<{ staff_code: string; type: 'standard' | 'fast'; n: number }>`
    select staff_code, type, count(*)::int as n from workload_court_reports
    where deleted_at is null and requested_on <= ${today}
      and requested_on > (${today}::date - 30) and ${whoFilter('staff_code', who)}
    group by staff_code, type`.execute(db)
  return rows.map((r) => ({ staffCode: r.staff_code, type: r.type, count: r.n }))
}

/**
 * Current cases with their tier (an approved override wins over the latest calculation), T2A (aged 18 to
 * 24 on the day) and case type from the person's live disposals: custody before the release date, licence
 * after it (and post-sentence supervision), else community, the first that applies (docs/workload.md).
 * Set-based (hash joins, no per-case lookups); grouped, it returns one row per practitioner and kind of
 * case with a count, which is what the national recalculation needs.
 */
function casesQuery(who: Who, today: string, grouped: boolean) {
  // Everyone: plain hash joins over whole tables; a few: only their people, through the indexes.
  const theirs = (column: string) =>
    who === null ? sql`true` : sql`${sql.ref(column)} in (select person_id from cur)`
  const columns = grouped
    ? sql`cur.staff_code, null::uuid as person_id, null::text as crn, count(*)::int as n`
    : sql`cur.staff_code, cur.person_id, p.crn, 1 as n`
  return sql<{
    staff_code: string
    person_id: string | null
    crn: string | null
    n: number
    tier_v2: string | null
    tier_v3: string | null
    case_type: CaseType
    t2a: boolean
  }>`
    with cur as (
      select a.staff_code, a.person_id from case_allocations a
      where a.ended_at is null and ${whoFilter('a.staff_code', who)}
    ),
    tc as (
      select distinct on (t.person_id) t.person_id, t.result -> 'v2' ->> 'tier' as v2, t.result -> 'v3' ->> 'tier' as v3
      from tier_calculations t where ${theirs('t.person_id')}
      order by t.person_id, t.seq desc
    ),
    ov as (
      select distinct on (o.person_id, o.model) o.person_id, o.model, o.proposed_tier
      from tier_overrides o where o.status = 'approved' and ${theirs('o.person_id')}
      order by o.person_id, o.model, o.proposed_at desc
    ),
    ct as (
      select e.person_id, case
        when bool_or(d.type = 'custody' and (d.release_date is null or d.release_date > ${today})) then 'custody'
        when bool_or(d.type = 'post_sentence_supervision' or (d.type = 'custody' and d.release_date <= ${today})) then 'licence'
        else 'community' end as case_type
      from events e join disposals d on d.event_id = e.id
      where ${theirs('e.person_id')} and e.deleted_at is null
        and (d.terminated_date is null or d.terminated_date > ${today})
        and (coalesce(d.licence_end_date, d.expected_end_date) is null
             or coalesce(d.licence_end_date, d.expected_end_date) >= ${today})
      group by e.person_id
    )
    select ${columns},
      coalesce(o2.proposed_tier, tc.v2) as tier_v2,
      coalesce(o3.proposed_tier, tc.v3) as tier_v3,
      coalesce(ct.case_type, 'community') as case_type,
      coalesce(p.date_of_birth <= ${today}::date - interval '18 years'
               and p.date_of_birth > ${today}::date - interval '25 years', false) as t2a
    from cur
    join people p on p.id = cur.person_id and p.deleted_at is null
    left join tc on tc.person_id = cur.person_id
    left join ov o2 on o2.person_id = cur.person_id and o2.model = 'v2'
    left join ov o3 on o3.person_id = cur.person_id and o3.model = 'v3'
    left join ct on ct.person_id = cur.person_id
    ${grouped ? sql`group by cur.staff_code, 5, 6, 7, 8` : sql`order by cur.staff_code, p.crn`}`
}

export async function caseFacts(
  db: Executor,
  who: Who,
  today: string,
  grouped = false,
): Promise<CaseFacts[]> {
  const { rows } = await casesQuery(who, today, grouped).execute(db)
  return rows.map((r) => ({
    staffCode: r.staff_code,
    personId: r.person_id,
    crn: r.crn,
    count: r.n,
    tierV2: r.tier_v2,
    tierV3: r.tier_v3,
    caseType: r.case_type,
    t2a: r.t2a,
  }))
}

/** The national recalculation sorts and hashes a few hundred thousand rows: keep them in memory. */
export async function roomForNationalRecalculation(trx: Transaction<Database>): Promise<void> {
  await sql`set local work_mem = '64MB'`.execute(trx)
}

/** The staff codes currently managing these people's cases. */
export async function currentManagers(db: Executor, personIds: readonly string[]): Promise<string[]> {
  if (personIds.length === 0) return []
  const { rows } = await sql<{ staff_code: string }>`
    select distinct staff_code from case_allocations
    where ended_at is null and person_id = any(${[...personIds]}::uuid[])`.execute(db)
  return rows.map((r) => r.staff_code)
}
