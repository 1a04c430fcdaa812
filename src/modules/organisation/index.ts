// The organisation: regions, probation delivery units, teams and staff.
import type { ServiceDeps } from '../deps'
import { createOrganisationImport } from './organisation.import'
import { createOrganisationTreeService } from './organisation.service'
import { createStaffService } from './staff.service'

export function createOrganisationService(deps: ServiceDeps) {
  return {
    ...createOrganisationTreeService(deps),
    ...createStaffService(deps),
    ...createOrganisationImport(deps),
  }
}
export type OrganisationService = ReturnType<typeof createOrganisationService>

export type { OrganisationImportResult } from './organisation.import'
export type { ProbationDeliveryUnit, Region, Staff, Team } from './organisation.present'
// A member of staff by code inside the caller's transaction (no permission check: the caller's use case does it).
export { findStaff as findStaffRecord } from './organisation.repository'
export { hasCurrentVetting } from './organisation.rules'
export {
  GRADES,
  type Grade,
  type OrganisationImport,
  pduInput,
  pduOutput,
  regionInput,
  regionOutput,
  SPECIALISMS,
  type StaffInput,
  staffInput,
  staffOutput,
  staffUpdate,
  teamInput,
  teamOutput,
  VETTING,
} from './organisation.schema'
export { requireTeam } from './organisation.service'
export { staffClearance } from './staff-vetting'
