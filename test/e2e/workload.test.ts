// Workload pages in a real browser: "My workload" and the team page with its SVG chart, each checked
// with axe-core (WCAG 2.2 A and AA), with no console errors (the chart needs no script or inline style).
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { workloadFixture } from '../../src/modules/workload/workload.fixture'
import { systemActor, testApi } from '../harness'
import { checkPage, chromiumMissing, collectConsoleErrors, launchBrowser } from './browser'

const skip = chromiumMissing() ?? false

describe('workload pages in the browser', { skip }, async () => {
  if (skip) return
  const api = await testApi()
  const { services } = api
  const f = workloadFixture(services)
  const team = await f.newTeam()
  const sam = await f.newStaff(team, 'PO', 37)
  const manager = await f.newStaff(team, 'SPO', 37)
  for (const tier of ['B2', 'A3', 'C1']) await f.allocate(sam, team, { tier })
  await services.access.addUser(systemActor, {
    username: 'sam',
    password: 'correct horse battery',
    role: 'practitioner',
    staffCode: sam,
  })
  await services.access.addUser(systemActor, {
    username: 'spo',
    password: 'correct horse battery',
    role: 'spo',
    staffCode: manager,
  })
  const browser = await launchBrowser()

  const signIn = async (username: string) => {
    const context = await browser.newContext({ baseURL: api.baseUrl })
    const page = await context.newPage()
    const consoleErrors = collectConsoleErrors(page)
    await page.goto('/')
    await page.getByLabel('Username').fill(username)
    await page.getByLabel('Password', { exact: true }).fill('correct horse battery')
    await page.getByRole('button', { name: 'Sign in' }).click()
    await page.waitForURL(`${api.baseUrl}/`)
    return { context, page, consoleErrors }
  }

  it('shows a practitioner their own workload', async () => {
    const { context, page, consoleErrors } = await signIn('sam')
    await page.goto('/workload')
    assert.match(await page.locator('main').innerText(), /of capacity: 371 of 2176 available points/)
    await checkPage(page, 'my-workload')
    assert.deepEqual(consoleErrors, [])
    await context.close()
  })

  it("shows the manager the team's workload with the chart", async () => {
    const { context, page, consoleErrors } = await signIn('spo')
    await page.goto(`/workload/teams/${team}`)
    assert.equal(await page.locator('svg[role="img"] rect').count(), 2)
    await checkPage(page, 'team-workload')
    assert.deepEqual(consoleErrors, [])
    await context.close()
    await browser.close()
  })
})
