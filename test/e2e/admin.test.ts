// The administration pages in a real browser: add a team (after a mistake), add a member of staff with
// vetting, add a user linked to them, set who may see a case, and close an account; "my cases" for a
// practitioner. Every page visited is checked with axe-core and kept as a screenshot.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { systemActor, testApi } from '../harness'
import { checkPage, chromiumMissing, collectConsoleErrors, launchBrowser } from './browser'

const skip = chromiumMissing() ?? false
const PASSWORD = 'correct horse battery'

describe('administration in the browser', { skip }, async () => {
  if (skip) return
  const api = await testApi()
  const { services } = api
  await services.access.addUser(systemActor, {
    username: 'ada.admin',
    password: PASSWORD,
    role: 'admin',
    displayName: 'Ada Admin',
  })
  await services.organisation.createRegion(systemActor, { code: 'N07', name: 'London' })
  await services.organisation.createProbationDeliveryUnit(systemActor, {
    code: 'N07CEN',
    regionCode: 'N07',
    name: 'Camden and Islington',
  })
  const person = await services.people.createPerson(systemActor, {
    firstName: 'Jan',
    surname: 'Kowalski',
    sex: 'male',
  })
  const browser = await launchBrowser()

  it('manages the organisation, staff, users and who may see a case', async () => {
    const context = await browser.newContext({ baseURL: api.baseUrl })
    const page = await context.newPage()
    const errors = collectConsoleErrors(page)
    await page.goto('/sign-in')
    await page.getByLabel('Username').fill('ada.admin')
    await page.getByLabel('Password', { exact: true }).fill(PASSWORD)
    await page.getByRole('button', { name: 'Sign in' }).click()
    await page.waitForURL(`${api.baseUrl}/`)
    await page.getByRole('link', { name: 'Manage regions, delivery units, teams, staff and users' }).click()
    await page.waitForURL(`${api.baseUrl}/admin`)
    await checkPage(page, 'admin-index')

    await page.getByRole('link', { name: 'Organisation' }).click()
    await checkPage(page, 'admin-organisation')
    const teamForm = page.locator('form[action="/admin/organisation/team"]')
    await teamForm.getByLabel('Code').fill('N07T1!')
    await teamForm.getByLabel('Name').fill('Camden Team 1')
    await page.getByRole('button', { name: 'Add team' }).click()
    const summary = page.locator('.govuk-error-summary')
    await summary.waitFor()
    assert.match(await summary.innerText(), /Code must be 2 to 20 letters or digits/)
    assert.match(await summary.innerText(), /Delivery unit/)
    await checkPage(page, 'admin-organisation-error')
    await teamForm.getByLabel('Code').fill('N07T1')
    await teamForm.getByLabel('Delivery unit').selectOption('N07CEN')
    await page.getByRole('button', { name: 'Add team' }).click()
    await page.waitForURL(/added=team/)
    assert.match(await page.locator('[data-test="teams"]').innerText(), /N07T1\s+Camden Team 1/)

    await page.goto('/admin/staff')
    await checkPage(page, 'admin-staff')
    await page.getByRole('button', { name: 'Add a member of staff' }).click()
    await page.getByLabel('Staff code').fill('N07A001')
    await page.getByLabel('First name').fill('Kofi')
    await page.getByLabel('Last name').fill('Boateng')
    await page.getByLabel('Team').selectOption('N07T1')
    await page.getByLabel('Grade').selectOption('PO')
    await page.getByLabel('Contracted hours a week').fill('37')
    await page.getByLabel('VISOR').check()
    await page.getByLabel('Year').fill('2030')
    await checkPage(page, 'admin-staff-new')
    await page.getByRole('button', { name: 'Add member of staff' }).click()
    await summary.waitFor()
    assert.match(await summary.innerText(), /Vetting expiry date must be a real date/)
    await page.getByLabel('Day').fill('31')
    await page.getByLabel('Month').fill('1')
    await page.getByRole('button', { name: 'Add member of staff' }).click()
    await page.waitForURL(/saved=added/)
    assert.match(await page.locator('[data-test="staff"]').innerText(), /N07A001\s+Kofi Boateng\s+PO\s+N07T1/)

    await page.goto('/admin/users/new')
    await checkPage(page, 'admin-user-new')
    await page.getByLabel('Username').fill('kofi.boateng')
    await page.getByLabel('Full name').fill('Kofi Boateng')
    await page.getByLabel('Password').fill(PASSWORD)
    await page.getByLabel('Practitioner').check()
    await page.getByLabel('Staff code (optional)').fill('N07A001')
    await page.getByRole('button', { name: 'Add user' }).click()
    await page.waitForURL(/done=added/)
    assert.match(
      await page.locator('[data-test="users"]').innerText(),
      /kofi\.boateng\s+Kofi Boateng\s+Practitioner\s+N07A001/,
    )
    await checkPage(page, 'admin-users')

    await page.goto('/admin/restrictions')
    await checkPage(page, 'admin-restrictions-find')
    await page.getByLabel('CRN of the case').fill(person.crn as string)
    await page.getByRole('button', { name: 'Continue' }).click()
    await page.getByLabel('Exclusion list').fill('kofi.boateng')
    await page.getByLabel(/Show the name and "restricted"/).check()
    await page.getByRole('button', { name: 'Save' }).click()
    await page.waitForURL(/saved=1/)
    await checkPage(page, 'admin-restrictions')
    const lists = await services.restrictions.getCaseRestrictions(systemActor, person.crn as string)
    assert.deepEqual([lists.excluded, lists.showAsRestricted], [['kofi.boateng'], true])

    // The new user: the case shows only as restricted to them, and "my cases" is empty.
    const theirs = await browser.newContext({ baseURL: api.baseUrl })
    const their = await theirs.newPage()
    await their.goto('/sign-in')
    await their.getByLabel('Username').fill('kofi.boateng')
    await their.getByLabel('Password', { exact: true }).fill(PASSWORD)
    await their.getByRole('button', { name: 'Sign in' }).click()
    await their.waitForURL(`${api.baseUrl}/`)
    await their.getByRole('link', { name: /See your cases/ }).click()
    assert.match(
      await their.locator('[data-test="no-caseload"]').innerText(),
      /No cases are allocated to you/,
    )
    await checkPage(their, 'my-cases-empty')
    await their.goto(`/cases/${person.crn}`)
    assert.match(await their.locator('main').innerText(), /Jan Kowalski \([A-Z]\d{6}\): restricted/)

    // Closing the account signs them out everywhere.
    await page.goto('/admin/users')
    await page.getByRole('button', { name: 'Close account of kofi.boateng' }).click()
    await page.waitForURL(/done=closed/)
    await their.goto('/')
    await their.waitForURL(/\/sign-in/)
    await theirs.close()
    assert.deepEqual(errors, [])
    await context.close()
  })
})
