// Where a caller's roles apply (docs/DECISIONS.md 18): each role is granted at a team, a probation
// delivery unit, a region or nationally. Pure: the grants and the organisation tree are passed in.
import type { Role } from '../../platform/actor'

export type ScopeType = 'national' | 'region' | 'pdu' | 'team'

export interface Grant {
  role: Role
  scopeType: ScopeType
  scopeCode: string | null
}

export interface TeamPlace {
  teamCode: string
  pduCode: string
  regionCode: string
}

/** The teams a caller's team-level views cover: every team, or these; with the grants that decided it. */
export type ActorScope =
  | { kind: 'national'; reasons: string[] }
  | { kind: 'teams'; teamCodes: string[]; reasons: string[] }

export const NATIONAL: ActorScope = { kind: 'national', reasons: ['a system actor acts nationally'] }

export function scopeFromGrants(grants: readonly Grant[], teams: readonly TeamPlace[]): ActorScope {
  const national = grants.find((g) => g.scopeType === 'national')
  if (national) return { kind: 'national', reasons: [`${national.role} granted nationally`] }
  const teamCodes = new Set<string>()
  const reasons: string[] = []
  for (const grant of grants) {
    const covered = teams
      .filter((t) => {
        if (grant.scopeType === 'region') return t.regionCode === grant.scopeCode
        if (grant.scopeType === 'pdu') return t.pduCode === grant.scopeCode
        return t.teamCode === grant.scopeCode
      })
      .map((t) => t.teamCode)
    for (const code of covered) teamCodes.add(code)
    const where = grant.scopeType === 'pdu' ? 'delivery unit' : grant.scopeType
    reasons.push(
      `${grant.role} at ${where} ${grant.scopeCode}: ${covered.length === 0 ? 'no teams' : covered.join(', ')}`,
    )
  }
  if (grants.length === 0) reasons.push('no role granted: no teams')
  return { kind: 'teams', teamCodes: [...teamCodes].sort(), reasons }
}

/** Whether a team is within a caller's scope. */
export function inScope(scope: ActorScope, teamCode: string | null): boolean {
  if (scope.kind === 'national') return true
  return teamCode !== null && scope.teamCodes.includes(teamCode)
}
