// Every SQL statement for web sessions and sign-in throttles.
import type { Kysely, Transaction } from 'kysely'
import type { Database } from '../../platform/db/schema'
import type { ThrottleState } from './sign-in.rules'

type Executor = Kysely<Database> | Transaction<Database>

/** What signing in needs to know about a user: never sent further than the sign-in service. */
export function findUserForSignIn(db: Executor, username: string) {
  return db
    .selectFrom('users')
    .select(['id', 'username', 'display_name', 'password_hash', 'staff_code', 'disabled_at'])
    .where('username', '=', username)
    .executeTakeFirst()
}

export async function rolesOf(db: Executor, userId: string): Promise<string[]> {
  const rows = await db.selectFrom('role_grants').select('role').where('user_id', '=', userId).execute()
  return rows.map((r) => r.role)
}

export async function insertSession(
  db: Executor,
  session: {
    idHash: string
    userId: string
    csrfToken: string
    now: Date
    absoluteExpiresAt: Date
    roles: string[] | null
  },
) {
  await db
    .insertInto('web_sessions')
    .values({
      id_hash: session.idHash,
      user_id: session.userId,
      csrf_token: session.csrfToken,
      created_at: session.now,
      last_seen_at: session.now,
      absolute_expires_at: session.absoluteExpiresAt,
      roles: session.roles,
    })
    .execute()
}

/** A session not yet ended, with its user and their roles (one row per role). */
export function findOpenSession(db: Executor, idHash: string) {
  return db
    .selectFrom('web_sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .leftJoin('role_grants as g', 'g.user_id', 'u.id')
    .select([
      's.id_hash',
      's.user_id',
      's.csrf_token',
      's.created_at',
      's.last_seen_at',
      's.absolute_expires_at',
      's.roles as session_roles',
      'u.username',
      'u.display_name',
      'u.staff_code',
      'u.disabled_at',
      'g.role',
    ])
    .where('s.id_hash', '=', idHash)
    .where('s.ended_at', 'is', null)
    .execute()
}

export async function touchSession(db: Executor, idHash: string, at: Date) {
  await db.updateTable('web_sessions').set({ last_seen_at: at }).where('id_hash', '=', idHash).execute()
}

/** Ends one open session; answers the user it belonged to, or undefined if it was not open. */
export async function endSession(db: Executor, idHash: string, at: Date, reason: string) {
  const row = await db
    .updateTable('web_sessions')
    .set({ ended_at: at, ended_reason: reason })
    .where('id_hash', '=', idHash)
    .where('ended_at', 'is', null)
    .returning('user_id')
    .executeTakeFirst()
  return row?.user_id
}

/** Ends every open session of a user; answers how many there were. */
export async function endSessionsOfUser(db: Executor, userId: string, at: Date, reason: string) {
  const rows = await db
    .updateTable('web_sessions')
    .set({ ended_at: at, ended_reason: reason })
    .where('user_id', '=', userId)
    .where('ended_at', 'is', null)
    .returning('id_hash')
    .execute()
  return rows.length
}

/** The throttle row of a username, locked until the transaction ends so concurrent failures all count. */
export async function findThrottleForUpdate(trx: Executor, key: string): Promise<ThrottleState | undefined> {
  const row = await trx
    .selectFrom('sign_in_throttles')
    .select(['failures', 'window_started_at', 'locked_until'])
    .where('username_key', '=', key)
    .forUpdate()
    .executeTakeFirst()
  return (
    row && { failures: row.failures, windowStartedAt: row.window_started_at, lockedUntil: row.locked_until }
  )
}

export async function findThrottle(db: Executor, key: string): Promise<ThrottleState | undefined> {
  const row = await db
    .selectFrom('sign_in_throttles')
    .select(['failures', 'window_started_at', 'locked_until'])
    .where('username_key', '=', key)
    .executeTakeFirst()
  return (
    row && { failures: row.failures, windowStartedAt: row.window_started_at, lockedUntil: row.locked_until }
  )
}

export async function saveThrottle(db: Executor, key: string, state: ThrottleState) {
  const values = {
    failures: state.failures,
    window_started_at: state.windowStartedAt,
    locked_until: state.lockedUntil,
  }
  await db
    .insertInto('sign_in_throttles')
    .values({ username_key: key, ...values })
    .onConflict((oc) => oc.column('username_key').doUpdateSet(values))
    .execute()
}

export async function clearThrottle(db: Executor, key: string) {
  await db.deleteFrom('sign_in_throttles').where('username_key', '=', key).execute()
}

/**
 * Deletes sessions over before `endedBefore`: ended then, or never ended but past their absolute expiry
 * or idle since `idleSince` (a browser that never came back). Answers how many went.
 */
export async function deleteSessionsOver(db: Executor, cut: { endedBefore: Date; idleSince: Date }) {
  const result = await db
    .deleteFrom('web_sessions')
    .where((eb) =>
      eb.or([
        eb('ended_at', '<', cut.endedBefore),
        eb.and([
          eb('ended_at', 'is', null),
          eb.or([eb('absolute_expires_at', '<', cut.endedBefore), eb('last_seen_at', '<', cut.idleSince)]),
        ]),
      ]),
    )
    .executeTakeFirst()
  return Number(result.numDeletedRows)
}

/** Deletes throttle rows that no longer hold anything back: no lock now, and their window has closed. */
export async function deleteStaleThrottles(db: Executor, now: Date, windowOpenedBefore: Date) {
  const result = await db
    .deleteFrom('sign_in_throttles')
    .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<=', now)]))
    .where((eb) =>
      eb.or([eb('window_started_at', 'is', null), eb('window_started_at', '<=', windowOpenedBefore)]),
    )
    .executeTakeFirst()
  return Number(result.numDeletedRows)
}
