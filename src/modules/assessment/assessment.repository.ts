// Every SQL statement of the assessment module: its assessments and ownership requests, and the parts of
// the record it pre-fills from (addresses, circumstances, registers, offences: owned by other modules,
// read here and never written, as a report would).
import type { Insertable, Kysely, Selectable, Transaction } from 'kysely'
import type { Database } from '../../platform/db/schema'
import type { RecordFacts } from './prefill.rules'

type Executor = Kysely<Database> | Transaction<Database>
export type AssessmentRow = Selectable<Database['assessments']>
export type OwnershipRow = Selectable<Database['assessment_ownership_requests']>

export async function recordFacts(db: Executor, personId: string): Promise<RecordFacts> {
  const addresses = await db
    .selectFrom('addresses')
    .select(['status', 'no_fixed_abode', 'town', 'start_date', 'end_date'])
    .where('person_id', '=', personId)
    .orderBy('ordinal')
    .execute()
  const circumstances = await db
    .selectFrom('personal_circumstances')
    .select(['kind', 'type', 'start_date', 'end_date'])
    .where('person_id', '=', personId)
    .orderBy('ordinal')
    .execute()
  const registers = await db
    .selectFrom('registers')
    .select(['type', 'registered_on', 'deregistered_on'])
    .where('person_id', '=', personId)
    .where('deleted_at', 'is', null)
    .execute()
  const offences = await db
    .selectFrom('offences as o')
    .innerJoin('events as e', 'e.id', 'o.event_id')
    .select(['e.event_number', 'o.predictor_category', 'o.description', 'o.offence_date'])
    .where('e.person_id', '=', personId)
    .where('e.deleted_at', 'is', null)
    .orderBy('e.event_number')
    .execute()
  return {
    addresses: addresses.map((a) => ({
      status: a.status,
      noFixedAbode: a.no_fixed_abode,
      town: a.town,
      startDate: a.start_date,
      endDate: a.end_date,
    })),
    circumstances: circumstances.map((c) => ({
      kind: c.kind,
      type: c.type,
      startDate: c.start_date,
      endDate: c.end_date,
    })),
    registers: registers.map((r) => ({
      type: r.type,
      registeredDate: r.registered_on,
      deregisteredDate: r.deregistered_on,
    })),
    offences: offences.map((o) => ({
      eventNumber: o.event_number,
      predictorCategory: o.predictor_category,
      description: o.description,
      date: o.offence_date,
    })),
  }
}

export async function personCrn(db: Executor, personId: string): Promise<string> {
  const row = await db.selectFrom('people').select('crn').where('id', '=', personId).executeTakeFirst()
  return row?.crn ?? ''
}

export async function staffGrade(db: Executor, staffCode: string | null): Promise<string | null> {
  if (!staffCode) return null
  const row = await db.selectFrom('staff').select('grade').where('code', '=', staffCode).executeTakeFirst()
  return row?.grade ?? null
}

const assessments = (db: Executor) => db.selectFrom('assessments').selectAll()

export async function findAssessment(db: Executor, id: string, forUpdate = false) {
  let query = assessments(db).where('id', '=', id)
  if (forUpdate) query = query.forUpdate()
  return await query.executeTakeFirst()
}

/** The person's assessment in progress (draft or awaiting countersignature), if any. */
export async function openAssessment(db: Executor, personId: string) {
  return await assessments(db)
    .where('person_id', '=', personId)
    .where('status', '<>', 'completed')
    .executeTakeFirst()
}

export async function latestCompleted(db: Executor, personId: string) {
  return await assessments(db)
    .where('person_id', '=', personId)
    .where('status', '=', 'completed')
    .orderBy('completed_at', 'desc')
    .orderBy('sequence', 'desc')
    .limit(1)
    .executeTakeFirst()
}

export async function listAssessments(db: Executor, personId: string) {
  return await assessments(db).where('person_id', '=', personId).orderBy('sequence', 'desc').execute()
}

export async function nextSequence(db: Executor, personId: string): Promise<number> {
  const row = await db
    .selectFrom('assessments')
    .select((eb) => eb.fn.max('sequence').as('last'))
    .where('person_id', '=', personId)
    .executeTakeFirst()
  return Number(row?.last ?? 0) + 1
}

/**
 * A merge: the merged-away record's assessments follow the person, numbered after the survivor's in
 * their own order. One assessment in progress per person: when both have one, the survivor's stays in
 * progress and the merged-away record's stays with that record (hidden with it; an unmerge gives it
 * back). Returns the ids moved.
 */
export async function moveToPerson(db: Executor, fromId: string, toId: string): Promise<string[]> {
  const open = await assessments(db)
    .where('person_id', '=', toId)
    .where('status', '<>', 'completed')
    .executeTakeFirst()
  const rows = await assessments(db)
    .where('person_id', '=', fromId)
    .$if(open !== undefined, (q) => q.where('status', '=', 'completed'))
    .orderBy('sequence')
    .execute()
  const after = (await nextSequence(db, toId)) - 1
  for (const [i, row] of rows.entries())
    await db
      .updateTable('assessments')
      .set({ person_id: toId, sequence: after + i + 1 })
      .where('id', '=', row.id)
      .execute()
  return rows.map((r) => r.id)
}

/**
 * An unmerge: those ids go back, numbered 1, 2, ... in their order again. The record's sequence ran
 * 1..n with nothing missing, and what stayed behind is the one in progress, its latest: so this gives
 * back the numbers they had.
 */
export async function moveBackToPerson(db: Executor, fromId: string, toId: string, ids: readonly string[]) {
  if (ids.length === 0) return
  const rows = await assessments(db)
    .where('person_id', '=', fromId)
    .where('id', 'in', [...ids])
    .orderBy('sequence')
    .execute()
  for (const [i, row] of rows.entries())
    await db
      .updateTable('assessments')
      .set({ person_id: toId, sequence: i + 1 })
      .where('id', '=', row.id)
      .execute()
}

export async function insertAssessment(db: Executor, row: Insertable<Database['assessments']>) {
  await db.insertInto('assessments').values(row).execute()
}

/** Writes the changes and moves the version on by one. */
export async function updateAssessment(
  db: Executor,
  id: string,
  version: number,
  changes: Record<string, unknown>,
): Promise<void> {
  await db
    .updateTable('assessments')
    .set({ ...changes, version: version + 1, updated_at: new Date() } as never)
    .where('id', '=', id)
    .execute()
}

export async function insertOwnershipRequest(db: Executor, row: OwnershipRow) {
  await db.insertInto('assessment_ownership_requests').values(row).execute()
}

export async function ownershipRequests(db: Executor, assessmentId: string) {
  return db
    .selectFrom('assessment_ownership_requests')
    .selectAll()
    .where('assessment_id', '=', assessmentId)
    .orderBy('requested_at', 'desc')
    .orderBy('id', 'desc')
    .execute()
}

export async function updateOwnershipRequest(db: Executor, id: string, changes: Partial<OwnershipRow>) {
  await db.updateTable('assessment_ownership_requests').set(changes).where('id', '=', id).execute()
}
