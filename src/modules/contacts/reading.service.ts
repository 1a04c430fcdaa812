// Reading contacts: the contact types, one contact, and a person's contact log. Every read of a case is
// audited.
import type { Actor } from '../../platform/actor'
import { parseInput } from '../../platform/validation'
import { requirePermission } from '../access'
import type { ServiceDeps } from '../deps'
import { findCaseRef } from '../people'
import { loadContact } from './contacts.helpers'
import { toContact, toContactType } from './contacts.present'
import * as repo from './contacts.repository'
import type { ContactType } from './contacts.rules'
import { type Contact, contactListQuery } from './contacts.schema'

export function createReadingService({ db, audit }: ServiceDeps) {
  return {
    /** The current version of every contact type. */
    async listContactTypes(actor: Actor): Promise<ContactType[]> {
      requirePermission(actor, 'person:read')
      return (await repo.listCurrentTypes(db)).map(toContactType)
    },

    async getContact(actor: Actor, id: string): Promise<Contact> {
      requirePermission(actor, 'person:read')
      return db.transaction().execute(async (trx) => {
        const contact = toContact(await loadContact(trx, id, false, actor))
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
  }
}
