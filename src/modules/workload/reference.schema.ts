// What each kind of workload reference data must look like when an administrator sets a new version:
// every field present, points whole numbers 0 to 999 (as wmt-web's admin pages), percentages 0.01 to 100.
import { z } from '../../platform/zod'
import type { ReferenceKind } from './reference.repository'
import { hoursSchema } from './workload.calculator'
import { A_TO_G, GRADES, WORKLOAD_TIERS } from './workload.reference'

const pts = z
  .number({ message: 'must be a whole number 0 to 999' })
  .int('must be a whole number')
  .min(0)
  .max(999)
const byType = z.strictObject({ community: pts, custody: pts, licence: pts })
const allOf = (keys: readonly string[]) => z.strictObject(Object.fromEntries(keys.map((k) => [k, byType])))
const percent = z.number().min(0.01, 'must be 0.01 to 100').max(100, 'must be 0.01 to 100')

export const REFERENCE_SCHEMAS: Record<ReferenceKind, z.ZodType> = {
  'case-points': z.strictObject({ standard: allOf(WORKLOAD_TIERS), t2a: allOf(WORKLOAD_TIERS) }),
  'a-to-g-points': z.strictObject({ inUse: z.boolean(), points: allOf(A_TO_G) }),
  reports: z.strictObject({ courtStandard: pts, courtFast: pts, parole: pts, paroleApplied: z.boolean() }),
  'cms-adjustments': z.array(
    z.strictObject({
      code: z.string().min(1),
      activity: z.string().min(1),
      level: z.enum(['low', 'medium', 'high', 'none']),
      points: pts,
    }),
  ),
  grades: z.strictObject({
    nominalTarget: z.strictObject({
      PO: z.number().int().min(0).max(99999),
      PSO: z.number().int().min(0).max(99999),
    }),
    defaultHours: z.strictObject({ PO: hoursSchema(80), PSO: hoursSchema(80), SPO: hoursSchema(80) }),
    uses: z.strictObject(
      Object.fromEntries(
        GRADES.map((g) => [
          g,
          z.strictObject({ target: z.enum(['PO', 'PSO']), hours: z.enum(['PO', 'PSO', 'SPO']) }),
        ]),
      ),
    ),
    mapping: z.record(z.string(), z.enum(GRADES)),
  }),
  'reduction-reasons': z.array(
    z
      .strictObject({
        code: z.string().regex(/^[a-z0-9_]+$/, 'must be lower-case letters, digits and _'),
        category: z.enum(['personal', 'learning', 'work']),
        label: z.string().min(1),
        allowancePercent: percent.nullable(),
        maxPercent: percent.nullable(),
        monthsToExpiry: z.number().int().min(1, 'must be at least 1').nullable(),
        enabled: z.boolean(),
      })
      .refine(
        (r) => r.allowancePercent === null || r.maxPercent === null || r.allowancePercent <= r.maxPercent,
        { message: 'the allowance must not exceed the maximum', path: ['allowancePercent'] },
      ),
  ),
}
