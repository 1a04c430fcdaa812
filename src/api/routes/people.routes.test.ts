import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { testApi } from '../../../test/harness'

const person = {
  firstName: 'Zoë',
  middleNames: 'Anne-Marie',
  surname: 'O’Brien',
  dateOfBirth: '2009-06-01',
  sex: 'female',
  pnc: '2001/123456f',
  cro: 'sf93/123456x',
  prisonNumber: 'a1234bc',
  niNumber: 'JG 10 37 59 A',
  postcode: 'cf10 1aa',
  aliases: [{ firstName: 'Zoe', surname: 'OBrien', dateOfBirth: '2009-01-06' }],
}
// The same details again, confirmed as a different person (docs/DECISIONS.md 15).
const sameAgain = {
  ...person,
  confirmDifferentPerson: true,
  differentPersonReason: 'a test: the same details again',
}

describe('API: people', async () => {
  const api = await testApi()
  const token = await api.tokenFor('practitioner')
  const spoToken = await api.tokenFor('spo')

  it('creates a person (201) and reads it back with the same fields, canonical', async () => {
    const created = await api.request('POST', '/api/v1/people', { token, body: person })
    assert.equal(created.status, 201)
    assert.match(created.body.crn, /^[A-Z]\d{6}$/)
    assert.equal(created.body.version, 1)
    const read = await api.request('GET', `/api/v1/people/${created.body.crn}`, { token })
    assert.equal(read.status, 200)
    const expected = {
      ...person,
      pnc: '2001/0123456F',
      cro: 'SF93/123456X',
      prisonNumber: 'A1234BC',
      niNumber: 'JG103759A',
      postcode: 'CF10 1AA',
      aliases: [{ firstName: 'Zoe', middleNames: null, surname: 'OBrien', dateOfBirth: '2009-01-06' }],
    }
    for (const [field, value] of Object.entries(expected)) assert.deepEqual(read.body[field], value, field)
    assert.deepEqual(read.body, created.body)
  })

  it('answers 400 listing every problem at once, with dotted paths', async () => {
    const response = await api.request('POST', '/api/v1/people', {
      token,
      body: {
        ...person,
        surname: ' ',
        pnc: '2001/0123456G',
        dateOfBirth: '2023-02-30',
        aliases: [{ firstName: 'Zoe', surname: '' }],
        shoeSize: 5,
      },
    })
    assert.equal(response.status, 400)
    assert.equal(response.body.error.code, 'validation.failed')
    const paths = response.body.error.details.map((d: { path: string }) => d.path).sort()
    assert.deepEqual(paths, ['', 'aliases.0.surname', 'dateOfBirth', 'pnc', 'surname'])
    const pnc = response.body.error.details.find((d: { path: string }) => d.path === 'pnc')
    assert.match(pnc.message, /should end in F/)
  })

  it('answers 400, not 500, for a body that is not a person', async () => {
    for (const body of [[], 'text', 42, null]) {
      const response = await api.request('POST', '/api/v1/people', { token, body })
      assert.equal(response.status, 400, JSON.stringify(body))
      assert.equal(response.body.error.code, 'validation.failed')
    }
  })

  it('answers 401 without a token and 403 for roles without access', async () => {
    const anonymous = await api.request('POST', '/api/v1/people', { body: person })
    assert.equal(anonymous.status, 401)
    assert.equal(anonymous.body.error.code, 'access.unauthenticated')
    const created = await api.request('POST', '/api/v1/people', { token, body: sameAgain })
    for (const role of ['analyst', 'partner'] as const) {
      const other = await api.tokenFor(role)
      const read = await api.request('GET', `/api/v1/people/${created.body.crn}`, { token: other })
      assert.equal(read.status, 403)
      assert.equal(read.body.error.code, 'access.forbidden')
      assert.equal((await api.request('POST', '/api/v1/people', { token: other, body: person })).status, 403)
    }
    const del = await api.request('DELETE', `/api/v1/people/${created.body.crn}?version=1`, { token })
    assert.equal(del.status, 403)
  })

  it('answers 404 for a person that does not exist', async () => {
    const response = await api.request('GET', '/api/v1/people/Z999999', { token })
    assert.equal(response.status, 404)
    assert.equal(response.body.error.code, 'person.not_found')
    const patch = await api.request('PATCH', '/api/v1/people/Z999999', { token, body: { version: 1 } })
    assert.equal(patch.status, 404)
  })

  it('updates with the version in the body, and answers 409 with the current record when stale', async () => {
    const { body: created } = await api.request('POST', '/api/v1/people', { token, body: sameAgain })
    const url = `/api/v1/people/${created.crn}`
    const updated = await api.request('PATCH', url, { token, body: { version: 1, surname: 'Smith-Jones' } })
    assert.equal(updated.status, 200)
    assert.equal(updated.body.version, 2)
    assert.equal(updated.body.surname, 'Smith-Jones')
    const stale = await api.request('PATCH', url, { token, body: { version: 1, surname: 'Jones' } })
    assert.equal(stale.status, 409)
    assert.equal(stale.body.error.code, 'record.stale_version')
    assert.equal(stale.body.error.current.version, 2)
    assert.equal(stale.body.error.current.surname, 'Smith-Jones')
    const noVersion = await api.request('PATCH', url, { token, body: { surname: 'Jones' } })
    assert.equal(noVersion.status, 400)
    assert.deepEqual(
      noVersion.body.error.details.map((d: { path: string }) => d.path),
      ['version'],
    )
  })

  it('deletes softly (version in the query or the body), restores, and gives the history', async () => {
    const { body: created } = await api.request('POST', '/api/v1/people', { token, body: sameAgain })
    const url = `/api/v1/people/${created.crn}`
    assert.equal((await api.request('DELETE', `${url}?version=7`, { token: spoToken })).status, 409)
    assert.equal((await api.request('DELETE', `${url}?version=x`, { token: spoToken })).status, 400)
    const deleted = await api.request('DELETE', `${url}?version=1`, { token: spoToken })
    assert.equal(deleted.status, 200)
    assert.equal((await api.request('GET', url, { token })).status, 404)
    const restored = await api.request('POST', `${url}/restore`, { token: spoToken })
    assert.equal(restored.status, 200)
    assert.equal(restored.body.version, 3)
    const again = await api.request('DELETE', url, { token: spoToken, body: { version: 3 } })
    assert.equal(again.status, 200)
    assert.equal(
      (await api.request('POST', `${url}/restore`, { token: spoToken, body: { version: 4 } })).status,
      200,
    )
    const notDeleted = await api.request('POST', `${url}/restore`, { token: spoToken })
    assert.equal(notDeleted.status, 422)
    assert.equal(notDeleted.body.error.code, 'person.not_deleted')

    const history = await api.request('GET', `${url}/history`, { token })
    assert.equal(history.status, 200)
    assert.deepEqual(
      history.body.map((h: { version: number; action: string }) => `${h.version} ${h.action}`),
      ['1 person.created', '2 person.deleted', '3 person.restored', '4 person.deleted', '5 person.restored'],
    )
    assert.equal(history.body[0].record.pnc, '2001/0123456F')
  })

  it('documents the people endpoints in the OpenAPI document', async () => {
    const { body } = await api.request('GET', '/api/v1/openapi.json')
    for (const path of ['/api/v1/people', '/api/v1/people/{crn}', '/api/v1/people/{crn}/history'])
      assert.ok(body.paths[path], path)
    assert.ok(body.paths['/api/v1/people/{crn}'].patch)
    assert.ok(body.paths['/api/v1/people/{crn}'].delete)
    assert.equal(body.components.schemas.PersonCreate.additionalProperties, false)
    assert.deepEqual(body.components.schemas.PersonCreate.required, ['firstName', 'surname', 'sex'])
  })
})
