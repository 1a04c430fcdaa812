import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { systemActor, testApi } from '../../../test/harness'
import { contactsFixture } from '../../modules/contacts/contacts.fixture'
import { fixedClock } from '../../platform/clock'

describe('requests API', async () => {
  const api = await testApi(fixedClock('2026-11-23T10:00:00Z'))
  const fx = contactsFixture(api.services)
  const teamA = await fx.newTeam()
  const teamB = await fx.newTeam()
  const manager = await fx.newStaff('SPO', teamB)
  const { crn } = await fx.newPerson()
  const register = await api.services.registers.createRegister(systemActor, crn, {
    type: 'rosh',
    level: 'high',
    registeredDate: '2026-11-01',
  })
  const practitioner = await api.tokenFor('practitioner')
  const spo = await api.tokenFor('spo')
  const court = await api.tokenFor('court')
  const analyst = await api.tokenFor('analyst')
  const raise = (body: Record<string, unknown>, token = practitioner) =>
    api.request('POST', `/api/v1/people/${crn}/requests`, { token, body })
  const escalation = {
    kind: 'risk_escalation',
    fromTeamCode: teamA,
    toTeamCode: teamB,
    reason: 'Police report threats to kill',
    evidence: [{ kind: 'register', recordId: register.id }],
    decisionMaker: manager,
  }

  it('raises, reads, lists and accepts a risk escalation', async () => {
    const raised = await raise(escalation)
    assert.equal(raised.status, 201)
    assert.equal(raised.body.state, 'raised')
    assert.equal(raised.body.evidence[0].href, `/api/v1/registers/${register.id}`)
    const read = await api.request('GET', `/api/v1/requests/${raised.body.id}`, { token: court })
    assert.equal(read.status, 200)
    const incoming = await api.request(
      'GET',
      `/api/v1/requests?team=${teamB}&direction=incoming&state=raised`,
      {
        token: spo,
      },
    )
    assert.deepEqual(
      incoming.body.map((r: { id: string }) => r.id),
      [raised.body.id],
    )
    const accepted = await api.request('POST', `/api/v1/requests/${raised.body.id}/accept`, {
      token: spo,
      body: { version: raised.body.version },
    })
    assert.equal(accepted.status, 200)
    assert.equal(accepted.body.state, 'accepted')
    const ofCase = await api.request('GET', `/api/v1/people/${crn}/requests`, { token: practitioner })
    assert.equal(ofCase.body[0].state, 'accepted')
  })

  it('answers 422 naming the state for a refused transition, 409 for a stale version', async () => {
    const raised = await raise(escalation)
    const withdrawn = await api.request('POST', `/api/v1/requests/${raised.body.id}/withdraw`, {
      token: practitioner,
      body: { version: raised.body.version },
    })
    assert.equal(withdrawn.body.state, 'withdrawn')
    const again = await api.request('POST', `/api/v1/requests/${raised.body.id}/accept`, {
      token: spo,
      body: { version: withdrawn.body.version },
    })
    assert.equal(again.status, 422)
    assert.equal(again.body.error.code, 'request.transition_refused')
    assert.match(again.body.error.message, /is withdrawn/)
    const stale = await api.request('POST', `/api/v1/requests/${raised.body.id}/accept`, {
      token: spo,
      body: { version: 1 },
    })
    assert.equal(stale.status, 409)
  })

  it('refuses bad input (400 naming fields), unknown ids (404), and roles without permission (403)', async () => {
    const bad = await raise({ kind: 'risk_escalation', toTeamCode: teamB })
    assert.equal(bad.status, 400)
    assert.deepEqual(
      bad.body.error.details.map((d: { path: string }) => d.path),
      ['reason', 'decisionMaker'],
    )
    const query = await api.request('GET', '/api/v1/requests?team=T1&direction=sideways', { token: spo })
    assert.equal(query.status, 400)
    assert.equal(query.body.error.details[0].path, 'direction')
    const missing = await api.request('GET', '/api/v1/requests/00000000-0000-4000-8000-000000000000', {
      token: spo,
    })
    assert.equal(missing.status, 404)
    assert.equal(missing.body.error.code, 'request.not_found')
    assert.equal((await raise(escalation, court)).status, 403)
    assert.equal((await api.request('GET', `/api/v1/requests?team=${teamB}`, { token: analyst })).status, 403)
  })

  it('gives the kinds, and a handover pack only for a transfer', async () => {
    const kinds = await api.request('GET', '/api/v1/request-kinds', { token: practitioner })
    assert.deepEqual(
      kinds.body.map((k: { code: string }) => k.code),
      ['information', 'other', 'risk_escalation', 'transfer'],
    )
    const raised = await raise(escalation)
    const pack = await api.request('GET', `/api/v1/requests/${raised.body.id}/handover`, { token: spo })
    assert.equal(pack.status, 422)
    assert.equal(pack.body.error.code, 'request.not_a_transfer')
    const transfer = await raise({
      kind: 'transfer',
      fromTeamCode: teamA,
      toTeamCode: teamB,
      reason: 'Moved address',
      decisionMaker: manager,
      senderNotes: 'Prefers mornings',
    })
    const handover = await api.request('GET', `/api/v1/requests/${transfer.body.id}/handover`, { token: spo })
    assert.equal(handover.status, 200)
    assert.equal(handover.body.senderNotes, 'Prefers mornings')
    assert.equal(handover.body.risks.rosh, 'high')
    const early = await api.request('POST', `/api/v1/requests/${transfer.body.id}/acknowledge`, {
      token: spo,
      body: { version: transfer.body.version },
    })
    assert.equal(early.status, 422)
  })
})
