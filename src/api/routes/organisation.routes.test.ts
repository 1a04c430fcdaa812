import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { testApi } from '../../../test/harness'

describe('organisation API', async () => {
  const api = await testApi()
  const admin = await api.tokenFor('admin')
  const practitioner = await api.tokenFor('practitioner')

  it('builds regions, delivery units, teams and staff, and reads them back', async () => {
    const post = (url: string, body: unknown) => api.request('POST', url, { token: admin, body })
    assert.equal((await post('/api/v1/regions', { code: 'N03', name: 'Wales' })).status, 201)
    assert.equal(
      (await post('/api/v1/probation-delivery-units', { code: 'N03CAR', regionCode: 'N03', name: 'Cardiff' }))
        .status,
      201,
    )
    assert.equal(
      (await post('/api/v1/teams', { code: 'N03T01', pduCode: 'N03CAR', name: 'Cardiff East' })).status,
      201,
    )
    const staff = await post('/api/v1/staff', {
      code: 'N03A001',
      teamCode: 'N03T01',
      firstName: 'Gwenllian',
      surname: 'ap Rhys',
      grade: 'PQiP',
      contractedHours: 37,
      specialisms: ['women'],
    })
    assert.equal(staff.status, 201)
    const team = await api.request('GET', '/api/v1/teams/N03T01', { token: practitioner })
    assert.equal(team.status, 200)
    assert.equal(team.body.regionCode, 'N03')
    assert.deepEqual(
      team.body.staff.map((s: { code: string }) => s.code),
      ['N03A001'],
    )
    const listed = await api.request('GET', '/api/v1/staff?teamCode=N03T01', { token: practitioner })
    assert.equal(listed.body.length, 1)
    assert.equal((await api.request('GET', '/api/v1/regions', { token: practitioner })).body.length, 1)
    assert.equal(
      (await api.request('GET', '/api/v1/probation-delivery-units?regionCode=N03', { token: practitioner }))
        .body.length,
      1,
    )
  })

  it('updates staff with the version and refuses bad input, stale versions, unknown codes and the unpermitted', async () => {
    const url = '/api/v1/staff/N03A001'
    const updated = await api.request('PATCH', url, {
      token: admin,
      body: { version: 1, contractedHours: 30.5 },
    })
    assert.equal(updated.status, 200)
    assert.equal(updated.body.contractedHours, 30.5)
    const stale = await api.request('PATCH', url, { token: admin, body: { version: 1, grade: 'PO' } })
    assert.equal(stale.status, 409)
    assert.equal(stale.body.error.current.contractedHours, 30.5)
    const bad = await api.request('PATCH', url, {
      token: admin,
      body: { version: 2, contractedHours: 81, grade: 'X' },
    })
    assert.equal(bad.status, 400)
    assert.deepEqual(bad.body.error.details.map((d: { path: string }) => d.path).sort(), [
      'contractedHours',
      'grade',
    ])
    assert.equal((await api.request('PATCH', url, { token: practitioner, body: { version: 2 } })).status, 403)
    assert.equal((await api.request('GET', '/api/v1/staff/NOPE99', { token: admin })).status, 404)
    assert.equal((await api.request('GET', '/api/v1/teams/NOPE99', { token: admin })).status, 404)
    const orphan = await api.request('POST', '/api/v1/teams', {
      token: admin,
      body: { code: 'N03T02', pduCode: 'NOPE', name: 'x' },
    })
    assert.equal(orphan.status, 400)
    assert.equal(orphan.body.error.details[0].path, 'pduCode')
    const dup = await api.request('POST', '/api/v1/regions', {
      token: admin,
      body: { code: 'n03', name: 'again' },
    })
    assert.equal(dup.status, 409)
    assert.equal((await api.request('DELETE', url, { token: admin })).status, 200)
    assert.equal((await api.request('GET', url, { token: admin })).status, 404)
    assert.equal((await api.request('POST', `${url}/restore`, { token: admin })).status, 200)
  })
})
