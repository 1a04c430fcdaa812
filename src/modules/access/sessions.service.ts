// Web sessions: finding the live session behind a browser's id (ending it when it has expired), and
// signing out here or everywhere. Session ids are random, shown to the browser once, and stored only as
// a SHA-256 hash, so a copy of the table signs nobody in.
import { createHash, timingSafeEqual } from 'node:crypto'
import { type Actor, ROLES, type Role } from '../../platform/actor'
import type { ServiceDeps } from '../deps'
import * as repo from './sessions.repository'
import { sessionStatus } from './sign-in.rules'

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
        roles: rows.map((r) => r.role).filter(isRole),
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
