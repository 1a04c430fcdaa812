// Person creations per second through the API: real HTTP on loopback, real token, real validation,
// audit, search keys and the possible-duplicate check in one transaction per request, a few requests in
// flight at once.
import type { AddressInfo } from 'node:net'
import { demoGenerator } from '../src/modules/demo'
import { Actor } from '../src/platform/actor'
import { createApp } from '../src/server'
import { openBenchDatabase } from './engines'
import type { Benchmark } from './run'
import { report, summarise } from './stats'

const IN_FLIGHT = 8
export const apiCreateBenchmark: Benchmark = {
  name: 'api-create',
  description: 'POST /api/v1/people: person creations per second',
  defaultScale: 2000,
  async run(engine, scale) {
    const bench = await openBenchDatabase(engine)
    const server = createApp(bench.services).listen(0, '127.0.0.1')
    await new Promise((resolve) => server.once('listening', resolve))
    try {
      const { port } = server.address() as AddressInfo
      const actor = Actor.system('bench')
      await bench.services.access.addUser(actor, {
        username: 'bench',
        role: 'admin',
        password: 'bench-password-1',
      })
      const token = await bench.services.access.createToken(actor, 'bench')
      // Realistic, distinct people (the possible-duplicate check answers 409 to look-alikes).
      const people = demoGenerator(11, bench.services.clock.today()).people(0, scale)
      const latencies: number[] = []
      let next = 0
      let failures = 0
      const started = performance.now()
      const worker = async () => {
        while (next < scale) {
          const i = next++
          const body = people[i]?.person
          const t0 = performance.now()
          const response = await fetch(`http://127.0.0.1:${port}/api/v1/people`, {
            method: 'POST',
            headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
            body: JSON.stringify(body),
          })
          await response.arrayBuffer()
          if (response.status !== 201) failures++
          latencies.push(performance.now() - t0)
        }
      }
      await Promise.all(Array.from({ length: IN_FLIGHT }, worker))
      const seconds = (performance.now() - started) / 1000
      const s = summarise(latencies)
      report('api-create', engine, {
        created: scale - failures,
        failures,
        'per second': scale / seconds,
        'p50 ms': s.p50,
        'p95 ms': s.p95,
      })
    } finally {
      server.close()
      await bench.close()
    }
  },
}
