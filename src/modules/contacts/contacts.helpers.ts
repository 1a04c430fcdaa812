// What the contact use cases share: loading a contact for a caller, checking the practitioner and the
// audit target. Every function takes `db | trx` first so it runs inside the caller's transaction.
import type { Actor } from '../../platform/actor'
import { NotFoundError, ValidationError } from '../../platform/errors'
import { requireRecordAccess } from '../access'
import { findStaffRecord } from '../organisation'
import { toContact } from './contacts.present'
import type { Executor } from './contacts.repository'
import * as repo from './contacts.repository'
import type { Contact } from './contacts.schema'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

export const contactTarget = (c: Contact) => ({ type: 'contact', id: c.id, crn: c.crn, data: c })

/** The contact; given the caller, "not found" too when its case is hidden from them. */
export async function loadContact(trx: Executor, id: string, forUpdate = false, actor?: Actor) {
  const row = UUID.test(id) ? await repo.findContact(trx, id, { forUpdate }) : undefined
  if (!row) throw new NotFoundError('contact', id)
  if (actor) await requireRecordAccess(trx, actor, { personId: row.person_id, what: 'contact', id: row.id })
  return row
}

/** The practitioner: the one named, else the caller's own staff record; a live member of staff. */
export async function requirePractitioner(
  trx: Executor,
  actor: Actor,
  given: string | undefined,
): Promise<string> {
  const code = given ?? actor.staffCode ?? undefined
  if (!code)
    throw new ValidationError([{ path: 'staffCode', message: 'is required: you have no staff code' }])
  const staff = await findStaffRecord(trx, code.toUpperCase())
  if (!staff || staff.deleted_at)
    throw new ValidationError([{ path: 'staffCode', message: `no member of staff has the code ${code}` }])
  return staff.code
}

/** The contact as the caller may see it, inside their transaction; no audit entry (the caller's use case makes it). */
export async function contactForCaller(trx: Executor, actor: Actor, id: string): Promise<Contact> {
  return toContact(await loadContact(trx, id, false, actor))
}
