// Likely duplicates of new people (docs/DECISIONS.md 15): the people already on record whom a new
// person looks like, with the score and the reasons, for the create door (409 unless confirmed) and
// for the import (a row with likely duplicates is invalid unless --allow-duplicates). One lookup for
// a whole batch; the same scoring as the search, kept to the likely ones (isLikelyDuplicate).
import type { Actor } from '../../platform/actor'
import { criteriaOfPerson } from './duplicates.rules'
import type { DuplicateCandidate } from './duplicates.schema'
import { isLikelyDuplicate, scoreMatch } from './matching.score.rules'
import { nameForms } from './nicknames.rules'
import type { PersonInput } from './people.schema'
import { keysOf, soundsFor } from './search.engine'
import * as repo from './search.repository'
import { visiblePersonIds } from './search.visibility'

type Executor = Parameters<typeof repo.loadCandidates>[0]

/** At most this many candidates are shown for one new person, best first. */
const SHOWN = 5
const PER_PERSON = 50

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
  const pairs = await repo.findDuplicateCandidates(trx, keys, PER_PERSON)
  const visible = new Set(await visiblePersonIds(trx, actor, [...new Set(pairs.map((p) => p.personId))]))
  const candidates = new Map((await repo.loadCandidates(trx, [...visible])).map((c) => [c.personId, c]))
  const words = criteria.flatMap((c) =>
    [c.firstName, c.surname, ...c.middleNames].flatMap((w) => (w ? keysOf(w) : [])),
  )
  const sounds = await soundsFor(trx, [...candidates.values()], await repo.phoneticCodes(trx, words))
  const found: FoundDuplicate[][] = inputs.map(() => [])
  for (const { index, personId } of pairs) {
    const candidate = candidates.get(personId)
    if (!candidate) continue
    const match = scoreMatch(criteria[index] as (typeof criteria)[number], candidate, sounds)
    if (isLikelyDuplicate(match))
      found[index]?.push({ personId, crn: candidate.crn, score: match.score, reasons: match.reasons })
  }
  return found.map((list) =>
    list.sort((a, b) => b.score - a.score || a.crn.localeCompare(b.crn)).slice(0, SHOWN),
  )
}
