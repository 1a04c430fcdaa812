// Contacts and enforcement (issue 5): seed N demo people, give each a year of appointments (bulk), a
// current allocation to a practitioner of one team, and a tier for the cases of the team measured.
// Then: recording an outcome through the service with the enforcement policy and the decision it calls
// for, in one transaction with its audit entries (p50/p95, and outcomes per second); and the team view
// of overdue outcomes and missed expected contacts for the busiest team (p50/p95).
import { sql } from 'kysely'
import { addDays } from '../src/modules/contacts'
import { seedDemoData } from '../src/modules/demo'
import { Actor } from '../src/platform/actor'
import { bulkInsert } from '../src/platform/db/bulk'
import { newId } from '../src/platform/ids'
import { openBenchDatabase } from './engines'
import type { Benchmark } from './run'
import { report, summarise } from './stats'

const CONTACTS_PER_PERSON = 20
const OUTCOMES = [
  'attended_complied',
  'attended_complied',
  'attended_complied',
  'acceptable_absence',
  'failed_to_attend',
]
const RECORDED = 200
const VIEWS = 30

export const contactsBenchmark: Benchmark = {
  name: 'contacts',
  description:
    'outcomes recorded with the enforcement policy (p50/p95), and a team’s overdue view, over N seeded cases',
  defaultScale: 20000,
  async run(engine, scale) {
    const bench = await openBenchDatabase(engine)
    try {
      const actor = Actor.system('bench')
      const { services } = bench
      const { db } = services.database
      const today = services.clock.today()
      const seeded = await seedDemoData(services, actor, { people: scale })
      const rows = await db
        .selectFrom('people as p')
        .innerJoin('events as e', 'e.person_id', 'p.id')
        .select(['p.id', 'p.crn', 'e.id as event_id'])
        .where('p.deleted_at', 'is', null)
        .where('e.deleted_at', 'is', null)
        .orderBy('p.id')
        .orderBy('e.event_number')
        .execute()
      // One row per person: their first live event.
      const people = [...new Map(rows.map((r) => [r.id, r])).values()]
      const staff = await db
        .selectFrom('staff')
        .select(['code', 'team_code'])
        .where('grade', '=', 'PO')
        .execute()
      // The demo allocates most cases; the rest go to a probation officer, round robin.
      const started = performance.now()
      const current = new Map(
        (
          await db
            .selectFrom('case_allocations')
            .select(['person_id', 'staff_code', 'team_code'])
            .where('ended_at', 'is', null)
            .execute()
        ).map((r) => [r.person_id, { staffCode: r.staff_code, teamCode: r.team_code }]),
      )
      const allocations = people.map((p, i) => {
        const s = staff[i % staff.length] as { code: string; team_code: string | null }
        return { person: p, ...(current.get(p.id) ?? { staffCode: s.code, teamCode: s.team_code as string }) }
      })
      await bulkInsert(
        db,
        'case_allocations',
        allocations
          .filter((a) => !current.has(a.person.id))
          .map((a) => ({
            id: newId(),
            person_id: a.person.id,
            event_id: a.person.event_id,
            staff_code: a.staffCode,
            team_code: a.teamCode,
            started_at: new Date(),
            rationale: 'bench',
            allocated_by: 'bench',
          })),
      )
      const contacts = allocations.flatMap((a, i) =>
        Array.from({ length: CONTACTS_PER_PERSON }, (_, k) => {
          const date = addDays(today, -7 * (CONTACTS_PER_PERSON - k) - (i % 5))
          const awaiting = k === CONTACTS_PER_PERSON - 1 && i % 10 === 0
          return {
            id: newId(),
            person_id: a.person.id,
            event_id: a.person.event_id,
            type_code: 'office_visit',
            type_version: 1,
            contact_date: date,
            start_time: `${String(9 + (k % 8)).padStart(2, '0')}:00`,
            end_time: `${String(9 + (k % 8)).padStart(2, '0')}:30`,
            location: 'Probation office',
            staff_code: a.staffCode,
            outcome: awaiting ? null : (OUTCOMES[(i + k) % OUTCOMES.length] as string),
            absence_reason: (i + k) % OUTCOMES.length === 3 ? 'medical' : null,
            outcome_recorded_at: awaiting ? null : new Date(),
          }
        }),
      )
      await bulkInsert(db, 'contacts', contacts)
      // Fresh statistics, as autovacuum would have after a load of this size.
      await sql`analyze`.execute(db)
      const teamCounts = new Map<string, number>()
      for (const a of allocations) teamCounts.set(a.teamCode, (teamCounts.get(a.teamCode) ?? 0) + 1)
      const [team, teamCases] = [...teamCounts.entries()].sort((a, b) => b[1] - a[1])[0] as [string, number]
      // Tiers for the team's cases, as the tier service keeps them.
      for (const a of allocations.filter((x) => x.teamCode === team))
        await db
          .transaction()
          .execute((trx) => services.tiering.recalculateTier(trx, actor, a.person.id, 'bench'))
      report('contacts', engine, {
        people: seeded.people,
        contacts: contacts.length,
        teams: teamCounts.size,
        'team cases': teamCases,
        'load s': (performance.now() - started) / 1000,
      })

      // The team view, then one practitioner's.
      const views: number[] = []
      let view = await services.contacts.caseloadContacts(actor, { teamCode: team })
      for (let i = 0; i < VIEWS; i++) {
        const t = performance.now()
        view = await services.contacts.caseloadContacts(actor, { teamCode: team })
        views.push(performance.now() - t)
      }
      const v = summarise(views)
      report('contacts', engine, {
        view: 'team overdue',
        'awaiting outcome': view.counts.awaitingOutcome,
        'missed contacts': view.counts.missedContacts,
        'p50 ms': v.p50,
        'p95 ms': v.p95,
      })

      // Recording outcomes: appointments booked yesterday through the service, then each outcome with its decision.
      const subjects = allocations.slice(0, RECORDED)
      const booked: string[] = []
      for (const [i, a] of subjects.entries()) {
        // Evening slots on the days before today: no clash with the seeded daytime appointments.
        const start = 17 * 60 + (i % 8) * 30
        const hhmm = (m: number) =>
          `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`
        const [c] = await services.contacts.recordContact(actor, a.person.crn, {
          type: 'office_visit',
          date: addDays(today, -1 - Math.floor(i / 8)),
          startTime: hhmm(start),
          endTime: hhmm(start + 30),
          location: 'Probation office',
          staffCode: a.staffCode,
          eventId: a.person.event_id,
        })
        booked.push(c?.id as string)
      }
      const times: number[] = []
      const t0 = performance.now()
      let decisions = 0
      for (const [i, id] of booked.entries()) {
        const failure = i % 2 === 0
        const t = performance.now()
        const done = await services.enforcement.recordOutcomeWithDecision(actor, id, {
          outcome: { version: 1, outcome: failure ? 'failed_to_attend' : 'attended_complied' },
          ...(failure
            ? { decision: { decision: 'no_further_action', rationale: 'bench: reviewed, no action' } }
            : {}),
        })
        times.push(performance.now() - t)
        if (done.action) decisions++
      }
      const seconds = (performance.now() - t0) / 1000
      const o = summarise(times)
      report('contacts', engine, {
        recorded: booked.length,
        'with a decision': decisions,
        'outcomes/s': booked.length / seconds,
        'p50 ms': o.p50,
        'p95 ms': o.p95,
      })
    } finally {
      await bench.close()
    }
  },
}
