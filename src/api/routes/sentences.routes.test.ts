import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { testApi } from '../../../test/harness'

describe('events API', async () => {
  const api = await testApi()
  const admin = await api.tokenFor('admin')
  const practitioner = await api.tokenFor('practitioner')
  const person = await api.request('POST', '/api/v1/people', {
    token: admin,
    body: { firstName: 'Nia', surname: 'Okonkwo-Jones', sex: 'female' },
  })
  const crn = person.body.crn as string
  const body = {
    convictionDate: '2025-11-03',
    offences: [
      { main: true, homeOfficeCode: '028/00' },
      { homeOfficeCode: '054/00', count: 2 },
    ],
    courtAppearances: [{ date: '2025-11-03', courtName: 'Cardiff Crown Court', type: 'sentence' }],
    disposal: {
      type: 'suspended_sentence_order',
      sentenceDate: '2025-11-03',
      length: { value: 18, unit: 'months' },
      requirements: [{ type: 'rar', rarDays: 20 }],
    },
  }

  it('creates, reads and lists events', async () => {
    const created = await api.request('POST', `/api/v1/people/${crn}/events`, { token: practitioner, body })
    assert.equal(created.status, 201)
    assert.equal(created.body.eventNumber, 1)
    assert.equal(created.body.offences[0].description, 'Burglary in a dwelling')
    assert.equal(created.body.disposal.requirements[0].restrictive, false)
    const read = await api.request('GET', `/api/v1/events/${created.body.id}`, { token: practitioner })
    assert.equal(read.status, 200)
    assert.deepEqual(read.body, created.body)
    const list = await api.request('GET', `/api/v1/people/${crn}/events`, { token: practitioner })
    assert.equal(list.status, 200)
    assert.deepEqual(
      list.body.map((e: { id: string }) => e.id),
      [created.body.id],
    )
  })

  it('answers 400 with every problem by dotted path', async () => {
    const response = await api.request('POST', `/api/v1/people/${crn}/events`, {
      token: practitioner,
      body: {
        ...body,
        offences: [
          { main: true, homeOfficeCode: '028/00' },
          { main: true, homeOfficeCode: '777/77' },
        ],
        disposal: { ...body.disposal, requirements: [{ type: 'rar', rarDays: 0 }, { type: 'unpaid_work' }] },
      },
    })
    assert.equal(response.status, 400)
    assert.equal(response.body.error.code, 'validation.failed')
    assert.deepEqual(
      response.body.error.details.map((d: { path: string }) => d.path),
      [
        'offences',
        'offences.1.description',
        'disposal.requirements.0.rarDays',
        'disposal.requirements.1.unpaidWorkHours',
      ],
    )
    const typo = await api.request('POST', `/api/v1/people/${crn}/events`, {
      token: practitioner,
      body: { ...body, ofences: [] },
    })
    assert.equal(typo.status, 400)
  })

  it('updates with the version and answers 409 with the current event when stale', async () => {
    const created = await api.request('POST', `/api/v1/people/${crn}/events`, { token: practitioner, body })
    const url = `/api/v1/events/${created.body.id}`
    const updated = await api.request('PATCH', url, {
      token: practitioner,
      body: { version: 1, courtName: 'Cardiff' },
    })
    assert.equal(updated.status, 200)
    assert.equal(updated.body.version, 2)
    const stale = await api.request('PATCH', url, {
      token: practitioner,
      body: { version: 1, courtName: 'x' },
    })
    assert.equal(stale.status, 409)
    assert.equal(stale.body.error.code, 'record.stale_version')
    assert.equal(stale.body.error.current.courtName, 'Cardiff')
  })

  it('soft-deletes (404 afterwards), restores, and shows the history', async () => {
    const created = await api.request('POST', `/api/v1/people/${crn}/events`, { token: practitioner, body })
    const url = `/api/v1/events/${created.body.id}`
    assert.equal((await api.request('DELETE', url, { token: practitioner })).status, 403)
    assert.equal((await api.request('DELETE', url, { token: admin })).status, 200)
    assert.equal((await api.request('GET', url, { token: admin })).status, 404)
    assert.equal((await api.request('POST', `${url}/restore`, { token: admin })).status, 200)
    assert.equal((await api.request('GET', url, { token: admin })).status, 200)
    const history = await api.request('GET', `${url}/history`, { token: practitioner })
    assert.deepEqual(
      history.body.map((h: { action: string }) => h.action),
      ['event.created', 'event.deleted', 'event.restored'],
    )
  })

  it('answers 404 for unknown people and events, 401 without a token, 403 without permission', async () => {
    assert.equal((await api.request('GET', '/api/v1/people/Z999999/events', { token: admin })).status, 404)
    assert.equal((await api.request('GET', '/api/v1/events/not-an-id', { token: admin })).status, 404)
    const missing = await api.request('GET', '/api/v1/events/00000000-0000-4000-8000-000000000000', {
      token: admin,
    })
    assert.equal(missing.body.error.code, 'event.not_found')
    assert.equal((await api.request('GET', `/api/v1/people/${crn}/events`)).status, 401)
    const analyst = await api.tokenFor('analyst')
    assert.equal((await api.request('GET', `/api/v1/people/${crn}/events`, { token: analyst })).status, 403)
  })

  it('documents the endpoints in the OpenAPI document', async () => {
    const doc = await api.request('GET', '/api/v1/openapi.json')
    assert.ok(doc.body.paths['/api/v1/people/{crn}/events'].post)
    assert.ok(doc.body.paths['/api/v1/events/{id}/history'].get)
    assert.ok(doc.body.components.schemas.EventInput)
  })
})
