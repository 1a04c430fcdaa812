// Users as administrators see them: every account with its role grants, and closing an account.
import type { Kysely, Transaction } from 'kysely'
import type { Database } from '../../platform/db/schema'

type Executor = Kysely<Database> | Transaction<Database>

export function listUsersWithGrants(db: Executor) {
  return db
    .selectFrom('users as u')
    .leftJoin('role_grants as g', 'g.user_id', 'u.id')
    .select(['u.id', 'u.username', 'u.display_name', 'u.staff_code', 'u.created_at', 'u.disabled_at'])
    .select(['g.role', 'g.scope_type', 'g.scope_code'])
    .orderBy('u.username')
    .orderBy('g.role')
    .execute()
}

export function findUserForUpdate(db: Executor, username: string) {
  return db
    .selectFrom('users')
    .select(['id', 'username', 'disabled_at'])
    .where('username', '=', username)
    .forUpdate()
    .executeTakeFirst()
}

export async function disableUser(db: Executor, id: string, at: Date): Promise<void> {
  await db.updateTable('users').set({ disabled_at: at }).where('id', '=', id).execute()
}
