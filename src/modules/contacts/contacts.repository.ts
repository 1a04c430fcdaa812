// Every SQL statement of contacts, contact types and contact frequencies.
import { type Insertable, type Kysely, type Selectable, sql, type Transaction, type Updateable } from 'kysely'
import type { Database } from '../../platform/db/schema'

export type Executor = Kysely<Database> | Transaction<Database>
export type ContactTypeRow = Selectable<Database['contact_types']>
export type ContactRow = Selectable<Database['contacts']> & {
  crn: string
  type_label: string
  type_appointment: boolean
  type_counts_towards_rar: boolean
  type_needs_outcome: boolean
  type_credits_unpaid_work: boolean
  rescheduled_from: string | null
}

const BATCH = 1000

export function listCurrentTypes(db: Executor) {
  return db
    .selectFrom('contact_types')
    .selectAll()
    .where('effective_to', 'is', null)
    .orderBy('code')
    .execute()
}

export function findCurrentType(db: Executor, code: string) {
  return db
    .selectFrom('contact_types')
    .selectAll()
    .where('code', '=', code)
    .where('effective_to', 'is', null)
    .executeTakeFirst()
}

export async function insertContacts(db: Executor, rows: Insertable<Database['contacts']>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH)
    await db
      .insertInto('contacts')
      .values(rows.slice(i, i + BATCH))
      .execute()
}

// The CRN comes from people (owned by the people module) for audit targets and responses.
function contactsWithType(db: Executor) {
  return db
    .selectFrom('contacts as c')
    .innerJoin('people as p', 'p.id', 'c.person_id')
    .innerJoin('contact_types as t', (join) =>
      join.onRef('t.code', '=', 'c.type_code').onRef('t.version', '=', 'c.type_version'),
    )
    .selectAll('c')
    .select([
      'p.crn',
      't.label as type_label',
      't.appointment as type_appointment',
      't.counts_towards_rar as type_counts_towards_rar',
      't.needs_outcome as type_needs_outcome',
      't.credits_unpaid_work as type_credits_unpaid_work',
      (eb) =>
        eb
          .selectFrom('contacts as r')
          .select('r.id')
          .whereRef('r.rescheduled_to', '=', 'c.id')
          .limit(1)
          .as('rescheduled_from'),
    ])
    .where('p.deleted_at', 'is', null)
}

export function findContact(db: Executor, id: string, options: { forUpdate?: boolean } = {}) {
  let query = contactsWithType(db).where('c.id', '=', id)
  if (options.forUpdate) query = query.forUpdate('c')
  return query.executeTakeFirst() as Promise<ContactRow | undefined>
}

export function findContacts(db: Executor, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([] as ContactRow[])
  return contactsWithType(db)
    .where('c.id', 'in', ids)
    .orderBy('c.contact_date')
    .orderBy('c.start_time')
    .execute() as Promise<ContactRow[]>
}

export function listContactsOfPerson(
  db: Executor,
  personId: string,
  range: { from?: string; to?: string } = {},
) {
  let query = contactsWithType(db).where('c.person_id', '=', personId)
  if (range.from) query = query.where('c.contact_date', '>=', range.from)
  if (range.to) query = query.where('c.contact_date', '<=', range.to)
  return query.orderBy('c.contact_date').orderBy('c.start_time').orderBy('c.created_at').execute() as Promise<
    ContactRow[]
  >
}

/** Live appointments (booked, with times) of the person or the practitioner on any of these dates. */
export function bookedSlots(db: Executor, who: { personId: string; staffCode: string }, dates: string[]) {
  return db
    .selectFrom('contacts as c')
    .innerJoin('contact_types as t', (join) =>
      join.onRef('t.code', '=', 'c.type_code').onRef('t.version', '=', 'c.type_version'),
    )
    .select([
      'c.id',
      'c.person_id',
      'c.staff_code',
      'c.contact_date',
      'c.start_time',
      'c.end_time',
      't.label',
    ])
    .where('c.status', '=', 'booked')
    .where('t.appointment', '=', true)
    .where('c.start_time', 'is not', null)
    .where('c.end_time', 'is not', null)
    .where('c.contact_date', 'in', dates)
    .where((eb) => eb.or([eb('c.person_id', '=', who.personId), eb('c.staff_code', '=', who.staffCode)]))
    .execute()
}

/**
 * Serialises bookings in the diaries of this person and this practitioner for the rest of the
 * transaction, so two bookings made at once cannot both miss the clash between them. Always taken in
 * the same order (person, then practitioner) so that two bookings never wait on each other.
 */
export async function lockDiaries(db: Executor, personId: string, staffCode: string): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtext(${`contacts:person:${personId}`}))`.execute(db)
  await sql`select pg_advisory_xact_lock(hashtext(${`contacts:staff:${staffCode}`}))`.execute(db)
}

export async function updateContact(
  db: Executor,
  id: string,
  changes: Omit<Updateable<Database['contacts']>, 'version' | 'updated_at'>,
  at: Date,
): Promise<void> {
  await db
    .updateTable('contacts')
    .set({ ...changes, version: (eb) => eb('version', '+', 1), updated_at: at })
    .where('id', '=', id)
    .execute()
}

/** Appointments before `before` that still need an outcome, for a practitioner or everyone. */
export function awaitingOutcome(db: Executor, before: string, staffCode?: string) {
  let query = contactsWithType(db)
    .where('c.status', '=', 'booked')
    .where('c.outcome', 'is', null)
    .where('t.needs_outcome', '=', true)
    .where('c.contact_date', '<', before)
  if (staffCode) query = query.where('c.staff_code', '=', staffCode)
  return query.orderBy('c.contact_date').limit(1000).execute() as Promise<ContactRow[]>
}

export function currentFrequencies(db: Executor) {
  return db.selectFrom('contact_frequencies').selectAll().where('effective_to', 'is', null).execute()
}
