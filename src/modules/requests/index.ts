// Requests between teams (issue 10): risk escalations, transfers with their handover, and any other
// request one team makes of another, as one request type (docs/requests.md).
import type { PersonOwnedRows } from '../../platform/db/person-rows'
import type { ServiceDeps } from '../deps'
import { createHandoverService } from './handover.service'
import { createRequestsService as createCoreService } from './requests.service'

export function createRequestsService(deps: ServiceDeps) {
  const core = createCoreService(deps)
  return { ...core, ...createHandoverService(deps, core) }
}
export type RequestsService = ReturnType<typeof createRequestsService>
// The rows that follow the person when two records of one person are merged (src/services.ts).
export const personOwnedRows: PersonOwnedRows[] = [
  { key: 'requests', table: 'requests' },
  { key: 'caseReadGrants', table: 'case_read_grants' },
]

export type { HandoverPack } from './handover.rules'
export type { EvidenceChoice } from './requests.present'
export { readGrantsOf } from './requests.repository'
export {
  overdueOf,
  REQUEST_ACTIONS,
  REQUEST_STATES,
  type RequestAction,
  type RequestState,
} from './requests.rules'
export {
  EVIDENCE_KINDS,
  listQuery,
  type Request,
  type RequestKind,
  raiseInput,
  requestKindOutput,
  requestOutput,
  transitionInput,
} from './requests.schema'
