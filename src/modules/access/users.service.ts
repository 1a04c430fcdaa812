// Administering user accounts (the web's admin pages): list them with their roles, add one (through
// addUser, so the CLI and the pages validate and audit alike) and close one. Closing ends every web
// session of the account at once; its API tokens stop working because a closed account's tokens are
// refused. Accounts are never deleted: the audit trail names them.
import type { Actor } from '../../platform/actor'
import { DomainError, NotFoundError } from '../../platform/errors'
import type { ServiceDeps } from '../deps'
import { createAccessService } from './access.service'
import { requirePermission } from './permissions.rules'
import { endSessionsOfUser } from './sessions.repository'
import * as repo from './users.repository'

export interface UserSummary {
  id: string
  username: string
  displayName: string
  staffCode: string | null
  roles: { role: string; scopeType: string; scopeCode: string | null }[]
  createdAt: string
  disabledAt: string | null
}

// Managing users is managing the organisation's people: the administrators' organisation:write.
const PERMISSION = 'organisation:write'

export function createUsersService(deps: ServiceDeps) {
  const { db, clock, audit } = deps
  const access = createAccessService(deps)
  return {
    async listUsers(actor: Actor): Promise<UserSummary[]> {
      requirePermission(actor, PERMISSION)
      const byId = new Map<string, UserSummary>()
      for (const row of await repo.listUsersWithGrants(db)) {
        const user = byId.get(row.id) ?? {
          id: row.id,
          username: row.username,
          displayName: row.display_name,
          staffCode: row.staff_code,
          roles: [],
          createdAt: row.created_at.toISOString(),
          disabledAt: row.disabled_at?.toISOString() ?? null,
        }
        if (row.role)
          user.roles.push({
            role: row.role,
            scopeType: row.scope_type ?? 'national',
            scopeCode: row.scope_code,
          })
        byId.set(row.id, user)
      }
      return [...byId.values()]
    },

    async createUser(actor: Actor, raw: unknown) {
      requirePermission(actor, PERMISSION)
      return access.addUser(actor, raw)
    },

    async disableUser(actor: Actor, username: string): Promise<void> {
      requirePermission(actor, PERMISSION)
      await db.transaction().execute(async (trx) => {
        const user = await repo.findUserForUpdate(trx, username)
        if (!user) throw new NotFoundError('user', username)
        if (user.disabled_at) throw new DomainError('user.already_disabled', `${username} is already closed`)
        if (actor.kind === 'user' && actor.id === user.id)
          throw new DomainError('user.cannot_disable_self', 'You cannot close your own account')
        const at = clock.now()
        await repo.disableUser(trx, user.id, at)
        const sessions = await endSessionsOfUser(trx, user.id, at, 'account closed')
        await audit.record(trx, actor, 'user.disabled', { type: 'user', id: user.id }, { username, sessions })
      })
    },
  }
}

export type UsersService = ReturnType<typeof createUsersService>
