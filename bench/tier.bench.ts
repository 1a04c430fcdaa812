// Tiering in the case (issue 8): seed N demo people, then recalculate every case's tier through the
// tier service, one transaction per case as a register, event or predictor write does (read the record,
// score the predictors, build the inputs, both models, write the calculation and its audit entry).
// A second pass with nothing changed measures the check alone (no new calculation is written).
import { seedDemoData } from '../src/modules/demo'
import { Actor } from '../src/platform/actor'
import type { Engine } from '../src/platform/db/open'
import { openBenchDatabase } from './engines'
import type { Benchmark } from './run'
import { report } from './stats'

// PGlite runs one statement at a time; PostgreSQL serves a few cases at once from its pool, as the
// recalculation job would.
const CONCURRENCY: Record<Engine, number> = { embedded: 1, postgres: 4 }
const SAMPLE = 10_000

export const tierBenchmark: Benchmark = {
  name: 'tier',
  description:
    'tiers recalculated per second over N seeded cases (up to 10,000 of them; both models, one transaction per case)',
  defaultScale: 5000,
  async run(engine, scale) {
    const bench = await openBenchDatabase(engine)
    try {
      const actor = Actor.system('bench')
      const seeded = await seedDemoData(bench.services, actor, { people: scale })
      report('tier', engine, {
        'seeded people': seeded.people,
        events: seeded.events,
        registers: seeded.registers,
        'seed s': seeded.elapsedMs / 1000,
      })
      const { db } = bench.services.database
      // Every case up to SAMPLE, else an even spread of SAMPLE of them: the rate over a national-size
      // record without waiting hours for all of it.
      const all = (await db.selectFrom('people').select('id').where('deleted_at', 'is', null).execute()).map(
        (r) => r.id,
      )
      const step = Math.max(1, Math.floor(all.length / SAMPLE))
      const ids = all.filter((_, i) => i % step === 0).slice(0, SAMPLE)
      const tiers = new Map<string, number>()
      const pass = async (label: string) => {
        tiers.clear()
        let next = 0
        let needsSex = 0
        const worker = async () => {
          for (let i = next++; i < ids.length; i = next++) {
            const calculation = await db
              .transaction()
              .execute((trx) => bench.services.tiering.recalculateTier(trx, actor, ids[i] as string, 'bench'))
            const tier = calculation.result?.v2.tier
            if (tier) tiers.set(tier.slice(0, 1), (tiers.get(tier.slice(0, 1)) ?? 0) + 1)
            else needsSex++
          }
        }
        const started = performance.now()
        await Promise.all(Array.from({ length: CONCURRENCY[engine] }, worker))
        const seconds = (performance.now() - started) / 1000
        report('tier', engine, {
          pass: label,
          'cases on record': all.length,
          recalculated: ids.length,
          seconds,
          'tiers/s': ids.length / seconds,
          'needs sex': needsSex,
        })
      }
      await pass('first')
      await pass('unchanged')
      // The spread of protect levels, so a run that scored everything D would show.
      report('tier', engine, {
        protect: [...tiers.entries()]
          .sort()
          .map(([level, n]) => `${level}:${n}`)
          .join(' '),
      })
    } finally {
      await bench.close()
    }
  },
}
