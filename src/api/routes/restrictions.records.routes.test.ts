import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { systemActor, testApi } from '../../../test/harness'
import { contactsFixture } from '../../modules/contacts/contacts.fixture'
import { fixedClock } from '../../platform/clock'

// Routes that reach a case through one of its records' ids, and lists across cases: a case hidden by
// its lists must be "not found" there too, under the record's own code, so the caller learns nothing.
describe('API: restricted cases behind record ids and lists across cases', async () => {
  const api = await testApi(fixedClock('2026-06-01T10:00:00Z'))
  const fx = contactsFixture(api.services)
  const s = api.services
  // tokenFor names users <role>-<n>; all three reviewers may list overrides and review tiers.
  const admin = await api.tokenFor('admin') // admin-1
  const named = await api.tokenFor('spo') // spo-2
  const other = await api.tokenFor('spo') // spo-3
  const excluded = await api.tokenFor('spo') // spo-4
  const staffCode = await fx.newStaff()
  const { crn } = await fx.newPerson()
  const order = await fx.newOrder(crn)
  const contact = (date: string) =>
    s.contacts.recordContact(systemActor, crn, {
      type: 'office_visit',
      date,
      startTime: '10:00',
      endTime: '11:00',
      location: 'Leeds',
      staffCode,
      eventId: order.id,
    })
  const failure = async (date: string) => {
    const [c] = await contact(date)
    await s.contacts.recordOutcome(systemActor, c?.id as string, { version: 1, outcome: 'failed_to_attend' })
  }
  const decide = (decision: string, rationale: string, decidedOn?: string) =>
    s.enforcement.recordDecision(systemActor, crn, {
      eventId: order.id,
      staffCode,
      decision,
      rationale,
      decidedOn,
    })

  await failure('2026-04-01')
  const override = await decide('no_further_action', 'Bereavement; letter from the family')
  await failure('2026-04-10')
  await decide('warning_issued', 'Second missed appointment', '2026-04-12')
  await failure('2026-05-10')
  const breach = await decide('breach_initiated', 'Failure within 12 months of the warning')
  const [awaiting] = await contact('2026-05-20')
  const register = await s.registers.createRegister(systemActor, crn, {
    type: 'rosh',
    level: 'high',
    registeredDate: '2026-05-01',
  })
  const proposal = await s.tiering.proposeOverride(systemActor, crn, {
    model: 'v2',
    tier: 'A1',
    rationale: 'Previous manslaughter; threats to kill',
  })
  const ids = {
    event: order.id,
    register: register.id,
    contact: awaiting?.id as string,
    pack: breach.breachPackId as string,
    tier: proposal.id as string,
  }
  const version = { version: 1 }
  // Every route by record id, with a body that passes validation, and the not-found code it gives.
  const ROUTES: [string, string, unknown, string][] = [
    ['GET', `/events/${ids.event}`, undefined, 'event.not_found'],
    ['PATCH', `/events/${ids.event}`, { ...version, notes: 'Changed' }, 'event.not_found'],
    ['DELETE', `/events/${ids.event}`, {}, 'event.not_found'],
    ['POST', `/events/${ids.event}/restore`, undefined, 'event.not_found'],
    ['GET', `/events/${ids.event}/history`, undefined, 'event.not_found'],
    ['GET', `/registers/${ids.register}`, undefined, 'register.not_found'],
    ['PATCH', `/registers/${ids.register}`, { ...version, notes: 'Changed' }, 'register.not_found'],
    [
      'POST',
      `/registers/${ids.register}/deregister`,
      { ...version, date: '2026-05-30', reason: 'Risk reduced' },
      'register.not_found',
    ],
    ['DELETE', `/registers/${ids.register}`, {}, 'register.not_found'],
    ['POST', `/registers/${ids.register}/restore`, undefined, 'register.not_found'],
    ['GET', `/registers/${ids.register}/history`, undefined, 'register.not_found'],
    ['GET', `/contacts/${ids.contact}`, undefined, 'contact.not_found'],
    ['PATCH', `/contacts/${ids.contact}`, { ...version, notes: 'Changed' }, 'contact.not_found'],
    [
      'POST',
      `/contacts/${ids.contact}/reschedule`,
      { ...version, date: '2026-06-10', startTime: '09:00', endTime: '10:00', reason: 'Clash' },
      'contact.not_found',
    ],
    [
      'POST',
      `/contacts/${ids.contact}/outcome`,
      { ...version, outcome: 'attended_complied' },
      'contact.not_found',
    ],
    ['GET', `/breach-packs/${ids.pack}`, undefined, 'breach_pack.not_found'],
    ['GET', `/breach-packs/${ids.pack}/html`, undefined, 'breach_pack.not_found'],
    ['PATCH', `/breach-packs/${ids.pack}`, { ...version, statement: 'Changed' }, 'breach_pack.not_found'],
    ['POST', `/breach-packs/${ids.pack}/submit`, version, 'breach_pack.not_found'],
    ['POST', `/tier-overrides/${ids.tier}/approve`, {}, 'tier_override.not_found'],
    ['POST', `/tier-overrides/${ids.tier}/reject`, { note: 'No' }, 'tier_override.not_found'],
  ]
  const restrict = (body: unknown) =>
    api.request('PUT', `/api/v1/people/${crn}/restrictions`, { token: admin, body })
  const awaitingIds = async (token: string) =>
    (await api.request('GET', '/api/v1/contacts/awaiting-outcome', { token })).body.map(
      (c: { id: string }) => c.id,
    )
  const overrideIds = async (token: string) =>
    (await api.request('GET', '/api/v1/enforcement/overrides', { token })).body.map(
      (o: { id: string }) => o.id,
    )

  it('lists the case across cases for everyone while it has no lists', async () => {
    assert.deepEqual(await awaitingIds(other), [ids.contact])
    assert.deepEqual(await overrideIds(other), [override.id])
  })

  it('answers the record’s own "not found" on every id route to the excluded and the unlisted, changing nothing', async () => {
    const set = await restrict({ restrictedTo: ['spo-2'], excluded: ['spo-4'], showAsRestricted: false })
    assert.equal(set.status, 200)
    for (const token of [other, excluded]) {
      for (const [method, path, body, code] of ROUTES) {
        const response = await api.request(method, `/api/v1${path}`, { token, body })
        assert.equal(response.status, 404, `${method} ${path} answered ${response.status}`)
        assert.equal(response.body.error.code, code, `${method} ${path}`)
        assert.equal(JSON.stringify(response.body).includes(crn), false, `${method} ${path} named the case`)
      }
      assert.deepEqual(await awaitingIds(token), [])
      assert.deepEqual(await overrideIds(token), [])
    }
    // Nothing was changed, deleted or reviewed by the refused calls.
    assert.equal((await s.sentences.getEvent(systemActor, ids.event)).version, 1)
    assert.equal((await s.registers.getRegister(systemActor, ids.register)).version, 1)
    assert.equal((await s.contacts.getContact(systemActor, ids.contact)).version, 1)
    assert.equal((await s.enforcement.getBreachPack(systemActor, ids.pack)).version, 1)
  })

  it('hides records of a case shown as restricted too, rather than naming it', async () => {
    await restrict({ restrictedTo: ['spo-2'], excluded: [], showAsRestricted: true })
    const event = await api.request('GET', `/api/v1/events/${ids.event}`, { token: other })
    assert.deepEqual([event.status, event.body.error.code], [404, 'event.not_found'])
    assert.deepEqual(await awaitingIds(other), [])
    await restrict({ restrictedTo: ['spo-2'], excluded: ['spo-4'], showAsRestricted: false })
  })

  it('serves every record and list in full to the named user and to system actors', async () => {
    for (const [method, path, body] of ROUTES.filter(([m, p]) => m === 'GET' || p.endsWith('/approve'))) {
      const response = await api.request(method, `/api/v1${path}`, { token: named, body })
      assert.equal(response.status, 200, `${method} ${path} answered ${response.status}`)
    }
    assert.deepEqual(await awaitingIds(named), [ids.contact])
    assert.deepEqual(await overrideIds(named), [override.id])
    const restore = await api.request('POST', `/api/v1/events/${ids.event}/restore`, { token: named })
    assert.deepEqual([restore.status, restore.body.error.code], [422, 'event.not_deleted'])
    assert.deepEqual(
      (await s.contacts.awaitingOutcome(systemActor)).map((c) => c.id),
      [ids.contact],
    )
    assert.deepEqual(
      (await s.enforcement.listOverrides(systemActor)).map((o) => o.id),
      [override.id],
    )
    assert.equal((await s.sentences.eventHistory(systemActor, ids.event)).length > 0, true)
  })
})
