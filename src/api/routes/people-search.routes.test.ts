import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { testApi } from '../../../test/harness'

describe('API: finding people, duplicates and merge', async () => {
  const api = await testApi()
  const token = await api.tokenFor('practitioner')
  const spo = await api.tokenFor('spo')
  const post = (url: string, body: unknown, as = token) => api.request('POST', url, { token: as, body })
  const william = (
    await post('/api/v1/people', {
      firstName: 'William',
      surname: 'Smith-Jones',
      sex: 'male',
      dateOfBirth: '1985-03-12',
      pnc: '2001/0123456F',
      postcode: 'M1 1AE',
    })
  ).body

  it('searches by query string, best first, with scores, reasons and the whole person', async () => {
    const response = await api.request(
      'GET',
      '/api/v1/people/search?firstName=Bill&surname=Jones&dateOfBirth=12/12/1985',
      { token },
    )
    assert.equal(response.status, 200)
    const [first] = response.body.results
    assert.equal(first.crn, william.crn)
    assert.ok(first.score > 0.5 && first.score <= 1)
    assert.ok(first.reasons.some((r: string) => /another form of the name/.test(r)))
    const read = await api.request('GET', `/api/v1/people/${william.crn}`, { token })
    assert.deepEqual(first.person, read.body)
    const free = await api.request(
      'GET',
      `/api/v1/people/search?q=${encodeURIComponent('smith-jones 12/3/85')}&limit=1`,
      { token },
    )
    assert.equal(free.body.results.length, 1)
    assert.equal(free.body.results[0].crn, william.crn)
    const pnc = await api.request('GET', '/api/v1/people/search?pnc=01/123456f', { token })
    assert.equal(pnc.body.results[0].crn, william.crn)
  })

  it('answers 400 naming the field it cannot read, 401 and 403', async () => {
    const bad = await api.request('GET', '/api/v1/people/search?dateOfBirth=31/02/1985&limit=500', { token })
    assert.equal(bad.status, 400)
    assert.deepEqual(bad.body.error.details.map((d: { path: string }) => d.path).sort(), ['limit'])
    const badDate = await api.request('GET', '/api/v1/people/search?dateOfBirth=31/02/1985', { token })
    assert.equal(badDate.status, 400)
    assert.equal(badDate.body.error.details[0].path, 'dateOfBirth')
    assert.equal((await api.request('GET', '/api/v1/people/search?q=smith')).status, 401)
    const analyst = await api.tokenFor('analyst')
    assert.equal((await api.request('GET', '/api/v1/people/search?q=smith', { token: analyst })).status, 403)
  })

  it('answers 409 person.possible_duplicate with the candidates, and 201 once confirmed with a reason', async () => {
    const body = { firstName: 'Bill', surname: 'Smith Jones', sex: 'male', dateOfBirth: '1985-03-12' }
    const refused = await post('/api/v1/people', body)
    assert.equal(refused.status, 409)
    assert.equal(refused.body.error.code, 'person.possible_duplicate')
    assert.equal(refused.body.error.current.candidates[0].crn, william.crn)
    assert.ok(refused.body.error.current.candidates[0].reasons.length > 0)
    assert.match(refused.body.error.details[0].message, new RegExp(william.crn))
    const confirmed = await post('/api/v1/people', {
      ...body,
      confirmDifferentPerson: true,
      differentPersonReason: 'His cousin: different NI number',
    })
    assert.equal(confirmed.status, 201)
  })

  it('merges (spo), says where the old CRN went (410), and undoes the merge', async () => {
    const other = (
      await post('/api/v1/people', {
        firstName: 'Billy',
        surname: 'Smyth-Jones',
        sex: 'male',
        dateOfBirth: '1985-12-03',
        confirmDifferentPerson: true,
        differentPersonReason: 'Not sure yet',
      })
    ).body
    const body = { from: other.crn, version: 1, reason: 'The same man: PNC confirmed' }
    assert.equal((await post(`/api/v1/people/${william.crn}/merge`, body)).status, 403)
    const merged = await post(`/api/v1/people/${william.crn}/merge`, body, spo)
    assert.equal(merged.status, 200)
    assert.ok(merged.body.aliases.some((a: { firstName: string }) => a.firstName === 'Billy'))
    const gone = await api.request('GET', `/api/v1/people/${other.crn}`, { token })
    assert.equal(gone.status, 410)
    assert.equal(gone.body.error.code, 'person.merged')
    assert.equal(gone.body.error.current.mergedInto, william.crn)
    const stale = await post(`/api/v1/people/${william.crn}/merge`, body, spo)
    assert.equal(stale.status, 410)
    const undone = await post(`/api/v1/people/${other.crn}/unmerge`, { reason: 'Two men after all' }, spo)
    assert.equal(undone.status, 200)
    assert.equal(undone.body.restored.crn, other.crn)
    assert.equal((await api.request('GET', `/api/v1/people/${other.crn}`, { token })).status, 200)
  })

  it('documents the search and merge endpoints', async () => {
    const { body } = await api.request('GET', '/api/v1/openapi.json')
    assert.ok(body.paths['/api/v1/people/search'].get)
    assert.ok(body.paths['/api/v1/people/{crn}/merge'].post)
    assert.ok(body.paths['/api/v1/people/{crn}/unmerge'].post)
  })
})
