// The tiering module's public surface: the pure tier rules and the `tier` calculator.
import type { PersonOwnedRows } from '../../platform/db/person-rows'

export type { SingleTier, TierStep } from './a-to-g.rules'
export { calculateSingleTier } from './a-to-g.rules'
export type { ChangeLevel } from './change.rules'
export type { ProtectLevel, TierReason } from './protect.rules'
export { tierCalculator } from './tier.calculator'
// The rows that follow the person when two records of one person are merged (src/services.ts):
// calculations move with the overrides that point at them; the survivor's next read recalculates.
export const personOwnedRows: PersonOwnedRows[] = [
  { key: 'tierCalculations', table: 'tier_calculations' },
  { key: 'tierOverrides', table: 'tier_overrides' },
]
export { overrideInput, reviewInput } from './tier.schema'
// In the case: the tier from the record, its history and overrides (tier.service.ts).
export { createTierService, type TierService } from './tier.service'
export type { ProtectChangeTier, TierResult } from './tiering.rules'
export { calculateProtectChangeTier, calculateTier } from './tiering.rules'
export type { Tier, TierInput, TierRequest } from './tiering.schema'
export { normaliseTierInput, tierInputSchema } from './tiering.schema'
