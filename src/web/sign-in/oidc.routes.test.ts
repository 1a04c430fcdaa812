// Single sign-on against a real OpenID provider on loopback (test/oidc-provider.ts): the app discovers
// it, sends the browser there with PKCE, and redeems the code the browser brings back.
import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { after, describe, it } from 'node:test'
import { systemActor, testApi, testServices } from '../../../test/harness'
import { startTestProvider } from '../../../test/oidc-provider'
import { textOf, WebClient } from '../../../test/web-client'
import type { OidcConfig } from '../../platform/config'
import { createApp } from '../../server'
import type { Services } from '../../services'

const PASSWORD = 'correct horse battery'
const SECRET = 'a-session-secret-for-tests-only-32chars'

async function listen() {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  after(() => new Promise<void>((resolve) => server.close(() => resolve())))
  return { server, baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }
}

/** The session id in a browser's signed cookie. */
const sessionIdOf = (browser: WebClient) => {
  const value = decodeURIComponent(browser.sessionCookie ?? '')
  return value.slice(0, value.lastIndexOf('.'))
}

describe('single sign-on with OpenID Connect', async () => {
  const services: Services = await testServices()
  const plain = await listen()
  const narrowing = await listen()
  const callback = (baseUrl: string) => `${baseUrl}/sign-in/oidc/callback`
  const provider = await startTestProvider([callback(plain.baseUrl), callback(narrowing.baseUrl)])
  const oidcFor = (baseUrl: string, roleClaim?: string): OidcConfig => ({
    issuer: provider.issuer,
    clientId: provider.clientId,
    clientSecret: provider.clientSecret,
    redirectUri: callback(baseUrl),
    providerName: 'Test ID',
    scopes: 'openid email profile roles',
    roleClaim,
  })
  const mount = (target: typeof plain, oidc: OidcConfig | null) =>
    target.server.on('request', createApp(services, { production: false, sessionSecret: SECRET, oidc }))
  mount(plain, oidcFor(plain.baseUrl))
  mount(narrowing, oidcFor(narrowing.baseUrl, 'roles'))

  const db = services.database.db
  const addUser = async (username: string, role: 'spo' | 'practitioner', email?: string) => {
    const user = await services.access.addUser(systemActor, { username, role, password: PASSWORD, email })
    return user.id
  }
  const failures = async () =>
    (await services.audit.entriesFor(db, { targetType: 'user' }))
      .filter((e) => e.action === 'user.sign_in_failed')
      .map((e) => (e.data as { reason: string }).reason)

  /** Starts single sign-on in `browser` and follows it through the provider as `subject`. */
  const throughProvider = async (browser: WebClient, subject: string, options = {}) => {
    const start = await browser.get('/sign-in/oidc?returnTo=%2Fcases%3Fq%3Dsmith')
    assert.equal(start.status, 303, start.html)
    const back = new URL(await provider.signInAt(start.location ?? '', subject, options))
    return { start, back: `${back.pathname}${back.search}` }
  }

  const patId = await addUser('pat.sso', 'spo', 'Pat.Example@probation.example.org')
  it('keeps user emails unique, whatever their case', async () => {
    await assert.rejects(addUser('pat.again', 'spo', 'PAT.EXAMPLE@probation.example.org'), (error: Error) => {
      assert.match(JSON.stringify(error), /another user has/)
      return true
    })
  })
  provider.accounts.set('pat-subject', {
    email: 'pat.example@probation.example.org',
    emailVerified: true,
    name: 'Pat Example',
  })

  it('offers "Sign in with" the provider beside the local form', async () => {
    const page = await new WebClient(plain.baseUrl).get('/sign-in?returnTo=%2Fcases')
    assert.equal(page.status, 200)
    assert.match(
      page.html,
      /<a href="\/sign-in\/oidc\?returnTo=%2Fcases"[^>]*>\s*Sign in with Test ID\s*<\/a>/,
    )
    assert.match(page.html, /name="password"/, 'the local form is still there')
  })

  it('sends the browser to the provider with PKCE (S256), a state and a nonce kept only on the server', async () => {
    const browser = new WebClient(plain.baseUrl)
    const start = await browser.get('/sign-in/oidc')
    assert.equal(start.status, 303)
    const url = new URL(start.location ?? '')
    assert.equal(url.origin, provider.issuer)
    const params = url.searchParams
    assert.equal(params.get('response_type'), 'code')
    assert.equal(params.get('client_id'), provider.clientId)
    assert.equal(params.get('redirect_uri'), callback(plain.baseUrl))
    assert.equal(params.get('code_challenge_method'), 'S256')
    assert.match(params.get('code_challenge') ?? '', /^[\w-]{43}$/)
    const state = params.get('state') ?? ''
    assert.match(state, /^[\w-]{20,}$/)
    assert.ok(params.get('nonce'))
    // The state is stored only as a hash; the verifier and nonce never reach the browser.
    const rows = await db.selectFrom('oidc_sign_in_attempts').selectAll().execute()
    const row = rows.find((r) => r.state_hash === createHash('sha256').update(state).digest('hex'))
    assert.ok(row, 'the attempt is kept, under the hash of its state')
    assert.equal(
      rows.some((r) => r.state_hash === state),
      false,
    )
    assert.equal(start.location?.includes(row.code_verifier), false)
    assert.equal(browser.cookies.size, 1, 'no cookie but the httpOnly session cookie')
  })

  it('signs in a user linked by verified email, with a new session id and their own roles, and links the identity', async () => {
    const browser = new WebClient(plain.baseUrl)
    await browser.get('/sign-in')
    const preSignIn = browser.sessionCookie
    const { back } = await throughProvider(browser, 'pat-subject')
    const landed = await browser.get(back)
    assert.equal(landed.status, 303, landed.html)
    assert.equal(landed.location, '/cases?q=smith')
    assert.notEqual(browser.sessionCookie, preSignIn, 'the session id is new')
    const home = await browser.get('/')
    assert.equal(home.status, 200)
    assert.match(textOf(home.html), /Sign out/)
    const resumed = await services.signIn.resumeSession(sessionIdOf(browser))
    assert.equal(resumed.status, 'live')
    if (resumed.status === 'live') assert.deepEqual(resumed.session.user.roles, ['spo'])

    const links = await db.selectFrom('user_identities').selectAll().execute()
    assert.deepEqual(
      links.map((l) => [l.issuer, l.subject, l.user_id]),
      [[provider.issuer, 'pat-subject', patId]],
    )
    const entries = await services.audit.entriesFor(db, { targetType: 'user', targetId: patId })
    const actions = entries.map((e) => e.action)
    assert.ok(actions.includes('user.identity_linked'))
    const signedIn = entries.find((e) => e.action === 'user.signed_in')
    assert.equal((signedIn?.data as { method?: string } | undefined)?.method, 'oidc')
  })

  it('signs in a linked identity by its subject, even when the provider now sends another email', async () => {
    provider.accounts.set('pat-subject', { email: 'someone.else@example.org', emailVerified: false })
    const browser = new WebClient(plain.baseUrl)
    const landed = await browser.get((await throughProvider(browser, 'pat-subject')).back)
    assert.equal(landed.status, 303)
    assert.equal((await browser.get('/')).status, 200)
  })

  it("links by the staff record's email when the user has none of their own", async () => {
    await db
      .insertInto('staff')
      .values({
        code: 'S100',
        first_name: 'Kim',
        surname: 'Staff',
        email: 'kim.staff@probation.example.org',
        grade: 'PO',
        contracted_hours: 37,
        vetting: [],
        specialisms: [],
      })
      .execute()
    const kim = await services.access.addUser(systemActor, {
      username: 'kim.staff',
      role: 'practitioner',
      password: PASSWORD,
      staffCode: 'S100',
    })
    provider.accounts.set('kim', { email: 'Kim.Staff@probation.example.org', emailVerified: true })
    const browser = new WebClient(plain.baseUrl)
    assert.equal((await browser.get((await throughProvider(browser, 'kim')).back)).status, 303)
    const link = await db
      .selectFrom('user_identities')
      .select('user_id')
      .where('subject', '=', 'kim')
      .execute()
    assert.deepEqual(link, [{ user_id: kim.id }])
  })

  it('refuses an identity with no OpenProbation account, and never creates one', async () => {
    provider.accounts.set('stranger', { email: 'stranger@example.org', emailVerified: true })
    const before = await db.selectFrom('users').select('id').execute()
    const browser = new WebClient(plain.baseUrl)
    const page = await browser.get((await throughProvider(browser, 'stranger')).back)
    assert.equal(page.status, 403)
    assert.match(textOf(page.html), /There is no OpenProbation account for this sign-in/)
    assert.match(textOf(page.html), /Ask your administrator/)
    assert.equal((await browser.get('/')).status, 303, 'not signed in')
    assert.equal((await db.selectFrom('users').select('id').execute()).length, before.length)
    assert.ok((await failures()).includes('no_account'))
  })

  it('does not link by an email the provider has not verified', async () => {
    await addUser('unverified.user', 'practitioner', 'unverified@probation.example.org')
    provider.accounts.set('unverified', { email: 'unverified@probation.example.org', emailVerified: false })
    const browser = new WebClient(plain.baseUrl)
    const page = await browser.get((await throughProvider(browser, 'unverified')).back)
    assert.equal(page.status, 403)
    assert.match(textOf(page.html), /has not confirmed your email address/)
    const linked = await db.selectFrom('user_identities').select('subject').execute()
    assert.equal(
      linked.some((l) => l.subject === 'unverified'),
      false,
    )
  })

  it('refuses a changed state, a callback taken to another browser, and a callback used twice', async () => {
    const browser = new WebClient(plain.baseUrl)
    const { back } = await throughProvider(browser, 'pat-subject')
    const tampered = back.replace(/state=[^&]+/, 'state=not-the-state')
    const refused = await browser.get(tampered)
    assert.equal(refused.status, 400)
    assert.match(textOf(refused.html), /Your sign-in could not be finished/)
    assert.equal((await browser.get('/')).status, 303, 'not signed in')

    const elsewhere = new WebClient(plain.baseUrl)
    assert.equal((await elsewhere.get(back)).status, 400, 'another browser')
    assert.equal((await browser.get(back)).status, 400, 'the state was used up')
    const reasons = await failures()
    assert.ok(reasons.includes('state_unknown') && reasons.includes('state_other_browser'))
  })

  it('shows a GOV.UK page when the person cancels at the provider, or the code is not genuine', async () => {
    const cancelling = new WebClient(plain.baseUrl)
    const cancelled = await cancelling.get(
      (await throughProvider(cancelling, 'pat-subject', { cancel: true })).back,
    )
    assert.equal(cancelled.status, 403)
    assert.match(textOf(cancelled.html), /You are not signed in/)
    assert.match(cancelled.html, /govuk-heading-l/)

    const forging = new WebClient(plain.baseUrl)
    const { back } = await throughProvider(forging, 'pat-subject')
    const forged = await forging.get(back.replace(/code=[^&]+/, 'code=forged-code'))
    assert.equal(forged.status, 502)
    assert.match(textOf(forged.html), /Your sign-in could not be checked/)
    assert.ok((await failures()).includes('provider_access_denied'))
    assert.ok((await failures()).includes('token_rejected'))
  })

  it('narrows the roles to those the roles claim names, and never adds one', async () => {
    const userId = await addUser('sam.two.roles', 'practitioner', 'sam@probation.example.org')
    await db
      .insertInto('role_grants')
      .values({ user_id: userId, role: 'spo', scope_type: 'national', scope_code: null })
      .execute()
    provider.accounts.set('sam', {
      email: 'sam@probation.example.org',
      emailVerified: true,
      roles: ['practitioner', 'admin'],
    })
    const browser = new WebClient(narrowing.baseUrl)
    assert.equal((await browser.get((await throughProvider(browser, 'sam')).back)).status, 303)
    const resumed = await services.signIn.resumeSession(sessionIdOf(browser))
    assert.equal(resumed.status, 'live')
    if (resumed.status === 'live') assert.deepEqual(resumed.session.user.roles, ['practitioner'])

    provider.accounts.set('sam', {
      email: 'sam@probation.example.org',
      emailVerified: true,
      roles: ['admin'],
    })
    const refused = new WebClient(narrowing.baseUrl)
    const page = await refused.get((await throughProvider(refused, 'sam')).back)
    assert.equal(page.status, 403)
    assert.match(textOf(page.html), /You do not have a role in OpenProbation/)
  })

  it('refuses a closed account', async () => {
    await db.updateTable('users').set({ disabled_at: new Date() }).where('id', '=', patId).execute()
    const browser = new WebClient(plain.baseUrl)
    const page = await browser.get((await throughProvider(browser, 'pat-subject')).back)
    assert.equal(page.status, 403)
    assert.match(textOf(page.html), /Your account has been closed/)
  })

  it('shows a GOV.UK page, not a 500, when the provider cannot be reached', async () => {
    const down = await listen()
    const oidc = { ...oidcFor(down.baseUrl), issuer: 'http://127.0.0.1:9' }
    down.server.on('request', createApp(services, { production: false, sessionSecret: SECRET, oidc }))
    const page = await new WebClient(down.baseUrl).get('/sign-in/oidc')
    assert.equal(page.status, 503)
    assert.match(textOf(page.html), /Single sign-on is not available at the moment/)
  })
})

describe('single sign-on when not configured, and API tokens', async () => {
  const api = await testApi()

  it('has no single sign-on button or routes', async () => {
    const browser = new WebClient(api.baseUrl)
    assert.doesNotMatch((await browser.get('/sign-in')).html, /Sign in with/)
    assert.equal((await browser.get('/sign-in/oidc')).status, 404)
    assert.equal((await browser.get('/sign-in/oidc/callback?code=x&state=y')).status, 404)
  })

  it('the API takes bearer tokens; the web never does', async () => {
    const token = await api.tokenFor('admin')
    assert.equal((await api.request('GET', '/api/v1/regions', { token })).status, 200)
    const page = await new WebClient(api.baseUrl).get('/', { authorization: `Bearer ${token}` })
    assert.equal(page.status, 303)
    assert.match(page.location ?? '', /^\/sign-in/)
  })
})
