// The sign-in journey in a real browser: a wrong password, signing in, the home page, signing out, and
// the old session refused afterwards. Every page visited is checked with axe-core.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { systemActor, testApi } from '../harness'
import { checkPage, chromiumMissing, collectConsoleErrors, launchBrowser } from './browser'

const skip = chromiumMissing() ?? false

describe('sign-in journey in the browser', { skip }, async () => {
  if (skip) return
  const api = await testApi()
  await api.services.access.addUser(systemActor, {
    username: 'pat.officer',
    password: 'correct horse battery',
    role: 'practitioner',
    displayName: 'Pat Officer',
  })
  const browser = await launchBrowser()

  it('signs in after a wrong password, signs out, and the old session no longer works', async () => {
    const context = await browser.newContext({ baseURL: api.baseUrl })
    const page = await context.newPage()
    const consoleErrors = collectConsoleErrors(page)

    await page.goto('/')
    assert.match(page.url(), /\/sign-in\?returnTo=%2F$/)
    assert.equal(await page.locator('h1').innerText(), 'Sign in to OpenProbation')
    await checkPage(page, 'sign-in')

    await page.getByLabel('Username').fill('pat.officer')
    await page.getByLabel('Password', { exact: true }).fill('wrong password')
    await page.getByRole('button', { name: 'Sign in' }).click()
    const summary = page.locator('.govuk-error-summary')
    await summary.waitFor()
    assert.match(await summary.innerText(), /Enter a correct username and password/)
    assert.match(await page.title(), /^Error: Sign in/)
    assert.equal(await page.getByLabel('Username').inputValue(), 'pat.officer')
    await checkPage(page, 'sign-in-error')

    await page.getByLabel('Password', { exact: true }).fill('correct horse battery')
    await page.getByRole('button', { name: 'Sign in' }).click()
    await page.waitForURL(`${api.baseUrl}/`)
    assert.equal(await page.locator('h1').innerText(), 'Hello, Pat Officer')
    assert.match(await page.locator('header').innerText(), /Pat Officer/)
    // GOV.UK Frontend's script ran under the content security policy.
    assert.ok(await page.locator('body.govuk-frontend-supported').count())
    await checkPage(page, 'home')
    const [session] = await context.cookies()
    assert.ok(session?.httpOnly)
    assert.equal(session?.sameSite, 'Lax')

    await page.getByRole('button', { name: 'Sign out', exact: true }).click()
    await page.waitForURL(`${api.baseUrl}/signed-out`)
    assert.equal(await page.locator('h1').innerText(), 'You have signed out')
    await checkPage(page, 'signed-out')
    assert.deepEqual(consoleErrors, [])

    // Someone who kept a copy of the old session cookie gets the sign-in page.
    const replay = await browser.newContext({ baseURL: api.baseUrl })
    await replay.addCookies([{ ...session!, expires: -1 }])
    const replayPage = await replay.newPage()
    await replayPage.goto('/')
    assert.match(replayPage.url(), /\/sign-in/)
    await checkPage(replayPage, 'sign-in-after-sign-out')
    await Promise.all([context.close(), replay.close()])
  })
})
