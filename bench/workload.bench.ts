// Workload (issue 9): N practitioners with 25 allocated, tiered cases each (10,000 and 250,000 at
// national scale), built with bulkInsert. Times the national recalculation (set-based queries, one pure
// pass, today's snapshot of every practitioner upserted) and one practitioner's figure.
import { sql } from 'kysely'
import { Actor } from '../src/platform/actor'
import { bulkInsert } from '../src/platform/db/bulk'
import type { Engine } from '../src/platform/db/open'
import { newId } from '../src/platform/ids'
import { openBenchDatabase } from './engines'
import type { Benchmark } from './run'
import { report, summarise } from './stats'

const CASES_EACH = 25
const TIERS = ['A3', 'A2', 'A1', 'B3', 'B2', 'B1', 'B0', 'C3', 'C2', 'C1', 'C0', 'D2', 'D1', 'D0', 'C2S']
const GRADES = ['PO', 'PO', 'PO', 'PSO', 'PSO', 'PQiP', 'NQO', 'PO', 'PSO', 'SPO'] // 1 SPO in 10

export async function build(db: Parameters<typeof bulkInsert>[0], scale: number) {
  const teams = Math.max(1, Math.ceil(scale / 10))
  const pdus = Math.max(1, Math.ceil(teams / 10))
  await bulkInsert(db, 'regions', [{ code: 'BR1', name: 'Bench region' }])
  await bulkInsert(
    db,
    'probation_delivery_units',
    Array.from({ length: pdus }, (_, i) => ({ code: `BP${i}`, region_code: 'BR1', name: `PDU ${i}` })),
  )
  await bulkInsert(
    db,
    'teams',
    Array.from({ length: teams }, (_, i) => ({
      code: `BT${i}`,
      pdu_code: `BP${Math.floor(i / 10)}`,
      name: `Team ${i}`,
    })),
  )
  const staff = Array.from({ length: scale }, (_, i) => ({
    code: `BS${String(i).padStart(6, '0')}`,
    team_code: `BT${Math.floor(i / 10)}`,
    first_name: 'Sam',
    surname: 'Officer',
    grade: GRADES[i % GRADES.length] as string,
    contracted_hours: i % 7 === 0 ? '22.50' : '37.00',
    vetting: [],
    specialisms: [],
  }))
  await bulkInsert(db, 'staff', staff)
  await bulkInsert(
    db,
    'workload_reductions',
    staff
      .filter((_, i) => i % 10 === 3)
      .map((s) => ({
        id: newId(),
        staff_code: s.code,
        reason_code: 'trade_union',
        hours: '3.70',
        start_date: '2026-01-01',
        end_date: '2027-12-31',
        created_by: 'bench',
      })),
  )
  const caseworkers = staff.filter((s) => s.grade !== 'SPO')
  const total = scale * CASES_EACH // 250,000 at 10,000 practitioners, shared by the caseworkers
  for (let start = 0; start < total; start += 50_000) {
    const people = []
    const events = []
    const disposals = []
    const tiers = []
    const allocations = []
    for (let n = start; n < Math.min(total, start + 50_000); n++) {
      const owner = caseworkers[n % caseworkers.length] as (typeof staff)[number]
      const personId = newId()
      const eventId = newId()
      const kind = n % 5 // 0 custody, 1 licence, else community
      people.push({
        id: personId,
        crn: `B${String(n).padStart(6, '0')}`,
        first_name: 'Alex',
        surname: 'Case',
        sex: 'male',
        date_of_birth: n % 9 === 0 ? '2004-05-05' : '1985-05-05',
      })
      events.push({ id: eventId, person_id: personId, event_number: 1 })
      disposals.push({
        id: newId(),
        event_id: eventId,
        type: kind < 2 ? 'custody' : 'community_order',
        sentence_date: '2025-06-01',
        expected_end_date: '2028-06-01',
        release_date: kind === 0 ? '2027-06-01' : kind === 1 ? '2026-06-01' : null,
        licence_end_date: kind < 2 ? '2028-06-01' : null,
      })
      tiers.push({
        id: newId(),
        person_id: personId,
        calculated_at: new Date('2026-11-01T00:00:00Z'),
        calculation_date: '2026-11-01',
        trigger: 'bench',
        status: 'calculated' as const,
        // bulkInsert passes JSON values through: objects land as jsonb objects.
        inputs: {} as unknown as string,
        sources: {} as unknown as string,
        result: { v2: { tier: TIERS[n % TIERS.length] }, v3: { tier: 'C' } } as unknown as string,
        changes: [] as unknown as string,
      })
      allocations.push({
        id: newId(),
        person_id: personId,
        staff_code: owner.code,
        team_code: owner.team_code,
        started_at: new Date('2026-10-01T00:00:00Z'),
        rationale: 'bench',
        allocated_by: 'bench',
      })
    }
    await bulkInsert(db, 'people', people)
    await bulkInsert(db, 'events', events)
    await bulkInsert(db, 'disposals', disposals)
    await bulkInsert(db, 'tier_calculations', tiers)
    await bulkInsert(db, 'case_allocations', allocations)
  }
  return { staff: staff.map((s) => s.code), cases: total }
}

export const workloadBenchmark: Benchmark = {
  name: 'workload',
  description: 'national workload recalculation (N practitioners, 25 cases each) and one practitioner',
  defaultScale: 1000,
  async run(engine: Engine, scale: number) {
    const bench = await openBenchDatabase(engine)
    try {
      const actor = Actor.system('bench')
      const { db } = bench.services.database
      let started = performance.now()
      const built = await build(db, scale)
      await sql`analyze`.execute(db)
      report('workload', engine, {
        practitioners: built.staff.length,
        cases: built.cases,
        'build s': (performance.now() - started) / 1000,
      })
      for (const pass of ['first', 'second']) {
        started = performance.now()
        const count = await bench.services.workload.recalculateAll(actor)
        report('workload', engine, {
          national: pass,
          practitioners: count,
          seconds: (performance.now() - started) / 1000,
        })
      }
      const samples: number[] = []
      const reads: number[] = []
      for (let i = 0; i < 200; i++) {
        const code = built.staff[(i * 7919) % built.staff.length] as string
        let t = performance.now()
        await db
          .transaction()
          .execute((trx) => bench.services.workload.recalculate(trx, actor, { staffCodes: [code] }, 'bench'))
        samples.push(performance.now() - t)
        t = performance.now()
        await bench.services.workload.staffWorkload(actor, code)
        reads.push(performance.now() - t)
      }
      const one = summarise(samples)
      const read = summarise(reads)
      report('workload', engine, { 'one recalculation p50 ms': one.p50, p95: one.p95, max: one.max })
      report('workload', engine, {
        'one figure with breakdown p50 ms': read.p50,
        p95: read.p95,
        max: read.max,
      })
    } finally {
      await bench.close()
    }
  },
}
