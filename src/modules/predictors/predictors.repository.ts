// Every SQL statement of the predictors: the record they read (people, events, offences and disposals
// belong to their modules; read here, never written, as a report would), their score history and the
// corrections of inputs. Everything works on a batch of people so one case and all cases share a path.
import { type Kysely, sql, type Transaction } from 'kysely'
import type { Database } from '../../platform/db/schema'
import type { CaseRecord, Correction, InputName, RecordEvent } from './predictor-inputs.rules'

type Executor = Kysely<Database> | Transaction<Database>

/** Serialises scoring of one person for the rest of the transaction, so history rows never double. */
export async function lockPerson(db: Executor, personId: string): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtext(${`predictors:${personId}`}))`.execute(db)
}

/** The next page of people who are not deleted, by id. */
export async function personPage(db: Executor, after: string | null, limit: number): Promise<string[]> {
  let query = db.selectFrom('people').select('id').where('deleted_at', 'is', null).orderBy('id').limit(limit)
  if (after) query = query.where('id', '>', after)
  return (await query.execute()).map((r) => r.id)
}

/** The record of each person, with their events that are not deleted. */
export async function loadRecords(db: Executor, personIds: string[]): Promise<Map<string, CaseRecord>> {
  const records = new Map<string, CaseRecord>()
  if (personIds.length === 0) return records
  const people = await db
    .selectFrom('people')
    .select(['id', 'date_of_birth', 'sex'])
    .where('id', 'in', personIds)
    .execute()
  for (const p of people) records.set(p.id, { dateOfBirth: p.date_of_birth, sex: p.sex, events: [] })
  const events = await db
    .selectFrom('events as e')
    .leftJoin('disposals as d', 'd.event_id', 'e.id')
    .select([
      'e.id',
      'e.person_id',
      'e.event_number',
      'e.conviction_date',
      'd.type',
      'd.sentence_date',
      'd.release_date',
    ])
    .where('e.person_id', 'in', personIds)
    .where('e.deleted_at', 'is', null)
    .execute()
  const byEvent = new Map<string, RecordEvent>()
  for (const e of events) {
    const event: RecordEvent = {
      eventNumber: e.event_number,
      convictionDate: e.conviction_date,
      disposal: e.type ? { type: e.type, sentenceDate: e.sentence_date, releaseDate: e.release_date } : null,
      offences: [],
    }
    byEvent.set(e.id, event)
    records.get(e.person_id)?.events.push(event)
  }
  // By event id, so each batch reads its offences through the index rather than joining them all.
  const eventIds = [...byEvent.keys()]
  const offences = eventIds.length
    ? await db
        .selectFrom('offences')
        .select(['event_id', 'main', 'home_office_code', 'predictor_category'])
        .where('event_id', 'in', eventIds)
        .orderBy('event_id')
        .orderBy('main', 'desc')
        .orderBy('home_office_code')
        .execute()
    : []
  for (const o of offences)
    byEvent.get(o.event_id)?.offences.push({
      main: o.main,
      homeOfficeCode: o.home_office_code,
      predictorCategory: o.predictor_category,
    })
  return records
}

export interface CorrectionRow extends Correction {
  id: string
  personId: string
}

/** Every correction of each person, oldest first. */
export async function loadCorrections(
  db: Executor,
  personIds: string[],
): Promise<Map<string, CorrectionRow[]>> {
  const result = new Map<string, CorrectionRow[]>()
  if (personIds.length === 0) return result
  const rows = await db
    .selectFrom('predictor_corrections')
    .selectAll()
    .where('person_id', 'in', personIds)
    .orderBy('seq')
    .execute()
  for (const r of rows) {
    const list = result.get(r.person_id) ?? []
    list.push({
      id: r.id,
      personId: r.person_id,
      input: r.input as InputName,
      value: r.value,
      reason: r.reason,
      by: { id: r.corrected_by_id, name: r.corrected_by_name },
      at: r.corrected_at.toISOString(),
    })
    result.set(r.person_id, list)
  }
  return result
}

export async function insertCorrection(db: Executor, row: CorrectionRow): Promise<void> {
  await db
    .insertInto('predictor_corrections')
    .values({
      id: row.id,
      person_id: row.personId,
      input: row.input,
      value: row.value === null ? null : JSON.stringify(row.value),
      reason: row.reason,
      corrected_by_id: row.by.id,
      corrected_by_name: row.by.name,
      corrected_at: new Date(row.at),
    })
    .execute()
}

/** The latest history row of each person: its fingerprint, id and time. */
export async function latestScores(
  db: Executor,
  personIds: string[],
): Promise<Map<string, { id: string; fingerprint: string; computedAt: Date }>> {
  if (personIds.length === 0) return new Map()
  const rows = await db
    .selectFrom('predictor_scores')
    .select(['person_id', 'id', 'fingerprint', 'computed_at'])
    .distinctOn('person_id')
    .where('person_id', 'in', personIds)
    .orderBy('person_id')
    .orderBy('seq', 'desc')
    .execute()
  return new Map(
    rows.map((r) => [r.person_id, { id: r.id, fingerprint: r.fingerprint, computedAt: r.computed_at }]),
  )
}

export interface ScoreRow {
  id: string
  personId: string
  computedAt: string
  assessmentDate: string
  fingerprint: string
  rulesVersion: string
  coefficientSets: unknown
  inputs: unknown
  scores: unknown
}

/** Many history rows in one statement each few thousand: they travel as one JSON array. */
export async function insertScores(db: Executor, rows: ScoreRow[]): Promise<void> {
  for (let start = 0; start < rows.length; start += 2000) {
    await sql`
      insert into predictor_scores (id, person_id, computed_at, assessment_date, fingerprint, rules_version,
        coefficient_sets, inputs, scores)
      select id, "personId", "computedAt", "assessmentDate", fingerprint, "rulesVersion", "coefficientSets",
        inputs, scores
      from json_to_recordset(${JSON.stringify(rows.slice(start, start + 2000))}::json) as r(id uuid,
        "personId" uuid, "computedAt" timestamptz, "assessmentDate" date, fingerprint text, "rulesVersion" text,
        "coefficientSets" jsonb, inputs jsonb, scores jsonb)
    `.execute(db)
  }
}

/** A person's history, newest first. */
export async function scoreHistory(db: Executor, personId: string, limit: number): Promise<ScoreRow[]> {
  const rows = await db
    .selectFrom('predictor_scores')
    .selectAll()
    .where('person_id', '=', personId)
    .orderBy('seq', 'desc')
    .limit(limit)
    .execute()
  return rows.map((r) => ({
    id: r.id,
    personId: r.person_id,
    computedAt: r.computed_at.toISOString(),
    assessmentDate: r.assessment_date,
    fingerprint: r.fingerprint,
    rulesVersion: r.rules_version,
    coefficientSets: r.coefficient_sets,
    inputs: r.inputs,
    scores: r.scores,
  }))
}
