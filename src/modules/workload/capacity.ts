// Capacity now and after one more case, for the allocation module's recommendations. Runs inside the
// caller's transaction with no permission check (the caller's use case does it), in a fixed number of
// queries whatever the number of staff.
import type { Kysely, Transaction } from 'kysely'
import type { Database } from '../../platform/db/schema'
import { practitionerWorkload } from './practitioner.rules'
import { loadFacts } from './workload.facts'
import type { CaseType } from './workload.reference'
import { capacityPercent, casePoints } from './workload.rules'

export interface CapacityProjection {
  staffCode: string
  grade: string
  caseCount: number
  points: number
  availablePoints: number
  capacityPercent: number
  pointsAfter: number
  capacityPercentAfter: number
  reasons: string[]
}

export interface AddedCase {
  /** The tier that drives workload: a protect-by-change code (B2, C1S), an A to G letter, or null. */
  tier: string | null
  caseType: CaseType
  t2a: boolean
}

export async function projectCapacity(
  trx: Kysely<Database> | Transaction<Database>,
  staffCodes: readonly string[],
  addedCase: AddedCase,
  today: string,
): Promise<Map<string, CapacityProjection>> {
  const out = new Map<string, CapacityProjection>()
  if (staffCodes.length === 0) return out
  const { ref, practitioners } = await loadFacts(trx, [...new Set(staffCodes)], today)
  const added = casePoints(ref, { tier: addedCase.tier, type: addedCase.caseType, t2a: addedCase.t2a })
  for (const facts of practitioners) {
    const now = practitionerWorkload(ref, facts, today)
    const pointsAfter = now.points + added.points
    const after = capacityPercent(pointsAfter, now.availablePoints)
    out.set(now.staffCode, {
      staffCode: now.staffCode,
      grade: now.grade,
      caseCount: now.caseCount,
      points: now.points,
      availablePoints: now.availablePoints,
      capacityPercent: now.capacityPercent,
      pointsAfter,
      capacityPercentAfter: after,
      reasons: [
        `${now.caseCount} case${now.caseCount === 1 ? '' : 's'}, ${now.points} of ${now.availablePoints} available points: ${now.capacityPercent}%`,
        `this case adds ${added.points} points (${added.reason}): ${now.capacityPercent}% to ${after}%`,
        ...now.reasons,
      ],
    })
  }
  return out
}
