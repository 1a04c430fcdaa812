// The `workload` calculator (issue 9): POST /api/v1/calculators/workload and `openprobation calculate
// workload`. Outside checks call it, so the field names are fixed; it uses the seed reference data of
// reference §2, never the administrators' later versions, so its answers do not move.
import { defineCalculator } from '../../platform/calculator'
import { z } from '../../platform/zod'
import { CASE_TYPES, GRADES, SEED_REFERENCE, WORKLOAD_TIERS } from './workload.reference'
import { calculateWorkload } from './workload.rules'

const oneOf = (values: readonly string[]) => ({ message: `must be one of ${values.join(', ')}` })
const twoPlaces = (n: number) => Math.abs(n * 100 - Math.round(n * 100)) < 1e-6

export const hoursSchema = (max: number) =>
  z
    .number({ message: 'must be a number of hours' })
    .min(0, 'must be at least 0')
    .max(max, `must be at most ${max}`)
    .refine(twoPlaces, 'must have at most two decimal places')

export const workloadInputSchema = z
  .strictObject({
    grade: z.enum(GRADES, oneOf(GRADES)),
    contractedHours: hoursSchema(80)
      .nullable()
      .openapi({ description: "weekly contracted hours; null for the grade's default hours" }),
    reductionHours: hoursSchema(80)
      .default(0)
      .openapi({ description: 'the sum of active reductions, hours' }),
    cases: z
      .array(
        z.strictObject({
          tier: z
            .enum(WORKLOAD_TIERS as [string, ...string[]], {
              message: 'must be a tier A3 to D0, or A3S to D0S',
            })
            .nullable()
            .openapi({
              description: 'protect-by-change tier, S when unsupervised; null when untiered (0 points)',
            }),
          type: z.enum(CASE_TYPES, oneOf(CASE_TYPES)),
          t2a: z.boolean({ message: 'must be true or false' }).default(false),
        }),
      )
      .default([]),
    courtReports: z
      .array(z.strictObject({ type: z.enum(['standard', 'fast'], oneOf(['standard', 'fast'])) }))
      .default([]),
  })
  .openapi('WorkloadCalculatorInput')

const lineSchema = z.object({
  kind: z.enum(['case', 'court_report', 'adjustment']),
  label: z.string().openapi({ example: 'community B2' }),
  tier: z.string().nullable().optional(),
  caseType: z.enum(CASE_TYPES).optional(),
  t2a: z.boolean().optional(),
  count: z.number().int(),
  pointsEach: z.number().int(),
  points: z.number().int(),
  reason: z.string().openapi({ example: '10 × community B2: 115 points (standard row)' }),
})

export const workloadResultSchema = z
  .object({
    points: z.number().int(),
    availablePoints: z.number().int(),
    capacityPercent: z.number().openapi({ example: 89.4, description: 'one decimal place, half-up' }),
    breakdown: z.array(lineSchema),
    reasons: z
      .array(z.string())
      .openapi({ description: 'how available points and capacity were worked out' }),
  })
  .openapi('WorkloadCalculatorResult')

export const workloadCalculator = defineCalculator({
  name: 'workload',
  summary: 'Workload points, available points and capacity % of one practitioner (reference §2)',
  input: workloadInputSchema,
  output: workloadResultSchema,
  calculate: (input) => calculateWorkload(SEED_REFERENCE, input),
})
