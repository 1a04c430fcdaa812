// Person search at scale: a documented generator seeds N people (common UK names at their shares in life
// and a long tail of rarer surnames, middle
// names, aliases, double-barrelled and Mc/Mac/O' surnames, diacritics, twins, identifiers, postcodes),
// then asks labelled queries, each a realistic distortion of one seeded person (kinds and shares in
// KINDS below), through the real search use case. Prints recall at 1 and at 5 and latency p50/p95,
// overall and per kind, beside today's exact-match baseline (identifiers, then exact surname, first
// name and date of birth on the main name or an alias, then surname and date of birth) in the same run.
// Figures only; never fails on time. `npm run bench -- search --scale 1000000` for the national figure.
import { sql } from 'kysely'
import { type PersonInput, validatePersonInput } from '../src/modules/people'
import { checkLetter } from '../src/modules/people/identifiers.rules'
import { Actor } from '../src/platform/actor'
import type { Db } from '../src/platform/db/open'
import { openBenchDatabase } from './engines'
import type { Benchmark } from './run'
import { FEMALE, MALE, NICKNAMES, OUTWARD, RESPELLINGS, SURNAMES, TAIL_END, TAIL_START } from './search.data'
import { report, summarise } from './stats'

type Rng = () => number
function mulberry32(seed: number): Rng {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
/**
 * A picker with weights 1/rank^0.5: the first names of each list are the commonest, at about the
 * shares of life (Smith 1.2% of people with the tail below, John about 4% of men).
 */
function zipf<T>(list: readonly T[]): (rng: Rng) => T {
  const cumulative: number[] = []
  let total = 0
  list.forEach((_, i) => {
    total += 1 / (i + 1) ** 0.5
    cumulative.push(total)
  })
  return (rng) => {
    const x = rng() * total
    let lo = 0
    let hi = cumulative.length - 1
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if ((cumulative[mid] as number) < x) lo = mid + 1
      else hi = mid
    }
    return list[lo] as T
  }
}
const pick = <T>(rng: Rng, list: readonly T[]) => list[Math.floor(rng() * list.length)] as T
const male = zipf(MALE)
const female = zipf(FEMALE)
const listed = zipf(SURNAMES)
/** 40% of people carry one of the common surnames listed; the rest the long tail of rarer ones. */
const surnameOf = (rng: Rng) => (rng() < 0.4 ? listed(rng) : `${pick(rng, TAIL_START)}${pick(rng, TAIL_END)}`)
const pad = (n: number, width = 2) => String(n).padStart(width, '0')
const INWARD_LETTERS = 'ABDEFGHJLNPQRSTUWXYZ'

interface Seeded {
  raw: Record<string, unknown> & { firstName: string; surname: string; dateOfBirth: string }
}

