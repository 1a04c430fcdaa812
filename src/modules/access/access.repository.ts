import type { Kysely, Transaction } from 'kysely'
import type { Database } from '../../platform/db/schema'

type Executor = Kysely<Database> | Transaction<Database>

export async function insertUser(
  db: Executor,
  user: {
    id: string
    username: string
    displayName: string
    passwordHash: string
    staffCode: string | null
    email?: string | null
  },
  grant: { role: string; scopeType: string; scopeCode: string | null },
) {
  await db
    .insertInto('users')
    .values({
      id: user.id,
      username: user.username,
      display_name: user.displayName,
      password_hash: user.passwordHash,
      staff_code: user.staffCode,
      email: user.email ?? null,
    })
    .execute()
  await db
    .insertInto('role_grants')
    .values({ user_id: user.id, role: grant.role, scope_type: grant.scopeType, scope_code: grant.scopeCode })
    .execute()
}

export function findUserByUsername(db: Executor, username: string) {
  return db
    .selectFrom('users')
    .select(['id', 'username', 'display_name', 'staff_code', 'disabled_at'])
    .where('username', '=', username)
    .executeTakeFirst()
}

export function findUserByEmail(db: Executor, email: string) {
  return db
    .selectFrom('users')
    .select('username')
    .where((eb) => eb(eb.fn('lower', ['email']), '=', email.toLowerCase()))
    .executeTakeFirst()
}

export function staffExists(db: Executor, code: string) {
  return db.selectFrom('staff').select('code').where('code', '=', code).executeTakeFirst()
}

export async function insertToken(
  db: Executor,
  token: { id: string; userId: string; hash: string; name: string },
) {
  await db
    .insertInto('api_tokens')
    .values({ id: token.id, user_id: token.userId, token_hash: token.hash, name: token.name })
    .execute()
}

/** The user behind a live token, with their role grants, in one round trip. */
export function findUserByTokenHash(db: Executor, hash: string) {
  return db
    .selectFrom('api_tokens as t')
    .innerJoin('users as u', 'u.id', 't.user_id')
    .leftJoin('role_grants as g', 'g.user_id', 'u.id')
    .select(['u.id', 'u.username', 'u.display_name', 'u.staff_code', 'g.role'])
    .where('t.token_hash', '=', hash)
    .where('t.revoked_at', 'is', null)
    .where('u.disabled_at', 'is', null)
    .execute()
}

export async function countUsers(db: Executor): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow()
  return Number(row.n)
}
