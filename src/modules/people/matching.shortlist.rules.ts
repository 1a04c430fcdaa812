// A quick first look at every name form the indexed lookups bring back (hundreds for common names at
// national scale), from its stored keys alone: names already normalised, no reasons, no middle names.
// The best few people go on to the full scoring (matching.score.rules.ts), which explains itself.
// Pure.
import { compareDatesOfBirth } from './matching.dates.rules'
import { jaroWinkler, type Sounds } from './matching.names.rules'
import { areNicknames } from './nicknames.rules'

/** One stored name form: keys as person_names holds them (spacing put aside, Mac read as Mc). */
export interface NameRow {
  personId: string
  firstKey: string
  surnameKey: string
  dateOfBirth: string | null
}

/** What was searched for, as keys: named surname and first name, or free words in no known order. */
export interface ShortlistQuery {
  surname: string | null
  first: string | null
  words: string[]
  dateOfBirth: string | null
}

function surnameLevel(q: string, c: string, sounds: Sounds): number {
  if (q === c) return 1
  if (sounds(q, c)) return 0.85
  return jaroWinkler(q, c) >= 0.87 ? 0.7 : 0
}

function firstLevel(q: string, c: string, sounds: Sounds): number {
  if (q === c) return 1
  if (q.length === 1 || c.length === 1) return q[0] === c[0] ? 0.7 : 0
  if (areNicknames(q, c)) return 0.9
  if (sounds(q, c)) return 0.85
  if (Math.min(q.length, c.length) >= 3 && (q.startsWith(c) || c.startsWith(q))) return 0.8
  return jaroWinkler(q, c) >= 0.87 ? 0.7 : 0
}

/** 0..1: how well one name form agrees with the search, names and date of birth weighed as in the full score. */
export function quickScore(query: ShortlistQuery, row: NameRow, sounds: Sounds): number {
  const pairs: [string | null, string | null][] = []
  if (query.surname || query.first) {
    pairs.push([query.surname, query.first])
    if (query.surname && query.first) pairs.push([query.first, query.surname])
  } else
    for (const s of query.words) {
      pairs.push([s, null])
      for (const f of query.words) if (f !== s) pairs.push([s, f])
    }
  let name = 0
  let weight = 0
  for (const [s, f] of pairs) {
    const level =
      (s ? 0.34 * surnameLevel(s, row.surnameKey, sounds) : 0) +
      (f ? 0.26 * firstLevel(f, row.firstKey, sounds) : 0)
    const w = (s ? 0.34 : 0) + (f ? 0.26 : 0)
    if (w > 0 && (weight === 0 || level / w > name / weight)) {
      name = level
      weight = w
    }
  }
  if (query.dateOfBirth) {
    weight += 0.3
    name += 0.3 * (row.dateOfBirth ? compareDatesOfBirth(query.dateOfBirth, row.dateOfBirth).level : 0.5)
  }
  return weight === 0 ? 0 : name / weight
}

/** The people of the best-scoring name forms, best first, at most `size`. */
export function shortlist(
  query: ShortlistQuery,
  rows: readonly NameRow[],
  sounds: Sounds,
  size: number,
): string[] {
  const best = new Map<string, number>()
  for (const row of rows) {
    const score = quickScore(query, row, sounds)
    if (score > (best.get(row.personId) ?? -1)) best.set(row.personId, score)
  }
  return [...best]
    .sort((a, b) => b[1] - a[1])
    .slice(0, size)
    .map(([id]) => id)
}
