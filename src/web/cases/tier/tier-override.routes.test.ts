// The tier override pages: a practitioner proposes a different tier, a senior probation officer
// approves or rejects it; every problem is shown on the form, and only managers see the review.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { systemActor, testApi } from '../../../../test/harness'
import { adjustableClock, textOf, type WebClient, webSignIn } from '../../../../test/web-client'
import { contactsFixture } from '../../../modules/contacts/contacts.fixture'

describe('tier override pages', async () => {
  const api = await testApi(adjustableClock('2026-11-23T09:00:00Z'))
  const { services } = api
  const fixture = contactsFixture(services)
  const signedIn = webSignIn(api)
  const person = await services.people.createPerson(systemActor, {
    firstName: 'Dean',
    surname: 'Hallam',
    dateOfBirth: '1988-02-11',
    sex: 'male',
  })
  const { crn } = person
  await fixture.newOrder(crn)
  await services.registers.createRegister(systemActor, crn, {
    type: 'rosh',
    level: 'medium',
    registeredDate: '2026-01-05',
  })
  const practitioner = await signedIn('practitioner')
  const spo = await signedIn('spo')
  const propose = async (browser: WebClient, form: Record<string, string>) =>
    browser.post(`/cases/${crn}/tier/override`, {
      _csrf: await browser.csrfFrom(`/cases/${crn}/tier/override`),
      ...form,
    })

  it('shows every problem of a proposal on the form, keeping what was typed', async () => {
    const empty = await propose(practitioner, { model: '', tier: '', rationale: '' })
    assert.equal(empty.status, 400)
    const text = textOf(empty.html)
    assert.match(text, /There is a problem/)
    assert.match(text, /Which tier must be v2 \(protect by change\) or v3 \(A to G\)/)
    assert.match(text, /Rationale must not be empty/)
    const wrong = await propose(practitioner, { model: 'v2', tier: 'Z9', rationale: 'Previous manslaughter' })
    assert.equal(wrong.status, 400)
    assert.match(textOf(wrong.html), /Tier must be a protect-by-change tier such as B2 or B2S/)
    assert.match(wrong.html, /Previous manslaughter<\/textarea>/)
  })

  it('proposes an override, refuses a second while one awaits review, and shows it on the overview', async () => {
    const sent = await propose(practitioner, {
      model: 'v2',
      tier: 'a1',
      rationale: 'Previous manslaughter and threats to kill',
    })
    assert.equal(sent.status, 303)
    assert.equal(sent.location, `/cases/${crn}?banner=override_proposed#tier`)
    const again = await propose(practitioner, { model: 'v2', tier: 'A2', rationale: 'Again' })
    assert.equal(again.status, 400)
    assert.match(textOf(again.html), /already has a proposed v2 override awaiting review/)
    const overview = await practitioner.get(`/cases/${crn}?banner=override_proposed`)
    assert.match(textOf(overview.html), /Tier override proposed for review/)
    assert.match(textOf(overview.html), /Protect and change tier: C2 to A1 Status Proposed/)
    // Practitioners propose; they do not review.
    assert.doesNotMatch(overview.html, /\/review"/)
  })

  it('lets a senior probation officer reject with a note, or approve; practitioners cannot review', async () => {
    const { overrides } = await services.tiering.currentTier(systemActor, crn)
    const id = overrides[0]?.id as string
    const page = `/cases/${crn}/tier/overrides/${id}/review`
    assert.equal((await practitioner.get(page)).status, 403)
    assert.match((await spo.get(`/cases/${crn}`)).html, new RegExp(`href="${page}"`))
    const _csrf = await spo.csrfFrom(page)
    const undecided = await spo.post(page, { _csrf, decision: '', note: '' })
    assert.equal(undecided.status, 400)
    assert.match(textOf(undecided.html), /Select whether to approve or reject the proposal/)
    const noNote = await spo.post(page, { _csrf, decision: 'reject', note: '' })
    assert.equal(noNote.status, 400)
    assert.match(textOf(noNote.html), /Note must not be empty/)
    const approved = await spo.post(page, {
      _csrf,
      decision: 'approve',
      note: 'Agreed: index offence history',
    })
    assert.equal(approved.status, 303)
    assert.equal(approved.location, `/cases/${crn}?banner=override_approved#tier`)
    const overview = textOf((await practitioner.get(`/cases/${crn}`)).html)
    assert.match(overview, /in use: A1, by an approved override/)
    assert.match(overview, /Approved by spo-2 on .*: Agreed: index offence history/)
    // Decided already: the page says so rather than deciding twice.
    const twice = await spo.post(page, { _csrf, decision: 'reject', note: 'Changed my mind' })
    assert.equal(twice.status, 400)
    assert.match(textOf(twice.html), /is approved, not proposed/)
  })

  it('answers an unknown override or CRN with the page-not-found page', async () => {
    assert.equal(
      (await spo.get(`/cases/${crn}/tier/overrides/00000000-0000-0000-0000-000000000000/review`)).status,
      404,
    )
    assert.equal((await practitioner.get('/cases/X999999/tier/override')).status, 404)
  })
})