/** People: 6% double-barrelled surnames, 40% a middle name, 20% aliases, 1% twins, identifiers as on real records. */
function generatePeople(count: number, rng: Rng): Seeded[] {
  const people: Seeded[] = []
  for (let i = 0; people.length < count; i++) {
    const sex = rng() < 0.8 ? 'male' : 'female'
    const first = () => (sex === 'male' ? male(rng) : female(rng))
    let surname = surnameOf(rng)
    if (rng() < 0.06) surname = `${surname}-${surnameOf(rng)}`
    const dob = `${1950 + Math.floor(rng() * 58)}-${pad(1 + Math.floor(rng() * 12))}-${pad(1 + Math.floor(rng() * 28))}`
    const raw: Seeded['raw'] = { firstName: first(), surname, dateOfBirth: dob, sex }
    if (rng() < 0.4) raw.middleNames = first()
    if (rng() < 0.6) {
      const year = 1970 + Math.floor(rng() * 50)
      const serial = pad(i + 1, 7)
      raw.pnc = `${year}/${serial}${checkLetter(pad(year % 100) + serial)}`
    }
    if (rng() < 0.3) {
      const serial = pad((i % 999_999) + 1, 6)
      const yy = pad(Math.floor(rng() * 100))
      raw.cro = `${serial}/${yy}${checkLetter(yy + serial)}`
    }
    if (rng() < 0.5) raw.niNumber = `JG${pad(i % 1_000_000, 6)}${pick(rng, ['A', 'B', 'C', 'D'])}`
    if (rng() < 0.8) {
      const letters = `${pick(rng, [...INWARD_LETTERS])}${pick(rng, [...INWARD_LETTERS])}`
      raw.postcode = `${pick(rng, OUTWARD)} ${Math.floor(rng() * 10)}${letters}`
    }
    if (rng() < 0.2) {
      const aliases: Record<string, unknown>[] = [{ firstName: raw.firstName, surname: surnameOf(rng) }]
      if (rng() < 0.25) aliases.push({ firstName: first(), surname, dateOfBirth: slip(dob, rng).date })
      raw.aliases = aliases
    }
    people.push({ raw })
    // A twin: same surname, date of birth and address, another first name.
    if (rng() < 0.01 && people.length < count) {
      let twin = first()
      while (twin === raw.firstName) twin = first()
      people.push({
        raw: {
          ...raw,
          firstName: twin,
          pnc: undefined,
          cro: undefined,
          niNumber: undefined,
          aliases: undefined,
        },
      })
    }
  }
  return people
}

function validDate(y: number, m: number, d: number): string | null {
  const date = new Date(Date.UTC(y, m - 1, d))
  // Real dates only, and dates of birth of people at least 10 years old.
  if (date.getUTCMonth() !== m - 1 || y < 1900 || y > 2012) return null
  return `${y}-${pad(m)}-${pad(d)}`
}

/** A date-of-birth slip of one of the kinds the search allows for. */
function slip(dob: string, rng: Rng, kind = pick(rng, ['swap', 'day', 'digit', 'month', 'year'] as const)) {
  const [y, m, d] = dob.split('-').map(Number) as [number, number, number]
  for (let tries = 0; tries < 20; tries++) {
    let date: string | null = null
    if (kind === 'swap') date = d <= 12 && d !== m ? validDate(y, d, m) : null
    if (kind === 'day') date = validDate(y, m, d + (rng() < 0.5 ? -1 : 1))
    if (kind === 'month') date = validDate(y, 1 + Math.floor(rng() * 12), d)
    if (kind === 'year') date = validDate(y + pick(rng, [-1, 1, -10, 10]), m, d)
    if (kind === 'digit') {
      const digits = dob.replace(/-/g, '')
      const at = 2 + Math.floor(rng() * 6)
      const changed = digits.slice(0, at) + Math.floor(rng() * 10) + digits.slice(at + 1)
      date = validDate(Number(changed.slice(0, 4)), Number(changed.slice(4, 6)), Number(changed.slice(6)))
    }
    if (date && date !== dob) return { date, kind }
    if (kind === 'swap') kind = 'day'
  }
  return { date: dob, kind: 'none' }
}

/** One typing slip: a letter substituted, two swapped, one dropped or one doubled (never the first letter). */
function misspell(name: string, rng: Rng): string {
  if (name.length < 4) return name
  const at = 1 + Math.floor(rng() * (name.length - 2))
  const kind = Math.floor(rng() * 4)
  if (kind === 0) return name.slice(0, at) + pick(rng, [...'aeioulnrst']) + name.slice(at + 1)
  if (kind === 1) return name.slice(0, at) + name[at + 1] + name[at] + name.slice(at + 2)
  if (kind === 2) return name.slice(0, at) + name.slice(at + 1)
  return name.slice(0, at) + name[at] + name.slice(at)
}

