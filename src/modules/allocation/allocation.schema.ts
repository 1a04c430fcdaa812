// Input schemas of allocation: the queue's filters, allocating and reallocating a case.
import { z } from '../../platform/zod'
import { QUEUE_SORTS } from './queue.rules'

const text = (max: number) =>
  z.string().trim().min(1, 'must not be empty').max(max, `must be ${max} characters or fewer`)
const code = z.string().trim().min(1, 'must not be empty').max(20, 'must be 20 characters or fewer')

/** Reasons for reallocating a case (reference/hmpps-services.md §3.3). */
export const REALLOCATION_REASONS = [
  'allocated_to_responsible_officer',
  'caseload_adjustment',
  'change_in_tier_or_risk',
  'change_of_address',
  'officer_left',
  'risk_to_staff',
  'transfer_in',
  'probation_reset',
  'other',
] as const
export type ReallocationReason = (typeof REALLOCATION_REASONS)[number]

export const queueQuery = z
  .strictObject({
    regionCode: code.optional(),
    pduCode: code.optional(),
    teamCode: code.optional(),
    sort: z.enum(QUEUE_SORTS, { message: `must be one of ${QUEUE_SORTS.join(', ')}` }).default('tier'),
  })
  .openapi('AllocationQueueQuery')
export type QueueQuery = z.output<typeof queueQuery>

export const firstAppointmentInput = z
  .strictObject({
    date: z.iso.date('must be a date as YYYY-MM-DD'),
    startTime: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time as HH:MM'),
    endTime: z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time as HH:MM')
      .optional(),
    type: z.enum(['office_visit', 'home_visit', 'telephone', 'video']).default('office_visit'),
    location: text(200).nullable().optional(),
  })
  .openapi('FirstAppointment')

const allocationFields = {
  staffCode: code,
  rationale: text(4000).openapi({ description: 'why this practitioner: required' }),
  oversightNote: text(4000).nullable().optional().openapi({ description: 'the SPO oversight note' }),
  oversightSensitive: z.boolean().default(false),
  firstAppointment: firstAppointmentInput.nullable().optional(),
}

export const allocateInput = z.strictObject(allocationFields).openapi('AllocateCase')
export type AllocateInput = z.output<typeof allocateInput>

export const reallocateInput = z
  .strictObject({
    ...allocationFields,
    reason: z.enum(REALLOCATION_REASONS, { message: `must be one of ${REALLOCATION_REASONS.join(', ')}` }),
    /** The version of the current allocation the manager saw: refused if someone changed it since. */
    version: z.number().int('must be a whole number'),
  })
  .openapi('ReallocateCase')
export type ReallocateInput = z.output<typeof reallocateInput>
