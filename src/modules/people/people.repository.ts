import { type Kysely, sql, type Transaction } from 'kysely'
import type { Database } from '../../platform/db/schema'
import type { AddressRecord, AliasRecord, CircumstanceRecord } from './person-record.schema'

type Executor = Kysely<Database> | Transaction<Database>

/** The internal id of a live (not deleted) person, for other modules that attach records to a person. */
export function findPersonRef(db: Executor, crn: string): Promise<{ id: string; crn: string } | undefined> {
  return db
    .selectFrom('people')
    .select(['id', 'crn'])
    .where('crn', '=', crn)
    .where('deleted_at', 'is', null)
    .executeTakeFirst()
}

/** The person's own columns, camelCase, as the service writes them. */
export interface PersonColumns {
  firstName: string
  middleNames: string | null
  surname: string
  dateOfBirth: string | null
  sex: string
  genderIdentity: string | null
  ethnicity: string | null
  nationality: string | null
  phoneNumber: string | null
  mobileNumber: string | null
  emailAddress: string | null
  pnc: string | null
  cro: string | null
  prisonNumber: string | null
  niNumber: string | null
}

const COLUMNS: Record<keyof PersonColumns, string> = {
  firstName: 'first_name',
  middleNames: 'middle_names',
  surname: 'surname',
  dateOfBirth: 'date_of_birth',
  sex: 'sex',
  genderIdentity: 'gender_identity',
  ethnicity: 'ethnicity',
  nationality: 'nationality',
  phoneNumber: 'phone_number',
  mobileNumber: 'mobile_number',
  emailAddress: 'email_address',
  pnc: 'pnc',
  cro: 'cro',
  prisonNumber: 'prison_number',
  niNumber: 'ni_number',
}

/** A row to insert: a value that may be null may also be left undefined (it is stored as null). */
type Loose<T> = { [K in keyof T as null extends T[K] ? K : never]?: T[K] | undefined } & {
  [K in keyof T as null extends T[K] ? never : K]: T[K]
}
export type NewPerson = Loose<PersonColumns> & { id: string; crn: string }
export type PersonChild<T> = Loose<T> & { personId: string; ordinal: number }

/** `count` numbers from the CRN sequence, in ascending order, in one round trip. */
export async function nextCrnNumbers(db: Executor, count: number): Promise<number[]> {
  const { rows } = await sql<{ n: number }>`
    select nextval('crn_sequence') as n from generate_series(1, ${count}::int)`.execute(db)
  return rows.map((r) => r.n).sort((a, b) => a - b)
}

// Bulk inserts send each batch as one JSON array of rows and unpack it with json_to_recordset: one
// statement and one parameter however many rows, and JSON.stringify is far cheaper than escaping
// every value of a PostgreSQL array literal. Keys left undefined in a row arrive as null.
const rowsOf = (rows: readonly object[]) => JSON.stringify(rows)

export async function insertPeople(db: Executor, rows: readonly NewPerson[], at: Date): Promise<void> {
  if (rows.length === 0) return
  await sql`
    insert into people (id, crn, first_name, middle_names, surname, date_of_birth, sex, gender_identity,
      ethnicity, nationality, phone_number, mobile_number, email_address, pnc, cro, prison_number, ni_number,
      created_at, updated_at)
    select r.*, ${at}::timestamptz, ${at}::timestamptz
    from json_to_recordset(${rowsOf(rows)}::json) as r(id uuid, crn text, "firstName" text,
      "middleNames" text, surname text, "dateOfBirth" date, sex text, "genderIdentity" text, ethnicity text,
      nationality text, "phoneNumber" text, "mobileNumber" text, "emailAddress" text, pnc text, cro text,
      "prisonNumber" text, "niNumber" text)`.execute(db)
}

export async function insertAliases(db: Executor, rows: readonly PersonChild<AliasRecord>[]): Promise<void> {
  if (rows.length === 0) return
  await sql`
    insert into aliases (id, person_id, ordinal, first_name, middle_names, surname, date_of_birth)
    select gen_random_uuid(), r.*
    from json_to_recordset(${rowsOf(rows)}::json) as r("personId" uuid, ordinal int, "firstName" text,
      "middleNames" text, surname text, "dateOfBirth" date)`.execute(db)
}

export async function insertAddresses(
  db: Executor,
  rows: readonly PersonChild<AddressRecord>[],
): Promise<void> {
  if (rows.length === 0) return
  await sql`
    insert into addresses (id, person_id, ordinal, status, no_fixed_abode, building_name, address_number,
      street_name, district, town, county, postcode, start_date, end_date, notes)
    select gen_random_uuid(), r."personId", r.ordinal, r.status, coalesce(r."noFixedAbode", false),
      r."buildingName", r."addressNumber", r."streetName", r.district, r.town, r.county, r.postcode,
      r."startDate", r."endDate", r.notes
    from json_to_recordset(${rowsOf(rows)}::json) as r("personId" uuid, ordinal int, status text,
      "noFixedAbode" boolean, "buildingName" text, "addressNumber" text, "streetName" text, district text,
      town text, county text, postcode text, "startDate" date, "endDate" date, notes text)`.execute(db)
}

