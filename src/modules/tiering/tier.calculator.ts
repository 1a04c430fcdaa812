// The `tier` calculator: POST /api/v1/calculators/tier and `openprobation calculate tier` (issue 8).
// Both tiers from one object, or an array of results in the same order for an array.
import { defineCalculator } from '../../platform/calculator'
import { z } from '../../platform/zod'
import { calculateTier } from './tiering.rules'
import { normaliseTierInput, TIERS, tierInputSchema } from './tiering.schema'

const reasonSchema = z.object({
  axis: z.enum(['protect', 'change', 'supervision']),
  factor: z.string().openapi({ example: 'rosh' }),
  points: z
    .number()
    .nullable()
    .openapi({ description: 'the points this factor scores; null for a summary line' }),
  counted: z.boolean().openapi({ description: 'whether the points count towards the total' }),
  reason: z
    .string()
    .openapi({ example: 'RoSH high: 20 points (counts instead of RSR 5.2%, which scores 10)' }),
})

const stepSchema = z.object({
  step: z.string().openapi({ example: 'mappa_rosh' }),
  tier: z.enum(TIERS).nullable(),
  reason: z.string().openapi({ example: 'MAPPA category 2 with RoSH high: tier C' }),
})

export const tierResultSchema = z
  .object({
    v2: z
      .object({
        tier: z
          .string()
          .openapi({ example: 'B2', description: 'protect and change, S appended when unsupervised' }),
        protect: z.enum(['A', 'B', 'C', 'D']),
        change: z.number().int().min(0).max(3),
        protectPoints: z.number().int(),
        changePoints: z.number().int(),
        reasons: z.array(reasonSchema),
      })
      .openapi({ description: 'the protect-by-change tier (reference §1.3, §1.4)' }),
    v3: z
      .object({
        tier: z.enum(TIERS).nullable(),
        status: z.enum(['supervised', 'not_supervised', 'missing']),
        provisional: z.boolean(),
        steps: z.array(stepSchema).openapi({ description: 'each step, the tier it gives or null, and why' }),
      })
      .openapi({ description: 'the single-axis A to G tier (reference §1.5)' }),
  })
  .openapi('TierCalculatorResult')

export const tierCalculator = defineCalculator({
  name: 'tier',
  summary: 'Calculate both tiers (protect-by-change and A to G) with their reasons',
  input: tierInputSchema,
  output: tierResultSchema,
  calculate: (request) => calculateTier(normaliseTierInput(request)),
})
