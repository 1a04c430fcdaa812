// Demo allocations: most cases that need supervision go to a practitioner of a team, the rest wait in
// the queue, so the demo has caseloads and a realistic allocation meeting. Deterministic (everything is
// decided from the CRN) and fast: three reads and bulk inserts, no per-case service calls.
import { sql } from 'kysely'
import { bulkInsert } from '../../platform/db/bulk'
import { newId } from '../../platform/ids'
import type { Executor } from './allocation.repository'
import { type DisposalFacts, firstNeed } from './queue.rules'

/** One case in this many is left in the queue. */
const QUEUED_ONE_IN = 9
const HIGH = ['high', 'very_high']

export async function seedAllocations(
  db: Executor,
  actorName: string,
  now: Date,
  today: string,
): Promise<{ allocated: number; queued: number }> {
  const staff = await db
    .selectFrom('staff')
    .select(['code', 'team_code', 'grade'])
    .where('deleted_at', 'is', null)
    .where('team_code', 'is not', null)
    .where('grade', '!=', 'SPO')
    .orderBy('code')
    .execute()
  const teams = [...new Set(staff.map((s) => s.team_code as string))]
  if (teams.length === 0) return { allocated: 0, queued: 0 }
  const pduOf = new Map(
    (await db.selectFrom('teams').select(['code', 'pdu_code']).execute()).map((t) => [t.code, t.pdu_code]),
  )
  const { rows } = await sql<DisposalFacts & { personId: string; crn: string; rosh: string | null }>`
    select e.person_id as "personId", p.crn, e.id as "eventId", d.type, d.sentence_date as "sentenceDate",
      d.expected_end_date as "expectedEndDate", d.release_date as "releaseDate",
      d.licence_end_date as "licenceEndDate", d.terminated_date as "terminatedDate",
      (select count(*)::int from requirements r where r.disposal_id = d.id) as "requirementCount",
      (select r.level from registers r where r.person_id = e.person_id and r.type = 'rosh'
        and r.deleted_at is null and r.deregistered_on is null order by r.registered_on desc limit 1) as rosh
    from events e join disposals d on d.event_id = e.id join people p on p.id = e.person_id
    where e.deleted_at is null and p.deleted_at is null
      and not exists (select 1 from case_allocations a where a.person_id = e.person_id and a.ended_at is null)
      and not exists (select 1 from allocation_queue q where q.person_id = e.person_id and q.left_at is null)
    order by p.crn
  `.execute(db)
  const byPerson = new Map<string, typeof rows>()
  for (const row of rows) byPerson.set(row.personId, [...(byPerson.get(row.personId) ?? []), row])
  const allocations: Parameters<typeof bulkInsert<'case_allocations'>>[2][number][] = []
  const queue: Parameters<typeof bulkInsert<'allocation_queue'>>[2][number][] = []
  for (const [personId, disposals] of byPerson) {
    const need = firstNeed(disposals, today, 56)
    if (!need) continue
    const first = disposals[0] as (typeof rows)[number]
    const n = Number(first.crn.slice(1))
    const team = teams[n % teams.length] as string
    if (n % QUEUED_ONE_IN === 0) {
      const entered = new Date(now.getTime() - ((n >> 3) % 21) * 86_400_000)
      queue.push({
        id: newId(),
        person_id: personId,
        reason: need.reason,
        source_id: need.eventId,
        team_code: team,
        pdu_code: pduOf.get(team) ?? null,
        entered_at: entered.toISOString(),
        entered_by: actorName,
      })
      continue
    }
    const suitable = staff.filter(
      (s) => s.team_code === team && (!HIGH.includes(first.rosh ?? '') || s.grade === 'PO'),
    )
    const chosen = suitable[(n >> 4) % suitable.length]
    if (!chosen) continue
    allocations.push({
      id: newId(),
      person_id: personId,
      event_id: need.eventId,
      staff_code: chosen.code,
      team_code: team,
      started_at: new Date(`${first.sentenceDate ?? today}T09:00:00Z`),
      rationale: 'Demo data: allocated at the allocation meeting',
      allocated_by: actorName,
    })
  }
  await bulkInsert(db, 'case_allocations', allocations)
  await bulkInsert(db, 'allocation_queue', queue)
  return { allocated: allocations.length, queued: queue.length }
}
