// Adding a person and changing personal details through the real app and services: every problem in
// the error summary and beside its field, values kept, possible duplicates, and the stale edit.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { systemActor, testApi } from '../../../../test/harness'
import { adjustableClock, textOf, type WebClient, webSignIn } from '../../../../test/web-client'

const summaryLinks = (html: string) =>
  [
    ...(/govuk-error-summary__list[\s\S]*?<\/ul>/.exec(html)?.[0] ?? '').matchAll(
      /<a href="([^"]+)">([^<]+)<\/a>/g,
    ),
  ].map((m) => [m[1], m[2]])
const fieldValue = (html: string, id: string) =>
  new RegExp(`id="${id}" name="[^"]+"[^>]*? value="([^"]*)"`).exec(html)?.[1]

describe('person forms', async () => {
  const api = await testApi(adjustableClock('2026-11-23T09:00:00Z'))
  const { services } = api
  const signedIn = webSignIn(api)
  const practitioner = await signedIn('practitioner')
  const submit = async (browser: WebClient, path: string, form: Record<string, string>) =>
    browser.post(path, { _csrf: await browser.csrfFrom(path), ...form })
  const peopleCount = async () =>
    Number(
      (
        await services.database.db
          .selectFrom('people')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirst()
      )?.n,
    )

  it('shows the empty form: names, date of birth as day, month and year, sex, identifiers, postcode', async () => {
    const page = await practitioner.get('/cases/new')
    assert.equal(page.status, 200)
    for (const id of [
      'firstName',
      'middleNames',
      'surname',
      'dateOfBirth-day',
      'dateOfBirth-month',
      'dateOfBirth-year',
      'pnc',
      'cro',
      'prisonNumber',
      'niNumber',
      'postcode',
    ])
      assert.match(page.html, new RegExp(`id="${id}"`), id)
    assert.match(page.html, /type="radio" value="male"/)
    assert.match(page.html, /type="radio" value="unknown"/)
    assert.match(page.html, /name="_csrf" value="[\w-]{20,}"/)
  })

  it('lists every problem in the error summary and beside its field, keeping what was typed', async () => {
    const before = await peopleCount()
    const page = await submit(practitioner, '/cases/new', {
      firstName: '',
      surname: 'Smith',
      'dateOfBirth-day': '12',
      'dateOfBirth-month': '',
      'dateOfBirth-year': '1985',
      pnc: '2001/0123456G',
      niNumber: 'ab 12 34 56 c',
      postcode: 'NOT A CODE',
      emailAddress: 'not-an-email',
    })
    assert.equal(page.status, 400)
    assert.match(page.html, /<title>Error: Add a person - OpenProbation<\/title>/)
    assert.deepEqual(summaryLinks(page.html), [
      ['#firstName', 'Enter the first name'],
      ['#dateOfBirth-month', 'Date of birth must include a month'],
      ['#sex', 'Select the sex recorded for this person'],
      ['#pnc', 'PNC number: the check letter is wrong: 2001/0123456 should end in F, not G'],
      ['#postcode', 'Postcode is not a UK postcode, e.g. SW1A 1AA'],
      ['#emailAddress', 'Email address must be an email address, e.g. name@example.org'],
    ])
    const text = textOf(page.html)
    assert.match(text, /Error: Enter the first name/)
    assert.match(text, /Error: PNC number: the check letter is wrong/)
    assert.match(text, /Error: Select the sex recorded for this person/)
    assert.equal(fieldValue(page.html, 'surname'), 'Smith')
    assert.equal(fieldValue(page.html, 'pnc'), '2001/0123456G')
    assert.equal(fieldValue(page.html, 'dateOfBirth-day'), '12')
    assert.equal(fieldValue(page.html, 'dateOfBirth-year'), '1985')
    assert.equal(await peopleCount(), before, 'nothing was created')
  })

  it('says when a date of birth is not a real date or in the future', async () => {
    const impossible = await submit(practitioner, '/cases/new', {
      firstName: 'Ann',
      surname: 'Lee',
      sex: 'female',
      'dateOfBirth-day': '30',
      'dateOfBirth-month': '2',
      'dateOfBirth-year': '1990',
    })
    assert.deepEqual(summaryLinks(impossible.html), [
      ['#dateOfBirth-day', 'Date of birth must be a real date'],
    ])
    const future = await submit(practitioner, '/cases/new', {
      firstName: 'Ann',
      surname: 'Lee',
      sex: 'female',
      'dateOfBirth-day': '1',
      'dateOfBirth-month': '1',
      'dateOfBirth-year': '2030',
    })
    assert.deepEqual(summaryLinks(future.html), [
      ['#dateOfBirth-day', 'Date of birth is in the future (today is 2026-11-23)'],
    ])
  })

  it('adds a person and lands on the overview with a success banner', async () => {
    const response = await submit(practitioner, '/cases/new', {
      firstName: 'Kwame',
      surname: 'Mensah',
      sex: 'male',
      'dateOfBirth-day': '7',
      'dateOfBirth-month': '3',
      'dateOfBirth-year': '1988',
      pnc: '01/123456f',
      postcode: 'ls1 4ap',
    })
    assert.equal(response.status, 303)
    const crn = /^\/cases\/([A-Z]\d{6})\?banner=created$/.exec(response.location ?? '')?.[1]
    assert.ok(crn, response.location ?? '')
    const person = await services.people.getPerson(systemActor, crn)
    assert.equal(person.dateOfBirth, '1988-03-07')
    assert.equal(person.pnc, '2001/0123456F')
    assert.equal(person.postcode, 'LS1 4AP')
    const overview = await practitioner.get(response.location as string)
    assert.match(overview.html, /govuk-notification-banner--success/)
    assert.match(textOf(overview.html), new RegExp(`Person added: CRN ${crn}`))
    const [created] = await services.audit.entriesFor(services.database.db, { crn })
    assert.equal(created?.action, 'person.created')
    assert.match(created?.actor.name ?? '', /^practitioner-/)
  })

  it('warns of a possible duplicate, and adds the person only when confirmed with a reason', async () => {
    const form = {
      firstName: 'Zofia',
      surname: 'Nowak',
      sex: 'female',
      'dateOfBirth-day': '2',
      'dateOfBirth-month': '2',
      'dateOfBirth-year': '1992',
    }
    const first = await submit(practitioner, '/cases/new', form)
    const existing = /\/cases\/([A-Z]\d{6})/.exec(first.location ?? '')?.[1] as string
    const warned = await submit(practitioner, '/cases/new', form)
    assert.equal(warned.status, 409)
    assert.match(warned.html, new RegExp(`href="/cases/${existing}"`))
    assert.deepEqual(summaryLinks(warned.html)[0], [
      '#confirmDifferentPerson',
      'This person may already be on record: check the people listed, or confirm this is a different person',
    ])
    const noReason = await submit(practitioner, '/cases/new', { ...form, confirmDifferentPerson: 'yes' })
    assert.equal(noReason.status, 409)
    assert.deepEqual(summaryLinks(noReason.html), [
      ['#differentPersonReason', 'Say why this is a different person from the ones already on record'],
    ])
    const confirmed = await submit(practitioner, '/cases/new', {
      ...form,
      confirmDifferentPerson: 'yes',
      differentPersonReason: 'Different place of birth, checked with the court',
    })
    assert.equal(confirmed.status, 303)
    assert.notEqual(/\/cases\/([A-Z]\d{6})/.exec(confirmed.location ?? '')?.[1], existing)
  })

  it('changes personal details: the form shows the record and its version, and saves', async () => {
    const person = await services.people.createPerson(systemActor, {
      firstName: 'Rhys',
      surname: 'Pritchard',
      sex: 'male',
      dateOfBirth: '1979-06-01',
      postcode: 'CF10 1AA',
    })
    const path = `/cases/${person.crn}/edit`
    const form = await practitioner.get(path)
    assert.equal(form.status, 200)
    assert.equal(fieldValue(form.html, 'surname'), 'Pritchard')
    assert.equal(fieldValue(form.html, 'dateOfBirth-day'), '1')
    assert.equal(fieldValue(form.html, 'dateOfBirth-month'), '6')
    assert.match(form.html, /name="version" value="1"/)
    assert.match(form.html, /value="male" checked/)
    const saved = await submit(practitioner, path, {
      version: '1',
      firstName: 'Rhys',
      surname: 'Pritchard-Jones',
      sex: 'male',
      'dateOfBirth-day': '1',
      'dateOfBirth-month': '6',
      'dateOfBirth-year': '1979',
      postcode: 'CF10 1AA',
      mobileNumber: '07700 900123',
    })
    assert.equal(saved.status, 303)
    assert.equal(saved.location, `/cases/${person.crn}?banner=updated`)
    const now = await services.people.getPerson(systemActor, person.crn)
    assert.equal(now.surname, 'Pritchard-Jones')
    assert.equal(now.mobileNumber, '07700 900123')
    assert.equal(now.version, 2)
    assert.match(textOf((await practitioner.get(saved.location)).html), /Personal details changed/)

    const invalid = await submit(practitioner, path, {
      version: '2',
      firstName: 'Rhys',
      surname: '',
      sex: 'male',
    })
    assert.equal(invalid.status, 400)
    assert.deepEqual(summaryLinks(invalid.html), [['#surname', 'Enter the last name']])
    assert.match(invalid.html, /name="version" value="2"/)
  })

  it('never overwrites a change made meanwhile: says so, shows what differs, and the current record', async () => {
    const person = await services.people.createPerson(systemActor, {
      firstName: 'Leila',
      surname: 'Haddad',
      sex: 'female',
      postcode: 'M1 1AE',
    })
    const path = `/cases/${person.crn}/edit`
    const colleague = await signedIn('practitioner')
    // Both open the form at version 1; the colleague saves first.
    const mine = await practitioner.csrfFrom(path)
    await submit(colleague, path, {
      version: '1',
      firstName: 'Leila',
      surname: 'Haddad',
      sex: 'female',
      postcode: 'M2 2BB',
    })
    const stale = await practitioner.post(path, {
      _csrf: mine,
      version: '1',
      firstName: 'Layla',
      surname: 'Haddad',
      sex: 'female',
      postcode: 'M1 1AE',
    })
    assert.equal(stale.status, 409)
    const text = textOf(stale.html)
    assert.match(
      text,
      /Someone else changed this record after you opened it\. Your changes have not been saved\./,
    )
    assert.match(text, /Changed since you opened it: Postcode\./)
    assert.match(text, /First name Layla Leila/)
    assert.match(text, /Postcode M1 1AE M2 2BB/)
    assert.equal(fieldValue(stale.html, 'postcode'), 'M2 2BB', 'the form shows the record as it is now')
    assert.match(stale.html, /name="version" value="2"/)
    const now = await services.people.getPerson(systemActor, person.crn)
    assert.equal(now.firstName, 'Leila')
    assert.equal(now.postcode, 'M2 2BB')

    // Redone on the current version, the change is saved.
    const redone = await submit(practitioner, path, {
      version: '2',
      firstName: 'Layla',
      surname: 'Haddad',
      sex: 'female',
      postcode: 'M2 2BB',
    })
    assert.equal(redone.status, 303)
    assert.equal((await services.people.getPerson(systemActor, person.crn)).firstName, 'Layla')
  })

  it('refuses a form without its CSRF token, and roles that may not write', async () => {
    const person = await services.people.createPerson(systemActor, {
      firstName: 'Dev',
      surname: 'Chauhan',
      sex: 'male',
    })
    const noToken = await practitioner.post('/cases/new', {
      firstName: 'Dev',
      surname: 'Chauhan',
      sex: 'male',
    })
    assert.equal(noToken.status, 403)
    for (const role of ['analyst', 'partner'] as const) {
      const browser = await signedIn(role)
      const _csrf = await browser.csrfFrom('/')
      assert.equal((await browser.get('/cases/new')).status, 403, role)
      assert.equal((await browser.get(`/cases/${person.crn}/edit`)).status, 403, role)
      const post = await browser.post('/cases/new', {
        _csrf,
        firstName: 'Dev',
        surname: 'Chauhan',
        sex: 'male',
      })
      assert.equal(post.status, 403, role)
      const edit = await browser.post(`/cases/${person.crn}/edit`, {
        _csrf,
        version: '1',
        firstName: 'X',
        surname: 'Y',
        sex: 'male',
      })
      assert.equal(edit.status, 403, role)
    }
    assert.equal((await services.people.getPerson(systemActor, person.crn)).version, 1)
  })
})
