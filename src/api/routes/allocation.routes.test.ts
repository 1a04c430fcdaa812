import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { systemActor, testApi } from '../../../test/harness'
import { allocationFixture } from '../../modules/allocation/allocation.fixture'
import { fixedClock } from '../../platform/clock'

describe('allocation API', async () => {
  const api = await testApi(fixedClock('2026-11-23T10:00:00Z'))
  const f = await allocationFixture(api.services)
  const po = await f.staff('PO')
  const spo = await api.tokenFor('spo')
  const practitioner = await api.tokenFor('practitioner')
  await api.services.access.addUser(systemActor, {
    username: 'po.user',
    role: 'practitioner',
    password: 'correct horse battery',
    staffCode: po,
  })
  const poToken = await api.services.access.createToken(systemActor, 'po.user')

  it('lists the team queue with counts; refuses practitioners and bad sorts', async () => {
    const crn = await f.queuedCase()
    const queue = await api.request(
      'GET',
      `/api/v1/allocation/queue?teamCode=${f.teamCode}&sort=daysWaiting`,
      {
        token: spo,
      },
    )
    assert.equal(queue.status, 200)
    assert.ok(queue.body.entries.some((e: { crn: string }) => e.crn === crn))
    assert.equal(queue.body.counts.byTeam[f.teamCode], queue.body.total)
    const bad = await api.request('GET', '/api/v1/allocation/queue?sort=name', { token: spo })
    assert.equal(bad.status, 400)
    assert.equal(bad.body.error.details[0].path, 'sort')
    assert.equal((await api.request('GET', '/api/v1/allocation/queue', { token: practitioner })).status, 403)
  })

  it('gives the case with ranked practitioners and reasons', async () => {
    const crn = await f.queuedCase()
    const view = await api.request('GET', `/api/v1/people/${crn}/allocation`, { token: spo })
    assert.equal(view.status, 200)
    assert.equal(view.body.teamCode, f.teamCode)
    assert.ok(view.body.recommendations.some((r: { staffCode: string; rank: number }) => r.staffCode === po))
    assert.ok(view.body.recommendations[0].reasons.length > 0)
    const ranked = await api.request('GET', `/api/v1/people/${crn}/allocation/recommendations`, {
      token: spo,
    })
    assert.equal(ranked.status, 200)
    assert.deepEqual(
      ranked.body.recommendations.map((r: { staffCode: string }) => r.staffCode),
      view.body.recommendations.map((r: { staffCode: string }) => r.staffCode),
    )
    assert.equal(
      (await api.request('GET', `/api/v1/people/${crn}/allocation/recommendations`, { token: practitioner }))
        .status,
      403,
    )
  })

  it('allocates once under simultaneous requests: the others get 409 naming who allocated it', async () => {
    const crn = await f.queuedCase()
    const url = `/api/v1/people/${crn}/allocation`
    const missing = await api.request('POST', url, { token: spo, body: { staffCode: po } })
    assert.equal(missing.status, 400)
    assert.equal(missing.body.error.details[0].path, 'rationale')
    const results = await Promise.all(
      Array.from({ length: 6 }, () =>
        api.request('POST', url, {
          token: spo,
          body: {
            staffCode: po,
            rationale: 'Capacity',
            firstAppointment: { date: '2026-11-27', startTime: '09:30' },
          },
        }),
      ),
    )
    assert.deepEqual(results.map((r) => r.status).sort(), [201, 409, 409, 409, 409, 409])
    const conflict = results.find((r) => r.status === 409)
    assert.equal(conflict?.body.error.code, 'record.conflict')
    assert.match(conflict?.body.error.message, new RegExp(`allocated to PO Officer\\d+ \\(${po}\\)`))
    const mine = await api.request('GET', '/api/v1/notifications', { token: poToken })
    assert.equal(mine.status, 200)
    assert.ok(
      mine.body.some(
        (n: { title: string; body: string }) => n.title.includes(crn) && /2026-11-27/.test(n.body),
      ),
    )
  })

  it('reallocates with a reason from the list and the version seen', async () => {
    const crn = await f.queuedCase()
    const other = await f.staff('PO')
    await api.request('POST', `/api/v1/people/${crn}/allocation`, {
      token: spo,
      body: { staffCode: po, rationale: 'x' },
    })
    const view = await api.request('GET', `/api/v1/people/${crn}/allocation`, { token: spo })
    const url = `/api/v1/people/${crn}/allocation/reallocate`
    const body = {
      staffCode: other,
      rationale: 'Officer leaving',
      reason: 'officer_left',
      version: view.body.current.version,
    }
    const badReason = await api.request('POST', url, { token: spo, body: { ...body, reason: 'bored' } })
    assert.equal(badReason.status, 400)
    const stale = await api.request('POST', url, { token: spo, body: { ...body, version: 99 } })
    assert.equal(stale.status, 409)
    const moved = await api.request('POST', url, { token: spo, body })
    assert.equal(moved.status, 201)
    assert.equal(moved.body.previous.endReason, 'officer_left')
  })
})
