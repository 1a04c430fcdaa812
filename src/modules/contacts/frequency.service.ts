// When each case's next contact is due (by tier and stage of the sentence), and the appointments
// awaiting an outcome, for caseload views.
import type { Actor } from '../../platform/actor'
import { parseInput } from '../../platform/validation'
import { onlyVisibleCases, requirePermission } from '../access'
import type { ServiceDeps } from '../deps'
import { findCaseRef } from '../people'
import { type Event, eventsOfPerson } from '../sentences'
import { toContact } from './contacts.present'
import * as repo from './contacts.repository'
import { awaitingOutcomeQuery, type Contact, contactDueQuery } from './contacts.schema'
import {
  type ActiveOrder,
  type ContactDue,
  contactDue,
  type Frequency,
  ordersInForce,
} from './frequency.rules'

function activeOrders(events: Event[], today: string): ActiveOrder[] {
  return ordersInForce(
    events.map((e) => {
      const d = e.disposal
      const end = d
        ? (d.terminatedDate ?? (d.type === 'custody' ? d.licenceEndDate : d.expectedEndDate))
        : null
      return {
        eventId: e.id,
        eventNumber: e.eventNumber,
        type: d?.type ?? null,
        sentenceDate: d?.sentenceDate ?? null,
        releaseDate: d?.releaseDate ?? null,
        end,
      }
    }),
    today,
  )
}

export function createFrequencyService({ db, clock, audit }: ServiceDeps) {
  return {
    async contactDue(actor: Actor, crn: string, rawQuery: unknown): Promise<ContactDue> {
      requirePermission(actor, 'person:read')
      const { tier } = parseInput(contactDueQuery, rawQuery ?? {})
      return db.transaction().execute(async (trx) => {
        const person = await findCaseRef(trx, actor, crn)
        const frequencies: Frequency[] = (await repo.currentFrequencies(trx)).map((f) => ({
          tierLetter: f.tier_letter,
          stage: f.stage as Frequency['stage'],
          intervalDays: f.interval_days,
          version: f.version,
        }))
        const today = clock.today()
        const orders = activeOrders(await eventsOfPerson(trx, person.id), today)
        const contacts = (await repo.listContactsOfPerson(trx, person.id)).map(toContact)
        await audit.record(trx, actor, 'contact_due.read', { type: 'person', id: person.id, crn: person.crn })
        return contactDue(tier, orders, contacts, frequencies, today)
      })
    },

    /** Appointments before today still without an outcome, oldest first (at most 1,000). */
    async awaitingOutcome(actor: Actor, rawQuery: unknown = {}): Promise<Contact[]> {
      requirePermission(actor, 'person:read')
      const { staffCode } = parseInput(awaitingOutcomeQuery, rawQuery ?? {})
      return db.transaction().execute(async (trx) => {
        // Across cases: those hidden from the caller are left out, as if they had no such appointment.
        const rows = await repo.awaitingOutcome(trx, clock.today(), staffCode)
        const contacts = (await onlyVisibleCases(trx, actor, rows, (r) => r.person_id)).map(toContact)
        await audit.recordMany(
          trx,
          actor,
          'contact.read',
          contacts.map((c) => ({ type: 'contact', id: c.id, crn: c.crn })),
        )
        return contacts
      })
    },
  }
}
