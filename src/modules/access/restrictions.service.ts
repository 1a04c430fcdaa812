// Per-case restriction and exclusion lists: administrators set and read them (every change audited in
// the same transaction), and every other module asks the one check here whether a caller may see a
// case. For those not allowed the case does not exist ("not found"), unless policy shows it as
// restricted (name and "restricted" only, given by the people module, which owns names).
import type { Actor } from '../../platform/actor'
import { NotFoundError, ValidationError } from '../../platform/errors'
import { parseInput } from '../../platform/validation'
import type { ServiceDeps } from '../deps'
import { requirePermission } from './permissions.rules'
import * as repo from './restrictions.repository'
import { type CaseDecision, type CaseLists, decideCaseAccess, NO_LISTS } from './restrictions.rules'
import { type CaseRestrictions, caseRestrictionsInput } from './restrictions.schema'

type Executor = Parameters<typeof repo.listsOf>[0]

/** How this caller may see each of these cases; ids without lists are visible to every role-holder. */
export async function caseDecisions(
  db: Executor,
  actor: Actor,
  personIds: readonly string[],
): Promise<Map<string, CaseDecision>> {
  const lists = actor.kind === 'system' ? new Map<string, CaseLists>() : await repo.listsOf(db, personIds)
  return new Map(personIds.map((id) => [id, decideCaseAccess(actor, lists.get(id) ?? NO_LISTS)]))
}

/** The ids of these cases the caller may see in full: for searches, lists and counts. */
export async function caseVisibility(
  db: Executor,
  actor: Actor,
  personIds: readonly string[],
): Promise<Set<string>> {
  if (actor.kind === 'system') return new Set(personIds)
  const decisions = await caseDecisions(db, actor, personIds)
  return new Set(personIds.filter((id) => decisions.get(id)?.visibility === 'visible'))
}

/** How this caller may see one case. */
export async function caseAccessOf(db: Executor, actor: Actor, personId: string): Promise<CaseDecision> {
  return (await caseDecisions(db, actor, [personId])).get(personId) as CaseDecision
}

/** Throws "not found" unless the caller may see the case in full. */
export async function requireCaseAccess(
  db: Executor,
  actor: Actor,
  person: { id: string; crn: string },
): Promise<void> {
  if ((await caseAccessOf(db, actor, person.id)).visibility !== 'visible')
    throw new NotFoundError('person', person.crn)
}

/**
 * Throws `<what>.not_found` (as for an id that does not exist) unless the caller may see in full the case
 * this record belongs to. Routes by record id never name the case, so a case shown as restricted is not
 * found here too: the caller learns nothing of it.
 */
export async function requireRecordAccess(
  db: Executor,
  actor: Actor,
  record: { personId: string; what: string; id: string },
): Promise<void> {
  if (actor.kind === 'system') return
  if ((await caseAccessOf(db, actor, record.personId)).visibility !== 'visible')
    throw new NotFoundError(record.what, record.id)
}

/** Those of these rows, from lists across cases, whose case the caller may see in full; order kept. */
export async function onlyVisibleCases<T>(
  db: Executor,
  actor: Actor,
  rows: readonly T[],
  personIdOf: (row: T) => string,
): Promise<T[]> {
  if (actor.kind === 'system') return [...rows]
  const visible = await caseVisibility(db, actor, rows.map(personIdOf))
  return rows.filter((row) => visible.has(personIdOf(row)))
}

const sorted = (names: string[]) => [...names].sort()

export function createRestrictionsService({ db, audit }: ServiceDeps) {
  async function personOf(trx: Executor, rawCrn: string) {
    const crn = rawCrn.trim().toUpperCase()
    const person = await repo.personByCrn(trx, crn)
    if (!person) throw new NotFoundError('person', crn)
    return person
  }

  async function present(trx: Executor, crn: string, lists: CaseLists): Promise<CaseRestrictions> {
    const users = new Map(
      (await repo.usersById(trx, [...lists.restrictedTo, ...lists.excluded])).map((u) => [u.id, u.username]),
    )
    const names = (ids: readonly string[]) => sorted(ids.map((id) => users.get(id) ?? id))
    return {
      crn,
      restrictedTo: names(lists.restrictedTo),
      excluded: names(lists.excluded),
      showAsRestricted: lists.showAsRestricted,
    }
  }

  return {
    async getCaseRestrictions(actor: Actor, crn: string): Promise<CaseRestrictions> {
      requirePermission(actor, 'case:restrict')
      return db.transaction().execute(async (trx) => {
        const person = await personOf(trx, crn)
        const lists = await repo.listsOfPerson(trx, person.id)
        await audit.record(trx, actor, 'case.restrictions_read', {
          type: 'person',
          id: person.id,
          crn: person.crn,
        })
        return present(trx, person.crn, lists)
      })
    },

    /** Replaces the case's lists and flag whole; each list or flag that changed gets its audit entry. */
    async setCaseRestrictions(actor: Actor, crn: string, raw: unknown): Promise<CaseRestrictions> {
      requirePermission(actor, 'case:restrict')
      const input = parseInput(caseRestrictionsInput, raw)
      return db.transaction().execute(async (trx) => {
        const person = await personOf(trx, crn)
        await repo.lockPerson(trx, person.id)
        const wanted = [...input.restrictedTo, ...input.excluded]
        const ids = new Map((await repo.usersByUsername(trx, wanted)).map((u) => [u.username, u.id]))
        const unknown = (field: 'restrictedTo' | 'excluded') =>
          input[field].flatMap((name, index) =>
            ids.has(name) ? [] : [{ path: `${field}.${index}`, message: `no user has the username ${name}` }],
          )
        const problems = [...unknown('restrictedTo'), ...unknown('excluded')]
        if (problems.length > 0) throw new ValidationError(problems)
        const next: CaseLists = {
          restrictedTo: input.restrictedTo.map((name) => ids.get(name) as string),
          excluded: input.excluded.map((name) => ids.get(name) as string),
          showAsRestricted: input.showAsRestricted,
        }
        const before = await present(trx, person.crn, await repo.listsOfPerson(trx, person.id))
        await repo.replaceLists(trx, person.id, next)
        const after = await present(trx, person.crn, next)
        const target = { type: 'person', id: person.id, crn: person.crn }
        const changes = [
          ['case.restriction_changed', 'restrictedTo'],
          ['case.exclusion_changed', 'excluded'],
          ['case.show_as_restricted_changed', 'showAsRestricted'],
        ] as const
        for (const [action, field] of changes)
          if (JSON.stringify(before[field]) !== JSON.stringify(after[field]))
            await audit.record(trx, actor, action, target, { from: before[field], to: after[field] })
        return after
      })
    },
  }
}

export type RestrictionsService = ReturnType<typeof createRestrictionsService>
