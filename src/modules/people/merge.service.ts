// Merging two records of one person, and undoing it. Everything of the losing record is kept: its
// name becomes an alias of the survivor, its aliases, addresses and circumstances are copied over, its
// events, registers, contacts, enforcement decisions, breach packs, predictor corrections and history,
// and tier calculations and overrides move (practitioners' work follows the person), its restriction and
// exclusion lists are added to the survivor's (the stricter of both applies), empty identifiers of the
// survivor are filled from it; the losing record is soft-deleted with its own lists untouched and
// points to the survivor, so its old CRN says where it went. Each merge is kept (person_merges) with both records as they were, so that it can be undone.
import type { Actor } from '../../platform/actor'
import { movePersonRows } from '../../platform/db/person-rows'
import { DomainError, NotFoundError, StaleVersionError } from '../../platform/errors'
import { newId } from '../../platform/ids'
import { parseInput } from '../../platform/validation'
import { mergeCaseLists, requirePermission, unmergeCaseLists } from '../access'
import type { ServiceDeps } from '../deps'
import { reassignRegisters } from '../registers'
import { reassignEvents } from '../sentences'
import { requireCaseVisible } from './case-access'
import * as mergeRepo from './merge.repository'
import { mergeInput, unmergeInput } from './merge.schema'
import { presentPerson } from './people.presenter'
import * as repo from './people.repository'
import type { PersonRecord } from './person-record.schema'
import { refreshNameKeys } from './search.repository'

type Executor = Parameters<typeof repo.findPerson>[0]

/** A read, change or search of a CRN that was merged into another record: it says where it went. */
export class PersonMergedError extends DomainError {
  constructor(crn: string, into: string, at: Date) {
    super(
      'person.merged',
      `Person ${crn} was merged into ${into} on ${at.toISOString().slice(0, 10)}: use ${into}`,
      [{ path: 'crn', message: `merged into ${into}` }],
      { mergedInto: into, mergedAt: at.toISOString() },
    )
  }
}

/** "Not found", or "merged into X" when the CRN was merged away. */
export async function notFoundOrMerged(trx: Executor, crn: string): Promise<DomainError> {
  const merged = await repo.findMergedInto(trx, crn)
  return merged ? new PersonMergedError(crn, merged.crn, merged.mergedAt) : new NotFoundError('person', crn)
}

const FILLABLE = [
  ['pnc', 'pnc'],
  ['cro', 'cro'],
  ['prisonNumber', 'prison_number'],
  ['niNumber', 'ni_number'],
  ['dateOfBirth', 'date_of_birth'],
] as const

const target = (person: { id: string; crn: string }) => ({ type: 'person', id: person.id, crn: person.crn })

