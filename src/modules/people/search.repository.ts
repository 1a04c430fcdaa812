// Every SQL statement of finding people, and the only place in the module that uses the pg_trgm and
// fuzzystrmatch extensions (trigram likeness, double metaphone). Candidates come from indexed
// lookups ("blocking"): identifiers, phonetic keys of names, dates of birth and their slips, trigram
// likeness of the whole name; the scoring happens in TypeScript (matching.score.rules.ts).
import { type Kysely, type RawBuilder, sql, type Transaction } from 'kysely'
import type { Database } from '../../platform/db/schema'
import type { CandidateName, Identifiers, MatchCandidate } from './matching.score.rules'

type Executor = Kysely<Database> | Transaction<Database>

/** Rebuilds the name forms of these people from their records: call after any write of names or dates of birth. */
export async function refreshNameKeys(db: Executor, personIds: readonly string[]): Promise<void> {
  if (personIds.length === 0) return
  const ids = [...personIds]
  await sql`delete from person_names where person_id = any(${ids}::uuid[])`.execute(db)
  await sql`
    insert into person_names (person_id, kind, part, first_key, first_initial, surname_key, full_key,
      first_phon, surname_phon, date_of_birth)
    with forms as (
      select p.id as person_id, 'main' as kind, person_name_normal(p.first_name) as f,
        person_name_normal(p.surname) as s, p.date_of_birth as dob
      from people p where p.id = any(${ids}::uuid[])
      union all
      select a.person_id, 'alias', person_name_normal(a.first_name), person_name_normal(a.surname),
        coalesce(a.date_of_birth, p.date_of_birth)
      from aliases a join people p on p.id = a.person_id where a.person_id = any(${ids}::uuid[])
    ), keyed as (
      select person_id, kind, f, s, dob, person_name_key(f) as fk, person_name_key(s) as sk from forms
    ), expanded as (
      select person_id, kind, false as part, fk, sk, f || ' ' || s as full_key, dob from keyed
      union all
      select k.person_id, k.kind, true, k.fk, person_name_key(w), null, k.dob
      from keyed k cross join lateral unnest(string_to_array(k.s, ' ')) as w
      where position(' ' in k.s) > 0 and length(w) > 1
    )
    select person_id, kind, part, fk, left(fk, 1), sk, full_key, dmetaphone(fk), dmetaphone(sk), dob
    from expanded`.execute(db)
}

/** The double metaphone codes (primary and alternate) of each word. */
export async function phoneticCodes(db: Executor, words: readonly string[]): Promise<Map<string, string[]>> {
  const unique = [...new Set(words)].filter((w) => w !== '')
  if (unique.length === 0) return new Map()
  const { rows } = await sql<{ w: string; p: string; a: string }>`
    select w, dmetaphone(w) as p, dmetaphone_alt(w) as a from unnest(${unique}::text[]) as w`.execute(db)
  return new Map(rows.map((r) => [r.w, r.p === r.a ? [r.p] : [r.p, r.a]]))
}

/** The database's normal form and key of names (tests check they agree with normaliseName and nameKey). */
export async function normalInDatabase(db: Executor, names: readonly string[]) {
  const { rows } = await sql<{ name: string; normal: string; key: string }>`
    select n as name, person_name_normal(n) as normal, person_name_key(person_name_normal(n)) as key
    from unnest(${[...names]}::text[]) with ordinality as t(n, i) order by i`.execute(db)
  return rows
}

export interface CandidatePlan {
  /** Phonetic codes of every name word, as a surname or a first name. */
  codes: string[]
  /** Phonetic codes of every name word and of the other forms of each (nicknames). */
  firstCodes: string[]
  initials: string[]
  /** A name word is a single letter: every first name with that initial is a candidate. */
  initialGiven: boolean
  /** Only one name word: surnames that sound like it are candidates whatever the first name. */
  singleName: boolean
  dateOfBirth: string | null
  dateSlips: string[]
  perBlock: number
}

export interface CandidateRow {
  personId: string
  firstKey: string
  surnameKey: string
  firstPhon: string
  surnamePhon: string
  dateOfBirth: string | null
}

const ROW = sql`person_id, first_key, surname_key, first_phon, surname_phon, date_of_birth`

function toRows(rows: Record<string, unknown>[]): CandidateRow[] {
  return rows.map((r) => ({
    personId: r.person_id as string,
    firstKey: r.first_key as string,
    surnameKey: r.surname_key as string,
    firstPhon: r.first_phon as string,
    surnamePhon: r.surname_phon as string,
    dateOfBirth: r.date_of_birth as string | null,
  }))
}

