// People seeded per second: the deterministic demo data (people with aliases and addresses, their
// events with offences, sentences and requirements, and registers) through the modules' bulk paths.

import { seedDemoData } from '../src/modules/demo'
import { Actor } from '../src/platform/actor'
import { openBenchDatabase } from './engines'
import type { Benchmark } from './run'
import { report } from './stats'

export const seedBenchmark: Benchmark = {
  name: 'seed',
  description: 'openprobation seed: people (with their events and registers) per second',
  defaultScale: 20_000,
  async run(engine, scale) {
    const bench = await openBenchDatabase(engine)
    try {
      const result = await seedDemoData(bench.services, Actor.system('bench'), { people: scale })
      report('seed', engine, {
        people: result.people,
        events: result.events,
        registers: result.registers,
        seconds: result.elapsedMs / 1000,
        'people per second': result.peoplePerSecond,
      })
    } finally {
      await bench.close()
    }
  },
}
