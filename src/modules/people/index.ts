// The people module's public surface: the person record's service, its input schemas and types, and
// the lookup other modules use to attach records to a person.
export {
  checkCrn,
  checkCro,
  checkNiNumber,
  checkPnc,
  checkPostcode,
  checkPrisonNumber,
  crnFromSequence,
} from './identifiers.rules'
export { findPersonRef, holdsPeople } from './people.repository'
export { checkDateOfBirth, checkName } from './people.rules'
export {
  type AddressInput,
  type AliasInput,
  type CircumstanceInput,
  type PersonInput,
  type PersonUpdate,
  personSchemas,
  validatePersonInput,
} from './people.schema'
export { createPeopleService, type PeopleService } from './people.service'
export {
  type PersonHistoryEntry,
  type PersonRecord,
  personHistoryEntry,
  personRecord,
} from './person-record.schema'
