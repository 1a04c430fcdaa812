// Sign-in, sign-out and "sign out everywhere". One message for a wrong username or a wrong password, so
// the page never tells anyone which usernames exist; the lockout message is the same for both too.
import type { Request, Response, Router } from 'express'
import { SESSION_POLICY } from '../../modules/access'
import type { Services } from '../../services'
import type { Renderer } from '../render'
import {
  cookieName as cookieNameFor,
  requireSession,
  switchToSession,
  type WebOptions,
  webActorOf,
  webContextOf,
} from '../session'
import { safeReturnTo } from './return-to'

const VIEW = 'sign-in/sign-in.njk'

const ENDED_NOTICES: Record<string, string> = {
  idle: `You were signed out because you did not do anything for ${SESSION_POLICY.idleMs / 60_000} minutes. Sign in again to carry on.`,
  absolute: `You were signed out because you had been signed in for ${SESSION_POLICY.absoluteMs / 3_600_000} hours. Sign in again to carry on.`,
}

interface FormError {
  text: string
  href: string
}

const minutes = (n: number) => (n === 1 ? '1 minute' : `${n} minutes`)
const field = (value: unknown) => (typeof value === 'string' ? value : '')

export function mountSignIn(router: Router, services: Services, render: Renderer, options: WebOptions) {
  const showForm = (res: Response, status: number, values: Record<string, unknown>) =>
    render(res, status, VIEW, {
      errors: [],
      fieldErrors: {},
      username: '',
      oidcProviderName: options.oidc?.providerName ?? null,
      ...values,
    })

  router.get('/sign-in', (req, res) => {
    const returnTo = safeReturnTo(req.query.returnTo)
    if (webContextOf(res).session) return res.redirect(303, returnTo)
    const ended = typeof req.query.ended === 'string' ? ENDED_NOTICES[req.query.ended] : undefined
    showForm(res, 200, { returnTo, notice: ended ?? null })
  })

  router.post('/sign-in', async (req: Request, res: Response) => {
    const body = (req.body ?? {}) as Record<string, unknown>
    const username = field(body.username).trim()
    const password = field(body.password)
    const returnTo = safeReturnTo(body.returnTo)
    const problems = (errors: FormError[], fieldErrors: Record<string, string> = {}) => ({
      errors,
      fieldErrors,
      username,
      returnTo,
    })

    const missing: FormError[] = []
    const fieldErrors: Record<string, string> = {}
    if (!username) missing.push({ text: 'Enter your username', href: '#username' })
    if (!password) missing.push({ text: 'Enter your password', href: '#password' })
    for (const error of missing) fieldErrors[error.href.slice(1)] = error.text
    if (missing.length > 0) return showForm(res, 400, problems(missing, fieldErrors))
    if (username.length > 200 || password.length > 1024) {
      return showForm(
        res,
        401,
        problems([{ text: 'Enter a correct username and password', href: '#username' }]),
      )
    }

    const requestId = String(res.getHeader('x-request-id') ?? '') || null
    const result = await services.signIn.signIn({ username, password }, { requestId })
    switch (result.outcome) {
      case 'signed_in': {
        await switchToSession(res, services, result.sessionId, options)
        return res.redirect(303, returnTo)
      }
      case 'locked':
        res.setHeader('retry-after', String(result.retryAfterMinutes * 60))
        return showForm(
          res,
          429,
          problems([
            {
              text: `You have entered the wrong details too many times. Wait ${minutes(result.retryAfterMinutes)}, then try again.`,
              href: '#username',
            },
          ]),
        )
      case 'disabled':
        return showForm(
          res,
          403,
          problems([
            { text: 'Your account has been closed. Ask your administrator to reopen it.', href: '#username' },
          ]),
        )
      default:
        return showForm(
          res,
          401,
          problems([{ text: 'Enter a correct username and password', href: '#username' }]),
        )
    }
  })

  router.get('/signed-out', (req, res) => {
    if (webContextOf(res).session) return res.redirect(303, '/')
    render(res, 200, 'sign-in/signed-out.njk', { everywhere: req.query.everywhere === '1' })
  })

  router.post('/sign-out', requireSession, async (_req, res) => {
    await services.signIn.signOut(webActorOf(res), webContextOf(res).id)
    res.clearCookie(cookieNameFor(options), { path: '/' })
    res.redirect(303, '/signed-out')
  })

  router.post('/sign-out-everywhere', requireSession, async (_req, res) => {
    await services.signIn.signOutEverywhere(webActorOf(res))
    res.clearCookie(cookieNameFor(options), { path: '/' })
    res.redirect(303, '/signed-out?everywhere=1')
  })
}
