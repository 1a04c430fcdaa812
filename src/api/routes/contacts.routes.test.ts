import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { systemActor, testApi } from '../../../test/harness'
import { contactsFixture } from '../../modules/contacts/contacts.fixture'
import { fixedClock } from '../../platform/clock'

describe('contacts API', async () => {
  const api = await testApi(fixedClock('2026-06-01T10:00:00Z'))
  const fx = contactsFixture(api.services)
  const token = await api.tokenFor('practitioner')
  const staffCode = await fx.newStaff()
  const { crn } = await fx.newPerson()
  const order = await fx.newOrder(crn)
  const book = (body: Record<string, unknown>, who = token) =>
    api.request('POST', `/api/v1/people/${crn}/contacts`, {
      token: who,
      body: {
        type: 'office_visit',
        date: '2026-05-11',
        startTime: '10:00',
        endTime: '11:00',
        location: 'Leeds',
        staffCode,
        eventId: order.id,
        ...body,
      },
    })

  it('lists contact types; refuses without a token', async () => {
    const types = await api.request('GET', '/api/v1/contact-types', { token })
    assert.equal(types.status, 200)
    assert.ok(types.body.some((t: { code: string }) => t.code === 'unpaid_work_session'))
    assert.equal((await api.request('GET', '/api/v1/contact-types')).status, 401)
  })

  it('books single and repeating appointments; 400 names fields, 422 names the clash, 404, 403', async () => {
    const single = await book({})
    assert.equal(single.status, 201)
    assert.equal(single.body.contacts.length, 1)
    const weekly = await book({ date: '2026-06-08', repeat: { pattern: 'weekly', count: 2 } })
    assert.deepEqual(
      weekly.body.contacts.map((c: { date: string }) => c.date),
      ['2026-06-08', '2026-06-15'],
    )
    const bad = await book({ date: '2026-13-01', startTime: '25:00', repeat: { pattern: 'monthly' } })
    assert.equal(bad.status, 400)
    assert.deepEqual(
      bad.body.error.details.map((d: { path: string }) => d.path),
      ['date', 'startTime', 'repeat.pattern'],
    )
    const clash = await book({ startTime: '10:30', endTime: '11:30' })
    assert.equal(clash.status, 422)
    assert.equal(clash.body.error.code, 'contact.clash')
    assert.match(
      clash.body.error.message,
      /2026-05-11 10:30-11:30 clashes with the person's Office appointment 10:00-11:00/,
    )
    const nobody = await api.request('POST', '/api/v1/people/Z999999/contacts', {
      token,
      body: { type: 'letter', date: '2026-05-11', staffCode },
    })
    assert.equal(nobody.status, 404)
    assert.equal((await book({ date: '2026-05-12' }, await api.tokenFor('analyst'))).status, 403)
    const list = await api.request('GET', `/api/v1/people/${crn}/contacts?from=2026-06-01&to=2026-06-30`, {
      token,
    })
    assert.deepEqual(
      list.body.map((c: { date: string }) => c.date),
      ['2026-06-08', '2026-06-15'],
    )
    assert.equal(
      (await api.request('GET', `/api/v1/people/${crn}/contacts?from=June`, { token })).status,
      400,
    )
  })

  it('records an outcome in one request and answers with the enforcement step it calls for', async () => {
    const booked = await book({ date: '2026-05-18' })
    const id = booked.body.contacts[0].id
    const url = `/api/v1/contacts/${id}/outcome`
    const outcome = await api.request('POST', url, {
      token,
      body: { version: 1, outcome: 'failed_to_attend', notes: 'No answer' },
    })
    assert.equal(outcome.status, 200)
    assert.equal(outcome.body.contact.outcome.code, 'failed_to_attend')
    assert.equal(outcome.body.enforcement.failuresToComply, 1)
    assert.equal(outcome.body.enforcement.proposal.action, 'warning_issued')
    assert.equal(outcome.body.enforcement.proposal.responseDueOn, '2026-06-08')
    const stale = await api.request('POST', url, {
      token,
      body: { version: 1, outcome: 'attended_complied' },
    })
    assert.equal(stale.status, 409)
    assert.equal(stale.body.error.current.outcome.code, 'failed_to_attend')
    const judged = await api.request('POST', url, {
      token,
      body: { version: 2, outcome: 'acceptable_absence', absenceReason: 'medical' },
    })
    assert.equal(judged.body.enforcement.proposal.action, 'nothing_to_decide')
    const future = await book({ date: '2026-06-20' })
    const early = await api.request('POST', `/api/v1/contacts/${future.body.contacts[0].id}/outcome`, {
      token,
      body: { version: 1, outcome: 'attended_complied' },
    })
    assert.deepEqual([early.status, early.body.error.code], [422, 'contact.outcome_in_future'])
    assert.equal(
      (
        await api.request('POST', '/api/v1/contacts/nope/outcome', {
          token,
          body: { version: 1, outcome: 'attended_complied' },
        })
      ).status,
      404,
    )
  })

  it('reschedules keeping history, updates notes with version, shows progress', async () => {
    const booked = await book({ date: '2026-06-22', type: 'rar_activity' })
    const id = booked.body.contacts[0].id
    const moved = await api.request('POST', `/api/v1/contacts/${id}/reschedule`, {
      token,
      body: {
        version: 1,
        date: '2026-06-23',
        startTime: '09:00',
        endTime: '10:00',
        reason: 'Hospital appointment',
      },
    })
    assert.equal(moved.status, 201)
    assert.equal(moved.body.rescheduledFrom, id)
    const old = await api.request('GET', `/api/v1/contacts/${id}`, { token })
    assert.deepEqual([old.body.status, old.body.rescheduledTo], ['rescheduled', moved.body.id])
    const patched = await api.request('PATCH', `/api/v1/contacts/${id}`, {
      token,
      body: { version: 2, sensitive: true },
    })
    assert.deepEqual([patched.status, patched.body.sensitive], [200, true])
    assert.equal(
      (await api.request('PATCH', `/api/v1/contacts/${id}`, { token, body: { version: 2, notes: 'x' } }))
        .status,
      409,
    )
    const rar = await book({ date: '2026-05-26', type: 'rar_activity' })
    await api.request('POST', `/api/v1/contacts/${rar.body.contacts[0].id}/outcome`, {
      token,
      body: { version: 1, outcome: 'attended_complied' },
    })
    const progress = await api.request('GET', `/api/v1/people/${crn}/requirements/progress`, { token })
    assert.equal(progress.status, 200)
    assert.deepEqual(
      progress.body.map((p: { summary: string }) => p.summary),
      ['RAR 1 of 20 days, 7 months left', 'Unpaid work 0 of 100 hours, 7 months left'],
    )
  })
  it('gives the next contact due by tier from the reference data, and appointments awaiting an outcome', async () => {
    const { crn: fresh } = await fx.newPerson()
    await fx.newOrder(fresh)
    const [kept] = await api.services.contacts.recordContact(systemActor, fresh, {
      type: 'office_visit',
      date: '2026-05-20',
      startTime: '15:00',
      endTime: '16:00',
      location: 'Leeds',
      staffCode,
    })
    await api.services.contacts.recordOutcome(systemActor, kept?.id as string, {
      version: 1,
      outcome: 'attended_complied',
    })
    const due = await api.request('GET', `/api/v1/people/${fresh}/contact-due?tier=c2`, { token })
    assert.equal(due.status, 200)
    // Tier C after the first 12 weeks of an order from 2026-01-05: every 28 days (seeded by migration 070).
    assert.deepEqual(
      [due.body.tier, due.body.stage, due.body.intervalDays, due.body.nextDue, due.body.overdue],
      ['C2', 'after_12_weeks', 28, '2026-06-17', false],
    )
    const bad = await api.request('GET', `/api/v1/people/${fresh}/contact-due?tier=Z9`, { token })
    assert.deepEqual([bad.status, bad.body.error.details[0].path], [400, 'tier'])
    await api.services.contacts.recordContact(systemActor, fresh, {
      type: 'office_visit',
      date: '2026-05-21',
      startTime: '15:00',
      endTime: '16:00',
      location: 'Leeds',
      staffCode,
    })
    const waiting = await api.request(
      'GET',
      `/api/v1/contacts/awaiting-outcome?staffCode=${staffCode.toLowerCase()}`,
      { token },
    )
    assert.equal(waiting.status, 200)
    assert.ok(
      waiting.body.some((c: { crn: string; date: string }) => c.crn === fresh && c.date === '2026-05-21'),
    )
    assert.ok(
      waiting.body.every(
        (c: { outcome: unknown; date: string }) => c.outcome === null && c.date < '2026-06-01',
      ),
    )
  })
})
