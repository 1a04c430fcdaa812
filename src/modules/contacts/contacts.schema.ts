// Input and output schemas of contacts and appointments. Rules that need the contact type or today's
// date (what an appointment must carry, clashes, outcomes in the future) live in contacts.rules.ts.
import { z } from '../../platform/zod'
import { ABSENCE_REASON_CODES, OUTCOME_CODES } from './contacts.rules'
import { TIER } from './frequency.rules'

const isoDate = z.iso.date('must be a date as YYYY-MM-DD').openapi({ example: '2026-06-08' })
const time = z
  .string()
  .regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, 'must be a time as HH:MM (24-hour)')
  .openapi({ example: '10:00' })
const text = (max: number) =>
  z.string().trim().min(1, 'must not be empty').max(max, `must be ${max} characters or fewer`)
const oneOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { message: `must be one of ${values.join(', ')}` })
const version = z.number({ message: 'must be a whole number' }).int().positive()
const staffCode = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(20)
  .transform((s) => s.toUpperCase())
  .openapi({ example: 'N01A001' })

export const repeatInput = z
  .discriminatedUnion('pattern', [
    z.strictObject({
      pattern: z.enum(['weekly', 'fortnightly']),
      until: isoDate.optional(),
      count: z.number().int().min(1, 'must be at least 1').max(52, 'must be 52 or fewer').optional(),
    }),
    z.strictObject({
      pattern: z.literal('custom'),
      dates: z.array(isoDate).min(1, 'must list at least one date').max(52, 'must list 52 dates or fewer'),
    }),
  ])
  .openapi('Repeat', { description: 'weekly or fortnightly until a date or for a count; or custom dates' })

export const contactInput = z
  .strictObject({
    type: text(40).openapi({
      example: 'office_visit',
      description: 'a contact type code (GET /contact-types)',
    }),
    date: isoDate,
    startTime: time.nullable().optional(),
    endTime: time.nullable().optional(),
    location: text(200).nullable().optional(),
    staffCode: staffCode.optional().openapi({ description: 'the practitioner; defaults to the caller’s' }),
    eventId: z.uuid('must be an event id').nullable().optional(),
    requirementId: z.uuid('must be a requirement id').nullable().optional(),
    notes: text(8000).nullable().optional(),
    sensitive: z.boolean().default(false),
    repeat: repeatInput.optional(),
  })
  .openapi('ContactInput')
export type ContactInput = z.output<typeof contactInput>

export const rescheduleInput = z
  .strictObject({
    version,
    date: isoDate,
    startTime: time,
    endTime: time,
    location: text(200).optional(),
    staffCode: staffCode.optional(),
    reason: text(500),
  })
  .openapi('Reschedule')

export const outcomeInput = z
  .strictObject({
    version,
    outcome: oneOf(OUTCOME_CODES),
    absenceReason: oneOf(ABSENCE_REASON_CODES).nullable().optional(),
    hoursCredited: z
      .number({ message: 'must be a number of hours' })
      .min(0, 'must not be negative')
      .multipleOf(0.25, 'must be in quarter hours')
      .nullable()
      .optional(),
    notes: text(8000).nullable().optional(),
    sensitive: z.boolean().optional(),
  })
  .openapi('Outcome')
export type OutcomeInput = z.output<typeof outcomeInput>

export const contactUpdate = z
  .strictObject({ version, notes: text(8000).nullable().optional(), sensitive: z.boolean().optional() })
  .openapi('ContactUpdate')

export const contactListQuery = z.strictObject({
  from: isoDate.optional(),
  to: isoDate.optional(),
})

const contactTypeOutput = z.object({
  code: z.string(),
  version: z.number().int(),
  label: z.string(),
  appointment: z.boolean(),
  countsTowardsRar: z.boolean(),
  needsOutcome: z.boolean(),
  creditsUnpaidWork: z.boolean(),
})
export const contactTypeListOutput = z.array(contactTypeOutput).openapi('ContactTypes')

export const contactOutput = z
  .object({
    id: z.string(),
    crn: z.string(),
    type: contactTypeOutput,
    date: z.string(),
    startTime: z.string().nullable(),
    endTime: z.string().nullable(),
    location: z.string().nullable(),
    staffCode: z.string(),
    eventId: z.string().nullable(),
    requirementId: z.string().nullable(),
    seriesId: z.string().nullable(),
    status: z.enum(['booked', 'rescheduled', 'cancelled']),
    rescheduledTo: z.string().nullable(),
    rescheduledFrom: z.string().nullable(),
    rescheduleReason: z.string().nullable(),
    outcome: z
      .object({
        code: z.enum(OUTCOME_CODES),
        label: z.string(),
        absenceReason: z.enum(ABSENCE_REASON_CODES).nullable(),
        recordedAt: z.string(),
      })
      .nullable(),
    hoursCredited: z.number().nullable(),
    notes: z.string().nullable(),
    sensitive: z.boolean(),
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('Contact')
export type Contact = z.output<typeof contactOutput>

export const contactDueQuery = z.strictObject({
  // The protect-by-change tier (docs/DECISIONS.md, 19), given by the caller until tiers are stored per case.
  tier: z.string().trim().toUpperCase().regex(TIER, 'must be a protect-by-change tier such as B2 or C1S'),
})
export const awaitingOutcomeQuery = z.strictObject({
  staffCode: z.string().trim().toUpperCase().min(1).max(20).optional(),
})
