// Tier counts of a caseload (issue 8, "tier counts by team, feeding workload"): how many cases sit at
// each protect-and-change tier and each A to G tier, with the protect levels summed, so a manager sees
// the mix behind a team's workload. Pure: the rows come from tier-counts.repository.ts.

export interface CaseTier {
  /** The tier in use: an approved override, else the calculated tier; null while none can be calculated. */
  v2: string | null
  v3: string | null
}

export interface TierCounts {
  cases: number
  /** Protect and change tiers (A3 to D0, S when unsupervised), highest first; each with its count. */
  v2: { tier: string; count: number }[]
  /** Protect levels A to D, each with its count. */
  protect: Record<'A' | 'B' | 'C' | 'D', number>
  /** A to G tiers, A first. */
  v3: { tier: string; count: number }[]
  /** Cases with no tier yet (no calculation, or one that needs the sex to use for scoring). */
  untiered: number
  reasons: string[]
}

const byTier = (a: string, b: string) => a.localeCompare(b) || 0
// B3 before B0: within a protect level, higher change first; S variants beside their tier.
const byProtectThenChange = (a: string, b: string) =>
  a.slice(0, 1).localeCompare(b.slice(0, 1)) ||
  b.slice(1, 2).localeCompare(a.slice(1, 2)) ||
  a.localeCompare(b)

export function countTiers(cases: readonly CaseTier[]): TierCounts {
  const v2 = new Map<string, number>()
  const v3 = new Map<string, number>()
  const protect = { A: 0, B: 0, C: 0, D: 0 }
  let untiered = 0
  for (const c of cases) {
    if (!c.v2) untiered++
    else {
      v2.set(c.v2, (v2.get(c.v2) ?? 0) + 1)
      const level = c.v2.slice(0, 1) as keyof typeof protect
      if (level in protect) protect[level]++
    }
    if (c.v3) v3.set(c.v3, (v3.get(c.v3) ?? 0) + 1)
  }
  const list = (m: Map<string, number>, order: (a: string, b: string) => number) =>
    [...m.keys()].sort(order).map((tier) => ({ tier, count: m.get(tier) as number }))
  return {
    cases: cases.length,
    v2: list(v2, byProtectThenChange),
    protect,
    v3: list(v3, byTier),
    untiered,
    reasons: [
      `${cases.length} case${cases.length === 1 ? '' : 's'} currently allocated to the team, each counted once at the tier in use (an approved override, else the calculated tier)`,
      ...(untiered
        ? [`${untiered} without a tier yet: no calculation, or the sex to use for scoring is not recorded`]
        : []),
    ],
  }
}
