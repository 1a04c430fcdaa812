// Signing in with OpenID Connect, the part on our side of the wire: remembering a sign-in sent to the
// provider (state, nonce and PKCE verifier stay in the database, bound to the browser that asked), and
// turning the provider's verified identity into a local user and a web session. Never creates a user:
// an identity is linked on its first sign-in to the one local user with its verified email, or refused.
// The protocol itself (discovery, the code exchange, id token checks) is in oidc.client.ts.
import { Actor } from '../../platform/actor'
import type { ServiceDeps } from '../deps'
import * as repo from './oidc.repository'
import { emailForLinking, type OidcRefusal, type ProviderIdentity, sessionRolesFor } from './oidc.rules'
import { rolesOf } from './sessions.repository'
import { hashId, isRole, type SessionUser, startSession, type WebSession } from './sessions.service'

/** How long a browser has to come back from the provider. */
export const OIDC_ATTEMPT_MS = 10 * 60_000

export type OidcAttemptCheck =
  | { status: 'ok'; nonce: string; codeVerifier: string; returnTo: string }
  | { status: 'unknown' | 'expired' | 'other_browser' }

export type OidcSignInResult =
  | { outcome: 'signed_in'; sessionId: string; session: WebSession }
  | { outcome: 'refused'; reason: OidcRefusal }

interface Context {
  requestId: string | null
}

/** Part of the sign-in service (services.signIn). */
export function createOidcFunctions({ db, clock, audit }: ServiceDeps) {
  const anonymous = (context: Context) => Actor.system('sign-in', 'web', context.requestId)

  /** Audits a single sign-on that did not sign anyone in. */
  const refuse = async (reason: string, data: Record<string, unknown>, context: Context) => {
    const target = { type: 'user', id: (data.userId as string | undefined) ?? 'unknown' }
    await audit.record(db, anonymous(context), 'user.sign_in_failed', target, {
      method: 'oidc',
      reason,
      ...data,
    })
  }

  return {
    /** Keeps a sign-in being sent to the provider; `browserId` is the browser's pre-sign-in id. */
    async rememberOidcAttempt(attempt: {
      state: string
      nonce: string
      codeVerifier: string
      browserId: string
      returnTo: string
    }): Promise<void> {
      const now = clock.now()
      await repo.insertAttempt(db, {
        stateHash: hashId(attempt.state),
        browserHash: hashId(attempt.browserId),
        nonce: attempt.nonce,
        codeVerifier: attempt.codeVerifier,
        returnTo: attempt.returnTo,
        createdAt: now,
        expiresAt: new Date(now.getTime() + OIDC_ATTEMPT_MS),
      })
    },

    /**
     * The sign-in a browser has come back with, used up whatever the answer: refused (and audited) when
     * the state is not one we sent, has expired, or was sent from another browser.
     */
    async takeOidcAttempt(state: string, browserId: string, context: Context): Promise<OidcAttemptCheck> {
      const attempt = state ? await repo.takeAttempt(db, hashId(state)) : undefined
      const status = !attempt
        ? 'unknown'
        : attempt.expiresAt <= clock.now()
          ? 'expired'
          : attempt.browserHash !== hashId(browserId)
            ? 'other_browser'
            : 'ok'
      if (status !== 'ok' || !attempt) {
        await refuse(`state_${status}`, {}, context)
        return { status: status === 'ok' ? 'unknown' : status }
      }
      return { status, nonce: attempt.nonce, codeVerifier: attempt.codeVerifier, returnTo: attempt.returnTo }
    },

    /** Audits an error from the provider, or a code exchange that failed its checks. */
    async recordOidcFailure(reason: string, detail: string, context: Context): Promise<void> {
      await refuse(reason, { detail: detail.slice(0, 500) }, context)
    },

    /** Signs in the local user behind a provider's verified identity, or says why not (audited). */
    async signInWithIdentity(identity: ProviderIdentity, context: Context): Promise<OidcSignInResult> {
      const who = { issuer: identity.issuer, subject: identity.subject, email: identity.email }
      const refused = async (reason: OidcRefusal, reasons: string[], userId?: string) => {
        await refuse(reason, { ...who, reasons, ...(userId ? { userId } : {}) }, context)
        return { outcome: 'refused' as const, reason }
      }
      const now = clock.now()
      let user = await repo.findLinkedUser(db, identity.issuer, identity.subject)
      const linking = !user
      if (!user) {
        const byEmail = emailForLinking(identity)
        if ('refusal' in byEmail) return refused(byEmail.refusal, byEmail.reasons)
        const matches = await repo.findUsersByEmail(db, byEmail.email)
        if (matches.length > 1) {
          return refused('ambiguous_email', [`more than one OpenProbation account has ${byEmail.email}`])
        }
        user = matches[0]
        if (!user) return refused('no_account', [`no OpenProbation account has ${byEmail.email}`])
      }
      if (user.disabled_at) return refused('disabled', ['the OpenProbation account is closed'], user.id)
      const decided = sessionRolesFor((await rolesOf(db, user.id)).filter(isRole), identity.roleClaim)
      if (!decided.ok) return refused('no_role', decided.reasons, user.id)

      const sessionUser: SessionUser = {
        id: user.id,
        username: user.username,
        displayName: user.display_name,
        roles: decided.roles,
        staffCode: user.staff_code,
      }
      const linkedUser = user
      const started = await db.transaction().execute(async (trx) => {
        if (linking) {
          await repo.insertIdentity(trx, { ...identity, userId: linkedUser.id, at: now })
          await audit.record(
            trx,
            anonymous(context),
            'user.identity_linked',
            { type: 'user', id: linkedUser.id },
            who,
          )
        } else {
          await repo.touchIdentity(trx, identity.issuer, identity.subject, now)
        }
        return startSession(trx, audit, sessionUser, {
          now,
          requestId: context.requestId,
          // With a roles claim, the session keeps to what it named, even if grants are added later.
          sessionRoles: identity.roleClaim ? decided.roles : null,
          how: { method: 'oidc', issuer: identity.issuer, subject: identity.subject, roles: decided.reasons },
        })
      })
      return { outcome: 'signed_in', ...started }
    },
  }
}
