// Likely duplicates of new people (docs/DECISIONS.md 15): the people already on record whom a new
// person looks like, with the score and the reasons, for the create door (409 unless confirmed) and
// for the import (a row with likely duplicates is invalid unless --allow-duplicates). One lookup for
// a whole batch; the same scoring as the search, kept to the likely ones (isLikelyDuplicate).
import type { Actor } from '../../platform/actor'
import { criteriaOfPerson } from './duplicates.rules'
import type { DuplicateCandidate } from './duplicates.schema'
import { nameKey } from './matching.names.rules'
import { isLikelyDuplicate, type SearchCriteria, scoreMatch } from './matching.score.rules'
import { quickScore } from './matching.shortlist.rules'
import { nameForms } from './nicknames.rules'
import type { PersonInput } from './people.schema'
import { keysOf, soundsFor, soundsOf } from './search.engine'
import * as repo from './search.repository'
import { visiblePersonIds } from './search.visibility'

type Executor = Parameters<typeof repo.loadCandidates>[0]

/** At most this many candidates are shown for one new person, best first. */
const SHOWN = 5
const PER_PERSON = 50
/** Below this quick score a stored name form cannot make a likely duplicate (names and date must agree). */
const QUICK_FLOOR = 0.6

export type FoundDuplicate = DuplicateCandidate & { personId: string }

/** For each input, in order, its likely duplicates among the people on record (empty when none). */
export async function findDuplicates(
  trx: Executor,
  actor: Actor,
  inputs: readonly PersonInput[],
): Promise<FoundDuplicate[][]> {
  if (inputs.length === 0) return []
  const criteria = inputs.map(criteriaOfPerson)
  const keys = inputs.map((input, i) => {
    const first = criteria[i]?.firstName ?? ''
    return {
      firstName: input.firstName,
      surname: input.surname,
      firstForms: [...new Set(keysOf(first).flatMap((k) => nameForms(k)))],
      dateOfBirth: input.dateOfBirth ?? null,
      pnc: input.pnc ?? null,
      cro: input.cro ?? null,
      prisonNumber: input.prisonNumber ?? null,
      niNumber: input.niNumber ?? null,
    }
  })
  const rows = await repo.findDuplicateCandidates(trx, keys, PER_PERSON)
  // A quick look first (stored keys only): only people who could be a likely duplicate are loaded and scored.
  const codes = await repo.phoneticCodes(
    trx,
    criteria.flatMap((c) => [c.firstName, c.surname, ...c.middleNames].flatMap((w) => (w ? keysOf(w) : []))),
  )
  for (const row of rows) {
    if (row.firstKey && !codes.has(row.firstKey)) codes.set(row.firstKey, [row.firstPhon])
    if (row.surnameKey && !codes.has(row.surnameKey)) codes.set(row.surnameKey, [row.surnamePhon])
  }
  const quickSounds = soundsOf(codes)
  const pairs = new Map<string, { index: number; personId: string }>()
  for (const row of rows) {
    const c = criteria[row.index] as SearchCriteria
    const query = {
      surname: c.surname && nameKey(c.surname),
      first: c.firstName && nameKey(c.firstName),
      words: [],
      dateOfBirth: c.dateOfBirth,
    }
    if (row.identifier || quickScore(query, row, quickSounds) >= QUICK_FLOOR)
      pairs.set(`${row.index}:${row.personId}`, { index: row.index, personId: row.personId })
  }
  const ids = [...new Set([...pairs.values()].map((p) => p.personId))]
  const visible = new Set(await visiblePersonIds(trx, actor, ids))
  const candidates = new Map((await repo.loadCandidates(trx, [...visible])).map((c) => [c.personId, c]))
  const sounds = await soundsFor(trx, [...candidates.values()], codes)
  const found: FoundDuplicate[][] = inputs.map(() => [])
  for (const { index, personId } of pairs.values()) {
    const candidate = candidates.get(personId)
    if (!candidate) continue
    const match = scoreMatch(criteria[index] as SearchCriteria, candidate, sounds)
    if (isLikelyDuplicate(match))
      found[index]?.push({ personId, crn: candidate.crn, score: match.score, reasons: match.reasons })
  }
  return found.map((list) =>
    list.sort((a, b) => b.score - a.score || a.crn.localeCompare(b.crn)).slice(0, SHOWN),
  )
}
