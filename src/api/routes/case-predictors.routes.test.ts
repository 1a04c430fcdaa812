import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { testApi } from '../../../test/harness'
import { fixedClock } from '../../platform/clock'

describe('predictors in the case API', async () => {
  const api = await testApi(fixedClock('2025-10-15T10:00:00Z'))
  const practitioner = await api.tokenFor('practitioner')
  const analyst = await api.tokenFor('analyst')
  const person = await api.request('POST', '/api/v1/people', {
    token: practitioner,
    body: { firstName: 'Tomasz', surname: 'Wiśniewski', sex: 'unknown', dateOfBirth: '1988-07-09' },
  })
  const crn = person.body.crn as string
  await api.request('POST', `/api/v1/people/${crn}/events`, {
    token: practitioner,
    body: {
      convictionDate: '2025-02-03',
      offences: [{ main: true, homeOfficeCode: '028/00' }],
      disposal: {
        type: 'suspended_sentence_order',
        sentenceDate: '2025-02-03',
        length: { value: 12, unit: 'months' },
        requirements: [{ type: 'rar', rarDays: 10 }],
      },
    },
  })
  const url = `/api/v1/people/${crn}/predictors`

  it('answers the inputs with their sources and what the scores still need', async () => {
    const response = await api.request('GET', url, { token: practitioner })
    assert.equal(response.status, 200)
    assert.equal(response.body.inputs.ageAtCurrentConviction.value, 36)
    assert.equal(
      response.body.inputs.ageAtCurrentConviction.source,
      'date of birth 1988-07-09 and conviction date 2025-02-03 (event 1, the latest conviction)',
    )
    assert.equal(response.body.inputs.offenceCategory.value, 'burglary_domestic')
    assert.equal(response.body.predictors.ogrs3.status, 'needs_input')
    assert.equal(response.body.predictors.ogrs3.missing[0].input, 'sex')
    assert.match(response.body.dynamic, /assessment/)
  })

  it('takes a correction with a reason and answers the new scores', async () => {
    const response = await api.request('POST', `${url}/corrections`, {
      token: practitioner,
      body: { input: 'sex', value: 'male', reason: 'Chosen with him at induction' },
    })
    assert.equal(response.status, 201)
    assert.equal(response.body.inputs.sex.value, 'male')
    assert.equal(response.body.predictors.ogrs3.status, 'computed')
    assert.equal(response.body.predictors.ogrs3.result.coefficientSet, 'published')
    assert.equal(response.body.corrections[0].by.name, 'practitioner-1')
    const bad = await api.request('POST', `${url}/corrections`, {
      token: practitioner,
      body: { input: 'ageAtFirstSanction', value: 7, reason: '' },
    })
    assert.equal(bad.status, 400)
    assert.deepEqual(
      bad.body.error.details.map((d: { path: string }) => d.path),
      ['value', 'reason'],
    )
  })

  it('answers the history with the coefficient sets, newest first', async () => {
    const response = await api.request('GET', `${url}/history`, { token: practitioner })
    assert.equal(response.status, 200)
    assert.equal(response.body.length, 2)
    assert.deepEqual(response.body[0].coefficientSets, { ogrs3: 'published', snsv: 'oasys' })
    assert.deepEqual(response.body[0].inputs.sex, { value: 'male', corrected: true })
    assert.equal(response.body[0].scores.ogrs3.status, 'computed')
    assert.equal(response.body[1].scores.ogrs3.status, 'needs_input')
    assert.equal(response.body[0].fingerprint, undefined)
  })

  it('refuses without a token or permission, and answers 404 for an unknown person', async () => {
    assert.equal((await api.request('GET', url)).status, 401)
    assert.equal((await api.request('GET', url, { token: analyst })).status, 403)
    const correction = { input: 'totalSanctions', value: 3, reason: 'PNC' }
    assert.equal(
      (await api.request('POST', `${url}/corrections`, { token: analyst, body: correction })).status,
      403,
    )
    const missing = await api.request('GET', '/api/v1/people/X999999/predictors', { token: practitioner })
    assert.equal(missing.status, 404)
    assert.equal(missing.body.error.code, 'person.not_found')
  })

  it('documents the paths in the OpenAPI document', async () => {
    const doc = await api.request('GET', '/api/v1/openapi.json')
    for (const path of [
      '/api/v1/people/{crn}/predictors',
      '/api/v1/people/{crn}/predictors/corrections',
      '/api/v1/people/{crn}/predictors/history',
    ])
      assert.ok(doc.body.paths[path], path)
  })
})
