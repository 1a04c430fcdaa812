// The workload module's figures in the shape allocation uses: each practitioner's capacity before and
// after taking the case, and a team's capacity (the sum of its practitioners' points over the sum of
// their available points). The maths is the workload module's; this only adds up and renames.
import { projectCapacity } from '../workload'
import * as repo from './allocation.repository'
import type { TeamCapacity } from './queue.service'
import type { ProjectCapacity } from './recommend.build'

export const workloadCapacity: ProjectCapacity = async (trx, staffCodes, added, today) => {
  const projections = await projectCapacity(trx, staffCodes, added, today)
  return new Map(
    [...projections].map(([code, p]) => [
      code,
      { before: p.capacityPercent, after: p.capacityPercentAfter, detail: p.reasons.slice(0, 2) },
    ]),
  )
}

export const workloadTeamCapacity: TeamCapacity = async (trx, teamCodes, today) => {
  const staff = await repo.staffCodesOfTeams(trx, teamCodes)
  const projections = await projectCapacity(
    trx,
    staff.map((s) => s.code),
    { tier: null, caseType: 'community', t2a: false },
    today,
  )
  const sums = new Map<string, { points: number; available: number }>()
  for (const s of staff) {
    const p = projections.get(s.code)
    if (!p || !s.team_code) continue
    const sum = sums.get(s.team_code) ?? { points: 0, available: 0 }
    sum.points += p.points
    sum.available += p.availablePoints
    sums.set(s.team_code, sum)
  }
  return new Map(
    [...sums]
      .filter(([, sum]) => sum.available > 0)
      .map(([team, sum]) => [team, { percent: Math.round((sum.points / sum.available) * 1000) / 10 }]),
  )
}
