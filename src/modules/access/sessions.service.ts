// Web sessions: finding the live session behind a browser's id (ending it when it has expired), and
// signing out here or everywhere, starting one for whoever has just signed in (by password or single
// sign-on), and purging old ones. Session ids are random, shown to the browser once, and stored only as
// a SHA-256 hash, so a copy of the table signs nobody in.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'
import type { Transaction } from 'kysely'
import { type Actor, ROLES, type Role } from '../../platform/actor'
import type { Database } from '../../platform/db/schema'
import { ForbiddenError, ValidationError } from '../../platform/errors'
import type { AuditLog } from '../audit'
import type { ServiceDeps } from '../deps'
import * as oidcRepo from './oidc.repository'
import * as repo from './sessions.repository'
import { absoluteExpiry, SESSION_POLICY, SIGN_IN_POLICY, sessionStatus } from './sign-in.rules'

export interface SessionUser {
  id: string
  username: string
  displayName: string
  roles: Role[]
  staffCode: string | null
}

export interface WebSession {
  user: SessionUser
  csrfToken: string
}

export type ResumeResult =
  | { status: 'live'; session: WebSession }
  | { status: 'expired'; reason: 'idle' | 'absolute' }
  | { status: 'none' }

export const hashId = (id: string) => createHash('sha256').update(id).digest('hex')
export const isRole = (role: string | null): role is Role => ROLES.includes(role as Role)

/** Compares a submitted CSRF token with the expected one in constant time. */
export function sameToken(given: unknown, expected: string): boolean {
  if (typeof given !== 'string' || given.length !== expected.length) return false
  return timingSafeEqual(Buffer.from(given), Buffer.from(expected))
}

export function userActor(user: SessionUser, requestId: string | null): Actor {
  const { id, username, roles, staffCode } = user
  return { kind: 'user', id, name: username, roles, staffCode, source: 'web', requestId }
}

/**
 * Starts a web session for a user who has just proved who they are, whichever way they signed in: a
 * new random id (never one the browser already had), stored only as its hash, and the audited sign-in.
 * `sessionRoles` narrows the roles the session may use (null: every role the user is granted).
 */
export async function startSession(
  trx: Transaction<Database>,
  audit: AuditLog,
  user: SessionUser,
  context: { now: Date; requestId: string | null; sessionRoles: Role[] | null; how: Record<string, unknown> },
): Promise<{ sessionId: string; session: WebSession }> {
  const sessionId = randomBytes(32).toString('base64url')
  const csrfToken = randomBytes(32).toString('base64url')
  await repo.insertSession(trx, {
    idHash: hashId(sessionId),
    userId: user.id,
    csrfToken,
    now: context.now,
    absoluteExpiresAt: absoluteExpiry(context.now),
    roles: context.sessionRoles,
  })
  const target = { type: 'user', id: user.id }
  await audit.record(trx, userActor(user, context.requestId), 'user.signed_in', target, context.how)
  return { sessionId, session: { user, csrfToken } }
}

export interface PurgeResult {
  sessions: number
  throttles: number
  oidcAttempts: number
}

/** Part of the sign-in service (services.signIn). */
export function createSessionFunctions({ db, clock, audit }: ServiceDeps) {
  return {
    /** The live session behind a browser's session id; ends it if it has expired. */
    async resumeSession(sessionId: string): Promise<ResumeResult> {
      const idHash = hashId(sessionId)
      const rows = await repo.findOpenSession(db, idHash)
      const first = rows[0]
      if (!first) return { status: 'none' }
      const now = clock.now()
      if (first.disabled_at) {
        await repo.endSession(db, idHash, now, 'user_disabled')
        return { status: 'none' }
      }
      const status = sessionStatus(
        {
          createdAt: first.created_at,
          lastSeenAt: first.last_seen_at,
          absoluteExpiresAt: first.absolute_expires_at,
        },
        now,
      )
      if (!status.live) {
        await repo.endSession(db, idHash, now, `expired_${status.reason}`)
        return { status: 'expired', reason: status.reason }
      }
      if (status.touch) await repo.touchSession(db, idHash, now)
      const user: SessionUser = {
        id: first.user_id,
        username: first.username,
        displayName: first.display_name,
        roles: rows
          .map((r) => r.role)
          .filter(isRole)
          .filter((role) => first.session_roles === null || first.session_roles.includes(role)),
        staffCode: first.staff_code,
      }
      return { status: 'live', session: { user, csrfToken: first.csrf_token } }
    },

    async signOut(actor: Actor, sessionId: string): Promise<void> {
      await db.transaction().execute(async (trx) => {
        const userId = await repo.endSession(trx, hashId(sessionId), clock.now(), 'signed_out')
        if (!userId) return
        const target = { type: 'user', id: userId }
        await audit.record(trx, actor, 'user.signed_out', target, { everywhere: false })
      })
    },

    /**
     * Housekeeping: deletes web sessions over for more than `olderThanDays` days, sign-in throttles that
     * no longer hold anyone back, and single sign-ons that never came back. The sign-ins themselves
     * stay in the audit trail. Run by `serve` on a timer and by `openprobation purge-sessions`.
     */
    async purgeSessions(actor: Actor, options: { olderThanDays: number }): Promise<PurgeResult> {
      if (actor.kind !== 'system')
        throw new ForbiddenError('Only the server and the command line purge sessions')
      const days = options.olderThanDays
      if (!Number.isInteger(days) || days < 0 || days > 3650) {
        throw new ValidationError([
          { path: 'olderThanDays', message: 'must be a whole number from 0 to 3650' },
        ])
      }
      const now = clock.now()
      const endedBefore = new Date(now.getTime() - days * 86_400_000)
      return db.transaction().execute(async (trx) => {
        const result: PurgeResult = {
          sessions: await repo.deleteSessionsOver(trx, {
            endedBefore,
            idleSince: new Date(endedBefore.getTime() - SESSION_POLICY.idleMs),
          }),
          throttles: await repo.deleteStaleThrottles(
            trx,
            now,
            new Date(now.getTime() - SIGN_IN_POLICY.windowMs),
          ),
          oidcAttempts: await oidcRepo.deleteExpiredAttempts(trx, now),
        }
        // An hourly entry saying "nothing" would bury the ones that matter.
        if (result.sessions + result.throttles + result.oidcAttempts > 0) {
          const target = { type: 'web_sessions', id: 'all' }
          await audit.record(trx, actor, 'sessions.purged', target, { olderThanDays: days, ...result })
        }
        return result
      })
    },

    /** Ends every session of the signed-in user, on every device; answers how many ended. */
    async signOutEverywhere(actor: Actor): Promise<number> {
      return db.transaction().execute(async (trx) => {
        const ended = await repo.endSessionsOfUser(trx, actor.id, clock.now(), 'signed_out_everywhere')
        const target = { type: 'user', id: actor.id }
        await audit.record(trx, actor, 'user.signed_out', target, { everywhere: true, sessions: ended })
        return ended
      })
    },
  }
}
