// Pure rules of single sign-on: when a provider's identity may be linked to a local user on its first
// sign-in, and which roles the session gets. No I/O and no clock. Roles always come from the local
// user's grants; a provider can narrow them (OIDC_ROLE_CLAIM), never add to them.
import type { Role } from '../../platform/actor'

/** Who the provider says signed in, from its verified id token. */
export interface ProviderIdentity {
  issuer: string
  subject: string
  email: string | null
  /** Only a `true` email_verified claim counts. */
  emailVerified: boolean
  /** The roles claim's raw value when OIDC_ROLE_CLAIM is set; undefined when not set. */
  roleClaim?: { name: string; value: unknown }
}

export type OidcRefusal = 'no_account' | 'email_not_verified' | 'ambiguous_email' | 'disabled' | 'no_role'

/** May a first sign-in look for a local user by this identity's email? */
export function emailForLinking(
  identity: ProviderIdentity,
): { email: string; reasons: string[] } | { refusal: OidcRefusal; reasons: string[] } {
  if (!identity.email) {
    return { refusal: 'no_account', reasons: ['not linked yet, and the provider sent no email to link by'] }
  }
  if (!identity.emailVerified) {
    return {
      refusal: 'email_not_verified',
      reasons: [`not linked yet, and the provider has not verified ${identity.email}`],
    }
  }
  return { email: identity.email, reasons: [`not linked yet: linking by verified email ${identity.email}`] }
}

/** The role names in a claim: a list of strings, or one string separated by spaces or commas. */
export function claimedRoles(value: unknown): string[] {
  if (typeof value === 'string') return value.split(/[\s,]+/).filter(Boolean)
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string')
  return []
}

export type SessionRoles =
  | { ok: true; roles: Role[]; narrowed: boolean; reasons: string[] }
  | { ok: false; refusal: 'no_role'; reasons: string[] }

/** The roles a single sign-on session may use: the user's grants, narrowed by the roles claim if set. */
export function sessionRolesFor(
  granted: readonly Role[],
  claim: ProviderIdentity['roleClaim'],
): SessionRoles {
  const unique = [...new Set(granted)]
  if (unique.length === 0) {
    return { ok: false, refusal: 'no_role', reasons: ['the OpenProbation account has no role'] }
  }
  if (!claim) {
    return { ok: true, roles: unique, narrowed: false, reasons: ['every role granted to the account'] }
  }
  const named = claimedRoles(claim.value)
  const roles = unique.filter((role) => named.includes(role))
  if (roles.length === 0) {
    return {
      ok: false,
      refusal: 'no_role',
      reasons: [
        named.length === 0
          ? `the provider's ${claim.name} claim names no role`
          : `the provider's ${claim.name} claim (${named.join(', ')}) names none of the account's roles (${unique.join(', ')})`,
      ],
    }
  }
  return {
    ok: true,
    roles,
    narrowed: roles.length < unique.length,
    reasons: [`roles granted to the account that the provider's ${claim.name} claim also names`],
  }
}
