// The composition root of the modules: every service, built from plain dependencies and handed to the
// four doors (web, API, CLI, jobs) as one typed object. No container, no decorators.
import { createAccessService, createSignInService } from './modules/access'
import { createAuditLog } from './modules/audit'
import { createContactsService } from './modules/contacts'
import { createEnforcementService } from './modules/enforcement'
import { createOrganisationService } from './modules/organisation'
import { createPeopleService } from './modules/people'
import { createPredictorsService } from './modules/predictors'
import { createRegistersService } from './modules/registers'
import { createSentencesService } from './modules/sentences'
import type { Clock } from './platform/clock'
import type { DatabaseHandle } from './platform/db/open'

export function createServices(database: DatabaseHandle, clock: Clock) {
  const { db } = database
  const audit = createAuditLog()
  const deps = { db, clock, audit }
  return {
    database,
    clock,
    audit,
    access: createAccessService(deps),
    signIn: createSignInService(deps),
    people: createPeopleService(deps),
    organisation: createOrganisationService(deps),
    sentences: createSentencesService(deps),
    registers: createRegistersService(deps),
    predictors: createPredictorsService(deps),
    contacts: createContactsService(deps),
    enforcement: createEnforcementService(deps),
  }
}

export type Services = ReturnType<typeof createServices>
