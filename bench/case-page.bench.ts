// The case overview page (GET /cases/{crn}) served over loopback HTTP to a signed-in practitioner, one
// request at a time, after seeding; beside two baselines measured in the same run on the same machine:
// a bare node:http server rendering the same template from a context held in memory (the cost of the
// page with no database, sessions or audit), and one returning the same bytes as a static page (the
// cost of HTTP alone). The ratios say what the app adds.
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Response } from 'express'
import { sql } from 'kysely'
import { seedDemoData } from '../src/modules/demo'
import { Actor } from '../src/platform/actor'
import { createApp } from '../src/server'
import { caseHeader } from '../src/web/cases/case-header.presenter'
import { overviewOf } from '../src/web/cases/overview/overview.presenter'
import { predictorsOf } from '../src/web/cases/overview/predictors.presenter'
import { tierOf } from '../src/web/cases/overview/tier.presenter'
import { createRenderer } from '../src/web/render'
import { WebClient } from '../test/web-client'
import { openBenchDatabase } from './engines'
import type { Benchmark } from './run'
import { report, summarise } from './stats'

const READS = 500
const PASSWORD = 'bench-password-1'

export const casePageBenchmark: Benchmark = {
  name: 'case-page',
  description: 'GET /cases/{crn}: the case overview page, beside a bare node:http server (template, static)',
  defaultScale: 100_000,
  async run(engine, scale) {
    const bench = await openBenchDatabase(engine)
    const { services } = bench
    const app = createApp(services).listen(0, '127.0.0.1')
    await new Promise((resolve) => app.once('listening', resolve))
    const servers: http.Server[] = []
    try {
      const operator = Actor.system('bench')
      await seedDemoData(services, operator, { people: scale })
      await sql`analyze`.execute(services.database.db)
      await services.access.addUser(operator, { username: 'bench', role: 'practitioner', password: PASSWORD })
      const browser = new WebClient(`http://127.0.0.1:${(app.address() as AddressInfo).port}`)
      if ((await browser.signIn('bench', PASSWORD)).status !== 303) throw new Error('sign-in failed')
      const { rows } = await sql<{ crn: string }>`
        select crn from people where deleted_at is null order by md5(crn) limit ${READS}`.execute(
        services.database.db,
      )
      // Warm up (templates compiled, caches filled), then measure.
      for (const { crn } of rows.slice(0, 20)) await browser.get(`/cases/${crn}`)
      const pageTimes: number[] = []
      let bytes = 0
      for (const { crn } of rows) {
        const t0 = performance.now()
        const page = await browser.get(`/cases/${crn}`)
        pageTimes.push(performance.now() - t0)
        if (page.status !== 200) throw new Error(`/cases/${crn} answered ${page.status}`)
        bytes += page.html.length
      }

      // The baselines serve one typical case: its context read once, then held in memory.
      const sample = (rows[0] as { crn: string }).crn
      const context = await overviewContextOf(services, sample)
      const html = (await browser.get(`/cases/${sample}`)).html
      const render = createRenderer()
      const templateUrl = await serve(servers, (res) => {
        const out = { locals: { cspNonce: 'bench' } } as unknown as Response
        Object.assign(out, {
          getHeader: () => '',
          status: () => out,
          type: () => out,
          send: (body: string) => {
            res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
            res.end(body)
          },
        })
        render(out, 200, 'cases/overview/overview.njk', context)
      })
      const staticUrl = await serve(servers, (res) => {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        res.end(html)
      })
      const templateTimes = await timeGets(templateUrl, rows.length)
      const template = summarise(templateTimes)
      const bare = summarise(await timeGets(staticUrl, rows.length))
      const page = summarise(pageTimes)
      // One request at a time, so throughput is requests over the time they took.
      const perSecond = (times: number[]) => (1000 * times.length) / times.reduce((sum, t) => sum + t, 0)
      report('case-page', engine, {
        people: scale,
        reads: rows.length,
        'page KB': Math.round(bytes / rows.length / 1024),
        'pages/s': perSecond(pageTimes),
        'p50 ms': page.p50,
        'p95 ms': page.p95,
        'template pages/s': perSecond(templateTimes),
        'template p50 ms': template.p50,
        'template p95 ms': template.p95,
        'static p50 ms': bare.p50,
        'static p95 ms': bare.p95,
        'p95 / template p95': page.p95 / template.p95,
        'p95 / static p95': page.p95 / bare.p95,
      })
    } finally {
      for (const server of servers) server.close()
      app.close()
      await bench.close()
    }
  },
}

/** The overview's context for one case, read as the page reads it (the services, then the presenters). */
async function overviewContextOf(
  services: Awaited<ReturnType<typeof openBenchDatabase>>['services'],
  crn: string,
) {
  const actor = Actor.system('bench')
  const person = await services.people.getPerson(actor, crn)
  const registers = await services.registers.listRegisters(actor, crn)
  const today = services.clock.today()
  return {
    header: caseHeader(person, registers, today),
    canWrite: true,
    ...overviewOf(
      person,
      {
        events: await services.sentences.listEvents(actor, crn),
        registers,
        progress: await services.contacts.requirementsProgress(actor, crn),
      },
      today,
    ),
    predictors: predictorsOf(await services.predictors.casePredictors(actor, crn)),
    tier: tierOf(await services.tiering.currentTier(actor, crn)),
  }
}

async function serve(servers: http.Server[], handle: (res: http.ServerResponse) => void): Promise<string> {
  const server = http.createServer((_req, res) => handle(res)).listen(0, '127.0.0.1')
  await new Promise((resolve) => server.once('listening', resolve))
  servers.push(server)
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/`
}

async function timeGets(url: string, count: number): Promise<number[]> {
  const times: number[] = []
  for (let i = 0; i < count + 20; i++) {
    const t0 = performance.now()
    const response = await fetch(url)
    await response.text()
    if (i >= 20) times.push(performance.now() - t0)
  }
  return times
}
