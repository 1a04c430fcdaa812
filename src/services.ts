// The composition root of the modules: every service, built from plain dependencies and handed to the
// four doors (web, API, CLI, jobs) as one typed object. No container, no decorators.
import { createAccessService, createRestrictionsService, createSignInService } from './modules/access'
import { createAuditLog } from './modules/audit'
import { createContactsService } from './modules/contacts'
import type { ServiceDeps } from './modules/deps'
import { createEnforcementService } from './modules/enforcement'
import { createOrganisationService } from './modules/organisation'
import { createPeopleService } from './modules/people'
import { createPredictorsService } from './modules/predictors'
import { createRegistersService } from './modules/registers'
import { createSentencesService } from './modules/sentences'
import { createTierService } from './modules/tiering'
import type { Clock } from './platform/clock'
import type { DatabaseHandle } from './platform/db/open'

export function createServices(database: DatabaseHandle, clock: Clock) {
  const { db } = database
  const audit = createAuditLog()
  // Writes that change a tier's inputs recalculate it in their own transaction, through this callback.
  const deps: ServiceDeps = { db, clock, audit, caseChanged: (...args) => tiering.recalculateTier(...args) }
  const tiering = createTierService(deps)
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
  }
}

export type Services = ReturnType<typeof createServices>
