// Use cases of events: record a conviction with its offences and sentence, read, list for a person,
// update with version (lists replace whole), soft delete, restore, history. Every change is audited
// with the person's CRN and the event as it stood afterwards.
import type { Actor } from '../../platform/actor'
import { DomainError, NotFoundError, StaleVersionError, ValidationError } from '../../platform/errors'
import { newId } from '../../platform/ids'
import { parseInput } from '../../platform/validation'
import { requirePermission, requireRecordAccess } from '../access'
import type { AuditEntry } from '../audit'
import type { ServiceDeps } from '../deps'
import { findCaseRef } from '../people'
import { toGraph } from './sentences.graph'
import { type Event, toEvents } from './sentences.present'
import * as repo from './sentences.repository'
import { eventProblems } from './sentences.rules'
import { deleteInput, type EventInput, eventInput, eventUpdate } from './sentences.schema'

type Executor = Parameters<typeof repo.findEvent>[0]
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

export function createEventsService({ db, clock, audit, caseChanged }: ServiceDeps) {
  const target = (event: { id: string; crn: string }) => ({ type: 'event', id: event.id, crn: event.crn })

  /** The event; given the caller, "not found" too when its case is hidden from them. */
  async function load(
    trx: Executor,
    id: string,
    options: { forUpdate?: boolean; deleted?: boolean; actor?: Actor } = {},
  ) {
    const row = UUID.test(id) ? await repo.findEvent(trx, id, options) : undefined
    if (!row || (row.deleted_at !== null) !== (options.deleted ?? false)) throw new NotFoundError('event', id)
    if (options.actor) await visible(trx, options.actor, row)
    const [event] = toEvents([row], await repo.loadChildren(trx, [row.id]))
    return { row, event: event as Event }
  }

  async function visible(trx: Executor, actor: Actor, row: { id: string; person_id: string }) {
    await requireRecordAccess(trx, actor, { personId: row.person_id, what: 'event', id: row.id })
  }

  function validate(input: EventInput): void {
    const problems = eventProblems(input, clock.today())
    if (problems.length > 0) throw new ValidationError(problems)
  }

  return {
    async createEvent(actor: Actor, crn: string, raw: unknown): Promise<Event> {
      requirePermission(actor, 'person:write')
      const input = parseInput(eventInput, raw)
      validate(input)
      return db.transaction().execute(async (trx) => {
        const person = await findCaseRef(trx, actor, crn)
        await repo.lockEventNumbering(trx, person.id)
        const max = (await repo.maxEventNumbers(trx, [person.id])).get(person.id) ?? 0
        const eventId = newId()
        const graph = toGraph(input, { eventId, personId: person.id, eventNumber: max + 1, at: clock.now() })
        await repo.insertEventGraphs(trx, [graph])
        const { event } = await load(trx, eventId)
        await audit.record(trx, actor, 'event.created', target(event), event)
        await caseChanged?.(trx, actor, person.id, 'event.created')
        return event
      })
    },

    async getEvent(actor: Actor, id: string): Promise<Event> {
      requirePermission(actor, 'person:read')
      return db.transaction().execute(async (trx) => {
        const { event } = await load(trx, id, { actor })
        await audit.record(trx, actor, 'event.read', target(event))
        return event
      })
    },

    async listEvents(actor: Actor, crn: string): Promise<Event[]> {
      requirePermission(actor, 'person:read')
      return db.transaction().execute(async (trx) => {
        const person = await findCaseRef(trx, actor, crn)
        const rows = await repo.listEventsOfPerson(trx, person.id)
        const events = toEvents(
          rows,
          await repo.loadChildren(
            trx,
            rows.map((r) => r.id),
          ),
        )
        await audit.recordMany(trx, actor, 'event.read', events.map(target))
        return events
      })
    },

    async updateEvent(actor: Actor, id: string, raw: unknown): Promise<Event> {
      requirePermission(actor, 'person:write')
      const patch = parseInput(eventUpdate, raw)
      return db.transaction().execute(async (trx) => {
        const { row, event: current } = await load(trx, id, { forUpdate: true, actor })
        if (row.version !== patch.version) throw new StaleVersionError(patch.version, current)
        const stored = toInput(current)
        const merged: EventInput = {
          convictionDate: patch.convictionDate === undefined ? stored.convictionDate : patch.convictionDate,
          courtName: patch.courtName === undefined ? stored.courtName : patch.courtName,
          notes: patch.notes === undefined ? stored.notes : patch.notes,
          offences: patch.offences ?? stored.offences,
          courtAppearances: patch.courtAppearances ?? stored.courtAppearances,
          disposal: patch.disposal === undefined ? stored.disposal : patch.disposal,
        }
        validate(merged)
        const graph = toGraph(merged, {
          eventId: row.id,
          personId: row.person_id,
          eventNumber: row.event_number,
          at: clock.now(),
        })
        await repo.deleteChildren(trx, row.id)
        await repo.insertChildren(trx, [graph])
        await repo.updateEvent(
          trx,
          row.id,
          { conviction_date: merged.convictionDate, court_name: merged.courtName, notes: merged.notes },
          clock.now(),
        )
        const { event } = await load(trx, row.id)
        await audit.record(trx, actor, 'event.updated', target(event), event)
        await caseChanged?.(trx, actor, row.person_id, 'event.updated')
        return event
      })
    },

    /** Soft delete; a `version` in the body, when given, must be current. */
    async deleteEvent(actor: Actor, id: string, raw: unknown = {}): Promise<Event> {
      requirePermission(actor, 'person:delete')
      const input = parseInput(deleteInput, raw ?? {})
      return db.transaction().execute(async (trx) => {
        const { row, event: current } = await load(trx, id, { forUpdate: true, actor })
        if (input.version !== undefined && input.version !== row.version)
          throw new StaleVersionError(input.version, current)
        await repo.updateEvent(trx, row.id, { deleted_at: clock.now() }, clock.now())
        const { event } = await load(trx, row.id, { deleted: true })
        await audit.record(trx, actor, 'event.deleted', target(event), event)
        await caseChanged?.(trx, actor, row.person_id, 'event.deleted')
        return event
      })
    },

    async restoreEvent(actor: Actor, id: string): Promise<Event> {
      requirePermission(actor, 'person:delete')
      return db.transaction().execute(async (trx) => {
        const row = UUID.test(id) ? await repo.findEvent(trx, id, { forUpdate: true }) : undefined
        if (!row) throw new NotFoundError('event', id)
        await visible(trx, actor, row)
        if (!row.deleted_at) throw new DomainError('event.not_deleted', `Event ${id} is not deleted`)
        await repo.updateEvent(trx, row.id, { deleted_at: null }, clock.now())
        const { event } = await load(trx, row.id)
        await audit.record(trx, actor, 'event.restored', target(event), event)
        await caseChanged?.(trx, actor, row.person_id, 'event.restored')
        return event
      })
    },

    /** Every change to the event, oldest first, each carrying the event as it stood afterwards. */
    async eventHistory(actor: Actor, id: string): Promise<AuditEntry[]> {
      requirePermission(actor, 'person:read')
      const row = UUID.test(id) ? await repo.findEvent(db, id) : undefined
      if (!row) throw new NotFoundError('event', id)
      await visible(db, actor, row)
      return audit.entriesFor(db, { targetType: 'event', targetId: row.id, changesOnly: true })
    },
  }
}

/** A stored event back into the input shape, so an update is validated as a whole. */
function toInput(event: Event): EventInput {
  const d = event.disposal
  return {
    convictionDate: event.convictionDate,
    courtName: event.courtName,
    notes: event.notes,
    offences: event.offences.map(({ id: _, ...o }) => o),
    courtAppearances: event.courtAppearances.map(({ id: _, ...a }) => a),
    disposal: d && {
      ...d,
      sentenceDate: d.sentenceDate ?? '',
      requirements: d.requirements.map(({ id: _, restrictive: __, ...r }) => r),
      licenceConditions: d.licenceConditions.map(({ id: _, ...c }) => c),
    },
  } as EventInput
}
