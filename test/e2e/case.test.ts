// The case journey in a real browser: find a person, add one with a mistake (the error summary), fix
// it, land on the overview, change a detail, open the chronology. Every page visited is checked with
// axe-core (WCAG 2.2 A and AA) and kept as a screenshot.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { contactsFixture } from '../../src/modules/contacts/contacts.fixture'
import { systemActor, testApi } from '../harness'
import { checkPage, chromiumMissing, collectConsoleErrors, launchBrowser } from './browser'

const skip = chromiumMissing() ?? false

describe('case journey in the browser', { skip }, async () => {
  if (skip) return
  const api = await testApi()
  const { services } = api
  await services.access.addUser(systemActor, {
    username: 'pat.officer',
    password: 'correct horse battery',
    role: 'practitioner',
    displayName: 'Pat Officer',
  })
  // Someone already on record, with an order, so the overview and chronology have something to show.
  const fixture = contactsFixture(services)
  const known = await fixture.newPerson()
  await fixture.newOrder(known.crn)
  await services.registers.createRegister(systemActor, known.crn, {
    type: 'rosh',
    level: 'medium',
    registeredDate: '2026-01-05',
  })
  const browser = await launchBrowser()

  it('adds a person after fixing a mistake, then reads the overview and the chronology', async () => {
    const context = await browser.newContext({ baseURL: api.baseUrl })
    const page = await context.newPage()
    const consoleErrors = collectConsoleErrors(page)

    await page.goto('/')
    await page.getByLabel('Username').fill('pat.officer')
    await page.getByLabel('Password', { exact: true }).fill('correct horse battery')
    await page.getByRole('button', { name: 'Sign in' }).click()
    await page.waitForURL(`${api.baseUrl}/`)

    await page.getByRole('link', { name: 'Find a person on probation' }).click()
    await page.waitForURL(`${api.baseUrl}/cases`)
    await page.getByLabel(/Name, date of birth, CRN/).fill('aoife byrne')
    await page.getByRole('button', { name: 'Search' }).click()
    await page.waitForURL(/\/cases\?q=aoife\+byrne/)
    assert.match(await page.locator('main').innerText(), /Aoife Byrne/)
    await checkPage(page, 'case-search')

    await page.getByRole('link', { name: 'Add a person' }).click()
    await page.waitForURL(`${api.baseUrl}/cases/new`)
    assert.equal(await page.locator('h1').innerText(), 'Add a person')
    await checkPage(page, 'case-new')
    await page.getByLabel('First name').fill('Grace')
    await page.getByLabel('Last name').fill('Adeyemi')
    await page.getByLabel('Day').fill('14')
    await page.getByLabel('Month').fill('7')
    await page.getByLabel('Year').fill('1994')
    await page.getByLabel('Female').check()
    // The mistake: a PNC number with the wrong check letter.
    await page.getByLabel('PNC number').fill('2001/0123456G')
    await page.getByLabel('Postcode of the main address').fill('se1 7pb')
    await page.getByRole('button', { name: 'Add person' }).click()
    const summary = page.locator('.govuk-error-summary')
    await summary.waitFor()
    assert.match(await summary.innerText(), /PNC number: the check letter is wrong/)
    assert.match(await page.title(), /^Error: Add a person/)
    assert.equal(await page.getByLabel('First name').inputValue(), 'Grace')
    assert.equal(await page.getByLabel('Year').inputValue(), '1994')
    await checkPage(page, 'case-new-error')

    await summary.getByRole('link', { name: /PNC number/ }).click()
    await page.getByLabel('PNC number').fill('2001/0123456F')
    await page.getByRole('button', { name: 'Add person' }).click()
    await page.waitForURL(/\/cases\/[A-Z]\d{6}\?banner=created$/)
    const crn = /\/cases\/([A-Z]\d{6})/.exec(page.url())?.[1] as string
    assert.equal(await page.locator('h1').innerText(), 'Grace Adeyemi')
    assert.match(
      await page.locator('.govuk-notification-banner').innerText(),
      new RegExp(`Person added: CRN ${crn}`),
    )
    assert.match(await page.locator('main').innerText(), /14 July 1994/)
    await checkPage(page, 'case-overview-new')

    await page.getByRole('link', { name: 'Change personal details' }).click()
    await page.getByLabel('Mobile').fill('07700 900456')
    await page.getByRole('button', { name: 'Save changes' }).click()
    await page.waitForURL(`${api.baseUrl}/cases/${crn}?banner=updated`)
    assert.match(await page.locator('main').innerText(), /07700 900456/)

    await page.getByRole('link', { name: 'See the chronology of this case' }).click()
    await page.waitForURL(`${api.baseUrl}/cases/${crn}/chronology`)
    assert.match(await page.locator('main').innerText(), /Nothing has been recorded on this case yet/)
    await checkPage(page, 'case-chronology-empty')

    // A case with an order: its overview and a filtered chronology.
    await page.goto(`/cases/${known.crn}`)
    assert.match(await page.locator('main').innerText(), /Community order, 12 months/)
    await checkPage(page, 'case-overview')
    await page.getByRole('link', { name: 'Chronology', exact: true }).click()
    await page.getByLabel('Events').check()
    await page.getByRole('button', { name: 'Apply filters' }).click()
    await page.waitForURL(/type=event/)
    const table = await page.locator('[data-test="chronology"]').innerText()
    assert.match(table, /Sentenced \(event 1\)/)
    assert.doesNotMatch(table, /Registered/)
    await checkPage(page, 'case-chronology')
    await page.emulateMedia({ media: 'print' })
    assert.equal(await page.locator('form[method="get"]').isVisible(), false, 'the filters are not printed')
    assert.equal(await page.locator('.govuk-header').isVisible(), false)
    assert.ok(await page.locator('[data-test="chronology"]').isVisible())
    await page.emulateMedia({ media: 'screen' })
    assert.deepEqual(consoleErrors, [])
    await context.close()
  })
})
