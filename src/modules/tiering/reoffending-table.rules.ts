// The reoffending step of the A to G tier: the ARP by CSRP table (reference §1.5), and the order of
// tiers (A highest). Pure.
import type { Tier } from './tiering.schema'
import { TIERS } from './tiering.schema'

/** A is 0, G is 6: a lower rank is a higher tier. */
export const rank = (tier: Tier): number => TIERS.indexOf(tier)
export function highest(tiers: (Tier | null)[]): Tier | null {
  const present = tiers.filter((t): t is Tier => t !== null)
  return present.length ? (present.reduce((a, b) => (rank(b) < rank(a) ? b : a)) as Tier) : null
}
/** Whether `tier` is at least as high as `target` (no tier reaches nothing). */
export const reaches = (tier: Tier | null, target: Tier): boolean =>
  tier !== null && rank(tier) <= rank(target)

export const CSRP_ROWS = [6.9, 3.0, 1.0, 0.5, 0] as const
export const ARP_COLUMNS = [90, 75, 50, 25, 15, 0] as const
const TABLE: Tier[][] = [
  ['A', 'A', 'B', 'B', 'B', 'B'],
  ['A', 'B', 'C', 'C', 'C', 'C'],
  ['B', 'C', 'D', 'E', 'E', 'E'],
  ['C', 'D', 'E', 'E', 'F', 'F'],
  ['D', 'D', 'E', 'F', 'F', 'G'],
]

/** Row: the first CSRP threshold met; column: the first ARP threshold met. */
export function reoffendingTable(arpPercent: number, csrpPercent: number): Tier {
  const row = CSRP_ROWS.findIndex((t) => csrpPercent >= t)
  const column = ARP_COLUMNS.findIndex((t) => arpPercent >= t)
  // Inputs are checked to be 0 or more, so every lookup finds a cell.
  return TABLE[row]?.[column] ?? 'G'
}