function respell(name: string, rng: Rng): string {
  const known = RESPELLINGS.filter(([a, b]) => a === name || b === name)
  if (known.length) {
    const [a, b] = pick(rng, known)
    return a === name ? b : a
  }
  const swaps: [RegExp, string][] = [
    [/ph/i, 'f'],
    [/ck/i, 'k'],
    [/y/i, 'i'],
    [/ie$/i, 'y'],
    [/(.)\1/i, '$1'],
    [/s$/i, 'z'],
  ]
  for (const [from, to] of swaps)
    if (from.test(name.slice(1))) return name[0] + name.slice(1).replace(from, to)
  return misspell(name, rng)
}

/** The written forms of Mc/Mac, apostrophes, accents, hyphens and spacing that differ from the record. */
function reformat(name: string): string {
  if (/^Mc/.test(name)) return name.replace(/^Mc/, 'Mac ')
  if (/^Mac/.test(name)) return name.replace(/^Mac/, 'Mc')
  if (/'/.test(name)) return name.replace(/'/g, ' ')
  if (/-/.test(name)) return name.replace(/-/g, ' ')
  const plain = name.normalize('NFD').replace(/\p{M}/gu, '')
  return plain !== name ? plain : name.toUpperCase()
}

const KINDS = [
  ['exact', 8],
  ['surname misspelt', 12],
  ['first name misspelt', 8],
  ['respelt (sounds alike)', 8],
  ['nickname', 8],
  ['alias', 6],
  ['first and last swapped', 5],
  ['initial', 5],
  ['middle name missing or extra', 5],
  ['one part of double-barrelled', 3],
  ['Mc/Mac, apostrophe, accent, spacing', 5],
  ['dob day/month swapped', 5],
  ['dob one day out', 4],
  ['dob one digit wrong', 4],
  ['dob other month', 3],
  ['dob year typo', 3],
  ['misspelt and dob slip', 3],
  ['identifier only', 3],
] as const
type Kind = (typeof KINDS)[number][0]
const kindOf = weighted(KINDS)
function weighted(list: typeof KINDS) {
  const total = list.reduce((s, [, w]) => s + w, 0)
  return (rng: Rng): Kind => {
    let x = rng() * total
    for (const [kind, w] of list) {
      x -= w
      if (x < 0) return kind
    }
    return list[0][0]
  }
}

interface Query {
  kind: Kind
  expected: string
  params: Record<string, string>
  /** The same as named fields, for the baseline (today's systems have no free text). */
  fields: {
    firstName?: string
    surname?: string
    dateOfBirth?: string
    pnc?: string
    cro?: string
    niNumber?: string
  }
}

