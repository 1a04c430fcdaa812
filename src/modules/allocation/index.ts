// Allocation: the queue of cases waiting for a practitioner, recommendations with their reasons,
// allocating and reallocating (docs/allocation.md).
import type { Transaction } from 'kysely'
import type { Actor } from '../../platform/actor'
import type { Database } from '../../platform/db/schema'
import type { ServiceDeps } from '../deps'
import { createAllocateService } from './allocate.service'
import { enqueueApproachingReleases, queueOnCaseChanged } from './queue.enqueue'
import { type AllocationOptions, createQueueService } from './queue.service'
import { workloadCapacity, workloadTeamCapacity } from './workload.adapter'

/** By default the workload module gives the practitioners' and teams' capacity. */
const WORKLOAD: AllocationOptions = { projectCapacity: workloadCapacity, teamCapacity: workloadTeamCapacity }

export function createAllocationService(deps: ServiceDeps, options: AllocationOptions = WORKLOAD) {
  const { db, clock } = deps
  return {
    ...createQueueService(deps, options),
    ...createAllocateService(deps, options),
    /** Wired into deps.caseChanged: a sentence needing supervision puts an unallocated case in the queue. */
    // Only a change to an event (its sentence) can bring a case into the queue or take it out.
    onCaseChanged: async (trx: Transaction<Database>, actor: Actor, personId: string, trigger: string) => {
      if (trigger.startsWith('event.'))
        await queueOnCaseChanged(trx, actor, personId, clock.now(), clock.today())
    },
    /** The daily sweep (a job or the CLI): custody cases whose release is now within the window. */
    enqueueApproachingReleases: (actor: Actor) =>
      db.transaction().execute((trx) => enqueueApproachingReleases(trx, actor, clock.now(), clock.today())),
  }
}
export type AllocationService = ReturnType<typeof createAllocationService>

// For the demo data: most cases allocated, a realistic queue left.
export { personOwnedRows } from './allocation.merge'
// For the requests module: a transfer ends the current allocation inside its own transaction.
export { currentAllocation, endAllocation } from './allocation.repository'
export {
  allocateInput,
  firstAppointmentInput,
  queueQuery,
  REALLOCATION_REASONS,
  type ReallocationReason,
  reallocateInput,
} from './allocation.schema'
export { seedAllocations } from './allocation.seed'
// "My cases" (the practitioner's caseload from their current allocations).
export { type CaseloadEntry, createCaseloadService } from './caseload.service'
export { type EnqueueInput, enqueueCase } from './queue.enqueue'
export { QUEUE_REASONS, QUEUE_SORTS, type QueueReason, type QueueSort } from './queue.rules'
export type { AllocationOptions, QueueEntry, TeamCapacity } from './queue.service'
export type { ProjectCapacity } from './recommend.build'
export type { Capacity, Reason, Recommendation } from './recommend.rules'
