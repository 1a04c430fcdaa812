// The contacts journey in a real browser: book an appointment, record that the person failed to attend
// on the one outcome page, see the warning the policy proposes with its reasons, save outcome and
// decision with one submission, and find the warning on the contact log and the chronology. Every page
// visited is checked with axe-core (WCAG 2.2 A and AA).
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { addDays } from '../../src/modules/contacts'
import { contactsFixture } from '../../src/modules/contacts/contacts.fixture'
import { systemActor, testApi } from '../harness'
import { checkPage, chromiumMissing, collectConsoleErrors, launchBrowser } from './browser'

const skip = chromiumMissing() ?? false

describe('contacts journey in the browser', { skip }, async () => {
  if (skip) return
  const api = await testApi()
  const { services } = api
  const fixture = contactsFixture(services)
  const team = await fixture.newTeam()
  const staffCode = await fixture.newStaff('PO', team)
  await fixture.newStaff('SPO', team)
  await services.access.addUser(systemActor, {
    username: 'pat.officer',
    password: 'correct horse battery',
    role: 'practitioner',
    displayName: 'Pat Officer',
    staffCode,
  })
  const { crn } = await fixture.newPerson()
  await fixture.newOrder(crn)
  // The appointment took place two days ago (booked in arrears, as happens when a diary is typed up).
  const [year, month, day] = addDays(services.clock.today(), -2).split('-') as [string, string, string]
  const browser = await launchBrowser()

  it('books, records a failure with the proposed warning in one submission, and sees it recorded', async () => {
    const context = await browser.newContext({ baseURL: api.baseUrl })
    const page = await context.newPage()
    const consoleErrors = collectConsoleErrors(page)
    await page.goto('/')
    await page.getByLabel('Username').fill('pat.officer')
    await page.getByLabel('Password', { exact: true }).fill('correct horse battery')
    await page.getByRole('button', { name: 'Sign in' }).click()
    await page.waitForURL(`${api.baseUrl}/`)

    await page.goto(`/cases/${crn}`)
    await page.getByRole('link', { name: 'Contacts', exact: true }).click()
    await page.waitForURL(`${api.baseUrl}/cases/${crn}/contacts`)
    await checkPage(page, 'contacts-empty')

    await page.getByRole('button', { name: 'Book an appointment' }).click()
    await checkPage(page, 'contacts-book')
    await page.getByLabel('Type of appointment').selectOption('office_visit')
    await page.getByLabel('Day').fill(String(Number(day)))
    await page.getByLabel('Month').fill(String(Number(month)))
    await page.getByLabel('Year').fill(year)
    await page.getByLabel('Start time').fill('10:00')
    await page.getByLabel('End time').fill('11:00')
    // The mistake: no location.
    await page.getByRole('button', { name: 'Book appointment' }).click()
    const summary = page.locator('.govuk-error-summary')
    await summary.waitFor()
    assert.match(await summary.innerText(), /Location is required for Office appointment/)
    await checkPage(page, 'contacts-book-error')
    await page.getByLabel('Location').fill('Leeds probation office')
    await page.getByRole('button', { name: 'Book appointment' }).click()
    await page.waitForURL(/\/contacts\?banner=booked/)
    assert.match(await page.locator('.govuk-notification-banner').innerText(), /Appointment booked/)
    await checkPage(page, 'contacts-booked')

    // Recording the outcome: one page, one submission.
    await page.getByRole('link', { name: /Record outcome/ }).click()
    await page.waitForURL(/\/outcome$/)
    let pages = 1
    let submissions = 0
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) pages += 1
    })
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.isNavigationRequest()) submissions += 1
    })
    const proposal = page.locator('[data-test="proposal"]')
    assert.match(await proposal.innerText(), /Issue a warning letter, with a response by/)
    assert.match(await proposal.innerText(), /no warning on this order in the 12 months before/)
    await checkPage(page, 'contacts-outcome')
    await page.getByLabel('Failed to attend').check()
    await page.getByLabel('Notes (optional)').fill('No call, no show.')
    assert.ok(
      await page.getByLabel('Issue a warning letter (proposed)').isChecked(),
      'the proposal is chosen',
    )
    await page.getByRole('button', { name: 'Save outcome' }).click()
    await page.waitForURL(/\/contacts\?banner=outcome/)
    assert.equal(submissions, 1, 'one form submission')
    assert.equal(pages, 2, 'the outcome page, then the contact log it returns to')
    const banner = await page.locator('.govuk-notification-banner').innerText()
    assert.match(banner, /Outcome recorded: Warning issued, respond by/)
    assert.match(await page.locator('[data-test="compliance"]').innerText(), /Failures to comply\s+1/)
    await checkPage(page, 'contacts-after-outcome')

    await page.getByRole('link', { name: /Warning letter/ }).click()
    assert.match(await page.locator('[data-test="letter"]').innerText(), /This is a formal warning/)
    await checkPage(page, 'contacts-warning-letter')
    await page.getByRole('button', { name: 'Record as sent' }).click()
    await page.waitForURL(/banner=letter/)

    await page.getByRole('link', { name: 'Chronology', exact: true }).click()
    const chronology = await page.locator('[data-test="chronology"]').innerText()
    assert.match(chronology, /Warning issued \(respond by/)
    assert.match(chronology, /Failed to attend/)
    assert.match(chronology, /Letter/)
    await checkPage(page, 'contacts-chronology')

    await page.goto('/my-contacts')
    assert.match(
      await page.locator('[data-test="counts"]').innerText(),
      /Appointments awaiting an outcome\s+0/,
    )
    await checkPage(page, 'contacts-my')
    await page.goto(`/teams/${team}/contacts`)
    await checkPage(page, 'contacts-team')
    assert.deepEqual(consoleErrors, [])
    await context.close()
  })
})
