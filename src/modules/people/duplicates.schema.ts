// The confirmation that a new person is not one already on record (docs/DECISIONS.md 15): sent beside
// the person's fields in POST /api/v1/people, and recorded with the reason.
import { z } from '../../platform/zod'

export const confirmationSchema = z
  .object({
    confirmDifferentPerson: z.boolean().optional(),
    differentPersonReason: z
      .string()
      .trim()
      .max(2000, 'must be 2000 characters or fewer')
      .optional()
      .openapi({ example: 'Different middle name and place of birth: checked with the court' }),
  })
  .superRefine((value, ctx) => {
    if (value.confirmDifferentPerson && !value.differentPersonReason)
      ctx.addIssue({
        code: 'custom',
        path: ['differentPersonReason'],
        message: 'is required with confirmDifferentPerson: say why this is a different person',
      })
  })

export type Confirmation = z.output<typeof confirmationSchema>

/** Splits a create body into the person and the confirmation (the person schema refuses unknown fields). */
export function splitConfirmation(raw: unknown): { person: unknown; confirmation: unknown } {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return { person: raw, confirmation: {} }
  const { confirmDifferentPerson, differentPersonReason, ...person } = raw as Record<string, unknown>
  return { person, confirmation: { confirmDifferentPerson, differentPersonReason } }
}

export const duplicateCandidate = z
  .object({
    crn: z.string(),
    score: z.number().openapi({ description: '0..1, higher is more alike' }),
    reasons: z.array(z.string()),
  })
  .openapi('DuplicateCandidate')
export type DuplicateCandidate = z.infer<typeof duplicateCandidate>
