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

const PRACTITIONER: Permission[] = ['person:read', 'person:write', 'organisation:read', 'calculator:use']

export const PERMISSIONS: Record<Role, readonly Permission[]> = {
  practitioner: PRACTITIONER,
  spo: [...PRACTITIONER, 'person:delete', 'person:merge', 'audit:read', 'enforcement:review', 'tier:review'],
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
  ],
  court: ['person:read', 'person:write', 'organisation:read', 'calculator:use'],
  // Figures without personal details: no person-level permission at all.
  analyst: ['organisation:read', 'calculator:use'],
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
