export { type AddUserInput, addUserSchema } from './access.schema'
export { type AccessService, createAccessService } from './access.service'
export { type AuthorizationRequest, createOidcClient, type OidcClient, OidcError } from './oidc.client'
export type { OidcRefusal, ProviderIdentity } from './oidc.rules'
export type { OidcAttemptCheck, OidcSignInResult } from './oidc.service'
export { can, type Permission, requirePermission } from './permissions.rules'
// For the people module's merge of two records (and its undoing).
export { type CaseListsMove, mergeCaseLists, unmergeCaseLists } from './restrictions.merge'
// For allocation: a restricted case goes only to named staff, never to excluded staff.
export { listsOfPerson as caseListsOf } from './restrictions.repository'
export {
  type CaseDecision,
  type CaseLists,
  type CaseVisibility,
  decideCaseAccess,
} from './restrictions.rules'
export { type CaseRestrictions, caseRestrictions, caseRestrictionsInput } from './restrictions.schema'
export {
  caseAccessOf,
  caseDecisions,
  caseVisibility,
  createRestrictionsService,
  onlyVisibleCases,
  type RestrictionsService,
  requireCaseAccess,
  requireRecordAccess,
} from './restrictions.service'
export { type ActorScope, inScope } from './scope.rules'
export { scopeOf } from './scope.service'
export {
  type PurgeResult,
  type ResumeResult,
  type SessionUser,
  sameToken,
  userActor,
  type WebSession,
} from './sessions.service'
export { SESSION_POLICY, SIGN_IN_POLICY } from './sign-in.rules'
export { createSignInService, type SignInResult, type SignInService } from './sign-in.service'
export { createUsersService, type UserSummary, type UsersService } from './users.service'
