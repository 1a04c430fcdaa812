// The allocation journey in a real browser: a senior probation officer opens the team's queue, opens a
// case, chooses the recommended practitioner, gives a rationale and the first appointment, and lands on
// the confirmation: three pages from the queue to an allocated case with its first appointment, counted
// here. Every page visited is checked with axe-core (WCAG 2.2 A and AA); the meeting view too.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { allocationFixture } from '../../src/modules/allocation/allocation.fixture'
import { fixedClock } from '../../src/platform/clock'
import { systemActor, testApi } from '../harness'
import { checkPage, chromiumMissing, collectConsoleErrors, launchBrowser } from './browser'

const skip = chromiumMissing() ?? false

describe('allocation journey in the browser', { skip }, async () => {
  if (skip) return
  const api = await testApi(fixedClock('2026-11-23T09:00:00Z'))
  const { services } = api
  const f = await allocationFixture(services)
  await f.staff('PO', { specialisms: ['women'] })
  await f.staff('PSO')
  await services.access.addUser(systemActor, {
    username: 'sam.manager',
    password: 'correct horse battery',
    role: 'spo',
    displayName: 'Sam Manager',
    staffCode: f.manager.staffCode as string,
  })
  const crn = await f.queuedCase()
  await f.rosh(crn, 'high')
  const browser = await launchBrowser()

  it('goes from the queue to an allocated case with its first appointment in three pages', async () => {
    const context = await browser.newContext({ baseURL: api.baseUrl })
    const page = await context.newPage()
    const consoleErrors = collectConsoleErrors(page)
    await page.goto('/')
    await page.getByLabel('Username').fill('sam.manager')
    await page.getByLabel('Password', { exact: true }).fill('correct horse battery')
    await page.getByRole('button', { name: 'Sign in' }).click()
    await page.waitForURL(`${api.baseUrl}/`)

    const pages: string[] = []
    await page.goto('/allocation')
    pages.push(page.url())
    assert.match(await page.locator('[data-test="queue-total"]').innerText(), /1 case waiting/)
    await checkPage(page, 'allocation-queue')

    await page.getByRole('link', { name: 'Allocation meeting view (printable)' }).click()
    await page.waitForURL(/\/allocation\/meeting/)
    assert.match(await page.locator('[data-test="meeting"]').innerText(), new RegExp(crn))
    await checkPage(page, 'allocation-meeting')
    await page.emulateMedia({ media: 'print' })
    assert.equal(await page.locator('.govuk-header').isVisible(), false, 'the header is not printed')
    await page.emulateMedia({ media: 'screen' })
    await page.goBack()

    await page.locator(`a[href="/allocation/cases/${crn}"]`).click()
    await page.waitForURL(`${api.baseUrl}/allocation/cases/${crn}`)
    pages.push(page.url())
    const recommendations = await page.locator('[data-test="recommendations"]').innerText()
    assert.match(recommendations, /1\. PO Officer\d+/)
    assert.match(await page.locator('[data-test="unsuitable"]').innerText(), /PSO may not hold high RoSH/)
    await checkPage(page, 'allocation-case')

    await page.getByRole('button', { name: 'Allocate case' }).click()
    await page.locator('.govuk-error-summary').waitFor()
    assert.match(await page.locator('.govuk-error-summary').innerText(), /Rationale must not be empty/)
    await checkPage(page, 'allocation-case-error')

    await page.getByLabel('Rationale').fill('Experience with high RoSH cases and capacity this week')
    await page.getByLabel('Day').fill('26')
    await page.getByLabel('Month').fill('11')
    await page.getByLabel('Year').fill('2026')
    await page.getByLabel('Start time').fill('10:00')
    await page.getByRole('button', { name: 'Allocate case' }).click()
    await page.waitForURL(/allocated=1/)
    pages.push(page.url())
    const panel = await page.locator('[data-test="allocated"]').innerText()
    assert.match(panel, /Case allocated/)
    assert.match(panel, /First appointment 26 November 2026 at 10:00/)
    await checkPage(page, 'allocation-done')

    assert.equal(pages.length, 3, `pages from the queue to the allocated case: ${pages.join(', ')}`)
    assert.deepEqual(consoleErrors, [])
    await context.close()
  })
})
