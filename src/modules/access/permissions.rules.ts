// The one permission table: what each role may do. Deny by default: a permission not listed here for
// a role is refused. Case-level restriction and exclusion lists narrow this further (web issue).
import type { Actor, Role } from '../../platform/actor'
import { ForbiddenError } from '../../platform/errors'

export type Permission =
  | 'person:read'
  | 'person:write'
  | 'person:delete'
  | 'person:export'
  | 'organisation:read'
  | 'organisation:write'
  | 'audit:read'
  | 'calculator:use'
  // Merging two records of one person (and undoing a merge): managers and administrators.
  | 'person:merge'
  /** Review enforcement decisions that went against the proposal (senior probation officers). */
  | 'enforcement:review'
  /** Approve or reject a proposed tier override (senior probation officers, DECISIONS 18). */
  | 'tier:review'
  /** Set a case's restriction and exclusion lists (administrators, web issue). */
  | 'case:restrict'
  /** Raise a request to another team: risk escalation, transfer (issue 10). */
  | 'request:raise'
  /** Decide any request (managers); the request's named decision-maker may decide it too. */
  | 'request:decide'
  /** Write needs assessments, RoSH summaries and sentence plans (issue 7). */
  | 'assessment:write'
  /** Countersign an assessment by a PQiP or PSO author, approve ownership moves (issue 7). */
  | 'assessment:countersign'
  /** See the allocation queue and recommendations; allocate and reallocate cases (issue 10). */
  | 'allocation:read'
  | 'allocation:allocate'
  /** See one's own workload figure and breakdown (any member of staff, issue 9). */
  | 'workload:read'
  /** See anyone's workload and the team, delivery unit and region roll-ups (managers, analysts). */
  | 'workload:team'
  /** Record reductions and other workload facts of practitioners (managers). */
  | 'workload:manage'
  /** Set new versions of reference data such as workload points (administrators). */
  | 'reference:write'

const PRACTITIONER: Permission[] = [
  'person:read',
  'person:write',
  'organisation:read',
  'calculator:use',
  'request:raise',
  'assessment:write',
  'workload:read',
]

export const PERMISSIONS: Record<Role, readonly Permission[]> = {
  practitioner: PRACTITIONER,
  spo: [
    ...PRACTITIONER,
    'person:delete',
    'person:merge',
    'audit:read',
    'enforcement:review',
    'tier:review',
    'request:decide',
    'assessment:countersign',
    'allocation:read',
    'allocation:allocate',
    'workload:team',
    'workload:manage',
  ],
  admin: [
    'person:read',
    'person:write',
    'person:delete',
    'person:merge',
    'person:export',
    'organisation:read',
    'organisation:write',
    'audit:read',
    'calculator:use',
    'enforcement:review',
    'tier:review',
    'case:restrict',
    'request:raise',
    'request:decide',
    'allocation:read',
    'allocation:allocate',
    'workload:read',
    'workload:team',
    'workload:manage',
    'reference:write',
    // Administrators hold every case permission, as for tier and enforcement review.
    'assessment:write',
    'assessment:countersign',
  ],
  court: ['person:read', 'person:write', 'organisation:read', 'calculator:use', 'workload:read'],
  // Figures without personal details: no person-level permission at all.
  analyst: ['organisation:read', 'calculator:use', 'workload:read', 'workload:team'],
  // Partners see only cases referred to their service, which arrives with referrals.
  partner: [],
}

export function can(actor: Actor, permission: Permission): boolean {
  // System actors are the operator at the machine (CLI commands) or a named job.
  if (actor.kind === 'system') return true
  return actor.roles.some((role) => PERMISSIONS[role]?.includes(permission))
}

export function requirePermission(actor: Actor, permission: Permission): void {
  if (!can(actor, permission))
    throw new ForbiddenError(`You do not have permission to do that (${permission})`)
}
