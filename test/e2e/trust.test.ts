// Trust in a real browser: two tabs edit the same person and the second is told what changed meanwhile,
// keeping what it typed; a restricted case is "page not found" to an unlisted and to an excluded user,
// and only a name and "restricted" when policy shows it; a ViSOR register is only "restricted" without
// vetting; the record history and the audit trail. Every page visited is checked with axe-core.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { BrowserContext } from 'playwright-core'
import type { Role } from '../../src/platform/actor'
import { systemActor, testApi } from '../harness'
import { checkPage, chromiumMissing, collectConsoleErrors, launchBrowser } from './browser'

const skip = chromiumMissing() ?? false
const PASSWORD = 'correct horse battery'

describe('trust in the browser', { skip }, async () => {
  if (skip) return
  const api = await testApi()
  const { services } = api
  const user = (username: string, role: Role, staffCode?: string) =>
    services.access.addUser(systemActor, {
      username,
      password: PASSWORD,
      role,
      displayName: username,
      staffCode,
    })
  await services.organisation.createStaff(systemActor, {
    code: 'N07VET1',
    firstName: 'Val',
    surname: 'Vetted',
    grade: 'PO',
    contractedHours: 37,
    vetting: ['visor'],
  })
  await user('pat.officer', 'practitioner')
  await user('val.vetted', 'practitioner', 'N07VET1')
  await user('una.unlisted', 'practitioner')
  await user('ed.excluded', 'practitioner')
  await user('sam.manager', 'spo')
  const person = await services.people.createPerson(systemActor, {
    firstName: 'Mariam',
    surname: 'Haddad',
    sex: 'female',
    dateOfBirth: '1991-09-03',
  })
  const crn = person.crn as string
  const browser = await launchBrowser()

  const signedIn = async (username: string): Promise<BrowserContext> => {
    const context = await browser.newContext({ baseURL: api.baseUrl })
    const page = await context.newPage()
    await page.goto('/sign-in')
    await page.getByLabel('Username').fill(username)
    await page.getByLabel('Password', { exact: true }).fill(PASSWORD)
    await page.getByRole('button', { name: 'Sign in' }).click()
    await page.waitForURL(`${api.baseUrl}/`)
    await page.close()
    return context
  }

  it('shows a stale edit what changed meanwhile, with the current values, losing nothing typed', async () => {
    const context = await signedIn('pat.officer')
    const first = await context.newPage()
    const second = await context.newPage()
    const errors = collectConsoleErrors(second)
    await first.goto(`/cases/${crn}/edit`)
    await second.goto(`/cases/${crn}/edit`)
    await first.getByLabel('Mobile').fill('07700 900111')
    await first.getByRole('button', { name: 'Save changes' }).click()
    await first.waitForURL(`${api.baseUrl}/cases/${crn}?banner=updated`)

    await second.getByLabel('Email address').fill('mariam.haddad@example.org')
    await second.getByRole('button', { name: 'Save changes' }).click()
    const summary = second.locator('.govuk-error-summary')
    await summary.waitFor()
    assert.match(await summary.innerText(), /Someone else changed this record after you opened it/)
    const conflict = await second.locator('[data-test="conflict"]').innerText()
    assert.match(conflict, /Changed since you opened it: Mobile/)
    // What the second tab typed is still on the page, beside the record as it is now.
    assert.match(conflict, /Email address\s+mariam\.haddad@example\.org\s+\(blank\)/)
    assert.equal(await second.getByLabel('Mobile').inputValue(), '07700 900111')
    await checkPage(second, 'trust-stale-edit')
    await second.getByLabel('Email address').fill('mariam.haddad@example.org')
    await second.getByRole('button', { name: 'Save changes' }).click()
    await second.waitForURL(`${api.baseUrl}/cases/${crn}?banner=updated`)
    const record = await services.people.getPerson(systemActor, crn)
    assert.deepEqual(
      [record.mobileNumber, record.emailAddress],
      ['07700 900111', 'mariam.haddad@example.org'],
    )
    assert.deepEqual(errors, [])
    await context.close()
  })

  it('shows the record history and, to a manager, the audit trail', async () => {
    const context = await signedIn('sam.manager')
    const page = await context.newPage()
    await page.goto(`/cases/${crn}`)
    await page.getByRole('link', { name: 'Chronology', exact: true }).click()
    await page.getByRole('link', { name: 'Record history' }).click()
    await page.waitForURL(`${api.baseUrl}/cases/${crn}/history`)
    assert.match(await page.locator('[data-test="history"]').innerText(), /Mobile\s+\(blank\)\s+07700 900111/)
    await checkPage(page, 'trust-history')
    await page.getByRole('link', { name: 'Audit trail' }).click()
    await page.waitForURL(`${api.baseUrl}/cases/${crn}/audit`)
    assert.match(
      await page.locator('[data-test="audit-trail"]').innerText(),
      /pat\.officer\s+person\.updated/,
    )
    await checkPage(page, 'trust-audit-trail')
    await context.close()
  })

  it('hides a restricted case from the unlisted and the excluded, or shows only its name when policy says', async () => {
    await services.restrictions.setCaseRestrictions(systemActor, crn, {
      restrictedTo: ['pat.officer', 'ed.excluded'],
      excluded: ['ed.excluded'],
      showAsRestricted: false,
    })
    for (const username of ['una.unlisted', 'ed.excluded']) {
      const context = await signedIn(username)
      const page = await context.newPage()
      const response = await page.goto(`/cases/${crn}`)
      assert.equal(response?.status(), 404)
      assert.match(await page.locator('h1').innerText(), /Page not found/)
      assert.doesNotMatch(await page.content(), /Haddad/)
      await page.goto(`/cases?q=${crn}`)
      assert.doesNotMatch(await page.locator('main').innerText(), /Haddad/)
      await checkPage(page, `trust-hidden-${username.split('.')[0]}`)
      await context.close()
    }
    await services.restrictions.setCaseRestrictions(systemActor, crn, {
      restrictedTo: ['pat.officer'],
      excluded: ['ed.excluded'],
      showAsRestricted: true,
    })
    const context = await signedIn('una.unlisted')
    const page = await context.newPage()
    const response = await page.goto(`/cases/${crn}`)
    assert.equal(response?.status(), 403)
    const main = await page.locator('main').innerText()
    assert.match(main, new RegExp(`Mariam Haddad \\(${crn}\\): restricted`))
    assert.doesNotMatch(main, /1991|September/)
    await checkPage(page, 'trust-shown-as-restricted')
    await context.close()
    await services.restrictions.setCaseRestrictions(systemActor, crn, {
      restrictedTo: [],
      excluded: [],
      showAsRestricted: false,
    })
  })

  it('shows a ViSOR register only as restricted to staff without ViSOR vetting', async () => {
    await services.registers.createRegister(systemActor, crn, { type: 'visor', registeredDate: '2026-03-02' })
    const unvetted = await signedIn('una.unlisted')
    const page = await unvetted.newPage()
    await page.goto(`/cases/${crn}`)
    assert.match(await page.locator('[data-test="flags"]').innerText(), /ViSOR: restricted/)
    assert.doesNotMatch(await page.locator('[data-test="active-registers"]').innerText(), /2 March 2026/)
    await checkPage(page, 'trust-visor-restricted')
    await unvetted.close()
    const vetted = await signedIn('val.vetted')
    const full = await vetted.newPage()
    await full.goto(`/cases/${crn}`)
    assert.match(await full.locator('[data-test="active-registers"]').innerText(), /ViSOR\s+2 March 2026/)
    await vetted.close()
  })
})
