// Reading a full person record by CRN through the API (GET /api/v1/people/{crn}: the person with
// aliases, addresses and circumstances, an audited read), and the whole case (the person, their events
// and registers: three requests), over loopback HTTP one request at a time, after seeding.
import type { AddressInfo } from 'node:net'
import { sql } from 'kysely'
import { seedDemoData } from '../src/modules/demo'
import { Actor } from '../src/platform/actor'
import { createApp } from '../src/server'
import { openBenchDatabase } from './engines'
import type { Benchmark } from './run'
import { report, summarise } from './stats'

const READS = 1000

export const personReadBenchmark: Benchmark = {
  name: 'person-read',
  description: 'GET /api/v1/people/{crn}: full person record read latency after seeding',
  defaultScale: 20_000,
  async run(engine, scale) {
    const bench = await openBenchDatabase(engine)
    const server = createApp(bench.services).listen(0, '127.0.0.1')
    await new Promise((resolve) => server.once('listening', resolve))
    try {
      const actor = Actor.system('bench')
      await seedDemoData(bench.services, actor, { people: scale })
      await sql`analyze`.execute(bench.services.database.db)
      await bench.services.access.addUser(actor, {
        username: 'bench',
        role: 'admin',
        password: 'bench-password-1',
      })
      const token = await bench.services.access.createToken(actor, 'bench')
      const { rows } = await sql<{ crn: string }>`
        select crn from people order by md5(crn) limit ${READS}`.execute(bench.services.database.db)
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v1`
      const get = async (path: string) => {
        const response = await fetch(`${base}${path}`, { headers: { authorization: `Bearer ${token}` } })
        await response.arrayBuffer()
        if (response.status !== 200) throw new Error(`${path} answered ${response.status}`)
      }
      const personTimes: number[] = []
      const caseTimes: number[] = []
      for (const { crn } of rows) {
        const t0 = performance.now()
        await get(`/people/${crn}`)
        const t1 = performance.now()
        await get(`/people/${crn}/events`)
        await get(`/people/${crn}/registers`)
        personTimes.push(t1 - t0)
        caseTimes.push(performance.now() - t0)
      }
      const person = summarise(personTimes)
      const wholeCase = summarise(caseTimes)
      report('person-read', engine, {
        people: scale,
        reads: rows.length,
        'person p50 ms': person.p50,
        'person p95 ms': person.p95,
        'case p50 ms': wholeCase.p50,
        'case p95 ms': wholeCase.p95,
      })
    } finally {
      server.close()
      await bench.close()
    }
  },
}