function makeQuery(person: Seeded['raw'], crn: string, rng: Rng): Query {
  let kind = kindOf(rng)
  const nick = NICKNAMES[person.firstName]
  const aliases =
    (person.aliases as { firstName: string; surname: string; dateOfBirth?: string }[] | undefined) ?? []
  if (kind === 'nickname' && !nick) kind = 'first name misspelt'
  if (kind === 'alias' && aliases.length === 0) kind = 'surname misspelt'
  if (kind === 'one part of double-barrelled' && !person.surname.includes('-')) kind = 'exact'
  if (kind === 'identifier only' && !person.pnc && !person.cro && !person.niNumber) kind = 'exact'
  let first = person.firstName
  let surname = person.surname
  let dob = person.dateOfBirth
  let middle: string | undefined
  if (kind === 'surname misspelt') surname = misspell(surname, rng)
  if (kind === 'first name misspelt') first = misspell(first, rng)
  if (kind === 'respelt (sounds alike)')
    [first, surname] = rng() < 0.5 ? [respell(first, rng), surname] : [first, respell(surname, rng)]
  if (kind === 'nickname') first = pick(rng, nick as string[])
  if (kind === 'alias') {
    const alias = pick(rng, aliases)
    first = alias.firstName
    surname = alias.surname
    if (alias.dateOfBirth) dob = alias.dateOfBirth
  }
  if (kind === 'first and last swapped') [first, surname] = [surname, first]
  if (kind === 'initial') first = first.charAt(0)
  if (kind === 'middle name missing or extra') middle = person.middleNames ? undefined : pick(rng, MALE)
  else middle = person.middleNames as string | undefined
  if (kind === 'one part of double-barrelled') surname = pick(rng, surname.split('-'))
  if (kind === 'Mc/Mac, apostrophe, accent, spacing') {
    if (rng() < 0.5) surname = reformat(surname)
    else first = reformat(first)
  }
  const slips: Partial<Record<Kind, Parameters<typeof slip>[2]>> = {
    'dob day/month swapped': 'swap',
    'dob one day out': 'day',
    'dob one digit wrong': 'digit',
    'dob other month': 'month',
    'dob year typo': 'year',
  }
  if (slips[kind]) dob = slip(dob, rng, slips[kind]).date
  if (kind === 'misspelt and dob slip') {
    surname = misspell(surname, rng)
    dob = slip(dob, rng).date
  }
  if (kind === 'identifier only') {
    const pnc = person.pnc as string | undefined
    const short = pnc
      ? `${pnc.slice(2, 4)}/${Number(pnc.slice(5, 12))}${pnc.slice(12)}`.toLowerCase()
      : undefined
    const params: Record<string, string> = short
      ? { q: short }
      : person.cro
        ? { cro: person.cro as string }
        : { q: String(person.niNumber).replace(/(..)(..)(..)(..)(.)/, '$1 $2 $3 $4 $5') }
    return {
      kind,
      expected: crn,
      params,
      fields: short
        ? { pnc }
        : person.cro
          ? { cro: person.cro as string }
          : { niNumber: person.niNumber as string },
    }
  }
  const fields = { firstName: first, surname, dateOfBirth: dob }
  // A quarter typed into the one box, in any order, the date as people write it.
  if (rng() < 0.25) {
    const [y, m, d] = dob.split('-')
    const words = rng() < 0.5 ? [first, surname] : [surname, first]
    return {
      kind,
      expected: crn,
      params: { q: `${words.join(' ')} ${Number(d)}/${Number(m)}/${(y as string).slice(2)}` },
      fields,
    }
  }
  const params: Record<string, string> = { firstName: first, surname, dateOfBirth: dob }
  if (middle) params.middleNames = middle
  return { kind, expected: crn, params, fields }
}

/** Today's systems: identifiers first, then exact names and date of birth (main or alias), then surname and date of birth. */
async function baseline(db: Db, f: Query['fields']): Promise<string[]> {
  const ids = (['pnc', 'cro', 'niNumber'] as const).filter((k) => f[k])
  if (ids.length) {
    const column = { pnc: 'pnc', cro: 'cro', niNumber: 'ni_number' } as const
    const k = ids[0] as 'pnc' | 'cro' | 'niNumber'
    const rows = await db
      .selectFrom('people')
      .select('crn')
      .where(column[k], '=', f[k] as string)
      .where('deleted_at', 'is', null)
      .limit(5)
      .execute()
    return rows.map((r) => r.crn)
  }
  // The people index (lower(surname), date_of_birth) serves the main name; aliases are matched the same way.
  const { rows } = await sql<{ crn: string }>`
    select p.crn from people p
    where p.deleted_at is null and lower(p.surname) = lower(${f.surname}) and p.date_of_birth = ${f.dateOfBirth}::date
      and lower(p.first_name) = lower(${f.firstName})
    union
    select p.crn from aliases a join people p on p.id = a.person_id
    where p.deleted_at is null and lower(a.surname) = lower(${f.surname}) and lower(a.first_name) = lower(${f.firstName})
      and coalesce(a.date_of_birth, p.date_of_birth) = ${f.dateOfBirth}::date
    limit 5`.execute(db)
  if (rows.length) return rows.map((r) => r.crn)
  const partial = await sql<{ crn: string }>`
    select crn from people where lower(surname) = lower(${f.surname}) and date_of_birth = ${f.dateOfBirth}::date
      and deleted_at is null limit 5`.execute(db)
  return partial.rows.map((r) => r.crn)
}

