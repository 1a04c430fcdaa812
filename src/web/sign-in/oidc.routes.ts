// Single sign-on with OpenID Connect, beside the local sign-in: /sign-in/oidc sends the browser to the
// provider, /sign-in/oidc/callback is where the provider sends it back. Both are public (the browser is
// not signed in yet). Every way this can go wrong ends on a GOV.UK page saying what to do, never a 500:
// an error from the provider, a state that is unknown, expired, used or from another browser, an answer
// that fails its checks, or an identity with no OpenProbation account.
import type { Response, Router } from 'express'
import { createOidcClient, OidcError, type OidcRefusal } from '../../modules/access'
import { logger } from '../../platform/logger'
import type { Services } from '../../services'
import type { Renderer } from '../render'
import { switchToSession, type WebOptions, webContextOf } from '../session'
import { safeReturnTo } from './return-to'

const requestIdOf = (res: Response) => String(res.getHeader('x-request-id') ?? '') || null
const ADMINISTRATOR = 'Ask your administrator to give you an account, or to link this sign-in to yours.'

export function mountOidcSignIn(router: Router, services: Services, render: Renderer, options: WebOptions) {
  const client = options.oidc ? createOidcClient(options.oidc) : null
  const provider = client?.providerName ?? ''
  const problem = (res: Response, status: number, title: string, paragraphs: string[]) =>
    render(res, status, 'sign-in/oidc-problem.njk', { title, paragraphs })
  const unavailable = (res: Response, error: OidcError) => {
    logger.log('warn', 'single sign-on failed', { requestId: requestIdOf(res), error: error.message })
    return problem(res, 503, 'Single sign-on is not available at the moment', [
      `OpenProbation could not reach ${provider}.`,
      'Try again in a few minutes, or sign in with your OpenProbation username and password.',
    ])
  }

  router.get('/sign-in/oidc', async (req, res) => {
    if (!client) return render(res, 404, 'views/not-found.njk')
    const returnTo = safeReturnTo(req.query.returnTo)
    const web = webContextOf(res)
    if (web.session) return res.redirect(303, returnTo)
    let request: Awaited<ReturnType<typeof client.authorizationRequest>>
    try {
      request = await client.authorizationRequest()
    } catch (error) {
      if (error instanceof OidcError) return unavailable(res, error)
      throw error
    }
    await services.signIn.rememberOidcAttempt({ ...request, browserId: web.id, returnTo })
    res.redirect(303, request.url)
  })

  router.get('/sign-in/oidc/callback', async (req, res) => {
    if (!client) return render(res, 404, 'views/not-found.njk')
    const context = { requestId: requestIdOf(res) }
    const state = typeof req.query.state === 'string' ? req.query.state : ''
    const attempt = await services.signIn.takeOidcAttempt(state, webContextOf(res).id, context)
    if (attempt.status !== 'ok') {
      return problem(res, 400, 'Your sign-in could not be finished', [
        'It took too long, was started in another browser or tab, or was already used.',
        'Start again from the sign-in page.',
      ])
    }

    const providerError = req.query.error
    if (providerError !== undefined) {
      const code = String(providerError).slice(0, 100)
      const description = String(req.query.error_description ?? '').slice(0, 300)
      await services.signIn.recordOidcFailure(`provider_${code}`, description, context)
      if (code === 'access_denied') {
        return problem(res, 403, 'You are not signed in', [
          `Signing in with ${provider} was cancelled, or ${provider} did not allow it.`,
        ])
      }
      return problem(res, 502, `${provider} could not sign you in`, [
        `${provider} answered "${code}". Try again, or ask your administrator if it keeps happening.`,
      ])
    }

    const query = new URL(req.originalUrl, 'http://callback.invalid').search
    let identity: Awaited<ReturnType<typeof client.identityFrom>>
    try {
      identity = await client.identityFrom(query, { state, ...attempt })
    } catch (error) {
      if (!(error instanceof OidcError)) throw error
      if (error.kind === 'unavailable') return unavailable(res, error)
      await services.signIn.recordOidcFailure('token_rejected', error.message, context)
      logger.log('warn', 'single sign-on answer refused', {
        requestId: context.requestId,
        error: error.message,
      })
      return problem(res, 502, 'Your sign-in could not be checked', [
        `The answer from ${provider} did not pass OpenProbation's checks, so you are not signed in.`,
        'Start again from the sign-in page, or ask your administrator if it keeps happening.',
      ])
    }

    const result = await services.signIn.signInWithIdentity(identity, context)
    if (result.outcome === 'refused') return refused(res, result.reason)
    await switchToSession(res, services, result.sessionId, options)
    res.redirect(303, attempt.returnTo)
  })

  const refused = (res: Response, reason: OidcRefusal) => {
    switch (reason) {
      case 'disabled':
        return problem(res, 403, 'Your account has been closed', ['Ask your administrator to reopen it.'])
      case 'no_role':
        return problem(res, 403, 'You do not have a role in OpenProbation', [
          `Your ${provider} account does not give you any of your OpenProbation roles.`,
          'Ask your administrator.',
        ])
      case 'email_not_verified':
        return problem(res, 403, 'There is no OpenProbation account for this sign-in', [
          `${provider} has not confirmed your email address, so OpenProbation cannot tell which account is yours.`,
          ADMINISTRATOR,
        ])
      default:
        return problem(res, 403, 'There is no OpenProbation account for this sign-in', [
          `You signed in with ${provider}, but no OpenProbation account belongs to that sign-in.`,
          ADMINISTRATOR,
        ])
    }
  }
}
