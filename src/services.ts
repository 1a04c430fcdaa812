// The composition root of the modules: every service, built from plain dependencies and handed to the
// four doors (web, API, CLI, jobs) as one typed object. No container, no decorators.
import {
  createAccessService,
  createRestrictionsService,
  createSignInService,
  createUsersService,
} from './modules/access'
import {
  personOwnedRows as allocationRows,
  createAllocationService,
  createCaseloadService,
} from './modules/allocation'
import { personOwnedRows as assessmentRows, createAssessmentsService } from './modules/assessment'
import { createAuditLog, createCaseTrailService } from './modules/audit'
import { personOwnedRows as contactRows, createContactsService } from './modules/contacts'
import type { ServiceDeps } from './modules/deps'
import { createEnforcementService, personOwnedRows as enforcementRows } from './modules/enforcement'
import { createOrganisationService } from './modules/organisation'
import { createPeopleService } from './modules/people'
import { createPredictorsService, personOwnedRows as predictorRows } from './modules/predictors'
import { createRegistersService } from './modules/registers'
import { createRequestsService, personOwnedRows as requestRows } from './modules/requests'
import { createSentencesService } from './modules/sentences'
import { createTierService, personOwnedRows as tierRows } from './modules/tiering'
import { createWorkloadService } from './modules/workload'
import type { Clock } from './platform/clock'
import type { DatabaseHandle } from './platform/db/open'

export function createServices(database: DatabaseHandle, clock: Clock) {
  const { db } = database
  const audit = createAuditLog()
  // Writes that change a tier's inputs recalculate it in their own transaction, through this callback.
  const deps: ServiceDeps = {
    db,
    clock,
    audit,
    // The tier first, then the allocation queue (which shows the tier): a new sentence needing
    // supervision puts an unallocated case in the queue in the same transaction.
    caseChanged: async (trx, actor, personId, trigger) => {
      const result = await tiering.recalculateTier(trx, actor, personId, trigger)
      await allocation.onCaseChanged(trx, actor, personId, trigger)
      return result
    },
    // A merge moves these modules' rows to the surviving record, and an unmerge moves them back.
    // Allocations, tier changes, hours and reductions recalculate the practitioners' workload figures.
    workloadChanged: (...args) => workload.recalculate(...args),
    personOwnedRows: [
      ...contactRows,
      ...enforcementRows,
      ...predictorRows,
      ...tierRows,
      ...requestRows,
      ...assessmentRows,
      ...allocationRows,
    ],
  }
  const tiering = createTierService(deps)
  const allocation = createAllocationService(deps)
  const workload = createWorkloadService(deps)
  return {
    database,
    clock,
    audit,
    access: createAccessService(deps),
    restrictions: createRestrictionsService(deps),
    signIn: createSignInService(deps),
    people: createPeopleService(deps),
    organisation: createOrganisationService(deps),
    sentences: createSentencesService(deps),
    registers: createRegistersService(deps),
    predictors: createPredictorsService(deps),
    contacts: createContactsService(deps),
    enforcement: createEnforcementService(deps),
    tiering,
    caseload: createCaseloadService(deps),
    allocation,
    requests: createRequestsService(deps),
    auditTrail: createCaseTrailService(deps),
    users: createUsersService(deps),
    assessment: createAssessmentsService(deps),
    workload,
  }
}

export type Services = ReturnType<typeof createServices>
