// SQL of the team and practitioner views: appointments awaiting an outcome and what the frequency rules
// need per case, for a caseload. A case belongs to the caseload of its current allocation
// (case_allocations, owned by allocation); a case not yet allocated falls back to the practitioners of
// its own contacts. The tier is the protect-by-change tier in use (tiering's current_tiers view: the
// latest calculation or an approved override), so the view costs a fixed number of queries per team.
import { sql } from 'kysely'
import type { Executor } from './contacts.repository'

export type Caseload = { teamCode: string } | { staffCode: string }
/** A caseload with its practitioners' codes resolved (a team's staff), so the fallback reads by index. */
export type ResolvedCaseload = Caseload & { staffCodes: string[] }

/** The practitioners of a caseload: the team's staff, or the one practitioner. */
export async function resolveCaseload(db: Executor, who: Caseload): Promise<ResolvedCaseload> {
  if ('staffCode' in who) return { ...who, staffCodes: [who.staffCode] }
  const rows = await db.selectFrom('staff').select('code').where('team_code', '=', who.teamCode).execute()
  return { ...who, staffCodes: rows.map((r) => r.code) }
}

/**
 * (person, practitioner) pairs of the caseload, as a SQL fragment for a `with` clause; an unallocated
 * case goes to the practitioner of its latest contact. The codes are given as constants so the
 * fallback reads contacts through their (staff_code, contact_date) index.
 */
function caseload(who: ResolvedCaseload) {
  const allocated =
    'teamCode' in who ? sql`a.team_code = ${who.teamCode}` : sql`a.staff_code = ${who.staffCode}`
  const byContact =
    who.staffCodes.length > 0 ? sql`c.staff_code in (${sql.join(who.staffCodes)})` : sql`false`
  return sql`
    select a.person_id, a.staff_code from case_allocations a where a.ended_at is null and ${allocated}
    union all
    (select distinct on (c.person_id) c.person_id, c.staff_code
       from contacts c
      where ${byContact}
        and not exists (select 1 from case_allocations a where a.person_id = c.person_id and a.ended_at is null)
      order by c.person_id, c.contact_date desc)`
}

export interface AwaitingRow {
  id: string
  person_id: string
  crn: string
  first_name: string
  surname: string
  contact_date: string
  start_time: string | null
  type_label: string
  contact_staff_code: string
  case_staff_code: string
}

/** Appointments before `today` still needing an outcome, oldest first, at most `limit`. */
export async function awaitingOutcomeOf(db: Executor, who: ResolvedCaseload, today: string, limit: number) {
  const { rows } = await sql<AwaitingRow>`
    with caseload as (${caseload(who)})
    select c.id, c.person_id, p.crn, p.first_name, p.surname, c.contact_date::text as contact_date,
           c.start_time, t.label as type_label, c.staff_code as contact_staff_code,
           cl.staff_code as case_staff_code
      from caseload cl
      join contacts c on c.person_id = cl.person_id
      join contact_types t on t.code = c.type_code and t.version = c.type_version
      join people p on p.id = c.person_id and p.deleted_at is null
     where c.status = 'booked' and c.outcome is null and t.needs_outcome and c.contact_date < ${today}
     order by c.contact_date, c.start_time, c.id
     limit ${limit}`.execute(db)
  return rows
}

export interface CaseDueRow {
  person_id: string
  crn: string
  first_name: string
  surname: string
  staff_code: string
  last_kept: string | null
  next_booked: string | null
  tier: string | null
  orders: {
    eventId: string
    eventNumber: number
    type: string | null
    sentenceDate: string | null
    releaseDate: string | null
    end: string | null
  }[]
}

/** Per case of the caseload: the last contact kept, the next booked, the tier and the orders. */
export async function caseDueFacts(
  db: Executor,
  who: ResolvedCaseload,
  today: string,
  attended: readonly string[],
) {
  const { rows } = await sql<CaseDueRow>`
    with caseload as (${caseload(who)})
    select p.id as person_id, p.crn, p.first_name, p.surname, cl.staff_code,
      (select max(c.contact_date)::text from contacts c
        where c.person_id = p.id and c.status = 'booked' and c.contact_date <= ${today}
          and c.outcome in (${sql.join(attended)})) as last_kept,
      (select min(c.contact_date)::text from contacts c
         join contact_types t on t.code = c.type_code and t.version = c.type_version
        where c.person_id = p.id and c.status = 'booked' and t.appointment and c.outcome is null
          and c.contact_date >= ${today}) as next_booked,
      ct.tier_v2 as tier,
      coalesce((select json_agg(json_build_object(
          'eventId', e.id, 'eventNumber', e.event_number, 'type', d.type,
          'sentenceDate', d.sentence_date::text, 'releaseDate', d.release_date::text,
          'end', coalesce(d.terminated_date,
                          case when d.type = 'custody' then d.licence_end_date else d.expected_end_date end)::text))
         from events e join disposals d on d.event_id = e.id
        where e.person_id = p.id and e.deleted_at is null), '[]'::json) as orders
      from caseload cl
      join people p on p.id = cl.person_id and p.deleted_at is null
      left join current_tiers ct on ct.person_id = p.id and ct.status = 'calculated'
     order by p.crn`.execute(db)
  return rows
}
