// Input schemas of registers (flags on a person). Level and category are checked per type in
// registers.rules.ts; numbers are accepted for MAPPA and kept as text ('1' to '4').
import { z } from '../../platform/zod'
import { REGISTER_TYPE_CODES } from './registers.rules'

const isoDate = z.iso.date('must be a date as YYYY-MM-DD').openapi({ example: '2026-03-10' })
const text = (max: number) =>
  z.string().trim().min(1, 'must not be empty').max(max, `must be ${max} characters or fewer`)
const scale = z
  .union([z.string().trim().min(1, 'must not be empty').max(20), z.number().int()], {
    message: 'must be text or a whole number',
  })
  .transform(String)
  .nullable()
  .optional()
  .openapi({ description: 'RoSH: low | medium | high | very_high; MAPPA level 1 to 3, category 1 to 4' })

const fields = {
  level: scale,
  category: scale,
  registeredDate: isoDate,
  nextReviewDate: isoDate.nullable().optional(),
  deregisteredDate: isoDate.nullable().optional(),
  deregistrationReason: text(500).nullable().optional(),
  notes: text(4000).nullable().optional(),
}

export const registerInput = z
  .strictObject({
    type: z.enum(REGISTER_TYPE_CODES, { message: `must be one of ${REGISTER_TYPE_CODES.join(', ')}` }),
    ...fields,
  })
  .openapi('RegisterInput')
export type RegisterInput = z.output<typeof registerInput>

/** The type is fixed: a different flag is a new register. */
export const registerUpdate = z
  .strictObject({ version: z.number().int().positive(), ...fields, registeredDate: isoDate.optional() })
  .openapi('RegisterUpdate')

export const deregisterInput = z
  .strictObject({ version: z.number().int().positive(), date: isoDate, reason: text(500) })
  .openapi('Deregistration')

export const deleteInput = z.strictObject({ version: z.number().int().positive().optional() })

export const registerOutput = z
  .object({
    id: z.string(),
    crn: z.string(),
    type: z.enum(REGISTER_TYPE_CODES),
    level: z.string().nullable(),
    category: z.string().nullable(),
    registeredDate: z.string().nullable(),
    nextReviewDate: z.string().nullable(),
    deregisteredDate: z.string().nullable(),
    deregistrationReason: z.string().nullable(),
    notes: z.string().nullable(),
    active: z.boolean(),
    requiresVetting: z.boolean(),
    restricted: z.boolean().openapi({
      description:
        'true when the register needs vetting the caller does not hold: only its type and whether it is active are shown; level, category, notes and dates are null',
    }),
    version: z.number(),
    createdAt: z.string().nullable(),
    updatedAt: z.string().nullable(),
  })
  .openapi('Register')
export type Register = z.output<typeof registerOutput>
