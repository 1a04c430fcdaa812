// Both tiers from one set of inputs (issue 8): the protect-by-change tier (A3 to D0, S when
// unsupervised) and the single-axis A to G tier, each with its working. Pure.
import { calculateSingleTier, type SingleTier } from './a-to-g.rules'
import { type ChangeLevel, calculateChange } from './change.rules'
import { calculateProtect, type ProtectLevel, type TierReason } from './protect.rules'
import type { TierInput } from './tiering.schema'

export interface ProtectChangeTier {
  /** Protect and change, e.g. `B2`, with `S` appended when unsupervised (`B2S`). */
  tier: string
  protect: ProtectLevel
  change: ChangeLevel
  protectPoints: number
  changePoints: number
  reasons: TierReason[]
}

export interface TierResult {
  v2: ProtectChangeTier
  v3: SingleTier
}

export function calculateProtectChangeTier(input: TierInput): ProtectChangeTier {
  const protect = calculateProtect(input)
  const change = calculateChange(input)
  const tier = `${protect.level}${change.level}${input.unsupervised ? 'S' : ''}`
  const reasons = [...protect.reasons, ...change.reasons]
  if (input.unsupervised)
    reasons.push({
      axis: 'supervision',
      factor: 'unsupervised',
      points: null,
      counted: false,
      reason: `Unsupervised: S appended, so the tier is ${tier}`,
    })
  return {
    tier,
    protect: protect.level,
    change: change.level,
    protectPoints: protect.points,
    changePoints: change.points,
    reasons,
  }
}

export function calculateTier(input: TierInput): TierResult {
  return { v2: calculateProtectChangeTier(input), v3: calculateSingleTier(input) }
}
