// Rescheduling an appointment: booked again at the new time; the old one is kept, marked rescheduled
// with its reason and linked to the new one, so the history shows both.
import type { Actor } from '../../platform/actor'
import { DomainError, StaleVersionError, ValidationError } from '../../platform/errors'
import { newId } from '../../platform/ids'
import { parseInput } from '../../platform/validation'
import { requirePermission } from '../access'
import type { ServiceDeps } from '../deps'
import { refuseClashes } from './booking.service'
import { contactTarget, loadContact, requirePractitioner } from './contacts.helpers'
import { toContact } from './contacts.present'
import * as repo from './contacts.repository'
import { type Contact, rescheduleInput } from './contacts.schema'

export function createRescheduleService({ db, clock, audit }: ServiceDeps) {
  return {
    /** Books the appointment again at a new time; the old one is kept, marked rescheduled and linked to the new. */
    async rescheduleContact(actor: Actor, id: string, raw: unknown): Promise<Contact> {
      requirePermission(actor, 'person:write')
      const input = parseInput(rescheduleInput, raw)
      if (input.endTime <= input.startTime)
        throw new ValidationError([{ path: 'endTime', message: 'must be after the start time' }])
      return db.transaction().execute(async (trx) => {
        const staffCode = input.staffCode ? await requirePractitioner(trx, actor, input.staffCode) : undefined
        const row = await loadContact(trx, id, true, actor)
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
        const nextId = newId()
        await repo.insertContacts(trx, [
          {
            id: nextId,
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
          { status: 'rescheduled', rescheduled_to: nextId, reschedule_reason: input.reason },
          clock.now(),
        )
        const both = (await repo.findContacts(trx, [row.id, nextId])).map(toContact)
        const previous = both.find((c) => c.id === row.id) as Contact
        const next = both.find((c) => c.id === nextId) as Contact
        await audit.record(trx, actor, 'contact.rescheduled', contactTarget(previous), previous)
        await audit.record(trx, actor, 'contact.created', contactTarget(next), next)
        return next
      })
    },
  }
}
