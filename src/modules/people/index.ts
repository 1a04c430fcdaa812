// The people module's public surface: the person record's service, its input schemas and types, and
// the lookup other modules use to attach records to a person.

export {
  findCaseRef,
  type RestrictedCase,
  RestrictedCaseError,
  requireCaseVisible,
} from './case-access'
// Finding people, likely duplicates and merging two records (docs/search.md).
export { confirmationSchema, type DuplicateCandidate, duplicateCandidate } from './duplicates.schema'
export {
  checkCrn,
  checkCro,
  checkNiNumber,
  checkPnc,
  checkPostcode,
  checkPrisonNumber,
  crnFromSequence,
} from './identifiers.rules'
export { DUPLICATE_THRESHOLD, type Match, type SearchCriteria } from './matching.score.rules'
export { mergeInput, unmergeInput, unmergeResult } from './merge.schema'
export { nicknamePairCount } from './nicknames.rules'
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
export { type FoundPerson, findMatches } from './search.engine'
export { readSearch, type SearchParams } from './search.query.rules'
export {
  type SearchInput,
  type SearchResult,
  searchParams,
  searchResult,
  searchResults,
} from './search.schema'
