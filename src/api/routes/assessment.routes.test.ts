import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { testApi } from '../../../test/harness'
import { assessmentFixture } from '../../modules/assessment/assessment.fixture'
import { fixedClock } from '../../platform/clock'

describe('assessment API', async () => {
  const api = await testApi(fixedClock('2026-11-23T10:00:00Z'))
  const practitioner = await api.tokenFor('practitioner')
  const other = await api.tokenFor('practitioner')
  const spo = await api.tokenFor('spo')
  const court = await api.tokenFor('court')
  const analyst = await api.tokenFor('analyst')
  const crn = await assessmentFixture(api.services).caseOnRecord()
  const start = await api.request('POST', `/api/v1/people/${crn}/assessments`, {
    token: practitioner,
    body: {},
  })
  const id = start.body.id as string
  const url = `/api/v1/assessments/${id}`

  it('starts a pre-filled assessment and saves one answer at a time, refusing a stale version with 409', async () => {
    assert.equal(start.status, 201)
    assert.equal(
      start.body.answers['accommodation.noFixedAbode'].source,
      'Main address: no fixed abode (from 2026-09-01)',
    )
    const saved = await api.request('PATCH', `${url}/answers`, {
      token: practitioner,
      body: { version: start.body.version, questionId: 'accommodation.location', value: 'significant' },
    })
    assert.equal(saved.status, 200)
    assert.equal(saved.body.version, start.body.version + 1)
    const stale = await api.request('PATCH', `${url}/answers`, {
      token: practitioner,
      body: { version: start.body.version, questionId: 'accommodation.location', value: 'none' },
    })
    assert.equal(stale.status, 409)
    assert.equal(stale.body.error.code, 'record.stale_version')
    assert.equal(stale.body.error.current.answers['accommodation.location'].value, 'significant')
    const bad = await api.request('PATCH', `${url}/answers`, {
      token: practitioner,
      body: { version: saved.body.version, questionId: 'accommodation.location', value: 'maybe' },
    })
    assert.equal(bad.status, 400)
    assert.equal(bad.body.error.details[0].path, 'value')
    const confirmed = await api.request('POST', `${url}/sections/accommodation/confirm`, {
      token: practitioner,
      body: { version: saved.body.version },
    })
    assert.equal(confirmed.status, 200)
    assert.equal(confirmed.body.answers['accommodation.noFixedAbode'].confirmed, true)
    const badSection = await api.request('POST', `${url}/sections/weather/confirm`, {
      token: practitioner,
      body: { version: confirmed.body.version },
    })
    assert.equal(badSection.status, 400)
  })

  it('checks the plan: each goal linked to a need, steps with who and when', async () => {
    const current = await api.request('GET', url, { token: practitioner })
    const refused = await api.request('PUT', `${url}/plan`, {
      token: practitioner,
      body: {
        version: current.body.version,
        goals: [{ title: 'Find a home', needs: [], steps: [{ description: 'x' }] }],
      },
    })
    assert.equal(refused.status, 400)
    assert.deepEqual(refused.body.error.details.map((d: { path: string }) => d.path).sort(), [
      'goals.0.needs',
      'goals.0.steps.0.when',
      'goals.0.steps.0.who',
    ])
    const saved = await api.request('PUT', `${url}/plan`, {
      token: practitioner,
      body: {
        version: current.body.version,
        goals: [
          {
            title: 'Find settled accommodation',
            needs: ['accommodation'],
            steps: [
              { description: 'Referral to housing', who: 'probation practitioner', when: '2026-12-01' },
            ],
          },
        ],
        agreement: 'agreed',
      },
    })
    assert.equal(saved.status, 200)
    assert.equal(saved.body.plan.goals[0].status, 'active')
    assert.equal(saved.body.plan.goals[0].steps[0].status, 'not_started')
    assert.equal(typeof saved.body.plan.goals[0].id, 'string')
  })

  it('lets others read but not write; only the holder writes; ownership by request and decision', async () => {
    assert.equal((await api.request('GET', url, { token: court })).status, 200)
    assert.equal((await api.request('GET', url, { token: analyst })).status, 403)
    const list = await api.request('GET', `/api/v1/people/${crn}/assessments`, { token: court })
    assert.deepEqual(
      list.body.map((a: { id: string }) => a.id),
      [id],
    )
    const current = (await api.request('GET', url, { token: other })).body
    const body = { version: current.version, questionId: 'attitudes.proCriminalAttitudes', value: 'some' }
    assert.equal((await api.request('PATCH', `${url}/answers`, { token: court, body })).status, 403)
    const notOwner = await api.request('PATCH', `${url}/answers`, { token: other, body })
    assert.equal(notOwner.status, 422)
    assert.equal(notOwner.body.error.code, 'assessment.not_owner')
    const asked = await api.request('POST', `${url}/ownership-requests`, {
      token: other,
      body: { setting: 'custody', reason: 'Remanded; I hold the case in custody' },
    })
    assert.equal(asked.status, 200)
    assert.equal(asked.body.ownershipRequests[0].status, 'pending')
    const approved = await api.request('POST', `${url}/ownership-requests/decision`, {
      token: spo,
      body: { decision: 'approve' },
    })
    assert.equal(approved.status, 200)
    assert.equal(approved.body.owner.setting, 'custody')
    assert.equal(
      (
        await api.request('PATCH', `${url}/answers`, {
          token: other,
          body: { ...body, version: approved.body.version },
        })
      ).status,
      200,
    )
    const countersign = await api.request('POST', `${url}/countersign`, {
      token: practitioner,
      body: { version: 1, decision: 'countersign' },
    })
    assert.equal(countersign.status, 403)
  })

  it('answers 404 for an unknown assessment and person, 401 without a token', async () => {
    assert.equal(
      (
        await api.request('GET', '/api/v1/assessments/00000000-0000-4000-8000-000000000000', {
          token: practitioner,
        })
      ).status,
      404,
    )
    assert.equal(
      (await api.request('GET', '/api/v1/people/X999999/assessments', { token: practitioner })).status,
      404,
    )
    assert.equal((await api.request('GET', url)).status, 401)
  })
})
