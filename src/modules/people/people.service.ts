// Use cases of the person record. Each checks the permission first, then runs one transaction that
// makes the change and writes its audit entry, so that an entry exists exactly when the change does.
// Every change's entry carries the whole record after it: that is the record's history.
import type { Actor } from '../../platform/actor'
import { DomainError, NotFoundError, StaleVersionError } from '../../platform/errors'
import { parseInput } from '../../platform/validation'
import { z } from '../../platform/zod'
import { can, requirePermission } from '../access'
import type { ServiceDeps } from '../deps'
import { requireCaseVisible } from './case-access'
import { confirmationSchema, splitConfirmation } from './duplicates.schema'
import { type FoundDuplicate, findDuplicates } from './duplicates.service'
import { createMergeService, notFoundOrMerged } from './merge.service'
import { writePeople } from './people.import'
import { addressesOf, columnChanges, presentPerson } from './people.presenter'
import * as repo from './people.repository'
import { type PersonInput, personSchemas } from './people.schema'
import type { PersonHistoryEntry, PersonRecord } from './person-record.schema'
import { refreshNameKeys } from './search.repository'
import { createSearchService } from './search.service'

type Executor = Parameters<typeof repo.findPerson>[0]

const versionSchema = z.strictObject({
  version: z.number({ message: 'is required: the version of the record this is based on' }).int().positive(),
})
const optionalVersionSchema = z.strictObject({ version: z.number().int().positive().optional() })

const target = (person: { id: string; crn: string }) => ({ type: 'person', id: person.id, crn: person.crn })
const canonicalCrn = (crn: string) => crn.trim().toUpperCase()

