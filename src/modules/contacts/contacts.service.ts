// Use cases of contacts: record a contact or book appointments (single or repeating), reschedule keeping
// the history, record an outcome, change notes or the sensitive flag; read and list. Every change is
// audited with the person's CRN and the contact as it stood afterwards.
import type { Actor } from '../../platform/actor'
import { DomainError, NotFoundError, StaleVersionError, ValidationError } from '../../platform/errors'
import { newId } from '../../platform/ids'
import { parseInput } from '../../platform/validation'
import { requirePermission, requireRecordAccess } from '../access'
import type { ServiceDeps } from '../deps'
import { createOrganisationService } from '../organisation'
import { findCaseRef } from '../people'
import { eventsOfPerson } from '../sentences'
import { toContact, toContactType, typeOf } from './contacts.present'
import * as repo from './contacts.repository'
import {
  type ContactType,
  contactProblems,
  creditedHours,
  describeClash,
  durationHours,
  findClashes,
  occurrenceDates,
  outcomeProblems,
  repeatProblems,
  type Slot,
} from './contacts.rules'
import {
  type Contact,
  contactInput,
  contactListQuery,
  contactUpdate,
  outcomeInput,
  rescheduleInput,
} from './contacts.schema'
import { resolveLinks } from './links.rules'

type Executor = Parameters<typeof repo.findContact>[0]
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

