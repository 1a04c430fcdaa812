// A risk escalation in a real browser (issue 10): the practitioner escalates from the case in at most two
// screens (the form, then the request they raised), and the named decision-maker finds it in the team's
// requests and accepts it. Pages are counted; every page is checked with axe-core (WCAG 2.2 A and AA).
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { Page } from 'playwright-core'
import { contactsFixture } from '../../src/modules/contacts/contacts.fixture'
import { systemActor, testApi } from '../harness'
import { checkPage, chromiumMissing, collectConsoleErrors, launchBrowser } from './browser'

const skip = chromiumMissing() ?? false
const PASSWORD = 'correct horse battery'

describe('risk escalation in the browser', { skip }, async () => {
  if (skip) return
  const api = await testApi()
  const { services } = api
  const fx = contactsFixture(services)
  const team = await fx.newTeam()
  const officer = await fx.newStaff('PO', team)
  const manager = await fx.newStaff('SPO', team)
  const { crn } = await fx.newPerson()
  await fx.newOrder(crn)
  await services.registers.createRegister(systemActor, crn, {
    type: 'rosh',
    level: 'high',
    registeredDate: '2026-01-05',
  })
  for (const [username, role, staffCode] of [
    ['pat.officer', 'practitioner', officer],
    ['sam.manager', 'spo', manager],
  ] as const)
    await services.access.addUser(systemActor, { username, password: PASSWORD, role, staffCode })
  const browser = await launchBrowser()

  async function signIn(username: string): Promise<Page> {
    const context = await browser.newContext({ baseURL: api.baseUrl })
    const page = await context.newPage()
    await page.goto('/')
    await page.getByLabel('Username').fill(username)
    await page.getByLabel('Password', { exact: true }).fill(PASSWORD)
    await page.getByRole('button', { name: 'Sign in' }).click()
    await page.waitForURL(`${api.baseUrl}/`)
    return page
  }

  it('raises a risk escalation in two screens, and the decision-maker accepts it', async () => {
    const pat = await signIn('pat.officer')
    const consoleErrors = collectConsoleErrors(pat)
    await pat.goto(`/cases/${crn}`)

    // Screen 1: the form, opened from the case.
    let raisingScreens = 0
    await pat.getByRole('link', { name: 'Escalate risk' }).click()
    await pat.waitForURL(/\/requests\/new\?kind=risk_escalation$/)
    raisingScreens++
    assert.equal(await pat.locator('h1').innerText(), 'Escalate risk')
    await checkPage(pat, 'request-escalate-form')
    await pat.getByLabel('Reason').fill('Police report threats to kill a former partner')
    await pat.getByLabel(/RoSH high since 2026-01-05/).check()
    await pat.getByLabel('Decision-maker').selectOption(manager)
    await pat.getByRole('button', { name: 'Send request' }).click()

    // Screen 2: the request, raised, visible to the raiser.
    await pat.waitForURL(/\/requests\/[0-9a-f-]{36}\?banner=raised$/)
    raisingScreens++
    const url = pat.url().replace(/\?.*$/, '')
    assert.match(await pat.locator('[data-test="request-state"]').innerText(), /Raised/)
    assert.match(await pat.locator('main').innerText(), /RoSH high since 2026-01-05/)
    await checkPage(pat, 'request-raised')
    assert.ok(raisingScreens <= 2, `raising took ${raisingScreens} screens`)
    assert.deepEqual(consoleErrors, [])

    // The decision-maker: the team's requests, then the request, then accept.
    const sam = await signIn('sam.manager')
    await sam.goto('/requests')
    await checkPage(sam, 'requests-list')
    await sam
      .locator('[data-test="incoming"]')
      .getByRole('link', { name: /Risk escalation/ })
      .click()
    await sam.waitForURL(url)
    await checkPage(sam, 'request-to-decide')
    await sam.getByRole('button', { name: 'Accept request' }).click()
    await sam.waitForURL(`${url}?banner=accept`)
    assert.match(await sam.locator('[data-test="request-state"]').innerText(), /Accepted/)
    assert.match(await sam.locator('[data-test="timeline"]').innerText(), /Accepted\s+sam\.manager/)
    await checkPage(sam, 'request-accepted')

    // Both sides see the same state.
    await pat.goto(url)
    assert.match(await pat.locator('[data-test="request-state"]').innerText(), /Accepted/)
  })
})
