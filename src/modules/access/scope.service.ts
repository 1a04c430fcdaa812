// A caller's scope for team-level views (caseloads, workload, team lists): the teams their role grants
// cover, narrowed to the roles they hold now (a single sign-on session may hold fewer than granted).
// Other modules call it with their own executor, inside their transaction if they have one.
import type { Actor, Role } from '../../platform/actor'
import * as repo from './scope.repository'
import { type ActorScope, type Grant, NATIONAL, type ScopeType, scopeFromGrants } from './scope.rules'
import { isRole } from './sessions.service'

type Executor = Parameters<typeof repo.grantsOf>[0]

/** The teams the caller's grants cover; pass `role` to consider only that role's grants. */
export async function scopeOf(db: Executor, actor: Actor, role?: Role): Promise<ActorScope> {
  if (actor.kind === 'system') return NATIONAL
  const grants: Grant[] = (await repo.grantsOf(db, actor.id))
    .filter((g) => isRole(g.role) && actor.roles.includes(g.role) && (!role || g.role === role))
    .map((g) => ({ role: g.role as Role, scopeType: g.scope_type as ScopeType, scopeCode: g.scope_code }))
  const needsTree = grants.length > 0 && grants.every((g) => g.scopeType !== 'national')
  return scopeFromGrants(grants, needsTree ? await repo.teamPlaces(db) : [])
}
