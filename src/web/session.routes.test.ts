import assert from 'node:assert/strict'
import type { AddressInfo } from 'node:net'
import { after, describe, it } from 'node:test'
import { systemActor, testApi } from '../../test/harness'
import { adjustableClock, textOf, WebClient } from '../../test/web-client'
import { createApp } from '../server'

const PASSWORD = 'correct horse battery'
const MINUTE = 60_000

describe('web sessions and the page shell', async () => {
  const clock = adjustableClock('2026-11-23T08:00:00Z')
  const api = await testApi(clock)
  const { services } = api
  let users = 0
  const signedIn = async (
    role: 'practitioner' | 'analyst' | 'partner' = 'practitioner',
    displayName?: string,
  ) => {
    const username = `user-${++users}`
    await services.access.addUser(systemActor, { username, password: PASSWORD, role, displayName })
    const browser = new WebClient(api.baseUrl)
    assert.equal((await browser.signIn(username, PASSWORD)).status, 303)
    return browser
  }

  it('ends a session after 30 minutes without activity, and says why on the sign-in page', async () => {
    const browser = await signedIn()
    clock.advance(29 * MINUTE)
    assert.equal((await browser.get('/')).status, 200)
    clock.advance(29 * MINUTE) // activity 29 minutes ago kept it alive
    assert.equal((await browser.get('/')).status, 200)
    clock.advance(30 * MINUTE)
    const expired = await browser.get('/')
    assert.equal(expired.status, 303)
    assert.equal(expired.location, '/sign-in?returnTo=%2F&ended=idle')
    const page = await browser.get(expired.location as string)
    assert.match(textOf(page.html), /You were signed out because you did not do anything for 30 minutes/)
  })

  it('ends a session 12 hours after sign-in however active it is', async () => {
    const browser = await signedIn()
    for (let minutes = 20; minutes < 12 * 60; minutes += 20) {
      clock.advance(20 * MINUTE)
      assert.equal((await browser.get('/')).status, 200, `after ${minutes} minutes`)
    }
    clock.advance(20 * MINUTE)
    const expired = await browser.get('/')
    assert.equal(expired.location, '/sign-in?returnTo=%2F&ended=absolute')
  })

  it('ends the sessions of a user whose account is closed, and refuses their sign-in', async () => {
    await services.access.addUser(systemActor, { username: 'leaver', password: PASSWORD, role: 'spo' })
    const browser = new WebClient(api.baseUrl)
    await browser.signIn('leaver', PASSWORD)
    await services.database.db
      .updateTable('users')
      .set({ disabled_at: clock.now() })
      .where('username', '=', 'leaver')
      .execute()
    assert.equal((await browser.get('/')).status, 303)
    const refused = await browser.signIn('leaver', PASSWORD)
    assert.equal(refused.status, 403)
    assert.match(textOf(refused.html), /Your account has been closed/)
  })

  it('sends anonymous visitors to sign-in for every page but sign-in, assets and /health', async () => {
    const browser = new WebClient(api.baseUrl)
    for (const path of ['/', '/no-such-page', '/people']) {
      const response = await browser.get(path)
      assert.equal(response.status, 303, path)
      assert.match(response.location ?? '', /^\/sign-in\?returnTo=/)
    }
    const post = await browser.post('/sign-out', { _csrf: await browser.csrfFrom('/sign-in') })
    assert.equal(post.location, '/sign-in')
    assert.equal((await browser.get('/health')).status, 200)
    assert.equal((await browser.get('/assets/govuk/govuk-frontend.min.css')).status, 200)
    assert.equal((await browser.get('/assets/app/app.js')).status, 200)
    assert.equal((await browser.get('/assets/images/favicon.svg')).status, 200)
    assert.equal((await browser.get('/assets/no-such-file.css')).status, 404)
  })

  it('keeps API tokens for the API and sessions for the web', async () => {
    const token = await api.tokenFor('admin')
    const withToken = await new WebClient(api.baseUrl).get('/', { authorization: `Bearer ${token}` })
    assert.equal(withToken.status, 303)
    const browser = await signedIn()
    const apiWithCookie = await browser.get('/api/v1/people')
    assert.equal(apiWithCookie.status, 401)
  })

  it('shows a 404 page to a signed-in user for a page that does not exist', async () => {
    const browser = await signedIn()
    const page = await browser.get('/no-such-page')
    assert.equal(page.status, 404)
    assert.match(textOf(page.html), /Page not found/)
  })

  it('lists only what the role may do, and escapes what users typed', async () => {
    const analyst = await signedIn('analyst', '<script>alert("x")</script>')
    const home = await analyst.get('/')
    assert.doesNotMatch(home.html, /<script>alert/)
    assert.match(home.html, /Hello, &lt;script&gt;alert/)
    assert.match(textOf(home.html), /Calculate tiers/)
    assert.doesNotMatch(textOf(home.html), /Find a person on probation/)
    const partner = await signedIn('partner')
    assert.match(textOf((await partner.get('/')).html), /There is nothing for your role yet/)
  })

  it('sends security headers, and no inline script without the nonce', async () => {
    const browser = await signedIn()
    const page = await browser.get('/')
    const csp = page.headers.get('content-security-policy') ?? ''
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1]
    assert.ok(nonce)
    assert.match(csp, /default-src 'self'/)
    assert.match(csp, /frame-ancestors 'none'/)
    assert.equal(page.headers.get('x-content-type-options'), 'nosniff')
    assert.equal(page.headers.get('cache-control'), 'no-store')
    for (const script of page.html.match(/<script[^>]*>/g) ?? []) {
      assert.ok(script.includes(`nonce="${nonce}"`) || /src="\/assets\//.test(script), script)
    }
  })

  it('in production, marks the cookie Secure with the __Host- prefix', async () => {
    const secret = 'a-production-secret-of-at-least-32-characters'
    const server = createApp(services, { production: true, sessionSecret: secret }).listen(0, '127.0.0.1')
    await new Promise((resolve) => server.once('listening', resolve))
    after(() => new Promise<void>((resolve) => server.close(() => resolve())))
    const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/sign-in`)
    const cookie = response.headers.get('set-cookie') ?? ''
    assert.match(cookie, /^__Host-op_session=/)
    assert.match(cookie, /; Secure/)
    assert.match(cookie, /; HttpOnly/)
    assert.match(cookie, /; SameSite=Lax/)
  })

  it('refuses a cookie signed with another secret', async () => {
    const browser = await signedIn()
    const [id] = (browser.sessionCookie as string).split('.')
    browser.cookies.set('op_session', `${id}.forged`)
    assert.equal((await browser.get('/')).status, 303)
  })
})