export const searchBenchmark: Benchmark = {
  name: 'search',
  description: 'person search: recall at 1 and 5, latency p50/p95, beside the exact-match baseline',
  defaultScale: 20_000,
  async run(engine, scale) {
    const bench = await openBenchDatabase(engine)
    const actor = Actor.system('bench')
    try {
      const rng = mulberry32(20261123)
      const today = bench.services.clock.today()
      const people = generatePeople(scale, rng)
      const started = performance.now()
      const crns: string[] = []
      for (let i = 0; i < people.length; i += 10_000) {
        const inputs = people.slice(i, i + 10_000).map((p) => {
          const checked = validatePersonInput(p.raw, today)
          if (!checked.ok) throw new Error(`generated an invalid person: ${JSON.stringify(checked.details)}`)
          return checked.value as PersonInput
        })
        crns.push(...(await bench.services.people.importPeople(actor, inputs)).map((c) => c.crn))
      }
      await sql`analyze`.execute(bench.services.database.db)
      const seeded = (performance.now() - started) / 1000
      const count = Math.min(1000, Math.max(200, Math.floor(scale / 20)))
      const queries = Array.from({ length: count }, () => {
        const i = Math.floor(rng() * people.length)
        return makeQuery((people[i] as Seeded).raw, crns[i] as string, rng)
      })
      for (const q of queries.slice(0, 20))
        await bench.services.people.searchPeople(actor, { ...q.params, limit: 5 })
      const tally = (ranks: number[]) => ({
        at1: ranks.filter((r) => r === 0).length / ranks.length,
        at5: ranks.filter((r) => r >= 0 && r < 5).length / ranks.length,
      })
      const ranks: number[] = []
      const latencies: number[] = []
      const byKind = new Map<Kind, number[]>()
      for (const q of queries) {
        const t0 = performance.now()
        const { results } = await bench.services.people.searchPeople(actor, { ...q.params, limit: 5 })
        latencies.push(performance.now() - t0)
        const rank = results.findIndex((r) => r.crn === q.expected)
        ranks.push(rank)
        byKind.set(q.kind, [...(byKind.get(q.kind) ?? []), rank])
      }
      const baseRanks: number[] = []
      const baseLatencies: number[] = []
      for (const q of queries) {
        const t0 = performance.now()
        const found = await baseline(bench.services.database.db, q.fields)
        baseLatencies.push(performance.now() - t0)
        baseRanks.push(found.indexOf(q.expected))
      }
      const s = summarise(latencies)
      const b = summarise(baseLatencies)
      const ours = tally(ranks)
      const theirs = tally(baseRanks)
      report('search', engine, {
        people: people.length,
        'seeded s': seeded,
        queries: count,
        'recall@1 %': ours.at1 * 100,
        'recall@5 %': ours.at5 * 100,
        'p50 ms': s.p50,
        'p95 ms': s.p95,
      })
      report('  baseline', engine, {
        'recall@1 %': theirs.at1 * 100,
        'recall@5 %': theirs.at5 * 100,
        'p50 ms': b.p50,
        'p95 ms': b.p95,
      })
      for (const [kind] of KINDS) {
        const list = byKind.get(kind)
        if (list)
          report('  by kind', engine, {
            kind: kind.replace(/ /g, '_'),
            n: list.length,
            'recall@5 %': tally(list).at5 * 100,
          })
      }
      if (process.env.BENCH_MISSES)
        queries.forEach((q, i) => {
          if ((ranks[i] as number) < 0 || (ranks[i] as number) >= 5)
            process.stdout.write(`  miss ${q.kind}: ${JSON.stringify(q.params)} -> ${q.expected}\n`)
        })
    } finally {
      await bench.close()
    }
  },
}