export function createMergeService({ db, clock, audit, personOwnedRows = [] }: ServiceDeps) {
  async function live(trx: Executor, crn: string) {
    const row = await repo.findPerson(trx, crn)
    if (!row) throw await notFoundOrMerged(trx, crn)
    return row
  }

  return {
    /** Merges the record `from` into the record at `crn` (the survivor). */
    async mergePeople(actor: Actor, rawCrn: string, raw: unknown): Promise<PersonRecord> {
      requirePermission(actor, 'person:merge')
      const input = parseInput(mergeInput, raw)
      const crn = rawCrn.trim().toUpperCase()
      if (input.from === crn)
        throw new DomainError('person.merge_same', `${crn} cannot be merged into itself`, [
          { path: 'from', message: 'must be another record than the one merged into' },
        ])
      const now = clock.now()
      const outcome = await db.transaction().execute(async (trx) => {
        // Both rows locked, in CRN order so that two merges of the same pair cannot deadlock.
        for (const each of [crn, input.from].sort()) await repo.lockPerson(trx, each)
        const to = await live(trx, crn)
        const from = await live(trx, input.from)
        if (to.version !== input.version) {
          await audit.record(trx, actor, 'person.read', target(to), { reason: 'stale version' })
          return { stale: presentPerson(to) }
        }
        const toBefore = presentPerson(to)
        const fromBefore = presentPerson(from)
        const sameMain =
          from.firstName === to.firstName &&
          from.surname === to.surname &&
          (from.middleNames ?? null) === (to.middleNames ?? null) &&
          (from.dateOfBirth ?? null) === (to.dateOfBirth ?? null)
        const mainName = sameMain
          ? null
          : {
              firstName: from.firstName,
              middleNames: from.middleNames,
              surname: from.surname,
              dateOfBirth: from.dateOfBirth,
            }
        const filled: Record<string, string> = {}
        const changes: Partial<repo.PersonColumns> = {}
        for (const [key, column] of FILLABLE) {
          const value = from[key]
          if (to[key] === null && value !== null) {
            filled[column] = value
            changes[key] = value
          }
        }
        // Contacts, enforcement, predictor and tier rows, and any other module's: the survivor's predictors
        // and tier are recomputed on its next read (fingerprints differ), with moved corrections applied.
        const rows: Record<string, string[]> = {}
        for (const { key, table, move } of personOwnedRows)
          rows[key] = move
            ? await move(trx, from.id, to.id)
            : await movePersonRows(trx, table, from.id, to.id)
        const moved: mergeRepo.MergeMoves = {
          aliases: await mergeRepo.copyAliases(trx, from.id, to.id, mainName),
          addresses: await mergeRepo.copyAddresses(trx, from.id, to.id),
          circumstances: await mergeRepo.copyCircumstances(trx, from.id, to.id),
          events: await reassignEvents(trx, from.id, to.id),
          registers: await reassignRegisters(trx, from.id, to.id),
          rows,
          caseLists: await mergeCaseLists(trx, from.id, to.id),
          filled,
          repointed: await mergeRepo.markMerged(trx, from.id, to.id, now),
        }
        await repo.updatePersonColumns(trx, to.id, changes, now)
        await refreshNameKeys(trx, [to.id, from.id])
        const mergeId = newId()
        await mergeRepo.insertMerge(trx, {
          id: mergeId,
          fromPersonId: from.id,
          toPersonId: to.id,
          reason: input.reason,
          mergedAt: now,
          mergedBy: `${actor.kind}:${actor.id}`,
          moved,
          fromRecord: fromBefore,
          toRecord: toBefore,
        })
        const after = presentPerson((await repo.findPerson(trx, crn)) as repo.PersonRow)
        const fromAfter = presentPerson(
          (await repo.findPerson(trx, input.from, { includeDeleted: true })) as repo.PersonRow,
        )
        await audit.record(trx, actor, 'person.merged', target(to), after)
        await audit.record(trx, actor, 'person.merged_away', target(from), fromAfter)
        await audit.record(
          trx,
          actor,
          'person.merge_recorded',
          { type: 'person_merge', id: mergeId, crn },
          { from: input.from, into: crn, reason: input.reason, moved },
        )
        return { record: after }
      })
      if (outcome.stale) throw new StaleVersionError(input.version, outcome.stale)
      return outcome.record as PersonRecord
    },

    /** Undoes the merge that took the record at `crn` away: both records as they were, later changes to the survivor kept. */
    async unmergePeople(
      actor: Actor,
      rawCrn: string,
      raw: unknown,
    ): Promise<{ restored: PersonRecord; survivor: PersonRecord }> {
      requirePermission(actor, 'person:merge')
      const input = parseInput(unmergeInput, raw)
      const crn = rawCrn.trim().toUpperCase()
      const now = clock.now()
      return db.transaction().execute(async (trx) => {
        const locked = await repo.lockPerson(trx, crn)
        if (!locked) throw new NotFoundError('person', crn)
        // Before saying whether it is merged: to those its lists keep out, the case does not exist.
        await requireCaseVisible(trx, actor, { id: locked.id, crn })
        const merge = await mergeRepo.findOpenMerge(trx, locked.id)
        if (!merge || locked.deleted_at === null)
          throw new DomainError('person.not_merged', `Person ${crn} is not merged into another record`)
        const survivor = await repo.findPersonById(trx, merge.to_person_id)
        if (!survivor || survivor.deletedAt)
          throw new DomainError(
            'person.merge_not_undoable',
            `The record ${crn} went into${survivor ? ` ${survivor.crn}` : ''} has itself been deleted or merged: undo that first`,
          )
        await repo.lockPerson(trx, survivor.crn)
        const { moved } = merge
        await reassignEvents(
          trx,
          survivor.id,
          locked.id,
          moved.events.map((e) => ({ id: e.id, eventNumber: e.from })),
        )
        await reassignRegisters(trx, survivor.id, locked.id, moved.registers)
        // A merge recorded before a module's rows moved lacks their key: nothing of theirs to undo.
        for (const { key, table, moveBack } of personOwnedRows) {
          const ids = moved.rows?.[key] ?? []
          if (moveBack) await moveBack(trx, survivor.id, locked.id, ids)
          else await movePersonRows(trx, table, survivor.id, locked.id, ids)
        }
        if (moved.caseLists) await unmergeCaseLists(trx, survivor.id, moved.caseLists)
        await mergeRepo.deleteCopies(trx, 'aliases', moved.aliases)
        await mergeRepo.deleteCopies(trx, 'addresses', moved.addresses)
        await mergeRepo.deleteCopies(trx, 'personal_circumstances', moved.circumstances)
        await mergeRepo.clearFilled(trx, survivor.id, moved.filled, now)
        await mergeRepo.unmarkMerged(trx, locked.id, moved.repointed, now)
        await repo.updatePersonColumns(trx, survivor.id, {}, now)
        await refreshNameKeys(trx, [survivor.id, locked.id])
        await mergeRepo.closeMerge(trx, merge.id, now, `${actor.kind}:${actor.id}`, input.reason)
        const restored = presentPerson((await repo.findPerson(trx, crn)) as repo.PersonRow)
        const after = presentPerson((await repo.findPerson(trx, survivor.crn)) as repo.PersonRow)
        await audit.record(trx, actor, 'person.unmerged', target({ id: locked.id, crn }), restored)
        await audit.record(trx, actor, 'person.unmerged', target(survivor), after)
        await audit.record(
          trx,
          actor,
          'person.merge_undone',
          { type: 'person_merge', id: merge.id, crn: survivor.crn },
          { from: crn, into: survivor.crn, reason: input.reason },
        )
        return { restored, survivor: after }
      })
    },
  }
}
