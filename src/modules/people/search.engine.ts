// Finding the people who match some criteria: candidates from indexed lookups (search.repository.ts),
// then every candidate scored in TypeScript (matching.score.rules.ts). A second round looks for names
// alike letter by letter only when the first round found nothing close, which keeps the usual search
// to a few index lookups. Used by the search, the duplicate check and the benchmark.
import type { Actor } from '../../platform/actor'
import { dateSlips } from './matching.dates.rules'
import { nameKey, nameParts, normaliseName, type Sounds } from './matching.names.rules'
import { type Match, type SearchCriteria, scoreMatch } from './matching.score.rules'
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
  const ids = new Set([
    ...(await repo.findCandidateIds(trx, plan)),
    ...(await repo.findByIdentifiers(trx, criteria)),
    ...(criteria.postcode ? await repo.findByPostcode(trx, criteria.postcode, PER_BLOCK) : []),
  ])
  const found = await scoreAll(trx, actor, criteria, [...ids], codes)
  const best = found[0]?.score ?? 0
  if (best < CLOSE_ENOUGH && words.length > 0) {
    const more = await repo.findTrigramCandidateIds(trx, words.join(' '), PER_BLOCK)
    const fresh = more.filter((id) => !ids.has(id))
    found.push(...(await scoreAll(trx, actor, criteria, fresh, codes)))
    found.sort(byScore)
  }
  return found.filter((f) => f.score >= FLOOR).slice(0, options.limit)
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
  return (a, b) => {
    const left = codes.get(a)
    const right = codes.get(b)
    return Boolean(left && right && left.some((code) => code !== '' && right.includes(code)))
  }
}
