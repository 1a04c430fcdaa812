// Tier counts by team: figures without personal details, so analysts see them too; a case hidden from
// the caller by its restriction or exclusion lists is not counted, as it is not shown anywhere else.
import type { Actor } from '../../platform/actor'
import { caseVisibility, requirePermission } from '../access'
import type { ServiceDeps } from '../deps'
import { requireTeam } from '../organisation'
import { teamCaseTiers } from './tier-counts.repository'
import { countTiers, type TierCounts } from './tier-counts.rules'

export function createTierCounts({ db }: ServiceDeps) {
  return {
    async tierCountsOfTeam(actor: Actor, teamCode: string): Promise<TierCounts & { teamCode: string }> {
      requirePermission(actor, 'organisation:read')
      return db.transaction().execute(async (trx) => {
        const team = await requireTeam(trx, teamCode)
        const cases = await teamCaseTiers(trx, team.code)
        const visible = await caseVisibility(
          trx,
          actor,
          cases.map((c) => c.personId),
        )
        return { teamCode: team.code, ...countTiers(cases.filter((c) => visible.has(c.personId))) }
      })
    },
  }
}