export function createContactsService(deps: ServiceDeps) {
  const { db, clock, audit } = deps
  const organisation = createOrganisationService(deps)
  const target = (c: Contact) => ({ type: 'contact', id: c.id, crn: c.crn, data: c })

  /** The contact; given the caller, "not found" too when its case is hidden from them. */
  async function load(trx: Executor, id: string, forUpdate = false, actor?: Actor) {
    const row = UUID.test(id) ? await repo.findContact(trx, id, { forUpdate }) : undefined
    if (!row) throw new NotFoundError('contact', id)
    if (actor) await requireRecordAccess(trx, actor, { personId: row.person_id, what: 'contact', id: row.id })
    return row
  }

  /** The practitioner: the one named, else the caller's own staff record; it must exist. */
  async function practitioner(actor: Actor, given: string | undefined): Promise<string> {
    const code = given ?? actor.staffCode ?? undefined
    if (!code)
      throw new ValidationError([{ path: 'staffCode', message: 'is required: you have no staff code' }])
    try {
      return (await organisation.getStaff(actor, code)).code
    } catch (error) {
      if (error instanceof DomainError && error.code === 'staff.not_found')
        throw new ValidationError([{ path: 'staffCode', message: `no member of staff has the code ${code}` }])
      throw error
    }
  }

  /** Refuses slots that overlap a booked appointment of the person or the practitioner, naming each. */
  async function refuseClashes(
    trx: Executor,
    who: { personId: string; staffCode: string },
    slots: Slot[],
    ignoreIds: string[] = [],
  ): Promise<void> {
    await repo.lockDiaries(trx, who.personId, who.staffCode)
    const booked = await repo.bookedSlots(
      trx,
      who,
      slots.map((s) => s.date),
    )
    const clashes = findClashes(
      slots,
      booked.map((b) => ({
        id: b.id,
        personId: b.person_id,
        staffCode: b.staff_code,
        date: b.contact_date,
        startTime: b.start_time as string,
        endTime: b.end_time as string,
        typeLabel: b.label,
      })),
      who,
      ignoreIds,
    )
    if (clashes.length > 0)
      throw new DomainError(
        'contact.clash',
        `The appointment clashes: ${clashes.map(describeClash).join('; ')}`,
        clashes.map((c) => ({
          path: c.whose === 'person' ? 'date' : 'staffCode',
          message: describeClash(c),
        })),
      )
  }

  return {
    /** The current version of every contact type. */
    async listContactTypes(actor: Actor): Promise<ContactType[]> {
      requirePermission(actor, 'person:read')
      return (await repo.listCurrentTypes(db)).map(toContactType)
    },

    /** Records a contact, or books an appointment and its repeats; returns every contact made, in date order. */
    async recordContact(actor: Actor, crn: string, raw: unknown): Promise<Contact[]> {
      requirePermission(actor, 'person:write')
      const input = parseInput(contactInput, raw)
      const staffCode = await practitioner(actor, input.staffCode)
      return db.transaction().execute(async (trx) => {
        const person = await findCaseRef(trx, actor, crn)
        const typeRow = await repo.findCurrentType(trx, input.type)
        if (!typeRow)
          throw new ValidationError([{ path: 'type', message: `no contact type has the code ${input.type}` }])
        const type = toContactType(typeRow)
        const links = resolveLinks(await eventsOfPerson(trx, person.id), type, input)
        const problems = [
          ...contactProblems(type, input),
          ...repeatProblems(input.date, input.repeat),
          ...links.problems,
        ]
        if (input.repeat && !type.appointment)
          problems.push({
            path: 'repeat',
            message: `only appointments repeat; a ${type.label.toLowerCase()} does not`,
          })
        if (problems.length > 0) throw new ValidationError(problems)
        const dates = occurrenceDates(input.date, input.repeat)
        if (type.appointment && input.startTime && input.endTime) {
          const { startTime, endTime } = input
          await refuseClashes(
            trx,
            { personId: person.id, staffCode },
            dates.map((date) => ({ date, startTime, endTime })),
          )
        }
        const seriesId = dates.length > 1 ? newId() : null
        const ids = dates.map(() => newId())
        await repo.insertContacts(
          trx,
          dates.map((date, i) => ({
            id: ids[i] as string,
            person_id: person.id,
            event_id: links.eventId,
            requirement_id: links.requirementId,
            type_code: type.code,
            type_version: type.version,
            contact_date: date,
            start_time: input.startTime ?? null,
            end_time: input.endTime ?? null,
            location: input.location ?? null,
            staff_code: staffCode,
            series_id: seriesId,
            notes: input.notes ?? null,
            sensitive: input.sensitive,
            created_at: clock.now(),
            updated_at: clock.now(),
          })),
        )
        const contacts = (await repo.findContacts(trx, ids)).map(toContact)
        await audit.recordMany(trx, actor, 'contact.created', contacts.map(target))
        return contacts
      })
    },

    async getContact(actor: Actor, id: string): Promise<Contact> {
      requirePermission(actor, 'person:read')
      return db.transaction().execute(async (trx) => {
        const contact = toContact(await load(trx, id, false, actor))
        await audit.record(trx, actor, 'contact.read', { type: 'contact', id: contact.id, crn: contact.crn })
        return contact
      })
    },

    /** The person's contacts in date order, optionally between two dates; one audit entry for the read. */
    async listContacts(actor: Actor, crn: string, rawRange: unknown = {}): Promise<Contact[]> {
      requirePermission(actor, 'person:read')
      const range = parseInput(contactListQuery, rawRange ?? {})
      return db.transaction().execute(async (trx) => {
        const person = await findCaseRef(trx, actor, crn)
        const contacts = (await repo.listContactsOfPerson(trx, person.id, range)).map(toContact)
        await audit.record(
          trx,
          actor,
          'contacts.read',
          { type: 'person', id: person.id, crn },
          { range, count: contacts.length },
        )
        return contacts
      })
    },

    /** Books the appointment again at a new time; the old one is kept, marked rescheduled and linked to the new. */
    async rescheduleContact(actor: Actor, id: string, raw: unknown): Promise<Contact> {
      requirePermission(actor, 'person:write')
      const input = parseInput(rescheduleInput, raw)
      const problems =
        input.endTime <= input.startTime ? [{ path: 'endTime', message: 'must be after the start time' }] : []
      if (problems.length > 0) throw new ValidationError(problems)
      const staffCode = input.staffCode ? await practitioner(actor, input.staffCode) : undefined
      return db.transaction().execute(async (trx) => {
        const row = await load(trx, id, true, actor)
        if (row.version !== input.version) throw new StaleVersionError(input.version, toContact(row))
        if (!row.type_appointment || row.status !== 'booked' || row.outcome)
          throw new DomainError(
            'contact.not_reschedulable',
            `Contact ${id} cannot be rescheduled: ${!row.type_appointment ? 'it is not an appointment' : row.outcome ? 'it has an outcome' : `it is ${row.status}`}`,
          )
        const who = { personId: row.person_id, staffCode: staffCode ?? row.staff_code }
        await refuseClashes(
          trx,
          who,
          [{ date: input.date, startTime: input.startTime, endTime: input.endTime }],
          [row.id],
        )
        const newIdValue = newId()
        await repo.insertContacts(trx, [
          {
            id: newIdValue,
            person_id: row.person_id,
            event_id: row.event_id,
            requirement_id: row.requirement_id,
            type_code: row.type_code,
            type_version: row.type_version,
            contact_date: input.date,
            start_time: input.startTime,
            end_time: input.endTime,
            location: input.location ?? row.location,
            staff_code: who.staffCode,
            series_id: row.series_id,
            sensitive: row.sensitive,
            created_at: clock.now(),
            updated_at: clock.now(),
          },
        ])
        await repo.updateContact(
          trx,
          row.id,
          { status: 'rescheduled', rescheduled_to: newIdValue, reschedule_reason: input.reason },
          clock.now(),
        )
        const both = (await repo.findContacts(trx, [row.id, newIdValue])).map(toContact)
        const previous = both.find((c) => c.id === row.id) as Contact
        const next = both.find((c) => c.id === newIdValue) as Contact
        await audit.record(trx, actor, 'contact.rescheduled', target(previous), previous)
        await audit.record(trx, actor, 'contact.created', target(next), next)
        return next
      })
    },

    /** Records (or corrects) the outcome of an appointment that has taken place. */
    async recordOutcome(actor: Actor, id: string, raw: unknown): Promise<Contact> {
      requirePermission(actor, 'person:write')
      const input = parseInput(outcomeInput, raw)
      return db.transaction().execute(async (trx) => {
        const row = await load(trx, id, true, actor)
        if (row.version !== input.version) throw new StaleVersionError(input.version, toContact(row))
        if (row.status !== 'booked')
          throw new DomainError(
            'contact.no_outcome',
            `Contact ${id} was ${row.status}: record the outcome on the new appointment`,
          )
        if (row.contact_date > clock.today())
          throw new DomainError(
            'contact.outcome_in_future',
            `The appointment on ${row.contact_date} has not happened yet`,
            [{ path: 'outcome', message: `the appointment is on ${row.contact_date}` }],
          )
        const type = typeOf(row)
        const hours = durationHours(row.start_time, row.end_time)
        const problems = outcomeProblems(type, input, hours)
        if (problems.length > 0) throw new ValidationError(problems)
        const credited = creditedHours(type, input, hours)
        await repo.updateContact(
          trx,
          row.id,
          {
            outcome: input.outcome,
            absence_reason: input.absenceReason ?? null,
            outcome_recorded_at: clock.now(),
            hours_credited: credited === null ? null : credited.toFixed(2),
            ...(input.notes !== undefined ? { notes: input.notes } : {}),
            ...(input.sensitive !== undefined ? { sensitive: input.sensitive } : {}),
          },
          clock.now(),
        )
        const contact = toContact(await load(trx, row.id))
        await audit.record(
          trx,
          actor,
          row.outcome ? 'contact.outcome_changed' : 'contact.outcome_recorded',
          target(contact),
          contact,
        )
        return contact
      })
    },

    async updateContact(actor: Actor, id: string, raw: unknown): Promise<Contact> {
      requirePermission(actor, 'person:write')
      const input = parseInput(contactUpdate, raw)
      return db.transaction().execute(async (trx) => {
        const row = await load(trx, id, true, actor)
        if (row.version !== input.version) throw new StaleVersionError(input.version, toContact(row))
        await repo.updateContact(
          trx,
          row.id,
          {
            ...(input.notes !== undefined ? { notes: input.notes } : {}),
            ...(input.sensitive !== undefined ? { sensitive: input.sensitive } : {}),
          },
          clock.now(),
        )
        const contact = toContact(await load(trx, row.id))
        await audit.record(trx, actor, 'contact.updated', target(contact), contact)
        return contact
      })
    },
  }
}

export type ContactsService = ReturnType<typeof createContactsService>
