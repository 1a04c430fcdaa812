// Every SQL statement of events, offences, court appearances, disposals, requirements and licence
// conditions. An event and its children are written as one "graph" with multi-row inserts.
import { type Insertable, type Kysely, type Selectable, sql, type Transaction, type Updateable } from 'kysely'
import { bulkInsert } from '../../platform/db/bulk'
import type { Database } from '../../platform/db/schema'

type Executor = Kysely<Database> | Transaction<Database>
type Row<T extends keyof Database> = Insertable<Database[T]>

export interface EventGraph {
  event: Row<'events'>
  offences: Row<'offences'>[]
  courtAppearances: Row<'court_appearances'>[]
  disposal: Row<'disposals'> | null
  requirements: Row<'requirements'>[]
  licenceConditions: Row<'licence_conditions'>[]
}

export type EventRow = Selectable<Database['events']> & { crn: string }
export interface EventChildren {
  offences: Selectable<Database['offences']>[]
  courtAppearances: Selectable<Database['court_appearances']>[]
  disposals: Selectable<Database['disposals']>[]
  requirements: Selectable<Database['requirements']>[]
  licenceConditions: Selectable<Database['licence_conditions']>[]
}

export async function insertEventGraphs(db: Executor, graphs: EventGraph[]): Promise<void> {
  await bulkInsert(
    db,
    'events',
    graphs.map((g) => g.event),
  )
  await insertChildren(db, graphs)
}

/** The children of events already stored (an update replaces them whole). */
export async function insertChildren(db: Executor, graphs: Omit<EventGraph, 'event'>[]): Promise<void> {
  await bulkInsert(
    db,
    'offences',
    graphs.flatMap((g) => g.offences),
  )
  await bulkInsert(
    db,
    'court_appearances',
    graphs.flatMap((g) => g.courtAppearances),
  )
  await bulkInsert(
    db,
    'disposals',
    graphs.flatMap((g) => (g.disposal ? [g.disposal] : [])),
  )
  await bulkInsert(
    db,
    'requirements',
    graphs.flatMap((g) => g.requirements),
  )
  await bulkInsert(
    db,
    'licence_conditions',
    graphs.flatMap((g) => g.licenceConditions),
  )
}

/** Removes an event's children, before the replacement graph is written (arrays replace whole). */
export async function deleteChildren(db: Executor, eventId: string): Promise<void> {
  const disposalIds = db.selectFrom('disposals').select('id').where('event_id', '=', eventId)
  await db.deleteFrom('requirements').where('disposal_id', 'in', disposalIds).execute()
  await db.deleteFrom('licence_conditions').where('disposal_id', 'in', disposalIds).execute()
  await db.deleteFrom('disposals').where('event_id', '=', eventId).execute()
  await db.deleteFrom('offences').where('event_id', '=', eventId).execute()
  await db.deleteFrom('court_appearances').where('event_id', '=', eventId).execute()
}

/**
 * Serialises event numbering per person for the rest of the transaction, so two events created at
 * once for the same person never take the same number.
 */
export async function lockEventNumbering(db: Executor, personId: string): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtext(${`events:${personId}`}))`.execute(db)
}

/** The highest event number of each person (deleted events keep their numbers). */
export async function maxEventNumbers(db: Executor, personIds: string[]): Promise<Map<string, number>> {
  if (personIds.length === 0) return new Map()
  const rows = await db
    .selectFrom('events')
    .select(['person_id', (eb) => eb.fn.max('event_number').as('max')])
    .where('person_id', 'in', personIds)
    .groupBy('person_id')
    .execute()
  return new Map(rows.map((r) => [r.person_id, Number(r.max)]))
}

// The CRN is read from people for the audit target and the response; the people module owns that table.
function eventsWithCrn(db: Executor) {
  return db
    .selectFrom('events as e')
    .innerJoin('people as p', 'p.id', 'e.person_id')
    .selectAll('e')
    .select('p.crn')
    .where('p.deleted_at', 'is', null)
}

export function findEvent(db: Executor, id: string, options: { forUpdate?: boolean } = {}) {
  let query = eventsWithCrn(db).where('e.id', '=', id)
  if (options.forUpdate) query = query.forUpdate()
  return query.executeTakeFirst() as Promise<EventRow | undefined>
}

export function listEventsOfPerson(db: Executor, personId: string) {
  return eventsWithCrn(db)
    .where('e.person_id', '=', personId)
    .where('e.deleted_at', 'is', null)
    .orderBy('e.event_number')
    .execute() as Promise<EventRow[]>
}

export async function loadChildren(db: Executor, eventIds: string[]): Promise<EventChildren> {
  if (eventIds.length === 0)
    return { offences: [], courtAppearances: [], disposals: [], requirements: [], licenceConditions: [] }
  const offences = await db
    .selectFrom('offences')
    .selectAll()
    .where('event_id', 'in', eventIds)
    .orderBy('main', 'desc')
    .orderBy('home_office_code')
    .execute()
  const courtAppearances = await db
    .selectFrom('court_appearances')
    .selectAll()
    .where('event_id', 'in', eventIds)
    .orderBy('appearance_date')
    .execute()
  const disposals = await db.selectFrom('disposals').selectAll().where('event_id', 'in', eventIds).execute()
  const disposalIds = disposals.map((d) => d.id)
  const none = disposalIds.length === 0
  const requirements = none
    ? []
    : await db
        .selectFrom('requirements')
        .selectAll()
        .where('disposal_id', 'in', disposalIds)
        .orderBy('type')
        .execute()
  const licenceConditions = none
    ? []
    : await db
        .selectFrom('licence_conditions')
        .selectAll()
        .where('disposal_id', 'in', disposalIds)
        .orderBy('type')
        .execute()
  return { offences, courtAppearances, disposals, requirements, licenceConditions }
}

export async function updateEvent(
  db: Executor,
  id: string,
  changes: Omit<Updateable<Database['events']>, 'version' | 'updated_at'>,
  at: Date,
): Promise<void> {
  await db
    .updateTable('events')
    .set({ ...changes, version: (eb) => eb('version', '+', 1), updated_at: at })
    .where('id', '=', id)
    .execute()
}

/**
 * Moves events from one person to another (a merge of two records, or its undoing), with their
 * offences, disposals and the rest, which hang off the event. Without `numbers`, every event of the
 * first person moves and is numbered after the other's last event; with `numbers`, only those events
 * move, taking the numbers given (their numbers before a merge). Returns each event's old and new number.
 */
export async function reassignEvents(
  db: Executor,
  fromPersonId: string,
  toPersonId: string,
  numbers?: readonly { id: string; eventNumber: number }[],
): Promise<{ id: string; from: number; to: number }[]> {
  await lockEventNumbering(db, toPersonId)
  const moves = numbers
    ? sql`select m.id, e.event_number as old, m.n from events e
        join json_to_recordset(${JSON.stringify(numbers.map((m) => ({ id: m.id, n: m.eventNumber })))}::json)
          as m(id uuid, n int) on m.id = e.id
        where e.person_id = ${fromPersonId}`
    : sql`select id, event_number as old,
          (select coalesce(max(event_number), 0) from events where person_id = ${toPersonId})
            + row_number() over (order by event_number) as n
        from events where person_id = ${fromPersonId}`
  const { rows } = await sql<{ id: string; from: number; to: number }>`
    with moved as (${moves})
    update events e set person_id = ${toPersonId}, event_number = moved.n
    from moved where e.id = moved.id
    returning e.id, moved.old as "from", e.event_number as "to"`.execute(db)
  return rows
}
