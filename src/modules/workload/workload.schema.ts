// zod inputs of the workload use cases: reductions, the what-if, reference data versions.
import { z } from '../../platform/zod'
import { hoursSchema } from './workload.calculator'
import { A_TO_G, CASE_TYPES, WORKLOAD_TIERS } from './workload.reference'

/** A real calendar date written YYYY-MM-DD: one message, whichever way it is wrong. */
export const isoDate = z.string({ message: 'must be a date written YYYY-MM-DD' }).refine((text) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false
  const date = new Date(`${text}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text
}, 'must be a real date written YYYY-MM-DD, e.g. 2026-11-23')

const percentSchema = z
  .number({ message: 'must be a percentage' })
  .gt(0, 'must be more than 0')
  .max(100, 'must be at most 100')
  .refine((n) => Math.abs(n * 100 - Math.round(n * 100)) < 1e-6, 'must have at most two decimal places')

export const reductionInput = z
  .strictObject({
    reasonCode: z.string({ message: 'is required' }).min(1, 'is required'),
    hours: hoursSchema(80).optional().openapi({ description: 'weekly hours; or give percent' }),
    percent: percentSchema.optional().openapi({ description: '% of contracted hours; or give hours' }),
    startDate: isoDate,
    endDate: isoDate
      .optional()
      .openapi({ description: "inclusive; defaults from the reason's months to expiry" }),
    notes: z.string().max(4000, 'must be at most 4000 characters').optional(),
  })
  .openapi('ReductionInput')
export type ReductionInput = z.output<typeof reductionInput>

export const reductionUpdate = reductionInput
  .partial()
  .extend({ version: z.number({ message: 'is required' }).int() })
  .openapi('ReductionUpdate')
export const reductionDelete = z.strictObject({ version: z.number({ message: 'is required' }).int() })

export const whatIfInput = z.strictObject({
  tier: z
    .enum([...WORKLOAD_TIERS, ...A_TO_G] as unknown as [string, ...string[]], {
      message: 'must be a tier such as B2, C1S or D',
    })
    .optional(),
  caseType: z.enum(CASE_TYPES, { message: `must be one of ${CASE_TYPES.join(', ')}` }).default('community'),
  t2a: z
    .enum(['true', 'false'], { message: 'must be true or false' })
    .default('false')
    .transform((v) => v === 'true'),
})

export const referenceVersionInput = z
  .strictObject({
    effectiveFrom: isoDate,
    note: z.string().max(4000).optional(),
    data: z.unknown(),
  })
  .openapi('WorkloadReferenceVersionInput')
