import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { testApi } from '../../../test/harness'

describe('registers API', async () => {
  const api = await testApi()
  const admin = await api.tokenFor('admin')
  const token = await api.tokenFor('practitioner')
  const person = await api.request('POST', '/api/v1/people', {
    token: admin,
    body: { firstName: 'Oskar', surname: 'Lindqvist', sex: 'male' },
  })
  const crn = person.body.crn as string

  it('creates, lists, updates with version, de-registers, deletes and restores a register', async () => {
    const created = await api.request('POST', `/api/v1/people/${crn}/registers`, {
      token,
      body: { type: 'mappa', level: 1, category: 2, registeredDate: '2026-01-10' },
    })
    assert.equal(created.status, 201)
    assert.deepEqual([created.body.level, created.body.category, created.body.active], ['1', '2', true])
    const url = `/api/v1/registers/${created.body.id}`
    const updated = await api.request('PATCH', url, { token, body: { version: 1, level: 2 } })
    assert.equal(updated.body.level, '2')
    const stale = await api.request('PATCH', url, { token, body: { version: 1, level: 3 } })
    assert.equal(stale.status, 409)
    assert.equal(stale.body.error.current.level, '2')
    const ended = await api.request('POST', `${url}/deregister`, {
      token,
      body: { version: 2, date: '2026-02-01', reason: 'MAPPA management ended' },
    })
    assert.equal(ended.status, 200)
    assert.equal(ended.body.active, false)
    const list = await api.request('GET', `/api/v1/people/${crn}/registers`, { token })
    assert.deepEqual(
      list.body.map((r: { active: boolean }) => r.active),
      [false],
    )
    assert.equal((await api.request('DELETE', url, { token: admin, body: { version: 3 } })).status, 200)
    assert.equal((await api.request('GET', url, { token })).status, 404)
    assert.equal((await api.request('POST', `${url}/restore`, { token: admin })).status, 200)
    const history = await api.request('GET', `${url}/history`, { token })
    assert.deepEqual(
      history.body.map((h: { action: string }) => h.action),
      [
        'register.created',
        'register.updated',
        'register.deregistered',
        'register.deleted',
        'register.restored',
      ],
    )
  })

  it('answers 400 with dotted paths, 422 for a second active flag, 404 for unknown', async () => {
    const bad = await api.request('POST', `/api/v1/people/${crn}/registers`, {
      token,
      body: { type: 'rosh', level: 'extreme', registeredDate: '2026-13-01' },
    })
    assert.equal(bad.status, 400)
    assert.deepEqual(
      bad.body.error.details.map((d: { path: string }) => d.path),
      ['registeredDate'],
    )
    const body = { type: 'rosh', level: 'high', registeredDate: '2026-01-10' }
    assert.equal((await api.request('POST', `/api/v1/people/${crn}/registers`, { token, body })).status, 201)
    const twice = await api.request('POST', `/api/v1/people/${crn}/registers`, { token, body })
    assert.equal(twice.status, 422)
    assert.equal(twice.body.error.code, 'register.already_active')
    assert.equal((await api.request('GET', '/api/v1/people/Z999999/registers', { token })).status, 404)
    assert.equal((await api.request('GET', '/api/v1/registers/123', { token })).status, 404)
  })
})
