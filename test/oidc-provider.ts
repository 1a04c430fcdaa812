// A real OpenID provider (the `oidc-provider` package) on a loopback port, for tests of single sign-on.
// It uses the package's development sign-in pages: the tests post an account id to its login form, as
// a person would, and every authorisation is granted without a consent page. Nothing is mocked: the
// app discovers the provider, verifies its signed id tokens and redeems codes with PKCE over HTTP.
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { after } from 'node:test'
// @ts-expect-error: oidc-provider ships no type declarations (and @types/oidc-provider is not a dependency)
import Provider from 'oidc-provider'

export interface ProviderAccount {
  email?: string
  emailVerified?: boolean
  name?: string
  /** Sent as the `roles` claim when present. */
  roles?: string[]
}

export interface TestProvider {
  issuer: string
  clientId: string
  clientSecret: string
  /** Adds or replaces an account the provider will sign in (the key is the subject, `sub`). */
  accounts: Map<string, ProviderAccount>
  /**
   * Follows an authorisation request through the provider's sign-in page as `subject` (or cancels it
   * when `cancel` is set), and answers the URL the provider sends the browser back to.
   */
  signInAt(authorizationUrl: string, subject: string, options?: { cancel?: boolean }): Promise<string>
}

/** Starts a provider whose one client may send the browser back to `redirectUris`; stopped after the file. */
export async function startTestProvider(redirectUris: string[]): Promise<TestProvider> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const accounts = new Map<string, ProviderAccount>()
  const clientId = 'openprobation-test'
  const clientSecret = 'a-test-client-secret-of-reasonable-length'

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: redirectUris,
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_post',
      },
    ],
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'], roles: ['roles'] },
    scopes: ['openid', 'email', 'profile', 'roles'],
    // Claims go into the id token itself, so the app needs no userinfo call.
    conformIdTokenClaims: false,
    cookies: { keys: ['test-cookie-key-not-secret'] },
    // Set, so the provider does not warn about its defaults on every request.
    ttl: { Interaction: 600, Session: 600, Grant: 600, AccessToken: 600, IdToken: 600 },
    async findAccount(_ctx: unknown, subject: string) {
      const account = accounts.get(subject)
      if (!account) return undefined
      return {
        accountId: subject,
        async claims() {
          return {
            sub: subject,
            email: account.email,
            email_verified: account.emailVerified,
            name: account.name,
            roles: account.roles,
          }
        },
      }
    },
    // Grant whatever the app asks for, so no consent page comes between sign-in and the app.
    async loadExistingGrant(ctx: any) {
      const grant = new ctx.oidc.provider.Grant({
        clientId: ctx.oidc.client.clientId,
        accountId: ctx.oidc.session.accountId,
      })
      grant.addOIDCScope(ctx.oidc.requestParamScopes ? [...ctx.oidc.requestParamScopes].join(' ') : 'openid')
      grant.addOIDCClaims(['email', 'email_verified', 'name', 'roles'])
      await grant.save()
      return grant
    },
  })
  server.on('request', provider.callback())
  after(() => new Promise<void>((resolve) => server.close(() => resolve())))

  return {
    issuer,
    clientId,
    clientSecret,
    accounts,
    async signInAt(authorizationUrl, subject, options = {}) {
      const browser = new ProviderBrowser()
      let response = await browser.fetch(authorizationUrl)
      // Authorisation -> the provider's sign-in page.
      const backToApp = (location: string) => redirectUris.some((uri) => location.startsWith(uri))
      while (isRedirect(response) && !backToApp(response.location)) {
        response = await browser.fetch(new URL(response.location, issuer).href)
        if (response.status === 200) {
          const action = /<form[^>]*action="([^"]+)"/.exec(response.body)?.[1]
          if (!action) throw new Error(`no sign-in form at the provider: ${response.body.slice(0, 500)}`)
          const form = new URL(action, issuer).href
          response = options.cancel
            ? await browser.fetch(`${form}/abort`)
            : await browser.fetch(form, { prompt: 'login', login: subject, password: 'any' })
        }
      }
      if (!isRedirect(response)) throw new Error(`the provider answered ${response.status}: ${response.body}`)
      return response.location
    },
  }
}

interface ProviderResponse {
  status: number
  location: string
  body: string
}

const isRedirect = (response: ProviderResponse) => response.status >= 300 && response.status < 400

/** Keeps the provider's own cookies (its interaction and session cookies), as a browser would. */
class ProviderBrowser {
  private cookies = new Map<string, string>()

  async fetch(url: string, form?: Record<string, string>): Promise<ProviderResponse> {
    const cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ')
    const headers: Record<string, string> = cookie ? { cookie } : {}
    if (form) headers['content-type'] = 'application/x-www-form-urlencoded'
    const response = await fetch(url, {
      method: form ? 'POST' : 'GET',
      body: form ? new URLSearchParams(form).toString() : undefined,
      headers,
      redirect: 'manual',
    })
    for (const line of response.headers.getSetCookie()) {
      const pair = line.split(';')[0] ?? ''
      const eq = pair.indexOf('=')
      this.cookies.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim())
    }
    return {
      status: response.status,
      location: response.headers.get('location') ?? '',
      body: await response.text(),
    }
  }
}
