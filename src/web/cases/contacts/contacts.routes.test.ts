// The contacts and enforcement pages through the real app: book (and a clash named as an error), record
// an outcome and its warning on one submission, the letters, and the breach pack that cannot be sent
// incomplete.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { systemActor, testApi } from '../../../../test/harness'
import { adjustableClock, textOf, WebClient } from '../../../../test/web-client'
import { contactsFixture } from '../../../modules/contacts/contacts.fixture'

const PASSWORD = 'correct horse battery'

describe('contacts and enforcement pages', async () => {
  const api = await testApi(adjustableClock('2026-06-01T10:00:00Z'))
  const { services } = api
  const fx = contactsFixture(services)
  const teamCode = await fx.newTeam()
  const staffCode = await fx.newStaff('PO', teamCode)
  await fx.newStaff('SPO', teamCode)
  const { crn } = await fx.newPerson()
  const order = await fx.newOrder(crn)
  await services.access.addUser(systemActor, {
    username: 'pat.officer',
    password: PASSWORD,
    role: 'practitioner',
    staffCode,
  })
  const browser = new WebClient(api.baseUrl)
  assert.equal((await browser.signIn('pat.officer', PASSWORD)).status, 303)
  const csrf = await browser.csrfFrom(`/cases/${crn}/contacts`)
  const book = (over: Record<string, string> = {}) =>
    browser.post(`/cases/${crn}/contacts/new`, {
      _csrf: csrf,
      type: 'office_visit',
      'date-day': '11',
      'date-month': '5',
      'date-year': '2026',
      startTime: '10:00',
      endTime: '11:00',
      location: 'Leeds probation office',
      staffCode,
      eventId: order.id,
      repeat: 'none',
      ...over,
    })

  it('books an appointment, names a clash as an error, and keeps what was typed', async () => {
    const booked = await book()
    assert.equal(booked.status, 303)
    assert.match(booked.location ?? '', /banner=booked/)
    const clash = await book({ startTime: '10:30', endTime: '11:30' })
    assert.equal(clash.status, 400)
    const text = textOf(clash.html)
    assert.match(text, /There is a problem/)
    assert.match(
      text,
      /The appointment clashes: 2026-05-11 10:30-11:30 clashes with the person's Office appointment 10:00-11:00/,
    )
    assert.match(clash.html, /value="10:30"/)
    const badDate = await book({ 'date-month': '' })
    assert.equal(badDate.status, 400)
    assert.match(textOf(badDate.html), /There is a problem Date must include a month/)
    const missing = await book({ location: '', endTime: '' })
    assert.equal(missing.status, 400)
    assert.match(
      textOf(missing.html),
      /There is a problem End time is required for Office appointment Location is required for Office appointment/,
    )
    const weekly = await book({ 'date-day': '1', 'date-month': '7', repeat: 'weekly', repeatCount: '3' })
    assert.match(weekly.location ?? '', /detail=3%20appointments/)
  })

  it('records a failure and the proposed warning on one page in one submission', async () => {
    const list = await browser.get(`/cases/${crn}/contacts`)
    assert.equal(list.status, 200)
    const outcomeHref = /href="(\/cases\/[A-Z0-9]+\/contacts\/[0-9a-f-]+\/outcome)"/.exec(list.html)?.[1]
    assert.ok(outcomeHref, 'the past appointment offers Record outcome')
    const form = await browser.get(outcomeHref)
    assert.equal(form.status, 200)
    const text = textOf(form.html)
    assert.match(text, /Issue a warning letter, with a response by 8 June 2026/)
    assert.match(text, /no warning on this order in the 12 months before 2026-05-11: a warning letter/)
    assert.match(form.html, /value="warning_issued" checked/)
    const version = /name="version" value="(\d+)"/.exec(form.html)?.[1] as string
    const saved = await browser.post(outcomeHref, {
      _csrf: csrf,
      version,
      outcome: 'failed_to_attend',
      absenceReason: '',
      notes: 'Did not attend; no contact',
      decision: 'warning_issued',
      rationale: '',
    })
    assert.equal(saved.status, 303)
    const after = await browser.get(saved.location as string)
    const afterText = textOf(after.html)
    assert.match(afterText, /Outcome recorded: Warning issued, respond by 8 June 2026/)
    assert.match(afterText, /Failures to comply 1/)
    const chronology = textOf((await browser.get(`/cases/${crn}/chronology`)).html)
    assert.match(chronology, /Warning issued \(respond by 2026-06-08\)/)
  })

  it('prints the warning letter and records it as sent on the contact log', async () => {
    const list = await browser.get(`/cases/${crn}/contacts`)
    const letterHref = /href="(\/cases\/[A-Z0-9]+\/enforcement\/[0-9a-f-]+\/letter)"/.exec(list.html)?.[1]
    assert.ok(letterHref)
    const letter = await browser.get(letterHref)
    assert.equal(letter.status, 200)
    assert.match(
      textOf(letter.html),
      /This is a formal warning, given on 1 June 2026.*Office appointment on 11 May 2026 at 10:00: failed to attend.*by 8 June 2026/,
    )
    const sent = await browser.post(letterHref, { _csrf: csrf })
    assert.equal(sent.status, 303)
    const log = textOf((await browser.get(sent.location as string)).html)
    assert.match(log, /Letter recorded on the contact log/)
    const contacts = await services.contacts.listContacts(systemActor, crn)
    assert.ok(contacts.some((c) => c.type.code === 'letter' && /Warning letter sent/.test(c.notes ?? '')))
  })

  it('shows a breach pack with what is missing, refuses to send it incomplete, then sends it', async () => {
    const [c] = await services.contacts.recordContact(systemActor, crn, {
      type: 'office_visit',
      date: '2026-06-01',
      startTime: '09:00',
      endTime: '09:30',
      location: 'Leeds',
      staffCode,
      eventId: order.id,
    })
    const done = await services.enforcement.recordOutcomeWithDecision(systemActor, c?.id as string, {
      outcome: { version: 1, outcome: 'failed_to_attend' },
      decision: { decision: 'breach_initiated' },
    })
    const packId = done.action?.breachPackId as string
    const page = await browser.get(`/cases/${crn}/breach-packs/${packId}`)
    assert.equal(page.status, 200)
    assert.match(
      textOf(page.html),
      /What is missing The pack cannot be sent until it has: the practitioner’s statement/,
    )
    const version = /name="version" value="(\d+)"/.exec(page.html)?.[1] as string
    const refused = await browser.post(`/cases/${crn}/breach-packs/${packId}/submit`, {
      _csrf: csrf,
      version,
      statement: '',
      managerStaffCode: '',
    })
    assert.equal(refused.status, 400)
    assert.match(textOf(refused.html), /The pack cannot be sent until everything it needs is there/)
    // The refused form was saved as typed: it comes back with the pack's new version.
    const sent = await browser.post(`/cases/${crn}/breach-packs/${packId}/submit`, {
      _csrf: csrf,
      version: /name="version" value="(\d+)"/.exec(refused.html)?.[1] as string,
      statement: 'He missed two appointments after a warning and has not explained why.',
      managerStaffCode: '',
    })
    assert.equal(sent.status, 303, textOf(sent.html).slice(0, 3000))
    const frozen = textOf((await browser.get(sent.location as string)).html)
    assert.match(frozen, /Pack sent/)
    assert.match(frozen, /Breach pack Sent 1 June 2026/)
    const print = await browser.get(`/cases/${crn}/breach-packs/${packId}/print`)
    assert.equal(print.status, 200)
    assert.match(print.html, /Breach pack: .* \(A\d{6}\)/)
  })

  it('reschedules an appointment, keeping the old one on the log with the reason', async () => {
    const [c] = await services.contacts.recordContact(systemActor, crn, {
      type: 'office_visit',
      date: '2026-06-10',
      startTime: '14:00',
      endTime: '15:00',
      location: 'Leeds',
      staffCode,
      eventId: order.id,
    })
    const href = `/cases/${crn}/contacts/${c?.id}/reschedule`
    const form = await browser.get(href)
    assert.equal(form.status, 200)
    assert.match(form.html, /name="date-day"[^>]*value="10"/)
    const moved = await browser.post(href, {
      _csrf: csrf,
      version: '1',
      'date-day': '12',
      'date-month': '6',
      'date-year': '2026',
      startTime: '14:00',
      endTime: '15:00',
      location: 'Leeds',
      staffCode,
      reason: 'Court hearing that morning',
    })
    assert.equal(moved.status, 303)
    const log = textOf((await browser.get(moved.location as string)).html)
    assert.match(log, /Appointment rescheduled/)
    assert.match(log, /Rescheduled: Court hearing that morning/)
    assert.match(log, /12 June 2026 14:00-15:00 Office appointment/)
  })

  it('shows a team’s and my overdue outcomes and missed contacts with counts', async () => {
    const team = await browser.get(`/teams/${teamCode}/contacts`)
    assert.equal(team.status, 200)
    assert.match(
      textOf(team.html),
      /Appointments awaiting an outcome \d+ Cases with a missed expected contact \d+/,
    )
    const mine = await browser.get('/my-contacts')
    assert.equal(mine.status, 200)
    assert.match(textOf(mine.html), /My cases Overdue outcomes and missed contacts/)
    assert.equal((await browser.get('/teams/NOSUCH/contacts')).status, 404)
  })

  it('answers not found for a contact of another case, and refuses roles without case access', async () => {
    const other = await fx.newPerson()
    const [c] = await services.contacts.recordContact(systemActor, other.crn, {
      type: 'case_note',
      date: '2026-05-01',
      staffCode,
    })
    assert.equal((await browser.get(`/cases/${crn}/contacts/${c?.id}/outcome`)).status, 404)
    await services.access.addUser(systemActor, { username: 'ana.lyst', password: PASSWORD, role: 'analyst' })
    const analyst = new WebClient(api.baseUrl)
    await analyst.signIn('ana.lyst', PASSWORD)
    assert.equal((await analyst.get(`/cases/${crn}/contacts`)).status, 403)
  })
})
