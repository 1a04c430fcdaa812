// Enforcement: compliance per order, the proposed next step as explainable versioned policy, the
// practitioner's decisions, breach and recall packs; and the chronology of a case, which brings the
// contact log, enforcement, registers and events together.
import type { ServiceDeps } from '../deps'
import { createBreachPackService } from './breach-pack.service'
import { createChronologyService } from './chronology.service'
import { createEnforcementService as createDecisionsService } from './enforcement.service'

export function createEnforcementService(deps: ServiceDeps) {
  return {
    ...createDecisionsService(deps),
    ...createBreachPackService(deps),
    ...createChronologyService(deps),
  }
}
export type EnforcementService = ReturnType<typeof createEnforcementService>

export type { BreachPackContent } from './breach-pack.rules'
export type { BreachPack } from './breach-pack.service'
export { CHRONOLOGY_KINDS, type ChronologyEntry, chronologyEntry, chronologyQuery } from './chronology.schema'
// For the people module's merge of two records (and its undoing).
export { reassignEnforcement } from './enforcement.repository'
export {
  DECISIONS,
  type Decision,
  ENFORCEMENT_POLICY,
  isFailureToComply,
  type Proposal,
} from './enforcement.rules'
export {
  actionOutput,
  breachPackUpdate,
  decisionInput,
  type EnforcementAction,
  type OrderCompliance,
  orderComplianceOutput,
  proposalOutput,
  versionInput,
} from './enforcement.schema'
