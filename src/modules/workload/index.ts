// The workload module's public surface: the pure formulas, the `workload` calculator, the capacity
// projection the allocation module calls inside its own transaction, and the workload service.

// For the allocation module: capacity now and after one more case, inside the caller's transaction.
export { type AddedCase, type CapacityProjection, projectCapacity } from './capacity'
export { courtReportInput } from './court-reports.service'
export { isT2a } from './practitioner.rules'
export { REFERENCE_KINDS, type ReferenceKind } from './reference.repository'
export { CAPACITY_BANDS } from './rollup.rules'
export { workloadCalculator } from './workload.calculator'
export * from './workload.reference'
export type { BreakdownLine, WorkloadCase, WorkloadInput, WorkloadResult } from './workload.rules'
export { availability, calculateWorkload, capacityPercent, casePoints } from './workload.rules'
export {
  reductionDelete,
  reductionInput,
  reductionUpdate,
  referenceVersionInput,
  whatIfInput,
} from './workload.schema'

import type { ServiceDeps } from '../deps'
import { createCourtReportsService } from './court-reports.service'
import { createReductionsService } from './reductions.service'
import { createReferenceService } from './reference.service'
import { createWorkloadFiguresService } from './workload.service'

export function createWorkloadService(deps: ServiceDeps) {
  return {
    ...createWorkloadFiguresService(deps),
    ...createReductionsService(deps),
    ...createReferenceService(deps),
    ...createCourtReportsService(deps),
  }
}
export type WorkloadService = ReturnType<typeof createWorkloadService>
