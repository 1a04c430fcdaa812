// Recording a contact, or booking an appointment and its repeats (weekly, fortnightly, custom dates),
// refusing any slot that clashes with the person's or the practitioner's diary. The same booking runs
// inside another module's transaction through bookAppointmentInTransaction (allocation books the
// first appointment when it allocates a case).
import type { Actor } from '../../platform/actor'
import { systemClock } from '../../platform/clock'
import { DomainError, ValidationError } from '../../platform/errors'
import { newId } from '../../platform/ids'
import { parseInput } from '../../platform/validation'
import { z } from '../../platform/zod'
import { requirePermission } from '../access'
import { createAuditLog } from '../audit'
import type { ServiceDeps } from '../deps'
import { findCaseRef, findPersonRef } from '../people'
import { eventsOfPerson } from '../sentences'
import { contactTarget, requirePractitioner } from './contacts.helpers'
import { toContact, toContactType } from './contacts.present'
import type { Executor } from './contacts.repository'
import * as repo from './contacts.repository'
import {
  contactProblems,
  describeClash,
  findClashes,
  occurrenceDates,
  repeatProblems,
  type Slot,
} from './contacts.rules'
import { type Contact, type ContactInput, contactInput } from './contacts.schema'
import { resolveLinks } from './links.rules'

type BookingDeps = Pick<ServiceDeps, 'clock' | 'audit'>

/** Refuses slots that overlap a booked appointment of the person or the practitioner, naming each. */
export async function refuseClashes(
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
      clashes.map((c) => ({ path: c.whose === 'person' ? 'date' : 'staffCode', message: describeClash(c) })),
    )
}

/** Validates, checks clashes, inserts every occurrence and audits them, all in `trx`. */
async function book(
  deps: BookingDeps,
  trx: Executor,
  actor: Actor,
  person: { id: string; crn: string },
  input: ContactInput,
  options: { appointmentOnly?: boolean } = {},
): Promise<Contact[]> {
  const { clock, audit } = deps
  const staffCode = await requirePractitioner(trx, actor, input.staffCode)
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
  if ((input.repeat || options.appointmentOnly) && !type.appointment)
    problems.push({
      path: input.repeat ? 'repeat' : 'type',
      message: `only appointments ${input.repeat ? 'repeat' : 'are booked'}; a ${type.label.toLowerCase()} is not one`,
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
  await audit.recordMany(trx, actor, 'contact.created', contacts.map(contactTarget))
  return contacts
}

const bookingInTransactionInput = contactInput.extend({ crn: z.string().trim().toUpperCase().min(1) })

const defaultDeps: BookingDeps = { clock: systemClock, audit: createAuditLog() }

/**
 * Books an appointment (and its repeats) inside the caller's transaction, for another module's use case
 * (allocation books the first appointment). The same validation and clash detection as recordContact,
 * audited in `trx`; no permission check (the caller's use case made it) and no transaction of its own.
 * `input` is a ContactInput with the person's `crn`; the type must be an appointment. Pass the caller's
 * deps so the booking uses the same clock as the rest of its transaction.
 */
export async function bookAppointmentInTransaction(
  trx: Executor,
  actor: Actor,
  raw: unknown,
  deps: BookingDeps = defaultDeps,
): Promise<Contact[]> {
  const { crn, ...input } = parseInput(bookingInTransactionInput, raw)
  const person = await findPersonRef(trx, crn)
  if (!person) throw new ValidationError([{ path: 'crn', message: `no person has the CRN ${crn}` }])
  return book(deps, trx, actor, person, input, { appointmentOnly: true })
}

export function createBookingService(deps: ServiceDeps) {
  return {
    /** Records a contact, or books an appointment and its repeats; returns every contact made, in date order. */
    async recordContact(actor: Actor, crn: string, raw: unknown): Promise<Contact[]> {
      requirePermission(actor, 'person:write')
      const input = parseInput(contactInput, raw)
      return deps.db.transaction().execute(async (trx) => {
        const person = await findCaseRef(trx, actor, crn)
        return book(deps, trx, actor, person, input)
      })
    },
  }
}
