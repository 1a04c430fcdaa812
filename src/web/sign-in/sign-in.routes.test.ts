import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { systemActor, testApi } from '../../../test/harness'
import { adjustableClock, textOf, WebClient } from '../../../test/web-client'

const PASSWORD = 'correct horse battery'

describe('web sign-in', async () => {
  const clock = adjustableClock('2026-11-23T09:00:00Z')
  const api = await testApi(clock)
  const { services } = api
  const addUser = (username: string, displayName = username) =>
    services.access.addUser(systemActor, { username, password: PASSWORD, role: 'practitioner', displayName })
  const actions = async (username: string) => {
    const entries = await services.audit.entriesFor(services.database.db, { targetType: 'user' })
    return entries
      .filter(
        (e) => (e.data as { username?: string } | null)?.username === username || e.actor.name === username,
      )
      .map((e) => e.action)
      .filter((action) => action !== 'user.created')
  }
  await addUser('alice', 'Alice Example')

  it('shows the sign-in form with a CSRF token and gives the browser a pre-sign-in id', async () => {
    const browser = new WebClient(api.baseUrl)
    const page = await browser.get('/sign-in')
    assert.equal(page.status, 200)
    assert.match(page.html, /<h1[^>]*>Sign in to OpenProbation<\/h1>/)
    assert.match(page.html, /name="_csrf" value="[\w-]{20,}"/)
    assert.ok(browser.sessionCookie)
    assert.match(page.headers.get('set-cookie') ?? '', /HttpOnly.*SameSite=Lax|SameSite=Lax.*HttpOnly/i)
  })

  it('asks for a missing username and password with an error summary and inline errors', async () => {
    const browser = new WebClient(api.baseUrl)
    const page = await browser.signIn('', '')
    assert.equal(page.status, 400)
    assert.match(page.html, /<title>Error: Sign in - OpenProbation<\/title>/)
    assert.match(page.html, /govuk-error-summary/)
    assert.match(page.html, /<a href="#username">Enter your username<\/a>/)
    assert.match(page.html, /<a href="#password">Enter your password<\/a>/)
    assert.match(textOf(page.html), /Error: Enter your username/)
    assert.match(textOf(page.html), /Error: Enter your password/)
  })

  it('gives one message for a wrong password and an unknown username, and audits both', async () => {
    const browser = new WebClient(api.baseUrl)
    const wrongPassword = await browser.signIn('alice', 'not the password')
    const unknownUser = await browser.signIn('nobody-here', 'not the password')
    for (const page of [wrongPassword, unknownUser]) {
      assert.equal(page.status, 401)
      assert.match(page.html, /<a href="#username">Enter a correct username and password<\/a>/)
      assert.match(page.html, /value="[^"]*"/)
      assert.doesNotMatch(page.html, /not the password/, 'the password is never sent back')
    }
    assert.equal((await browser.get('/')).status, 303)
    assert.deepEqual(await actions('alice'), ['user.sign_in_failed'])
    assert.deepEqual(await actions('nobody-here'), ['user.sign_in_failed'])
  })

  it('signs in with a new session id (the pre-sign-in id is not reused) and greets the user', async () => {
    const browser = new WebClient(api.baseUrl)
    await browser.get('/sign-in')
    const preSignIn = browser.sessionCookie
    const response = await browser.signIn('alice', PASSWORD)
    assert.equal(response.status, 303)
    assert.equal(response.location, '/')
    assert.ok(browser.sessionCookie)
    assert.notEqual(browser.sessionCookie, preSignIn)
    const home = await browser.get('/')
    assert.equal(home.status, 200)
    assert.match(textOf(home.html), /Hello, Alice Example/)
    assert.match(textOf(home.html), /Find a person on probation/)
    assert.match(home.html, /<button[^>]*>Sign out<\/button>/)
    assert.ok((await actions('alice')).includes('user.signed_in'))

    // Signing in again from the same browser replaces the session rather than keeping two.
    const first = browser.sessionCookie as string
    const again = await browser.post('/sign-in', {
      _csrf: await browser.csrfFrom('/'),
      username: 'alice',
      password: PASSWORD,
    })
    assert.equal(again.status, 303)
    assert.notEqual(browser.sessionCookie, first)
    const stale = new WebClient(api.baseUrl)
    stale.cookies.set('op_session', first)
    assert.equal((await stale.get('/')).status, 303)

    // A browser still holding the pre-sign-in id is not signed in.
    const planted = new WebClient(api.baseUrl)
    planted.cookies.set('op_session', preSignIn as string)
    assert.equal((await planted.get('/')).status, 303)
  })

  it('returns to the page asked for, but only on this site', async () => {
    const anonymous = await new WebClient(api.baseUrl).get('/people/X123456?tab=addresses')
    assert.equal(anonymous.status, 303)
    assert.equal(anonymous.location, '/sign-in?returnTo=%2Fpeople%2FX123456%3Ftab%3Daddresses')
    const expectations: [string, string][] = [
      ['/people/X123456?tab=addresses', '/people/X123456?tab=addresses'],
      ['//evil.example/x', '/'],
      ['https://evil.example/', '/'],
      ['/\\evil.example', '/'],
    ]
    for (const [returnTo, expected] of expectations) {
      const response = await new WebClient(api.baseUrl).signIn('alice', PASSWORD, returnTo)
      assert.equal(response.location, expected, returnTo)
    }
    const page = await new WebClient(api.baseUrl).get('/sign-in?returnTo=//evil.example')
    assert.match(page.html, /name="returnTo" value="\/"/)
  })

  it('refuses a form post without the CSRF token, or with a wrong one, with a 403 page', async () => {
    const browser = new WebClient(api.baseUrl)
    const token = await browser.csrfFrom('/sign-in')
    for (const _csrf of [undefined, 'wrong', `${token.slice(0, -1)}x`]) {
      const page = await browser.post('/sign-in', { _csrf, username: 'alice', password: PASSWORD })
      assert.equal(page.status, 403)
      assert.match(textOf(page.html), /Your form could not be sent/)
      assert.equal(browser.cookies.size, 1)
    }
    // Signed in, the pre-sign-in token no longer works, nor does another session's.
    await browser.signIn('alice', PASSWORD)
    const other = new WebClient(api.baseUrl)
    await other.signIn('alice', PASSWORD)
    const otherToken = await other.csrfFrom('/')
    for (const _csrf of [token, otherToken]) {
      assert.equal((await browser.post('/sign-out', { _csrf })).status, 403)
    }
    assert.equal((await browser.get('/')).status, 200)
  })

  it('signs out: the old session id no longer works', async () => {
    await addUser('carol')
    const browser = new WebClient(api.baseUrl)
    await browser.signIn('carol', PASSWORD)
    const session = browser.sessionCookie as string
    const response = await browser.post('/sign-out', { _csrf: await browser.csrfFrom('/') })
    assert.equal(response.status, 303)
    assert.equal(response.location, '/signed-out')
    assert.match(textOf((await browser.get('/signed-out')).html), /You have signed out/)
    const replay = new WebClient(api.baseUrl)
    replay.cookies.set('op_session', session)
    const refused = await replay.get('/')
    assert.equal(refused.status, 303)
    assert.match(refused.location ?? '', /^\/sign-in/)
    assert.deepEqual(await actions('carol'), ['user.signed_in', 'user.signed_out'])
  })

  it('signs out everywhere: every session of the user ends, other users stay signed in', async () => {
    await addUser('dave')
    const [laptop, phone, colleague] = [1, 2, 3].map(() => new WebClient(api.baseUrl)) as WebClient[]
    await laptop!.signIn('dave', PASSWORD)
    await phone!.signIn('dave', PASSWORD)
    await colleague!.signIn('alice', PASSWORD)
    const response = await laptop!.post('/sign-out-everywhere', { _csrf: await laptop!.csrfFrom('/') })
    assert.equal(response.location, '/signed-out?everywhere=1')
    assert.equal((await laptop!.get('/')).status, 303)
    assert.equal((await phone!.get('/')).status, 303)
    assert.equal((await colleague!.get('/')).status, 200)
  })

  it('locks a username after 5 failures in 15 minutes, says so, and unlocks after 15 minutes', async () => {
    await addUser('erin')
    const browser = new WebClient(api.baseUrl)
    const attempt = (username: string, password = 'wrong password') => browser.signIn(username, password)
    // A real username and a made-up one are answered alike.
    await Promise.all(
      ['erin', 'made-up-user'].map(async (username) => {
        for (let i = 1; i <= 4; i++) assert.equal((await attempt(username)).status, 401, `${username} ${i}`)
        const locked = await attempt(username)
        assert.equal(locked.status, 429)
        assert.match(textOf(locked.html), /wrong details too many times\. Wait 15 minutes/)
        assert.equal(locked.headers.get('retry-after'), '900')
      }),
    )
    // Even the right password is refused while locked, also with the username typed differently.
    assert.equal((await attempt('erin', PASSWORD)).status, 429)
    assert.equal((await attempt('ERIN ', PASSWORD)).status, 429)
    assert.ok((await actions('erin')).includes('user.locked_out'))
    clock.advance(14 * 60_000)
    assert.match(textOf((await attempt('erin', PASSWORD)).html), /Wait 1 minute,/)
    clock.advance(60_000)
    assert.equal((await attempt('erin', PASSWORD)).status, 303)
  })

  it('counts failures only within 15 minutes of the first', async () => {
    await addUser('frank')
    const browser = new WebClient(api.baseUrl)
    for (let i = 0; i < 4; i++) await browser.signIn('frank', 'wrong password')
    clock.advance(15 * 60_000)
    for (let i = 0; i < 4; i++) assert.equal((await browser.signIn('frank', 'wrong password')).status, 401)
    assert.equal((await browser.signIn('frank', PASSWORD)).status, 303)
  })
})