/** The first round of candidates: exact and phonetic name keys, initials, the date of birth and its slips. */
export async function findCandidateRows(db: Executor, plan: CandidatePlan): Promise<CandidateRow[]> {
  const n = plan.perBlock
  const blocks: RawBuilder<unknown>[] = []
  const { codes, firstCodes } = plan
  if (codes.length > 0 && firstCodes.length > 0) {
    blocks.push(sql`(select ${ROW} from person_names
      where surname_phon = any(${codes}::text[]) and first_phon = any(${firstCodes}::text[]) limit ${n})`)
    // Initials: a single letter given, or a record holding only an initial (a partial index).
    if (plan.initialGiven)
      blocks.push(sql`(select ${ROW} from person_names
        where surname_phon = any(${codes}::text[]) and first_initial = any(${plan.initials}::text[]) limit ${n})`)
    blocks.push(sql`(select ${ROW} from person_names
      where surname_phon = any(${codes}::text[]) and length(first_key) = 1 limit ${n})`)
  }
  if (plan.singleName && codes.length > 0)
    blocks.push(sql`(select ${ROW} from person_names where surname_phon = any(${codes}::text[]) limit ${n})`)
  if (plan.dateOfBirth) {
    blocks.push(
      sql`(select ${ROW} from person_names where date_of_birth = ${plan.dateOfBirth}::date limit ${n})`,
    )
    // A slipped date with both names agreeing, one of them perhaps only by its first letter: selective
    // enough for the commonest names at national scale (two index scans of the date and a name code).
    if (plan.dateSlips.length > 0 && codes.length > 0)
      blocks.push(sql`(select ${ROW} from person_names
        where date_of_birth = any(${plan.dateSlips}::date[])
          and ((surname_phon = any(${codes}::text[])
              and (first_phon = any(${firstCodes}::text[]) or first_initial = any(${plan.initials}::text[])))
            or (first_phon = any(${firstCodes}::text[]) and left(surname_key, 1) = any(${plan.initials}::text[])))
        limit ${n})`)
  }
  if (blocks.length === 0) return []
  const { rows } = await sql<Record<string, unknown>>`${sql.join(blocks, sql` union all `)}`.execute(db)
  return toRows(rows)
}

/** The second round, when the first found nothing close: names alike letter by letter (trigrams), in any order. */
export async function findTrigramCandidateRows(
  db: Executor,
  text: string,
  limit: number,
): Promise<CandidateRow[]> {
  if (text.replace(/ /g, '').length < 3) return []
  // The % operator's threshold, for this transaction only.
  await sql`select set_config('pg_trgm.similarity_threshold', '0.4', true)`.execute(db)
  const { rows } = await sql<Record<string, unknown>>`
    select ${ROW} from person_names where full_key % ${text}
    order by similarity(full_key, ${text}) desc limit ${limit}`.execute(db)
  return toRows(rows)
}

const IDENTIFIER_COLUMNS = {
  crn: 'crn',
  pnc: 'pnc',
  cro: 'cro',
  prisonNumber: 'prison_number',
  niNumber: 'ni_number',
} as const

/** Live people holding any of these identifiers; a record merged away stands for the one it went into. */
export async function findByIdentifiers(db: Executor, given: Partial<Identifiers>): Promise<string[]> {
  const conditions = Object.entries(IDENTIFIER_COLUMNS)
    .filter(([key]) => given[key as keyof Identifiers])
    .map(([key, column]) => sql`${sql.ref(`p.${column}`)} = ${given[key as keyof Identifiers]}`)
  if (conditions.length === 0) return []
  const { rows } = await sql<{ id: string | null }>`
    select case when p.deleted_at is null then p.id else s.id end as id
    from people p left join people s on s.id = p.merged_into and s.deleted_at is null
    where ${sql.join(conditions, sql` or `)}`.execute(db)
  return [...new Set(rows.flatMap((r) => (r.id ? [r.id] : [])))]
}

export async function findByPostcode(db: Executor, postcode: string, limit: number): Promise<string[]> {
  const { rows } = await sql<{ person_id: string }>`
    select distinct person_id from addresses where postcode = ${postcode} limit ${limit}`.execute(db)
  return rows.map((r) => r.person_id)
}

export type LoadedCandidate = MatchCandidate & { personId: string; crn: string }

