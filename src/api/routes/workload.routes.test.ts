// Workload over HTTP: own figure, managers' views, what-if, reductions and reference data.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { systemActor, testApi } from '../../../test/harness'
import { workloadFixture } from '../../modules/workload/workload.fixture'
import { fixedClock } from '../../platform/clock'

describe('workload API', async () => {
  const api = await testApi(fixedClock('2026-11-23T10:00:00Z'))
  const f = workloadFixture(api.services)
  const team = await f.newTeam()
  const sam = await f.newStaff(team, 'PO', 37)
  const other = await f.newStaff(team, 'PSO', 37)
  for (let i = 0; i < 3; i++) await f.allocate(sam, team, { tier: 'B2' })
  await api.services.access.addUser(systemActor, {
    username: 'sam',
    role: 'practitioner',
    password: 'correct horse battery',
    staffCode: sam,
  })
  const samToken = await api.services.access.createToken(systemActor, 'sam')
  const spo = await api.tokenFor('spo')
  const admin = await api.tokenFor('admin')
  const get = (url: string, token: string) => api.request('GET', `/api/v1${url}`, { token })

  it('shows a practitioner their own figure with breakdown, but not a colleague’s', async () => {
    const mine = await get(`/staff/${sam}/workload`, samToken)
    assert.equal(mine.status, 200)
    assert.deepEqual(
      [mine.body.points, mine.body.availablePoints, mine.body.capacityPercent],
      [345, 2176, 15.9],
    )
    assert.equal(mine.body.breakdown.length, 3)
    assert.equal(mine.body.history[0].date, '2026-11-23')
    assert.equal((await get(`/staff/${other}/workload`, samToken)).status, 403)
  })

  it('answers the what-if and names a bad field', async () => {
    const answer = await get(`/staff/${sam}/workload/what-if?tier=A3&caseType=licence`, spo)
    assert.equal(answer.status, 200)
    assert.equal(answer.body.pointsAfter, 345 + 219)
    assert.match(answer.body.summary, /from 15\.9% to 25\.9%/)
    const bad = await get(`/staff/${sam}/workload/what-if?tier=Z9&caseType=prison`, spo)
    assert.equal(bad.status, 400)
    assert.deepEqual(bad.body.error.details.map((d: any) => d.path).sort(), ['caseType', 'tier'])
  })

  it('adds, changes and deletes a reduction; the figure follows', async () => {
    const added = await api.request('POST', `/api/v1/staff/${sam}/reductions`, {
      token: spo,
      body: { reasonCode: 'trade_union', percent: 50, startDate: '2026-11-01', endDate: '2027-03-31' },
    })
    assert.equal(added.status, 201, JSON.stringify(added.body))
    assert.equal(added.body.effectiveHours, 18.5)
    assert.equal((await get(`/staff/${sam}/workload`, spo)).body.availablePoints, 1088)
    const changed = await api.request('PATCH', `/api/v1/workload-reductions/${added.body.id}`, {
      token: spo,
      body: { version: added.body.version, percent: 10 },
    })
    assert.equal(changed.status, 200, JSON.stringify(changed.body))
    const stale = await api.request('DELETE', `/api/v1/workload-reductions/${added.body.id}`, {
      token: spo,
      body: { version: added.body.version },
    })
    assert.equal(stale.status, 409)
    const gone = await api.request('DELETE', `/api/v1/workload-reductions/${added.body.id}`, {
      token: spo,
      body: { version: changed.body.version },
    })
    assert.equal(gone.status, 200)
    assert.equal((await get(`/staff/${sam}/workload`, spo)).body.availablePoints, 2176)
    const bad = await api.request('POST', `/api/v1/staff/${sam}/reductions`, {
      token: spo,
      body: { reasonCode: 'other', hours: 1.234, startDate: '2026-13-01' },
    })
    assert.equal(bad.status, 400)
    assert.deepEqual(bad.body.error.details.map((d: any) => d.path).sort(), ['hours', 'startDate'])
  })

  it('records court reports, which count for 30 days', async () => {
    const post = (body: unknown) =>
      api.request('POST', `/api/v1/staff/${other}/court-reports`, { token: spo, body })
    assert.equal((await post({ type: 'standard', requestedOn: '2026-11-20' })).status, 201)
    assert.equal((await post({ type: 'fast', requestedOn: '2026-10-01' })).status, 201) // too old to count
    const figure = await get(`/staff/${other}/workload`, spo)
    assert.equal(figure.body.points, 138)
    assert.ok(figure.body.breakdown.some((l: any) => l.label === 'standard delivery court report'))
    const bad = await post({ type: 'oral', requestedOn: 'yesterday', crn: 'X999999' })
    assert.equal(bad.status, 400)
    assert.deepEqual(bad.body.error.details.map((d: any) => d.path).sort(), ['requestedOn', 'type'])
    assert.equal((await post({ type: 'fast', requestedOn: '2026-11-20', crn: 'X999999' })).status, 404)
  })

  it('rolls up a team, delivery unit and region', async () => {
    const t = await get(`/teams/${team}/workload`, spo)
    assert.equal(t.status, 200)
    assert.deepEqual([t.body.heads, t.body.fte, t.body.points], [2, 2, 345 + 138])
    assert.deepEqual(t.body.gradeMix.map((g: any) => g.grade).sort(), ['PO', 'PSO'])
    const pdu = await get(`/probation-delivery-units/P1/workload`, spo)
    assert.equal(pdu.body.heads, 2)
    assert.equal((await get(`/regions/R1/workload`, spo)).body.heads, 2)
    assert.equal((await get(`/regions/NOPE/workload`, spo)).status, 404)
    assert.equal((await get(`/teams/${team}/workload`, samToken)).status, 403)
  })

  it('lets administrators set reference data from a date, and refuses others', async () => {
    const current = await get('/workload/reference-data', samToken)
    assert.equal(current.body.reference.reports.courtStandard, 138)
    const put = await api.request('PUT', '/api/v1/workload/reference-data/reports', {
      token: admin,
      body: { effectiveFrom: '2026-11-01', data: { ...current.body.reference.reports, courtFast: 70 } },
    })
    assert.equal(put.status, 200, JSON.stringify(put.body))
    const versions = await get('/workload/reference-data/reports', admin)
    assert.deepEqual(
      versions.body.map((v: any) => v.effectiveFrom),
      ['2026-11-01', '2000-01-01'],
    )
    const refused = await api.request('PUT', '/api/v1/workload/reference-data/reports', {
      token: spo,
      body: {},
    })
    assert.equal(refused.status, 403)
    assert.equal((await get('/workload/reference-data/nothing', admin)).status, 404)
  })
})
