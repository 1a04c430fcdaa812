// Every SQL statement of single sign-on: provider identities of users, and sign-ins in progress.
import type { Kysely, Transaction } from 'kysely'
import type { Database } from '../../platform/db/schema'

type Executor = Kysely<Database> | Transaction<Database>

export interface OidcAttemptRow {
  stateHash: string
  browserHash: string
  nonce: string
  codeVerifier: string
  returnTo: string
  createdAt: Date
  expiresAt: Date
}

export async function insertAttempt(db: Executor, attempt: OidcAttemptRow) {
  await db
    .insertInto('oidc_sign_in_attempts')
    .values({
      state_hash: attempt.stateHash,
      browser_hash: attempt.browserHash,
      nonce: attempt.nonce,
      code_verifier: attempt.codeVerifier,
      return_to: attempt.returnTo,
      created_at: attempt.createdAt,
      expires_at: attempt.expiresAt,
    })
    .execute()
}

/** Takes an attempt out of the table (whatever happens next, a state is used at most once). */
export async function takeAttempt(db: Executor, stateHash: string): Promise<OidcAttemptRow | undefined> {
  const row = await db
    .deleteFrom('oidc_sign_in_attempts')
    .where('state_hash', '=', stateHash)
    .returningAll()
    .executeTakeFirst()
  return (
    row && {
      stateHash: row.state_hash,
      browserHash: row.browser_hash,
      nonce: row.nonce,
      codeVerifier: row.code_verifier,
      returnTo: row.return_to,
      createdAt: row.created_at,
      expiresAt: row.expires_at,
    }
  )
}

export async function deleteExpiredAttempts(db: Executor, now: Date): Promise<number> {
  const result = await db
    .deleteFrom('oidc_sign_in_attempts')
    .where('expires_at', '<=', now)
    .executeTakeFirst()
  return Number(result.numDeletedRows)
}

const USER_COLUMNS = ['u.id', 'u.username', 'u.display_name', 'u.staff_code', 'u.disabled_at'] as const

/** The local user linked to a provider identity. */
export function findLinkedUser(db: Executor, issuer: string, subject: string) {
  return db
    .selectFrom('user_identities as i')
    .innerJoin('users as u', 'u.id', 'i.user_id')
    .select(USER_COLUMNS)
    .where('i.issuer', '=', issuer)
    .where('i.subject', '=', subject)
    .executeTakeFirst()
}

/**
 * Users whose email is this one (case-insensitively): the user's own email, or else their staff record's.
 * At most two rows: one is a match, two mean the email cannot say who it is.
 */
export function findUsersByEmail(db: Executor, email: string) {
  return db
    .selectFrom('users as u')
    .leftJoin('staff as s', 's.code', 'u.staff_code')
    .select(USER_COLUMNS)
    .where((eb) => eb(eb.fn('lower', [eb.fn.coalesce('u.email', 's.email')]), '=', email.toLowerCase()))
    .limit(2)
    .execute()
}

export async function insertIdentity(
  db: Executor,
  identity: { issuer: string; subject: string; userId: string; email: string | null; at: Date },
) {
  await db
    .insertInto('user_identities')
    .values({
      issuer: identity.issuer,
      subject: identity.subject,
      user_id: identity.userId,
      email: identity.email,
      linked_at: identity.at,
      last_signed_in_at: identity.at,
    })
    // Two first sign-ins at once link the same identity to the same user: the second changes nothing.
    .onConflict((oc) => oc.columns(['issuer', 'subject']).doNothing())
    .execute()
}

export async function touchIdentity(db: Executor, issuer: string, subject: string, at: Date) {
  await db
    .updateTable('user_identities')
    .set({ last_signed_in_at: at })
    .where('issuer', '=', issuer)
    .where('subject', '=', subject)
    .execute()
}
