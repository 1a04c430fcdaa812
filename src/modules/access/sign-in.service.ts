// Signing in to the web app with a local password. Every sign-in makes a new random session id, so an
// id planted before sign-in never becomes a signed-in session. Failures are throttled per username in
// the database (sign-in.rules.ts), whether or not the username exists.
import { randomBytes } from 'node:crypto'
import { hash as argon2Hash, verify as argon2Verify } from '@node-rs/argon2'
import { Actor } from '../../platform/actor'
import type { ServiceDeps } from '../deps'
import { createOidcFunctions } from './oidc.service'
import * as repo from './sessions.repository'
import {
  createSessionFunctions,
  isRole,
  type SessionUser,
  startSession,
  type WebSession,
} from './sessions.service'
import {
  afterFailure,
  lockStatus,
  minutesToWait,
  NO_FAILURES,
  SIGN_IN_POLICY,
  throttleKey,
} from './sign-in.rules'

export type SignInResult =
  | { outcome: 'signed_in'; sessionId: string; session: WebSession }
  | { outcome: 'rejected' }
  | { outcome: 'locked'; retryAfterMinutes: number }
  | { outcome: 'disabled' }

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

// Unknown usernames are checked against this hash, so that the answer takes as long as for a real one.
let decoyHash: Promise<string> | undefined
const decoy = () => {
  decoyHash ??= argon2Hash(randomBytes(16).toString('hex'), { algorithm: 2, memoryCost: 19456, timeCost: 2 })
  return decoyHash
}

async function passwordMatches(hash: string | null, password: string): Promise<boolean> {
  try {
    return await argon2Verify(hash ?? (await decoy()), password)
  } catch {
    return false // a malformed stored hash signs nobody in
  }
}

export function createSignInService({ db, clock, audit }: ServiceDeps) {
  return {
    async signIn(
      input: { username: string; password: string },
      context: { requestId: string | null },
    ): Promise<SignInResult> {
      const username = input.username.trim()
      const key = throttleKey(username)
      const now = clock.now()
      const anonymous = Actor.system('sign-in', 'web', context.requestId)
      const lock = lockStatus((await repo.findThrottle(db, key)) ?? NO_FAILURES, now)
      if (lock.locked) {
        await audit.record(
          db,
          anonymous,
          'user.sign_in_failed',
          { type: 'user', id: 'unknown' },
          {
            username,
            reason: 'locked',
          },
        )
        return { outcome: 'locked', retryAfterMinutes: minutesToWait(lock.retryAfterMs) }
      }

      const user = await repo.findUserForSignIn(db, username)
      const matches = await passwordMatches(user?.password_hash ?? null, input.password)
      if (user && matches && user.password_hash && user.disabled_at) {
        await audit.record(
          db,
          anonymous,
          'user.sign_in_failed',
          { type: 'user', id: user.id },
          {
            username,
            reason: 'disabled',
          },
        )
        return { outcome: 'disabled' }
      }
      if (user && matches && user.password_hash) {
        const roles = (await repo.rolesOf(db, user.id)).filter(isRole)
        const sessionUser: SessionUser = {
          id: user.id,
          username: user.username,
          displayName: user.display_name,
          roles,
          staffCode: user.staff_code,
        }
        const started = await db.transaction().execute(async (trx) => {
          await repo.clearThrottle(trx, key)
          return startSession(trx, audit, sessionUser, {
            now,
            requestId: context.requestId,
            sessionRoles: null,
            how: { method: 'password' },
          })
        })
        return { outcome: 'signed_in', ...started }
      }

      const reason = !user ? 'unknown_username' : user.password_hash ? 'wrong_password' : 'no_password'
      const failure = await db.transaction().execute(async (trx) => {
        const state = (await repo.findThrottleForUpdate(trx, key)) ?? NO_FAILURES
        // Another attempt may have locked the username while this password was being checked.
        const raced = lockStatus(state, now)
        if (raced.locked) return { lockedNow: false, lockedAlready: raced, delayMs: 0 }
        const outcome = afterFailure(state, now)
        await repo.saveThrottle(trx, key, outcome.next)
        const target = { type: 'user', id: user?.id ?? 'unknown' }
        await audit.record(trx, anonymous, 'user.sign_in_failed', target, { username, reason })
        if (outcome.lockedNow) {
          await audit.record(trx, anonymous, 'user.locked_out', target, {
            username,
            reasons: outcome.reasons,
          })
        }
        return { lockedNow: outcome.lockedNow, lockedAlready: null, delayMs: outcome.delayMs }
      })
      await sleep(failure.delayMs)
      if (failure.lockedAlready) {
        return { outcome: 'locked', retryAfterMinutes: minutesToWait(failure.lockedAlready.retryAfterMs) }
      }
      if (failure.lockedNow) {
        return { outcome: 'locked', retryAfterMinutes: minutesToWait(SIGN_IN_POLICY.lockMs) }
      }
      return { outcome: 'rejected' }
    },
    ...createSessionFunctions({ db, clock, audit }),
    ...createOidcFunctions({ db, clock, audit }),
  }
}

export type SignInService = ReturnType<typeof createSignInService>
