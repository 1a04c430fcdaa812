// The web's session cookie, CSRF tokens and the sign-in guard. The web uses sessions only: an API token
// sent to a page is ignored. The cookie holds a random id and its HMAC under SESSION_SECRET, so a forged
// or altered cookie is refused before any database look-up.
//
// A browser that is not signed in still gets a random, signed "pre-sign-in" id: its CSRF token is an
// HMAC of that id, so the sign-in form is protected without storing anything for anonymous visitors.
// Signing in always makes a new id (services.signIn), so a pre-sign-in id is never promoted.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'
import type { NextFunction, Request, Response } from 'express'
import { sameToken, userActor, type WebSession } from '../modules/access'
import type { Actor } from '../platform/actor'
import type { OidcConfig } from '../platform/config'
import type { Services } from '../services'

export interface WebOptions {
  sessionSecret: string
  /** Secure cookies (HTTPS only), with the __Host- prefix; on in production. */
  secureCookies: boolean
  /** Single sign-on with OpenID Connect, when configured (OIDC_* variables). */
  oidc?: OidcConfig | null
}

export interface WebContext {
  /** The raw id in the browser's cookie (a session id when signed in). */
  id: string
  session: WebSession | null
  /** Set when the browser's session has just expired. */
  expired: 'idle' | 'absolute' | null
  csrfToken: string
}

export function cookieName(options: WebOptions): string {
  return options.secureCookies ? '__Host-op_session' : 'op_session'
}

const mac = (secret: string, value: string) => createHmac('sha256', secret).update(value).digest('base64url')

export function signCookieValue(id: string, secret: string): string {
  return `${id}.${mac(secret, id)}`
}

export function unsignCookieValue(value: string, secret: string): string | null {
  const dot = value.lastIndexOf('.')
  if (dot <= 0) return null
  const id = value.slice(0, dot)
  const given = Buffer.from(value.slice(dot + 1))
  const expected = Buffer.from(mac(secret, id))
  return given.length === expected.length && timingSafeEqual(given, expected) ? id : null
}

function readCookie(req: Request, name: string): string | undefined {
  for (const part of (req.get('cookie') ?? '').split(';')) {
    const eq = part.indexOf('=')
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim()
  }
  return undefined
}

export function setSessionCookie(res: Response, id: string, options: WebOptions): void {
  // No Max-Age: the browser forgets it when closed; the server enforces idle and absolute expiry.
  res.cookie(cookieName(options), signCookieValue(id, options.sessionSecret), {
    httpOnly: true,
    sameSite: 'lax',
    secure: options.secureCookies,
    path: '/',
  })
}

const freshId = () => randomBytes(32).toString('base64url')

/** Loads the browser's session, or gives it a pre-sign-in id, and works out its CSRF token. */
export function loadSession(services: Services, options: WebOptions) {
  return async (req: Request, res: Response, next: NextFunction) => {
    const raw = readCookie(req, cookieName(options))
    const id = raw ? unsignCookieValue(raw, options.sessionSecret) : null
    const resumed = id ? await services.signIn.resumeSession(id) : { status: 'none' as const }
    if (resumed.status === 'live') {
      res.locals.web = {
        id: id as string,
        session: resumed.session,
        expired: null,
        csrfToken: resumed.session.csrfToken,
      }
    } else {
      // An ended session's id is never used again, not even as a pre-sign-in id.
      const anonymousId = id && resumed.status === 'none' ? id : freshId()
      if (anonymousId !== id) setSessionCookie(res, anonymousId, options)
      res.locals.web = {
        id: anonymousId,
        session: null,
        expired: resumed.status === 'expired' ? resumed.reason : null,
        csrfToken: mac(options.sessionSecret, `csrf:${anonymousId}`),
      } satisfies WebContext
    }
    next()
  }
}

/** After a sign-in, by any means: the browser's new session replaces the one it had, never adds to it. */
export async function switchToSession(
  res: Response,
  services: Services,
  sessionId: string,
  options: WebOptions,
): Promise<void> {
  const web = webContextOf(res)
  if (web.session) await services.signIn.signOut(webActorOf(res), web.id)
  setSessionCookie(res, sessionId, options)
}

export function webContextOf(res: Response): WebContext {
  return res.locals.web as WebContext
}

/** The signed-in caller of a page; only called behind requireSession. */
export function webActorOf(res: Response): Actor {
  const session = webContextOf(res).session
  if (!session) throw new Error('webActorOf called on a page that does not require a session')
  return userActor(session.user, String(res.getHeader('x-request-id') ?? '') || null)
}

export class CsrfError extends Error {}

/** Every form post must carry the session's CSRF token in `_csrf`. */
export function checkCsrf(req: Request, res: Response, next: NextFunction) {
  if (req.method === 'GET' || req.method === 'HEAD') return next()
  const given = (req.body as Record<string, unknown> | undefined)?._csrf
  if (!sameToken(given, webContextOf(res).csrfToken)) throw new CsrfError('missing or wrong CSRF token')
  next()
}

/** Deny by default: every page after this needs a signed-in session. */
export function requireSession(req: Request, res: Response, next: NextFunction) {
  const web = webContextOf(res)
  if (web.session) return next()
  const query = new URLSearchParams()
  // A form post cannot be replayed after signing in, so only pages are returned to.
  if (req.method === 'GET') query.set('returnTo', req.originalUrl)
  if (web.expired) query.set('ended', web.expired)
  const search = query.size > 0 ? `?${query}` : ''
  res.redirect(303, `/sign-in${search}`)
}
