// Finding the people who match some criteria: candidates from indexed lookups (search.repository.ts),
// then every candidate scored in TypeScript (matching.score.rules.ts). A second round looks for names
// alike letter by letter only when the first round found nothing close, which keeps the usual search
// to a few index lookups. Used by the search, the duplicate check and the benchmark.
import type { Actor } from '../../platform/actor'
import { dateSlips } from './matching.dates.rules'
import { nameKey, nameParts, normaliseName, type Sounds } from './matching.names.rules'
import { type Match, type SearchCriteria, scoreMatch } from './matching.score.rules'
import { type ShortlistQuery, shortlist } from './matching.shortlist.rules'
import { nameForms } from './nicknames.rules'
import * as repo from './search.repository'
import { visiblePersonIds } from './search.visibility'

type Executor = Parameters<typeof repo.loadCandidates>[0]

export interface FoundPerson extends Match {
  personId: string
  crn: string
}

/** Rows per lookup block: enough for the commonest names, few enough to score in a millisecond or two. */
const PER_BLOCK = 200
/** People scored in full after the quick look at their stored keys (matching.shortlist.rules.ts). */
const SHORTLIST = 40
/** Below this best score the first round is taken to have missed, and the trigram round runs. */
const CLOSE_ENOUGH = 0.8
const FLOOR = 0.2

/** The keys a name is compared by: the whole name's key and each part's (see compareSurnames). */
export function keysOf(normal: string): string[] {
  if (!normal) return []
  return [nameKey(normal), ...nameParts(normal).filter((p) => p.length > 1)]
}

export function nameWordsOf(criteria: SearchCriteria): string[] {
  return [criteria.firstName, ...criteria.middleNames, criteria.surname, ...criteria.words].filter(
    (w): w is string => Boolean(w),
  )
}

export async function findMatches(
  trx: Executor,
  actor: Actor,
  criteria: SearchCriteria,
  options: { today: string; limit: number },
): Promise<FoundPerson[]> {
  const words = nameWordsOf(criteria)
  const keys = [...new Set(words.flatMap(keysOf))]
  const forms = [...new Set(keys.flatMap((k) => nameForms(k)))]
  const codes = await repo.phoneticCodes(trx, [...keys, ...forms])
  const codesOf = (list: string[]) => [...new Set(list.flatMap((w) => codes.get(w) ?? []))]
  const plan: repo.CandidatePlan = {
    codes: codesOf(keys),
    firstCodes: codesOf([...keys, ...forms]),
    initials: [...new Set(keys.map((k) => k.charAt(0)))],
    initialGiven: keys.some((k) => k.length === 1),
    singleName: words.length === 1,
    dateOfBirth: criteria.dateOfBirth,
    dateSlips: criteria.dateOfBirth ? dateSlips(criteria.dateOfBirth, '1900-01-01', options.today) : [],
    perBlock: PER_BLOCK,
  }
  const rows = await repo.findCandidateRows(trx, plan)
  const named = nameWordsOf(criteria).length > 0
  // Identifiers always go through; people at a postcode only when no name narrows the search.
  const direct = [
    ...(await repo.findByIdentifiers(trx, criteria)),
    ...(criteria.postcode && !named ? await repo.findByPostcode(trx, criteria.postcode, PER_BLOCK) : []),
  ]
  const quick = shortlistQuery(criteria)
  const seen = new Set<string>(direct)
  const first = [...direct, ...shortlisted(quick, rows, codes, seen)]
  const found = await scoreAll(trx, actor, criteria, first, codes)
  const best = found[0]?.score ?? 0
  if (best < CLOSE_ENOUGH && named) {
    const more = await repo.findTrigramCandidateRows(trx, words.join(' '), PER_BLOCK)
    found.push(...(await scoreAll(trx, actor, criteria, shortlisted(quick, more, codes, seen), codes)))
    found.sort(byScore)
  }
  return found.filter((f) => f.score >= FLOOR).slice(0, options.limit)
}

function shortlistQuery(criteria: SearchCriteria): ShortlistQuery {
  return {
    surname: criteria.surname ? nameKey(criteria.surname) : null,
    first: criteria.firstName ? nameKey(criteria.firstName) : null,
    words: criteria.words.map(nameKey),
    dateOfBirth: criteria.dateOfBirth,
  }
}

/** The best people among the rows not already seen; their stored phonetic codes join the lookup. */
function shortlisted(
  query: ShortlistQuery,
  rows: readonly repo.CandidateRow[],
  codes: Map<string, string[]>,
  seen: Set<string>,
): string[] {
  for (const row of rows) {
    if (!codes.has(row.firstKey)) codes.set(row.firstKey, [row.firstPhon])
    if (!codes.has(row.surnameKey)) codes.set(row.surnameKey, [row.surnamePhon])
  }
  const fresh = rows.filter((r) => !seen.has(r.personId))
  const ids = shortlist(query, fresh, soundsOf(codes), SHORTLIST)
  for (const id of ids) seen.add(id)
  return ids
}

export function soundsOf(codes: Map<string, string[]>): Sounds {
  return (a, b) => {
    const left = codes.get(a)
    const right = codes.get(b)
    return Boolean(left && right && left.some((code) => code !== '' && right.includes(code)))
  }
}

const byScore = (a: FoundPerson, b: FoundPerson) => b.score - a.score || a.crn.localeCompare(b.crn)

async function scoreAll(
  trx: Executor,
  actor: Actor,
  criteria: SearchCriteria,
  ids: string[],
  codes: Map<string, string[]>,
): Promise<FoundPerson[]> {
  const visible = await visiblePersonIds(trx, actor, ids)
  const candidates = await repo.loadCandidates(trx, visible)
  const sounds = await soundsFor(trx, candidates, codes)
  return candidates
    .map((c) => ({ personId: c.personId, crn: c.crn, ...scoreMatch(criteria, c, sounds) }))
    .sort(byScore)
}

/** Completes the phonetic codes with the candidates' name words and gives the lookup scoring uses. */
export async function soundsFor(
  trx: Executor,
  candidates: readonly repo.LoadedCandidate[],
  codes: Map<string, string[]>,
): Promise<Sounds> {
  const words = candidates.flatMap((c) =>
    c.names.flatMap((n) => [
      ...keysOf(normaliseName(n.firstName)),
      ...keysOf(normaliseName(n.surname)),
      ...(n.middleNames ? normaliseName(n.middleNames).split(' ').flatMap(keysOf) : []),
    ]),
  )
  const missing = words.filter((w) => !codes.has(w))
  for (const [word, list] of await repo.phoneticCodes(trx, missing)) codes.set(word, list)
  return soundsOf(codes)
}
