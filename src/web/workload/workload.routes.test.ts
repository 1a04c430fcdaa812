// The workload pages: "My workload" (own figure, breakdown, history), the team page (table, SVG chart,
// roll-up, CSV) and who may see them.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { testApi } from '../../../test/harness'
import { textOf, webSignIn } from '../../../test/web-client'
import { workloadFixture } from '../../modules/workload/workload.fixture'
import { fixedClock } from '../../platform/clock'

describe('workload pages', async () => {
  const api = await testApi(fixedClock('2026-11-23T10:00:00Z'))
  const { services } = api
  const f = workloadFixture(services)
  const team = await f.newTeam()
  const sam = await f.newStaff(team, 'PO', 37)
  const manager = await f.newStaff(team, 'SPO', 37)
  const { crn } = await f.allocate(sam, team, { tier: 'B2' })
  for (let i = 0; i < 19; i++) await f.allocate(sam, team, { tier: 'A3' }) // 115 + 19 × 206 = 4029: 185.2%
  const signedIn = webSignIn(api)

  it("shows a practitioner their own figure, the breakdown by case and today's history", async () => {
    const me = await signedIn('practitioner', sam)
    const page = await me.get('/workload')
    assert.equal(page.status, 200)
    assert.match(textOf(page.html), /185\.2% of capacity: 4029 of 2176 available points/)
    assert.match(page.html, new RegExp(`href="/cases/${crn}">${crn}</a>`))
    assert.match(page.html, /community B2: 115 points \(standard row\)/)
    assert.match(
      textOf(page.html),
      /Daily history Date Cases Points Available Capacity \S+ Nov\S* 2026 20 4029 2176 185\.2%/,
    )
    assert.equal((await me.get(`/workload/teams/${team}`)).status, 403)
  })

  it('tells a user with no staff record that they have no figure', async () => {
    const page = await (await signedIn('practitioner')).get('/workload')
    assert.match(page.html, /not linked to a staff record/)
  })

  it('shows the manager the team with a chart, a table and a CSV download', async () => {
    const spo = await signedIn('spo', manager)
    const page = await spo.get(`/workload/teams/${team}`)
    assert.equal(page.status, 200)
    assert.match(page.html, /<svg role="img" aria-labelledby="chart-title chart-desc"/)
    assert.match(page.html, /185\.2% \(beyond the scale\)/)
    assert.match(page.html, /Over 100%: 1\. Over 110%: 1\./)
    assert.match(page.html, /SPOs: 1 \(1 FTE\) for 1\s+practitioners \(1 FTE\)/)
    const csv = await spo.get(`/workload/teams/${team}/workload.csv`)
    assert.equal(csv.status, 200)
    const lines = csv.html.trim().split('\r\n')
    assert.equal(
      lines[0],
      '"Staff code","Name","Grade","Contracted hours","Reduction hours","Cases","Points","Available points","Capacity %"',
    )
    assert.ok(lines.some((l) => l.startsWith(`"${sam}",`) && l.endsWith(',20,4029,2176,185.2')))
  })
})
