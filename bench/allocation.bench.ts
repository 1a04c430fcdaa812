// Allocation (issue 10): seed N demo people (most cases allocated, the rest queued), keep a national queue
// of a few thousand, then time (1) the recommendations for a case in a team of 20 practitioners with
// real caseloads (the case page's service call: the case, its risk, the team's staff, the grade rules,
// workload before and after for all 20, the ranking) and (2) the queue at national, delivery-unit and
// team level for a manager (visibility checked for every entry, audited).
import { sql } from 'kysely'
import { seedDemoData } from '../src/modules/demo'
import { projectCapacity } from '../src/modules/workload'
import type { Actor } from '../src/platform/actor'
import { Actor as Actors } from '../src/platform/actor'
import { bulkInsert } from '../src/platform/db/bulk'
import { openBenchDatabase } from './engines'
import type { Benchmark } from './run'
import { report, summarise } from './stats'

const QUEUE_SIZE = 3000
const TEAM = 'BENCHT1'
const RUNS = 100

export const allocationBenchmark: Benchmark = {
  name: 'allocation',
  description: 'recommendations for a team of 20 (p95) and the allocation queue at scale, N seeded people',
  defaultScale: 20_000,
  async run(engine, scale) {
    const bench = await openBenchDatabase(engine)
    try {
      const { services } = bench
      const { db } = services.database
      const system = Actors.system('bench')
      const seeded = await seedDemoData(services, system, { people: scale })
      // A national queue of a few thousand: the rest of the demo's waiting cases count as allocated.
      await sql`
        update allocation_queue set left_at = now(), left_reason = 'bench'
        where left_at is null and id not in (
          select id from allocation_queue where left_at is null order by md5(id::text) limit ${QUEUE_SIZE})
      `.execute(db)
      // A team of 20 practitioners, each holding 30 of the demo's allocated cases.
      const pdu = await db
        .selectFrom('probation_delivery_units')
        .select('code')
        .orderBy('code')
        .executeTakeFirstOrThrow()
      await db.insertInto('teams').values({ code: TEAM, pdu_code: pdu.code, name: 'Bench team' }).execute()
      const grades = [
        'PO',
        'PO',
        'PO',
        'PO',
        'PO',
        'PO',
        'PO',
        'PO',
        'PSO',
        'PSO',
        'PSO',
        'PSO',
        'PQiP',
        'NQO',
      ]
      const staff = Array.from({ length: 20 }, (_, i) => ({
        code: `${TEAM}S${String(i + 1).padStart(2, '0')}`,
        team_code: TEAM,
        first_name: 'Bench',
        surname: `Officer${i + 1}`,
        grade: grades[i % grades.length] as string,
        contracted_hours: i % 4 === 0 ? 22.5 : 37,
        specialisms: i % 5 === 0 ? ['domestic_abuse'] : [],
        vetting: i % 3 === 0 ? ['visor'] : [],
      }))
      await bulkInsert(db, 'staff', staff)
      await sql`
        update case_allocations a set staff_code = 'BENCHT1S' || lpad(((n.rn % 20) + 1)::text, 2, '0'), team_code = ${TEAM}
        from (select id, row_number() over (order by id) as rn from case_allocations where ended_at is null limit 600) n
        where a.id = n.id
      `.execute(db)
      const queued = await sql<{ crn: string }>`
        update allocation_queue q set team_code = ${TEAM}, pdu_code = ${pdu.code}
        from people p where p.id = q.person_id and q.id in (
          select id from allocation_queue where left_at is null order by id limit 50)
        returning p.crn
      `.execute(db)
      // Fresh statistics after the bulk load, as autovacuum would give PostgreSQL (the embedded engine has none).
      await sql`analyze`.execute(db)
      const open = await db
        .selectFrom('allocation_queue')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .where('left_at', 'is', null)
        .executeTakeFirstOrThrow()
      report('allocation', engine, {
        'seeded people': seeded.people,
        allocated: seeded.allocation.allocated,
        queued: Number(open.n),
        'seed s': seeded.elapsedMs / 1000,
      })

      const manager: Actor = {
        ...system,
        kind: 'user',
        id: '00000000-0000-4000-8000-000000000001',
        roles: ['spo'],
      }
      const time = async (
        label: string,
        run: (i: number) => Promise<unknown>,
        extra: Record<string, number> = {},
      ) => {
        await run(0)
        const samples: number[] = []
        for (let i = 0; i < RUNS; i++) {
          const started = performance.now()
          await run(i)
          samples.push(performance.now() - started)
        }
        const s = summarise(samples)
        report('allocation', engine, {
          [label]: '',
          ...extra,
          'p50 ms': s.p50,
          'p95 ms': s.p95,
          'max ms': s.max,
        })
      }
      const crns = queued.rows.map((r) => r.crn)
      let offered = 0
      const crn = (i: number) => crns[i % crns.length] as string
      await time('recommendations (team of 20)', async (i) => {
        offered = (await services.allocation.recommendations(manager, crn(i), TEAM)).recommendations.length
      })
      await time('case page (everything known + ranking)', (i) =>
        services.allocation.caseForAllocation(manager, crn(i), TEAM),
      )
      report('allocation', engine, { 'practitioners ranked': offered })
      // The workload module's share: capacity before and after for the 20, alone.
      const codes = staff.map((s) => s.code)
      const today = services.clock.today()
      await time('of which workload projectCapacity (20)', () =>
        projectCapacity(db, codes, { tier: 'B2', caseType: 'community', t2a: false }, today),
      )
      const national = await services.allocation.allocationQueue(manager, {})
      await time('queue national', () => services.allocation.allocationQueue(manager, {}), {
        entries: national.total,
      })
      const unit = await services.allocation.allocationQueue(manager, { pduCode: pdu.code })
      await time('queue PDU', () => services.allocation.allocationQueue(manager, { pduCode: pdu.code }), {
        entries: unit.total,
      })
      await time('queue team', () => services.allocation.allocationQueue(manager, { teamCode: TEAM }), {
        entries: 50,
      })
    } finally {
      await bench.close()
    }
  },
}
