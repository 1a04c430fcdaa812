// Risk predictors (issue 6): pure calculations per second for each predictor, then the time to compute
// every predictor for N seeded cases from their records (recomputeAll: read the record a batch at a
// time, derive the inputs, score, write a history row per case), and again when nothing has changed.
import { seedDemoData } from '../src/modules/demo'
import {
  calculateArp,
  calculateCsrp,
  calculateOgrs3,
  calculateRsr,
  calculateSvrp,
  calculateVrp,
  ogrs3OffenceCategories,
} from '../src/modules/predictors'
import { Actor } from '../src/platform/actor'
import { openBenchDatabase } from './engines'
import type { Benchmark } from './run'
import { report } from './stats'

const PURE_MS = 500

/** Calculations per second of one predictor over varied inputs, for about PURE_MS. */
function perSecond(calculate: (i: number) => unknown): number {
  let count = 0
  const started = performance.now()
  let elapsed = 0
  while (elapsed < PURE_MS) {
    for (let i = 0; i < 1000; i++) calculate(count + i)
    count += 1000
    elapsed = performance.now() - started
  }
  return count / (elapsed / 1000)
}

function history(i: number) {
  const age = 18 + (i % 50)
  return {
    sex: i % 5 === 0 ? ('female' as const) : ('male' as const),
    ageAtStartOfFollowUp: age,
    ageAtCurrentConviction: age,
    ageAtFirstSanction: Math.max(10, age - (i % 20)),
    totalSanctions: 1 + (i % 30),
  }
}
const actuarial = (i: number) => ({
  ...history(i),
  offenceCategory: 'theft_non_motor' as const,
  offenceFreeMonths: i % 40,
  violentSanctions: i % 2,
})
const sexual = (i: number) =>
  i % 7 === 0
    ? {
        contactAdultSanctions: 1,
        contactChildSanctions: 0,
        indecentImageSanctions: i % 2,
        nonContactSanctions: 0,
        ageAtMostRecentSexualSanction: 30,
        currentOffenceAgainstStranger: i % 3 === 0,
      }
    : null

let pureReported = false

export const predictorsBenchmark: Benchmark = {
  name: 'predictors',
  description: 'predictor calculations per second; all predictors for N seeded cases',
  defaultScale: 5000,
  async run(engine, scale) {
    if (!pureReported) {
      pureReported = true
      report('predictors', 'pure', {
        'ogrs3/s': perSecond((i) =>
          calculateOgrs3({ ...history(i), offenceCategory: ogrs3OffenceCategories[i % 20] ?? 'violence' }),
        ),
        'rsr/s': perSecond((i) => calculateRsr({ ...actuarial(i), sexualHistory: sexual(i) })),
        'arp/s': perSecond((i) => calculateArp(actuarial(i))),
        'vrp/s': perSecond((i) => calculateVrp(actuarial(i))),
        'svrp/s': perSecond((i) => calculateSvrp(actuarial(i))),
        'csrp/s': perSecond((i) => calculateCsrp({ ...actuarial(i), sexualHistory: sexual(i) })),
      })
    }
    const bench = await openBenchDatabase(engine)
    try {
      const actor = Actor.system('bench')
      const seeded = await seedDemoData(bench.services, actor, { people: scale })
      report('predictors', engine, {
        'seeded people': seeded.people,
        events: seeded.events,
        'seed s': seeded.elapsedMs / 1000,
      })
      const timed = async (label: string) => {
        const started = performance.now()
        const result = await bench.services.predictors.recomputeAll(actor)
        const seconds = (performance.now() - started) / 1000
        report('predictors', engine, {
          pass: label,
          cases: result.people,
          'history rows': result.changed,
          'ogrs3 computed': result.computed.ogrs3 ?? 0,
          'rsr computed': result.computed.rsr ?? 0,
          seconds,
          'cases/s': result.people / seconds,
        })
      }
      await timed('first')
      await timed('unchanged')
    } finally {
      await bench.close()
    }
  },
}
