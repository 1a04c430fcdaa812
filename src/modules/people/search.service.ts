// Finding a person: the search use case. Who searched for what is audited, and so is each person
// returned (a read). Results carry the same person as GET /api/v1/people/{crn} (docs/DECISIONS.md 16).
import type { Actor } from '../../platform/actor'
import { ValidationError } from '../../platform/errors'
import { newId } from '../../platform/ids'
import { parseInput } from '../../platform/validation'
import { requirePermission } from '../access'
import type { ServiceDeps } from '../deps'
import { presentPerson } from './people.presenter'
import { findPeopleByIds } from './people.repository'
import { findMatches } from './search.engine'
import { readSearch } from './search.query.rules'
import { type SearchResult, searchParams } from './search.schema'

export function createSearchService({ db, clock, audit }: ServiceDeps) {
  return {
    /** People matching any combination of names, date of birth, identifiers and postcode, best first. */
    async searchPeople(actor: Actor, raw: unknown): Promise<{ results: SearchResult[] }> {
      requirePermission(actor, 'person:read')
      const { limit, ...params } = parseInput(searchParams, raw ?? {})
      const today = clock.today()
      const read = readSearch(params, today)
      if (!read.ok) throw new ValidationError(read.details)
      return db.transaction().execute(async (trx) => {
        const found = await findMatches(trx, actor, read.criteria, { today, limit })
        const rows = new Map(
          (
            await findPeopleByIds(
              trx,
              found.map((f) => f.personId),
            )
          ).map((r) => [r.id, r]),
        )
        const results = found.flatMap((f) => {
          const row = rows.get(f.personId)
          return row ? [{ crn: f.crn, score: f.score, reasons: f.reasons, person: presentPerson(row) }] : []
        })
        const given = Object.fromEntries(
          Object.entries(params).filter(([, v]) => v !== undefined && v !== ''),
        )
        await audit.record(
          trx,
          actor,
          'person.searched',
          { type: 'person_search', id: newId() },
          { query: given, limit, results: results.map((r) => r.crn) },
        )
        await audit.recordMany(
          trx,
          actor,
          'person.read',
          found
            .filter((f) => rows.has(f.personId))
            .map((f) => ({ type: 'person', id: f.personId, crn: f.crn, data: { view: 'search' } })),
        )
        return { results }
      })
    },
  }
}
