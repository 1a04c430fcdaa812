// The record history, the audit trail (paged, managers only), "my cases" and registers that need vetting,
// through the real app and services.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { systemActor, testApi } from '../../../../test/harness'
import { textOf, webSignIn } from '../../../../test/web-client'
import { contactsFixture } from '../../../modules/contacts/contacts.fixture'
import { fixedClock } from '../../../platform/clock'
import { newId } from '../../../platform/ids'

describe('history, audit trail, my cases and vetting on the case pages', async () => {
  const api = await testApi(fixedClock('2026-11-23T09:00:00Z'))
  const { services } = api
  const fixture = contactsFixture(services)
  const signedIn = webSignIn(api)
  const person = await services.people.createPerson(systemActor, {
    firstName: 'Nkechi',
    surname: 'Okafor',
    sex: 'female',
    dateOfBirth: '1988-02-14',
  })
  const crn = person.crn as string
  await services.people.updatePerson(systemActor, crn, {
    version: 1,
    surname: 'Okafor-Reid',
    postcode: 'LS6 2AB',
  })

  it('shows every version of the record with what changed', async () => {
    const browser = await signedIn('practitioner')
    const page = await browser.get(`/cases/${crn}/history`)
    assert.equal(page.status, 200)
    const text = textOf(page.html)
    assert.match(text, /Version 2: Details changed/)
    assert.match(text, /Last name Okafor Okafor-Reid/)
    assert.match(text, /Postcode \(blank\) LS6 2AB/)
    assert.match(text, /Version 1: Record created/)
    assert.doesNotMatch(page.html, /href="\/cases\/[A-Z0-9]+\/audit"/, 'no audit link without audit:read')
  })

  it('shows the audit trail to managers, newest first, a page at a time, and refuses others', async () => {
    // The reads first: a browser idle through a slow loop may find its kept-alive connection closed.
    for (let i = 0; i < 55; i++) await services.people.getPerson(systemActor, crn)
    const practitioner = await signedIn('practitioner')
    assert.equal((await practitioner.get(`/cases/${crn}/audit`)).status, 403)
    const spo = await signedIn('spo')
    const first = await spo.get(`/cases/${crn}/audit`)
    assert.equal(first.status, 200)
    assert.equal(
      (first.html.match(/<tr class="govuk-table__row">/g) ?? []).length,
      51,
      'a header and 50 entries',
    )
    assert.match(first.html, /href="\/cases\/[A-Z0-9]+\/audit\?page=2"/)
    const second = await spo.get(`/cases/${crn}/audit?page=2`)
    assert.match(textOf(second.html), /person\.created/, 'the oldest entries are on the later pages')
    assert.match(second.html, /href="\/cases\/[A-Z0-9]+\/audit\?page=1"/)
    const reads = await services.audit.entriesFor(services.database.db, { crn })
    assert.ok(reads.some((e) => e.action === 'audit_trail.read'))
  })

  it('lists my cases from my current allocations, leaving out cases hidden from me', async () => {
    const teamCode = await fixture.newTeam()
    const staffCode = await fixture.newStaff('PO', teamCode)
    const other = await services.people.createPerson(systemActor, {
      firstName: 'Bartek',
      surname: 'Zielinski',
      sex: 'male',
    })
    const hidden = await services.people.createPerson(systemActor, {
      firstName: 'Hidden',
      surname: 'Person',
      sex: 'male',
    })
    await fixture.newOrder(other.crn as string)
    await services.registers.createRegister(systemActor, other.crn as string, {
      type: 'rosh',
      level: 'high',
      registeredDate: '2026-05-01',
    })
    const db = services.database.db
    for (const c of [person, other, hidden]) {
      const ref = await db
        .selectFrom('people')
        .select('id')
        .where('crn', '=', c.crn as string)
        .executeTakeFirstOrThrow()
      await db
        .insertInto('case_allocations')
        .values({
          id: newId(),
          person_id: ref.id,
          staff_code: staffCode,
          team_code: teamCode,
          started_at: new Date('2026-11-01T09:00:00Z'),
          rationale: 'Test allocation',
          allocated_by: 'test',
        } as never)
        .execute()
    }
    const browser = await signedIn('practitioner', staffCode)
    const username = browser.username as string
    await services.restrictions.setCaseRestrictions(systemActor, hidden.crn as string, {
      restrictedTo: [],
      excluded: [username],
      showAsRestricted: false,
    })
    const page = await browser.get('/my-cases')
    assert.equal(page.status, 200)
    const text = textOf(page.html)
    assert.match(text, /2 cases/)
    assert.match(
      text,
      new RegExp(`Bartek Zielinski ${other.crn} Not known [A-D][0-3] Risk of serious harm: high`),
    )
    assert.match(text, new RegExp(`Nkechi Okafor-Reid ${crn} 14 February 1988`))
    assert.doesNotMatch(text, /Hidden Person/)
    assert.match((await browser.get('/')).html, /href="\/my-cases"/)
    const unlinked = await signedIn('practitioner')
    assert.match(textOf((await unlinked.get('/my-cases')).html), /not linked to a staff record/)
  })

  it('shows a ViSOR register only as restricted to staff without current ViSOR vetting', async () => {
    await services.registers.createRegister(systemActor, crn, {
      type: 'visor',
      registeredDate: '2026-03-02',
      nextReviewDate: '2026-09-02',
    })
    await services.organisation.createStaff(systemActor, {
      code: 'N07VET1',
      firstName: 'Val',
      surname: 'Vetted',
      grade: 'PO',
      contractedHours: 37,
      vetting: ['visor'],
    })
    const vetted = await signedIn('practitioner', 'N07VET1')
    const unvetted = await signedIn('practitioner')
    const full = textOf((await vetted.get(`/cases/${crn}`)).html)
    assert.match(full, /ViSOR 2 March 2026 2 September 2026/)
    const held = textOf((await unvetted.get(`/cases/${crn}`)).html)
    assert.match(held, /ViSOR: restricted Restricted Restricted/)
    assert.doesNotMatch(held, /2 March 2026/)
  })
})
