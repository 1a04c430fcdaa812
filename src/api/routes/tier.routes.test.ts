import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { testApi } from '../../../test/harness'
import { fixedClock } from '../../platform/clock'

describe('tier API', async () => {
  const api = await testApi(fixedClock('2026-06-01T10:00:00Z'))
  const admin = await api.tokenFor('admin')
  const practitioner = await api.tokenFor('practitioner')
  const spo = await api.tokenFor('spo')
  const analyst = await api.tokenFor('analyst')
  const person = await api.request('POST', '/api/v1/people', {
    token: admin,
    body: { firstName: 'Tomasz', surname: 'Wróbel', sex: 'male', dateOfBirth: '1988-02-03' },
  })
  const crn = person.body.crn as string
  const tierUrl = `/api/v1/people/${crn}/tier`
  const propose = (body: unknown, token = practitioner) =>
    api.request('POST', `${tierUrl}/overrides`, { token, body })
  const paths = (response: { body: { error: { details: { path: string }[] } } }) =>
    response.body.error.details.map((d) => d.path)

  it('gives the current tier with both models, reasons and sourced inputs; history lists each calculation', async () => {
    const first = await api.request('GET', tierUrl, { token: practitioner })
    assert.equal(first.status, 200)
    assert.equal(first.body.crn, crn)
    assert.equal(first.body.status, 'calculated')
    assert.equal(first.body.result.v2.tier, 'D0')
    assert.equal(first.body.result.v3.status, 'not_supervised')
    assert.deepEqual(first.body.effective, { v2: 'D0', v3: null })
    assert.deepEqual(first.body.overrides, [])
    assert.match(first.body.sources.needs, /no assessment/)

    const register = await api.request('POST', `/api/v1/people/${crn}/registers`, {
      token: practitioner,
      body: { type: 'rosh', level: 'high', registeredDate: '2026-05-01' },
    })
    assert.equal(register.status, 201)
    const current = await api.request('GET', tierUrl, { token: practitioner })
    assert.equal(current.body.result.v2.tier, 'B0')
    assert.equal(current.body.trigger, 'register.created')
    const rosh = current.body.result.v2.reasons.find((r: { factor: string }) => r.factor === 'rosh')
    assert.equal(rosh?.points, 20)
    assert.equal(current.body.inputs.roshLevel, 'high')

    const history = await api.request('GET', `${tierUrl}/history`, { token: practitioner })
    assert.equal(history.status, 200)
    assert.deepEqual(
      history.body.map((c: { trigger: string }) => c.trigger),
      ['register.created', 'read'],
    )
    assert.deepEqual(history.body[0].changes, [{ field: 'roshLevel', from: null, to: 'high' }])
    assert.deepEqual(
      history.body.map((c: { result: { v2: { tier: string } } }) => c.result.v2.tier),
      ['B0', 'D0'],
    )
  })

  it('answers 401 without a token, 403 for an analyst, 404 for an unknown CRN', async () => {
    assert.equal((await api.request('GET', tierUrl)).status, 401)
    const forbidden = await api.request('GET', tierUrl, { token: analyst })
    assert.equal(forbidden.status, 403)
    assert.equal(forbidden.body.error.code, 'access.forbidden')
    assert.equal((await api.request('GET', `${tierUrl}/history`, { token: analyst })).status, 403)
    const unknown = await api.request('GET', '/api/v1/people/Z999999/tier', { token: practitioner })
    assert.equal(unknown.status, 404)
    assert.equal(unknown.body.error.code, 'person.not_found')
    assert.equal(
      (await api.request('GET', '/api/v1/people/Z999999/tier/history', { token: spo })).status,
      404,
    )
    assert.equal((await propose({ model: 'v2', tier: 'B2', rationale: 'r' }, analyst)).status, 403)
  })

  it('refuses an override without a rationale or with a tier of the other model, naming the field', async () => {
    const noRationale = await propose({ model: 'v2', tier: 'B2' })
    assert.equal(noRationale.status, 400)
    assert.equal(noRationale.body.error.code, 'validation.failed')
    assert.deepEqual(paths(noRationale), ['rationale'])
    const blank = await propose({ model: 'v3', tier: 'C', rationale: '   ' })
    assert.deepEqual(paths(blank), ['rationale'])
    const wrongModel = await propose({ model: 'v3', tier: 'B2', rationale: 'r' })
    assert.equal(wrongModel.status, 400)
    assert.deepEqual(paths(wrongModel), ['tier'])
    assert.match(wrongModel.body.error.details[0].message, /A to G/)
    const unknownPerson = await api.request('POST', '/api/v1/people/Z999999/tier/overrides', {
      token: practitioner,
      body: { model: 'v2', tier: 'B2', rationale: 'r' },
    })
    assert.equal(unknownPerson.status, 404)
  })

  it('proposes, refuses a second proposal, is approved by an SPO only, then refuses a second review', async () => {
    const proposed = await propose({
      model: 'v2',
      tier: 'a1',
      rationale: 'Previous manslaughter; threats to kill',
    })
    assert.equal(proposed.status, 201)
    assert.equal(proposed.body.status, 'proposed')
    assert.equal(proposed.body.proposedTier, 'A1')
    assert.equal(proposed.body.calculatedTier, 'B0')
    const twice = await propose({ model: 'v2', tier: 'A0', rationale: 'again' })
    assert.equal(twice.status, 422)
    assert.equal(twice.body.error.code, 'tier_override.already_proposed')
    assert.deepEqual(paths(twice), ['model'])

    const url = `/api/v1/tier-overrides/${proposed.body.id}`
    const byPractitioner = await api.request('POST', `${url}/approve`, { token: practitioner, body: {} })
    assert.equal(byPractitioner.status, 403)
    assert.equal(byPractitioner.body.error.code, 'access.forbidden')
    const approved = await api.request('POST', `${url}/approve`, { token: spo, body: { note: 'Agreed' } })
    assert.equal(approved.status, 200)
    assert.equal(approved.body.status, 'approved')
    assert.equal(approved.body.reviewNote, 'Agreed')
    assert.ok(approved.body.reviewedBy)
    const current = await api.request('GET', tierUrl, { token: practitioner })
    assert.equal(current.body.effective.v2, 'A1')
    assert.equal(current.body.result.v2.tier, 'B0')
    assert.deepEqual(
      current.body.overrides.map((o: { id: string; status: string }) => [o.id, o.status]),
      [[proposed.body.id, 'approved']],
    )
    const again = await api.request('POST', `${url}/approve`, { token: spo })
    assert.equal(again.status, 422)
    assert.equal(again.body.error.code, 'tier_override.not_proposed')
  })

  it('rejects with a required note; unknown overrides are 404', async () => {
    const proposed = await propose({ model: 'v3', tier: 'C', rationale: 'Stalking of the victim' })
    assert.equal(proposed.status, 201)
    const url = `/api/v1/tier-overrides/${proposed.body.id}`
    const noNote = await api.request('POST', `${url}/reject`, { token: spo, body: {} })
    assert.equal(noNote.status, 400)
    assert.deepEqual(paths(noNote), ['note'])
    const byPractitioner = await api.request('POST', `${url}/reject`, {
      token: practitioner,
      body: { note: 'n' },
    })
    assert.equal(byPractitioner.status, 403)
    const rejected = await api.request('POST', `${url}/reject`, {
      token: admin,
      body: { note: 'The table already reflects this' },
    })
    assert.equal(rejected.status, 200)
    assert.equal(rejected.body.status, 'rejected')
    const current = await api.request('GET', tierUrl, { token: practitioner })
    assert.equal(
      current.body.overrides.some((o: { id: string }) => o.id === proposed.body.id),
      false,
    )
    const missing = '/api/v1/tier-overrides/00000000-0000-4000-8000-000000000000/approve'
    const notFound = await api.request('POST', missing, { token: spo, body: {} })
    assert.equal(notFound.status, 404)
    assert.equal(notFound.body.error.code, 'tier_override.not_found')
    assert.equal(
      (await api.request('POST', '/api/v1/tier-overrides/nope/reject', { token: spo, body: { note: 'n' } }))
        .status,
      404,
    )
  })

  it('documents the routes in the OpenAPI document', async () => {
    const doc = await api.request('GET', '/api/v1/openapi.json')
    for (const path of [
      '/api/v1/people/{crn}/tier',
      '/api/v1/people/{crn}/tier/history',
      '/api/v1/people/{crn}/tier/overrides',
      '/api/v1/tier-overrides/{id}/approve',
      '/api/v1/tier-overrides/{id}/reject',
    ])
      assert.ok(doc.body.paths[path], path)
    assert.deepEqual(doc.body.components.schemas.TierOverrideRejection.required, ['note'])
    assert.ok(doc.body.components.schemas.TierOverrideInput.required.includes('rationale'))
  })
})
