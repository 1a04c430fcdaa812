// Every SQL statement of tiering: its calculations and overrides, and the registers it reads (owned by
// the registers module; read here, never written, as a report would).
import { type Kysely, sql, type Transaction } from 'kysely'
import type { Database } from '../../platform/db/schema'
import type { RecordRegister } from './tier-inputs.rules'

type Executor = Kysely<Database> | Transaction<Database>
export type OverrideRow = {
  [K in keyof Database['tier_overrides']]: Database['tier_overrides'][K]
}

/** Serialises tier calculations of one person for the rest of the transaction. */
export async function lockPerson(db: Executor, personId: string): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtext(${`tier:${personId}`}))`.execute(db)
}

export async function personCrn(db: Executor, personId: string): Promise<string | undefined> {
  const row = await db.selectFrom('people').select('crn').where('id', '=', personId).executeTakeFirst()
  return row?.crn
}

export async function liveRegisters(db: Executor, personId: string): Promise<RecordRegister[]> {
  const rows = await db
    .selectFrom('registers')
    .select(['type', 'level', 'category', 'registered_on', 'deregistered_on'])
    .where('person_id', '=', personId)
    .where('deleted_at', 'is', null)
    .execute()
  return rows.map((r) => ({
    type: r.type,
    level: r.level,
    category: r.category,
    registeredDate: r.registered_on,
    deregisteredDate: r.deregistered_on,
  }))
}

export async function latestCalculation(db: Executor, personId: string) {
  return db
    .selectFrom('tier_calculations')
    .selectAll()
    .where('person_id', '=', personId)
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst()
}

export async function calculationHistory(db: Executor, personId: string, limit: number) {
  return db
    .selectFrom('tier_calculations')
    .selectAll()
    .where('person_id', '=', personId)
    .orderBy('seq', 'desc')
    .limit(limit)
    .execute()
}

export interface NewCalculation {
  id: string
  personId: string
  calculatedAt: Date
  calculationDate: string
  trigger: string
  status: 'calculated' | 'needs_sex'
  inputs: unknown
  sources: unknown
  result: unknown
  changes: unknown
}

export async function insertCalculation(db: Executor, c: NewCalculation): Promise<void> {
  await db
    .insertInto('tier_calculations')
    .values({
      id: c.id,
      person_id: c.personId,
      calculated_at: c.calculatedAt,
      calculation_date: c.calculationDate,
      trigger: c.trigger,
      status: c.status,
      inputs: JSON.stringify(c.inputs),
      sources: JSON.stringify(c.sources),
      result: c.result === null ? null : JSON.stringify(c.result),
      changes: JSON.stringify(c.changes),
    })
    .execute()
}

export async function insertOverride(db: Executor, row: OverrideRow): Promise<void> {
  await db.insertInto('tier_overrides').values(row).execute()
}

export async function findOverride(db: Executor, id: string, options: { forUpdate?: boolean } = {}) {
  let query = db
    .selectFrom('tier_overrides as o')
    .innerJoin('people as p', 'p.id', 'o.person_id')
    .selectAll('o')
    .select('p.crn')
    .where('o.id', '=', id)
    .where('p.deleted_at', 'is', null)
  if (options.forUpdate) query = query.forUpdate()
  return query.executeTakeFirst()
}

/** The person's overrides that still matter (not rejected nor superseded), newest first. */
export async function openOverrides(db: Executor, personId: string) {
  return db
    .selectFrom('tier_overrides')
    .selectAll()
    .where('person_id', '=', personId)
    .where('status', 'in', ['proposed', 'approved', 'needs_review'])
    .orderBy('proposed_at', 'desc')
    .execute()
}

export async function updateOverride(
  db: Executor,
  id: string,
  changes: Partial<Omit<OverrideRow, 'id' | 'person_id'>>,
): Promise<void> {
  await db.updateTable('tier_overrides').set(changes).where('id', '=', id).execute()
}
