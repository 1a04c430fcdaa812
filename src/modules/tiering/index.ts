// The tiering module's public surface: the pure tier rules and the `tier` calculator.
export type { SingleTier, TierStep } from './a-to-g.rules'
export { calculateSingleTier } from './a-to-g.rules'
export type { ChangeLevel } from './change.rules'
export type { ProtectLevel, TierReason } from './protect.rules'
export { tierCalculator } from './tier.calculator'
// For merging two records of one person (people/merge.service.ts).
export { reassignTierRows } from './tier.repository'
export { overrideInput, reviewInput } from './tier.schema'
// In the case: the tier from the record, its history and overrides (tier.service.ts).
export { createTierService, type TierService } from './tier.service'
export type { ProtectChangeTier, TierResult } from './tiering.rules'
export { calculateProtectChangeTier, calculateTier } from './tiering.rules'
export type { Tier, TierInput, TierRequest } from './tiering.schema'
export { normaliseTierInput, tierInputSchema } from './tiering.schema'
