// A small browser stand-in for route tests of the web app: keeps the session cookie, does not follow
// redirects (so tests see them), posts forms the way a browser does, and reads CSRF tokens from pages.
import assert from 'node:assert/strict'
import type { Role } from '../src/platform/actor'
import type { Clock } from '../src/platform/clock'
import type { Services } from '../src/services'
import { systemActor } from './harness'

export interface PageResponse {
  status: number
  html: string
  location: string | null
  headers: Headers
}

export class WebClient {
  cookies = new Map<string, string>()

  constructor(readonly baseUrl: string) {}

  async get(path: string, headers: Record<string, string> = {}): Promise<PageResponse> {
    return this.send('GET', path, undefined, headers)
  }

  /** Posts a form; pass `_csrf: undefined` to leave the token out. */
  async post(path: string, form: Record<string, string | undefined>): Promise<PageResponse> {
    const body = new URLSearchParams()
    for (const [key, value] of Object.entries(form)) if (value !== undefined) body.append(key, value)
    return this.send('POST', path, body.toString(), { 'content-type': 'application/x-www-form-urlencoded' })
  }

  /** The CSRF token in the first form of a page. */
  async csrfFrom(path: string): Promise<string> {
    const page = await this.get(path)
    const token = /name="_csrf" value="([^"]+)"/.exec(page.html)?.[1]
    if (!token) throw new Error(`no CSRF token on ${path} (status ${page.status})`)
    return token
  }

  /** Who last signed in through this client. */
  username: string | null = null

  async signIn(username: string, password: string, returnTo?: string): Promise<PageResponse> {
    this.username = username
    const _csrf = await this.csrfFrom('/sign-in')
    return this.post('/sign-in', { _csrf, username, password, returnTo })
  }

  get sessionCookie(): string | undefined {
    return this.cookies.get('op_session')
  }

  private async send(
    method: string,
    path: string,
    body: string | undefined,
    headers: Record<string, string>,
  ) {
    const cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ')
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      body,
      redirect: 'manual',
      headers: { ...headers, ...(cookie ? { cookie } : {}) },
    })
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';')
      const eq = pair.indexOf('=')
      const name = pair.slice(0, eq).trim()
      const value = pair.slice(eq + 1).trim()
      const expired = attributes.some((a) => /^\s*expires=Thu, 01 Jan 1970/i.test(a)) || value === ''
      if (expired) this.cookies.delete(name)
      else this.cookies.set(name, value)
    }
    return {
      status: response.status,
      html: await response.text(),
      location: response.headers.get('location'),
      headers: response.headers,
    }
  }
}

export const WEB_PASSWORD = 'correct horse battery'

/**
 * Signs in, through the sign-in page, a new user of the role given (named `<role>-<n>`, n counting the
 * users made by this function, displayed as "A <role>"), optionally linked to a member of staff.
 */
export function webSignIn(api: { baseUrl: string; services: Services }) {
  let made = 0
  return async (role: Role, staffCode?: string): Promise<WebClient> => {
    const username = `${role}-${++made}`
    await api.services.access.addUser(systemActor, {
      username,
      password: WEB_PASSWORD,
      role,
      staffCode,
      displayName: `A ${role}`,
    })
    const browser = new WebClient(api.baseUrl)
    assert.equal((await browser.signIn(username, WEB_PASSWORD)).status, 303)
    return browser
  }
}

/** A clock the test moves forward by hand. */
export function adjustableClock(iso: string): Clock & { advance(ms: number): void } {
  let at = new Date(iso)
  return {
    now: () => new Date(at),
    today: () => at.toLocaleDateString('en-CA', { timeZone: 'Europe/London' }),
    advance(ms: number) {
      at = new Date(at.getTime() + ms)
    },
  }
}

/** The page's text with tags removed and whitespace collapsed, for assertions on what a user reads. */
export function textOf(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim()
}