export function createPeopleService(deps: ServiceDeps) {
  const { db, clock, audit } = deps
  async function readRecord(trx: Executor, crn: string): Promise<PersonRecord> {
    const row = await repo.findPerson(trx, crn, { includeDeleted: true })
    if (!row) throw new NotFoundError('person', crn)
    return presentPerson(row)
  }

  /**
   * Runs a change on a locked person. A stale version is recorded as a read (the 409 answer shows
   * the current record) and committed, then refused.
   */
  async function change(
    actor: Actor,
    rawCrn: string,
    given: number | undefined,
    options: { deleted: boolean; action: string },
    apply: (trx: Executor, person: { id: string; crn: string }) => Promise<void>,
  ): Promise<PersonRecord> {
    const crn = canonicalCrn(rawCrn)
    const outcome = await db.transaction().execute(async (trx) => {
      const locked = await repo.lockPerson(trx, crn)
      // A record merged into another is changed through that one (or the merge is undone first).
      if (locked?.merged_into) throw await notFoundOrMerged(trx, crn)
      // Before saying whether it is deleted: to those its lists keep out, the case does not exist.
      if (locked) await requireCaseVisible(trx, actor, { id: locked.id, crn })
      if (!locked || (locked.deleted_at !== null) !== options.deleted) {
        if (locked && options.deleted)
          throw new DomainError(
            'person.not_deleted',
            `Person ${crn} is not deleted: there is nothing to restore`,
          )
        throw new NotFoundError('person', crn)
      }
      const person = { id: locked.id, crn }
      if (given !== undefined && given !== locked.version) {
        const current = await readRecord(trx, crn)
        await audit.record(trx, actor, 'person.read', target(person), { reason: 'stale version' })
        return { stale: current }
      }
      await apply(trx, person)
      const record = await readRecord(trx, crn)
      await audit.record(trx, actor, options.action, target(person), record)
      return { record }
    })
    if (outcome.stale) throw new StaleVersionError(given as number, outcome.stale)
    return outcome.record as PersonRecord
  }

  return {
    /**
     * Creates a person, unless they look like someone already on record (docs/DECISIONS.md 15): then
     * `person.possible_duplicate` with the candidates and why, unless the caller confirms a different
     * person and says why (recorded beside the creation).
     */
    async createPerson(actor: Actor, raw: unknown): Promise<PersonRecord> {
      requirePermission(actor, 'person:write')
      const { person: body, confirmation } = splitConfirmation(raw)
      const input = parseInput(personSchemas(clock.today()).create, body)
      const confirmed = parseInput(confirmationSchema, confirmation)
      const outcome = await db.transaction().execute(async (trx) => {
        const [duplicates = []] = await findDuplicates(trx, actor, [input])
        if (duplicates.length > 0 && !confirmed.confirmDifferentPerson) {
          // Showing the candidates is a read of each.
          const reads = duplicates.map((d) => ({ type: 'person', id: d.personId, crn: d.crn }))
          await audit.recordMany(trx, actor, 'person.read', reads)
          return { duplicates }
        }
        const [created] = await writePeople(trx, [input], clock.now())
        const person = created as { id: string; crn: string }
        const record = await readRecord(trx, person.crn)
        await audit.record(trx, actor, 'person.created', target(person), record)
        if (duplicates.length > 0)
          await audit.record(
            trx,
            actor,
            'person.confirmed_different',
            { type: 'person_duplicate_check', id: person.id, crn: person.crn },
            {
              reason: confirmed.differentPersonReason,
              candidates: duplicates.map(({ crn, score, reasons }) => ({ crn, score, reasons })),
            },
          )
        return { record }
      })
      if (outcome.duplicates) throw possibleDuplicate(outcome.duplicates)
      return outcome.record as PersonRecord
    },

    async getPerson(actor: Actor, rawCrn: string): Promise<PersonRecord> {
      requirePermission(actor, 'person:read')
      const crn = canonicalCrn(rawCrn)
      return db.transaction().execute(async (trx) => {
        const row = await repo.findPerson(trx, crn)
        if (!row) throw await notFoundOrMerged(trx, crn)
        await requireCaseVisible(trx, actor, row)
        await audit.record(trx, actor, 'person.read', target(row))
        return presentPerson(row)
      })
    },

    /** A partial change: fields left out stay as they are; a list given replaces the old one. */
    async updatePerson(actor: Actor, crn: string, raw: unknown): Promise<PersonRecord> {
      requirePermission(actor, 'person:write')
      const input = parseInput(personSchemas(clock.today()).update, raw)
      const { version } = input
      return change(
        actor,
        crn,
        version,
        { deleted: false, action: 'person.updated' },
        async (trx, person) => {
          await repo.updatePersonColumns(trx, person.id, columnChanges(input), clock.now())
          if (input.aliases) {
            await repo.deleteChildren(trx, 'aliases', person.id)
            await repo.insertAliases(trx, children(person.id, input.aliases))
          }
          if (input.addresses || input.postcode !== undefined) {
            const given = input.addresses ?? (await readRecord(trx, person.crn)).addresses
            await repo.deleteChildren(trx, 'addresses', person.id)
            await repo.insertAddresses(trx, children(person.id, addressesOf(given, input.postcode)))
          }
          if (input.circumstances) {
            await repo.deleteChildren(trx, 'personal_circumstances', person.id)
            await repo.insertCircumstances(trx, children(person.id, input.circumstances))
          }
          await refreshNameKeys(trx, [person.id])
        },
      )
    },

    /** Soft delete: the person answers "not found" until restored; nothing is removed. */
    async deletePerson(actor: Actor, crn: string, raw: unknown): Promise<PersonRecord> {
      requirePermission(actor, 'person:delete')
      const { version } = parseInput(versionSchema, raw)
      return change(actor, crn, version, { deleted: false, action: 'person.deleted' }, (trx, person) =>
        repo.setDeletedAt(trx, person.id, clock.now(), clock.now()),
      )
    },

    async restorePerson(actor: Actor, crn: string, raw: unknown = {}): Promise<PersonRecord> {
      requirePermission(actor, 'person:delete')
      const { version } = parseInput(optionalVersionSchema, raw ?? {})
      return change(actor, crn, version, { deleted: true, action: 'person.restored' }, (trx, person) =>
        repo.setDeletedAt(trx, person.id, null, clock.now()),
      )
    },

    /** Every version of the record, oldest first, from the audit trail; reading it is itself audited. */
    async personHistory(actor: Actor, rawCrn: string): Promise<PersonHistoryEntry[]> {
      requirePermission(actor, 'person:read')
      const crn = canonicalCrn(rawCrn)
      return db.transaction().execute(async (trx) => {
        const row = await repo.findPerson(trx, crn, { includeDeleted: true })
        // A deleted person is visible only to those who may restore them.
        if (!row || (row.deletedAt && !can(actor, 'person:delete'))) throw new NotFoundError('person', crn)
        await requireCaseVisible(trx, actor, row)
        await audit.record(trx, actor, 'person.read', target(row), { view: 'history' })
        const entries = await audit.entriesFor(trx, {
          targetType: 'person',
          targetId: row.id,
          changesOnly: true,
          limit: 100_000,
        })
        return entries.map((entry, index) => {
          const record = (entry.data ?? null) as PersonRecord | null
          return {
            version: record?.version ?? index + 1,
            action: entry.action as PersonHistoryEntry['action'],
            occurredAt: entry.occurredAt,
            actor: entry.actor,
            source: entry.source,
            requestId: entry.requestId,
            record,
          }
        })
      })
    },

    /**
     * Many validated people in one transaction (the CSV import and the demo-data seeder): bulk
     * inserts and one audit entry per person. Returns the CRNs in the order of the inputs.
     */
    async importPeople(
      actor: Actor,
      inputs: readonly PersonInput[],
      options: { trx?: Executor } = {},
    ): Promise<{ id: string; crn: string }[]> {
      requirePermission(actor, 'person:write')
      if (inputs.length === 0) return []
      const run = async (trx: Executor) => {
        const created = await writePeople(trx, inputs, clock.now())
        // Each entry keeps the person as imported (canonical, validated input), so history starts at version 1.
        const targets = created.map((person, i) => ({
          ...target(person),
          data: { crn: person.crn, version: 1, ...inputs[i] },
        }))
        await audit.recordMany(trx, actor, 'person.imported', targets)
        return created
      }
      return options.trx ? run(options.trx) : db.transaction().execute(run)
    },

    /**
     * For each new person, in order, the people on record they look like (empty when none): the
     * import refuses such rows unless told to allow them (docs/DECISIONS.md 15).
     */
    async findLikelyDuplicates(
      actor: Actor,
      inputs: readonly PersonInput[],
    ): Promise<{ crn: string; score: number; reasons: string[] }[][]> {
      requirePermission(actor, 'person:read')
      const found = await db.transaction().execute((trx) => findDuplicates(trx, actor, inputs))
      return found.map((list) => list.map(({ crn, score, reasons }) => ({ crn, score, reasons })))
    },

    ...createSearchService(deps),
    ...createMergeService(deps),
  }
}

function possibleDuplicate(duplicates: FoundDuplicate[]): DomainError {
  const candidates = duplicates.map(({ crn, score, reasons }) => ({ crn, score, reasons }))
  return new DomainError(
    'person.possible_duplicate',
    `This person looks like ${candidates.map((c) => c.crn).join(', ')} already on record. Open that record, ` +
      'or send "confirmDifferentPerson": true with a "differentPersonReason" to create a new one',
    candidates.map((c, i) => ({
      path: `candidates.${i}`,
      message: `${c.crn} (score ${c.score}): ${c.reasons.join('; ')}`,
    })),
    { candidates },
  )
}

function children<T>(personId: string, list: readonly T[]) {
  return list.map((item, ordinal) => ({ ...item, personId, ordinal }))
}

export type PeopleService = ReturnType<typeof createPeopleService>
