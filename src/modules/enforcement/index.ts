// Enforcement: compliance per order, the proposed next step as explainable versioned policy, the
// practitioner's decisions, breach and recall packs; and the chronology of a case, which brings the
// contact log, enforcement, registers and events together.
import type { PersonOwnedRows } from '../../platform/db/person-rows'
import type { ServiceDeps } from '../deps'
import { createBreachPackService } from './breach-pack.service'
import { createChronologyService } from './chronology.service'
import { createEnforcementService as createDecisionsService } from './enforcement.service'
import { createOutcomeDecisionService } from './outcome-decision.service'

export function createEnforcementService(deps: ServiceDeps) {
  return {
    ...createDecisionsService(deps),
    ...createBreachPackService(deps),
    ...createChronologyService(deps),
    ...createOutcomeDecisionService(deps),
  }
}
export type EnforcementService = ReturnType<typeof createEnforcementService>

export type { BreachPackContent } from './breach-pack.rules'
export type { BreachPack } from './breach-pack.service'
export { CHRONOLOGY_KINDS, type ChronologyEntry, chronologyEntry, chronologyQuery } from './chronology.schema'
export type { OutcomeDecision, OutcomePreview } from './outcome-decision.service'
// The rows that follow the person when two records of one person are merged (src/services.ts).
export const personOwnedRows: PersonOwnedRows[] = [
  { key: 'enforcementActions', table: 'enforcement_actions' },
  { key: 'breachPacks', table: 'breach_packs' },
]
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
  outcomeDecisionInput,
  proposalOutput,
  versionInput,
} from './enforcement.schema'
