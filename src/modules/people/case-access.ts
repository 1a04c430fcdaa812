// The one CRN lookup every module uses to reach a case on behalf of a caller: the live person, if the
// caller may see them. A case hidden by its restriction or exclusion lists is "not found", exactly as a
// CRN that does not exist; a case that policy shows as restricted answers `person.restricted` with the
// name and "restricted" only (web issue, "Roles and case access").
import type { Actor } from '../../platform/actor'
import { DomainError, NotFoundError } from '../../platform/errors'
import { caseAccessOf } from '../access'
import * as repo from './people.repository'

type Executor = Parameters<typeof repo.findPersonRef>[0]

/** What a caller not allowed to see a "show as restricted" case is told of it. */
export interface RestrictedCase {
  crn: string
  name: string
  restricted: true
}

export class RestrictedCaseError extends DomainError {
  constructor(stub: RestrictedCase) {
    super('person.restricted', `Case ${stub.crn} is restricted: you do not have access to it`, [], stub)
  }
}

/** Throws unless the caller may see this person's case in full. */
export async function requireCaseVisible(
  db: Executor,
  actor: Actor,
  person: { id: string; crn: string },
): Promise<void> {
  const { visibility } = await caseAccessOf(db, actor, person.id)
  if (visibility === 'visible') return
  if (visibility === 'hidden') throw new NotFoundError('person', person.crn)
  const row = await repo.findPersonById(db, person.id)
  const name = row ? `${row.firstName} ${row.surname}` : ''
  throw new RestrictedCaseError({ crn: person.crn, name, restricted: true })
}

/** The live person with this CRN, if the caller may see their case; "not found" otherwise. */
export async function findCaseRef(
  db: Executor,
  actor: Actor,
  crn: string,
): Promise<{ id: string; crn: string }> {
  const person = await repo.findPersonRef(db, crn)
  if (!person) throw new NotFoundError('person', crn)
  await requireCaseVisible(db, actor, person)
  return person
}
