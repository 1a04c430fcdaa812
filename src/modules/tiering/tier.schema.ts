// Input schemas of tier overrides: the tier proposed for one model with the practitioner's rationale,
// and the senior probation officer's review note (required to reject).
import { z } from '../../platform/zod'

const text = (max: number) =>
  z
    .string({ message: 'must be text' })
    .trim()
    .min(1, 'must not be empty')
    .max(max, `must be ${max} characters or fewer`)

export const overrideInput = z
  .strictObject({
    model: z.enum(['v2', 'v3'], { message: 'must be v2 (protect by change) or v3 (A to G)' }),
    tier: z.string({ message: 'must be a tier' }).trim().toUpperCase(),
    rationale: text(4000),
  })
  .superRefine((o, ctx) => {
    const ok = o.model === 'v2' ? /^[A-D][0-3]S?$/.test(o.tier) : /^[A-G]$/.test(o.tier)
    if (!ok)
      ctx.addIssue({
        code: 'custom',
        path: ['tier'],
        message:
          o.model === 'v2' ? 'must be a protect-by-change tier such as B2 or B2S' : 'must be one of A to G',
      })
  })
  .openapi('TierOverrideInput')

export const reviewInput = (noteRequired: boolean) =>
  z.strictObject({ note: noteRequired ? text(4000) : text(4000).optional() }).openapi('TierOverrideReview')
