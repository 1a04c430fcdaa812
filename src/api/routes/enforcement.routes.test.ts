import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { systemActor, testApi } from '../../../test/harness'
import { contactsFixture } from '../../modules/contacts/contacts.fixture'
import { fixedClock } from '../../platform/clock'

describe('enforcement API', async () => {
  const api = await testApi(fixedClock('2026-06-01T10:00:00Z'))
  const fx = contactsFixture(api.services)
  const token = await api.tokenFor('practitioner')
  const spoToken = await api.tokenFor('spo')
  const staffCode = await fx.newStaff()
  const manager = await fx.newStaff('SPO')
  const { crn } = await fx.newPerson()
  const order = await fx.newOrder(crn)
  const failure = async (date: string) => {
    const [c] = await api.services.contacts.recordContact(systemActor, crn, {
      type: 'office_visit',
      date,
      startTime: '10:00',
      endTime: '11:00',
      location: 'Leeds',
      staffCode,
      eventId: order.id,
    })
    await api.services.contacts.recordOutcome(systemActor, c?.id as string, {
      version: 1,
      outcome: 'failed_to_attend',
    })
  }
  const decide = (body: Record<string, unknown>) =>
    api.request('POST', `/api/v1/people/${crn}/enforcement-actions`, {
      token,
      body: { eventId: order.id, staffCode, ...body },
    })

  it('shows compliance, records decisions, lists overrides for the SPO only', async () => {
    await failure('2026-04-01')
    const compliance = await api.request('GET', `/api/v1/people/${crn}/compliance`, { token })
    assert.equal(compliance.status, 200)
    assert.equal(compliance.body[0].proposal.action, 'warning_issued')
    const bad = await decide({ decision: 'caution', rationale: '' })
    assert.equal(bad.status, 400)
    assert.deepEqual(
      bad.body.error.details.map((d: { path: string }) => d.path),
      ['decision', 'rationale'],
    )
    const nfa = await decide({
      decision: 'no_further_action',
      rationale: 'Bereavement; letter from the family',
    })
    assert.equal(nfa.status, 201)
    assert.equal(nfa.body.override, true)
    const overrides = await api.request('GET', '/api/v1/enforcement/overrides?since=2026-01-01', {
      token: spoToken,
    })
    assert.deepEqual(
      overrides.body.map((o: { id: string }) => o.id),
      [nfa.body.id],
    )
    assert.equal((await api.request('GET', '/api/v1/enforcement/overrides', { token })).status, 403)
    assert.equal(
      (await api.request('GET', '/api/v1/enforcement/overrides?since=soon', { token: spoToken })).status,
      400,
    )
    const list = await api.request('GET', `/api/v1/people/${crn}/enforcement-actions`, { token })
    assert.equal(list.body.length, 1)
  })

  it('breach pack: 422 breach.incomplete naming what is missing, then sent, frozen and printable', async () => {
    await failure('2026-04-10')
    await decide({
      decision: 'warning_issued',
      decidedOn: '2026-04-12',
      rationale: 'Second missed appointment',
    })
    await failure('2026-05-10')
    const breach = await decide({
      decision: 'breach_initiated',
      rationale: 'Failure within 12 months of the warning',
    })
    assert.equal(breach.status, 201)
    const url = `/api/v1/breach-packs/${breach.body.breachPackId}`
    const draft = await api.request('GET', url, { token })
    assert.deepEqual(
      draft.body.missing.map((m: { path: string }) => m.path),
      ['statement', 'managerStaffCode'],
    )
    const refused = await api.request('POST', `${url}/submit`, { token, body: { version: 1 } })
    assert.deepEqual([refused.status, refused.body.error.code], [422, 'breach.incomplete'])
    assert.deepEqual(
      refused.body.error.details.map((d: { message: string }) => d.message),
      ['the practitioner’s statement', 'the manager: give the senior probation officer’s staff code'],
    )
    const unknown = await api.request('PATCH', url, {
      token,
      body: { version: 1, managerStaffCode: 'NOPE1' },
    })
    assert.deepEqual([unknown.status, unknown.body.error.details[0].path], [400, 'managerStaffCode'])
    const ready = await api.request('PATCH', url, {
      token,
      body: { version: 1, statement: 'He has not attended since the warning.', managerStaffCode: manager },
    })
    assert.deepEqual(ready.body.missing, [])
    const sent = await api.request('POST', `${url}/submit`, { token, body: { version: 2 } })
    assert.deepEqual([sent.status, sent.body.status], [200, 'submitted'])
    const html = await fetch(`${api.baseUrl}${url}/html`, { headers: { authorization: `Bearer ${token}` } })
    assert.equal(html.status, 200)
    assert.match(html.headers.get('content-type') ?? '', /text\/html/)
    assert.match(await html.text(), /He has not attended since the warning\./)
    assert.equal((await api.request('POST', `${url}/submit`, { token, body: { version: 3 } })).status, 422)
    assert.equal(
      (await api.request('GET', '/api/v1/breach-packs/00000000-0000-4000-8000-000000000000', { token }))
        .status,
      404,
    )
  })

  it('serves the chronology with filters, refusing unknown kinds', async () => {
    const all = await api.request('GET', `/api/v1/people/${crn}/chronology`, { token })
    assert.equal(all.status, 200)
    const kinds = new Set(all.body.map((e: { kind: string }) => e.kind))
    assert.deepEqual([...kinds].sort(), ['breach_pack', 'contact', 'enforcement', 'event', 'outcome'])
    const outcomes = await api.request(
      'GET',
      `/api/v1/people/${crn}/chronology?type=outcome&from=2026-04-05`,
      { token },
    )
    assert.deepEqual(
      outcomes.body.map((e: { date: string; summary: string }) => [e.date, e.summary]),
      [
        ['2026-05-10', 'Outcome: Failed to attend'],
        ['2026-04-10', 'Outcome: Failed to attend'],
      ],
    )
    const bad = await api.request('GET', `/api/v1/people/${crn}/chronology?type=rumour`, { token })
    assert.equal(bad.status, 400)
    assert.equal((await api.request('GET', '/api/v1/people/Z999999/chronology', { token })).status, 404)
  })
})