/** What scoring needs of each live person among these ids: names, dates, identifiers, postcodes. */
export async function loadCandidates(db: Executor, ids: readonly string[]): Promise<LoadedCandidate[]> {
  if (ids.length === 0) return []
  const { rows } = await sql<{
    id: string
    crn: string
    first_name: string
    middle_names: string | null
    surname: string
    date_of_birth: string | null
    pnc: string | null
    cro: string | null
    prison_number: string | null
    ni_number: string | null
    aliases: Omit<CandidateName, 'kind'>[]
    postcodes: { postcode: string; status: string }[]
    formers: Identifiers[]
  }>`
    select p.id, p.crn, p.first_name, p.middle_names, p.surname, p.date_of_birth, p.pnc, p.cro,
      p.prison_number, p.ni_number,
      coalesce((select json_agg(json_build_object('firstName', a.first_name, 'middleNames', a.middle_names,
          'surname', a.surname, 'dateOfBirth', a.date_of_birth) order by a.ordinal)
        from aliases a where a.person_id = p.id), '[]') as aliases,
      coalesce((select json_agg(json_build_object('postcode', d.postcode, 'status', d.status) order by d.ordinal)
        from addresses d where d.person_id = p.id and d.postcode is not null), '[]') as postcodes,
      coalesce((select json_agg(json_build_object('crn', m.crn, 'pnc', m.pnc, 'cro', m.cro,
          'prisonNumber', m.prison_number, 'niNumber', m.ni_number))
        from people m where m.merged_into = p.id), '[]') as formers
    from people p where p.id = any(${[...ids]}::uuid[]) and p.deleted_at is null`.execute(db)
  return rows.map((r) => ({
    personId: r.id,
    crn: r.crn,
    names: [
      {
        kind: 'main' as const,
        firstName: r.first_name,
        middleNames: r.middle_names,
        surname: r.surname,
        dateOfBirth: r.date_of_birth,
      },
      ...r.aliases.map((a) => ({ ...a, kind: 'alias' as const })),
    ],
    dateOfBirth: r.date_of_birth,
    pnc: r.pnc,
    cro: r.cro,
    prisonNumber: r.prison_number,
    niNumber: r.ni_number,
    postcodes: r.postcodes,
    formerIdentifiers: r.formers,
  }))
}

export interface NewPersonKeys {
  firstName: string
  surname: string
  /** Normalised forms of the first name (nicknames), the name itself included. */
  firstForms: string[]
  dateOfBirth: string | null
  pnc: string | null
  cro: string | null
  prisonNumber: string | null
  niNumber: string | null
}

/**
 * Candidates for many new people at once (an import batch, or the one person being created): for each
 * input's index, the live people sharing an identifier, or whose names sound alike (also swapped), or
 * who share the date of birth with a name that sounds alike. One statement for the whole batch.
 */
export async function findDuplicateCandidates(
  db: Executor,
  people: readonly NewPersonKeys[],
  perPerson: number,
): Promise<(CandidateRow & { index: number; identifier: boolean })[]> {
  if (people.length === 0) return []
  const rows = JSON.stringify(people.map((p, index) => ({ index, ...p })))
  const { rows: found } = await sql<Record<string, unknown>>`
    with r as (
      select r.index, r."dateOfBirth" as dob,
        dmetaphone(person_name_key(person_name_normal(r."firstName"))) as fp,
        dmetaphone(person_name_key(person_name_normal(r.surname))) as sp,
        (select array_agg(dmetaphone(f)) from json_array_elements_text(r."firstForms") as f) as fps
      from json_to_recordset(${rows}::json) as r(index int, "firstName" text, surname text, "firstForms" json,
        "dateOfBirth" date)
    )
    select r.index, false as identifier, c.* from r cross join lateral (
      (select ${ROW} from person_names n where n.surname_phon = r.sp and n.first_phon = any(r.fps)
        limit ${perPerson})
      union all
      (select ${ROW} from person_names n where n.surname_phon = r.fp and n.first_phon = r.sp
        limit ${perPerson})
      union all
      (select ${ROW} from person_names n
        where r.dob is not null and n.date_of_birth = r.dob and (n.surname_phon = r.sp or n.first_phon = any(r.fps))
        limit ${perPerson})
    ) as c
    union all
    select r.index, true, coalesce(s.id, p.id), '', '', '', '', null from json_to_recordset(${rows}::json)
      as r(index int, pnc text, cro text, "prisonNumber" text, "niNumber" text)
    join people p on p.pnc = r.pnc or p.cro = r.cro or p.prison_number = r."prisonNumber" or p.ni_number = r."niNumber"
    left join people s on s.id = p.merged_into and s.deleted_at is null
    where p.deleted_at is null or s.id is not null`.execute(db)
  return toRows(found).map((row, i) => ({
    ...row,
    index: found[i]?.index as number,
    identifier: found[i]?.identifier as boolean,
  }))
}