export async function insertCircumstances(
  db: Executor,
  rows: readonly PersonChild<CircumstanceRecord>[],
): Promise<void> {
  if (rows.length === 0) return
  await sql`
    insert into personal_circumstances (id, person_id, ordinal, kind, type, start_date, end_date, notes)
    select gen_random_uuid(), r.*
    from json_to_recordset(${rowsOf(rows)}::json) as r("personId" uuid, ordinal int, kind text, type text,
      "startDate" date, "endDate" date, notes text)`.execute(db)
}

export type ChildTable = 'aliases' | 'addresses' | 'personal_circumstances'

export async function deleteChildren(db: Executor, table: ChildTable, personId: string): Promise<void> {
  await db.deleteFrom(table).where('person_id', '=', personId).execute()
}

/** Locks a person's row for a change: the id, version and whether it is deleted. */
export function lockPerson(db: Executor, crn: string) {
  return db
    .selectFrom('people')
    .select(['id', 'version', 'deleted_at', 'merged_into'])
    .where('crn', '=', crn)
    .forUpdate()
    .executeTakeFirst()
}

export async function updatePersonColumns(
  db: Executor,
  id: string,
  changes: Partial<PersonColumns>,
  at: Date,
): Promise<void> {
  const set: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(changes))
    if (value !== undefined) set[COLUMNS[key as keyof PersonColumns]] = value
  await db
    .updateTable('people')
    .set({ ...set, version: sql`version + 1`, updated_at: at })
    .where('id', '=', id)
    .execute()
}

export async function setDeletedAt(
  db: Executor,
  id: string,
  deletedAt: Date | null,
  at: Date,
): Promise<void> {
  await db
    .updateTable('people')
    .set({ deleted_at: deletedAt, version: sql`version + 1`, updated_at: at })
    .where('id', '=', id)
    .execute()
}

export interface PersonRow extends PersonColumns {
  id: string
  crn: string
  version: number
  createdAt: Date
  updatedAt: Date
  deletedAt: Date | null
  aliases: AliasRecord[]
  addresses: AddressRecord[]
  circumstances: CircumstanceRecord[]
}

/** The whole record of a person in one round trip: the lists are gathered as JSON, in their order. */
export async function findPerson(
  db: Executor,
  crn: string,
  options: { includeDeleted?: boolean } = {},
): Promise<PersonRow | undefined> {
  const { rows } = await sql<PersonRow>`${selectPeople()}
    where p.crn = ${crn} ${options.includeDeleted ? sql`` : sql`and p.deleted_at is null`}`.execute(db)
  return rows[0]
}

/** The whole records of live people by internal id (search results), in no particular order. */
export async function findPeopleByIds(db: Executor, ids: readonly string[]): Promise<PersonRow[]> {
  if (ids.length === 0) return []
  const { rows } = await sql<PersonRow>`${selectPeople()}
    where p.id = any(${[...ids]}::uuid[]) and p.deleted_at is null`.execute(db)
  return rows
}

/** The whole record of a person by internal id, deleted or not. */
export async function findPersonById(db: Executor, id: string): Promise<PersonRow | undefined> {
  const { rows } = await sql<PersonRow>`${selectPeople()} where p.id = ${id}`.execute(db)
  return rows[0]
}

/** Where a record merged into another went: the survivor's CRN, if this CRN was merged away. */
export async function findMergedInto(
  db: Executor,
  crn: string,
): Promise<{ crn: string; mergedAt: Date } | undefined> {
  const { rows } = await sql<{ crn: string; mergedAt: Date }>`
    select s.crn, p.merged_at as "mergedAt" from people p join people s on s.id = p.merged_into
    where p.crn = ${crn} and p.deleted_at is not null`.execute(db)
  return rows[0]
}

function selectPeople() {
  return sql`
    select p.id, p.crn, p.version, p.first_name as "firstName", p.middle_names as "middleNames",
      p.surname, p.date_of_birth as "dateOfBirth", p.sex, p.gender_identity as "genderIdentity",
      p.ethnicity, p.nationality, p.phone_number as "phoneNumber", p.mobile_number as "mobileNumber",
      p.email_address as "emailAddress", p.pnc, p.cro, p.prison_number as "prisonNumber",
      p.ni_number as "niNumber", p.created_at as "createdAt", p.updated_at as "updatedAt",
      p.deleted_at as "deletedAt",
      coalesce((select json_agg(json_build_object('firstName', a.first_name, 'middleNames', a.middle_names,
          'surname', a.surname, 'dateOfBirth', a.date_of_birth) order by a.ordinal)
        from aliases a where a.person_id = p.id), '[]') as aliases,
      coalesce((select json_agg(json_build_object('status', d.status, 'noFixedAbode', d.no_fixed_abode,
          'buildingName', d.building_name, 'addressNumber', d.address_number, 'streetName', d.street_name,
          'district', d.district, 'town', d.town, 'county', d.county, 'postcode', d.postcode,
          'startDate', d.start_date, 'endDate', d.end_date, 'notes', d.notes) order by d.ordinal)
        from addresses d where d.person_id = p.id), '[]') as addresses,
      coalesce((select json_agg(json_build_object('kind', c.kind, 'type', c.type, 'startDate', c.start_date,
          'endDate', c.end_date, 'notes', c.notes) order by c.ordinal)
        from personal_circumstances c where c.person_id = p.id), '[]') as circumstances
    from people p`
}

/** Whether the record holds anyone at all, deleted or not (the demo set-up seeds only an empty one). */
export async function holdsPeople(db: Executor): Promise<boolean> {
  return (await db.selectFrom('people').select('id').limit(1).executeTakeFirst()) !== undefined
}
