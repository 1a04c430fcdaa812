// Input schemas of events (convictions): offences, court appearances, the disposal with its
// requirements and licence conditions. Cross-field rules (dates in order, one main offence, what a
// requirement measures) live in sentences.rules.ts, which needs today's date.
import { z } from '../../platform/zod'
import { HOME_OFFICE_CODE, OGRS3_CATEGORIES } from './offence-codes'
import {
  APPEARANCE_TYPES,
  DISPOSAL_TYPES,
  LENGTH_UNITS,
  LICENCE_CONDITION_TYPES,
  REQUIREMENT_TYPE_CODES,
} from './sentences.rules'

const isoDate = z.iso.date('must be a date as YYYY-MM-DD').openapi({ example: '2026-03-10' })
const optionalDate = isoDate.nullable().optional()
const text = (max: number) =>
  z.string().trim().min(1, 'must not be empty').max(max, `must be ${max} characters or fewer`)
const oneOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { message: `must be one of ${values.join(', ')}` })
const whole = (min: number, max: number) =>
  z
    .number({ message: 'must be a whole number' })
    .int('must be a whole number')
    .min(min, `must be between ${min} and ${max}`)
    .max(max, `must be between ${min} and ${max}`)

export const offenceInput = z
  .strictObject({
    main: z.boolean().default(false),
    homeOfficeCode: z
      .string()
      .trim()
      .regex(HOME_OFFICE_CODE, 'must be a Home Office offence code NNN/NN, e.g. 030/01')
      .openapi({ example: '046/00' }),
    description: text(500).optional().openapi({ description: 'filled from the code table when omitted' }),
    offenceDate: optionalDate,
    count: whole(1, 9999).default(1),
    predictorCategory: oneOf(OGRS3_CATEGORIES).nullable().optional(),
  })
  .openapi('OffenceInput')

export const courtAppearanceInput = z
  .strictObject({
    date: isoDate,
    courtName: text(200),
    type: oneOf(APPEARANCE_TYPES),
    outcome: text(500).nullable().optional(),
  })
  .openapi('CourtAppearanceInput')

export const requirementInput = z
  .strictObject({
    type: oneOf(REQUIREMENT_TYPE_CODES),
    rarDays: whole(0, 100000).nullable().optional(),
    unpaidWorkHours: whole(0, 100000).nullable().optional(),
    lengthMonths: whole(0, 100000).nullable().optional(),
    startDate: optionalDate,
    endDate: optionalDate,
    terminatedDate: optionalDate,
    notes: text(2000).nullable().optional(),
  })
  .openapi('RequirementInput')

export const licenceConditionInput = z
  .strictObject({
    type: oneOf(LICENCE_CONDITION_TYPES),
    description: text(2000),
    startDate: optionalDate,
    endDate: optionalDate,
  })
  .openapi('LicenceConditionInput')

export const disposalInput = z
  .strictObject({
    type: oneOf(DISPOSAL_TYPES),
    sentenceDate: isoDate,
    length: z
      .strictObject({ value: whole(1, 100000), unit: oneOf(LENGTH_UNITS) })
      .nullable()
      .optional(),
    expectedEndDate: optionalDate,
    releaseDate: optionalDate,
    licenceEndDate: optionalDate,
    terminatedDate: optionalDate,
    terminationReason: text(500).nullable().optional(),
    requirements: z.array(requirementInput).default([]),
    licenceConditions: z.array(licenceConditionInput).default([]),
  })
  .openapi('DisposalInput')

const eventFields = {
  convictionDate: optionalDate,
  courtName: text(200).nullable().optional(),
  notes: text(4000).nullable().optional(),
  offences: z.array(offenceInput).min(1, 'must list at least one offence'),
  courtAppearances: z.array(courtAppearanceInput).default([]),
  disposal: disposalInput.nullable().optional(),
}

export const eventInput = z.strictObject(eventFields).openapi('EventInput')
export type EventInput = z.output<typeof eventInput>
export type OffenceInput = z.output<typeof offenceInput>
export type DisposalInput = z.output<typeof disposalInput>
export type RequirementInput = z.output<typeof requirementInput>

/** Fields given replace the stored ones; the lists (offences, appearances, the disposal) replace whole. */
export const eventUpdate = z
  .strictObject({
    version: z.number().int().positive(),
    convictionDate: eventFields.convictionDate,
    courtName: eventFields.courtName,
    notes: eventFields.notes,
    offences: eventFields.offences.optional(),
    courtAppearances: z.array(courtAppearanceInput).optional(),
    disposal: eventFields.disposal,
  })
  .openapi('EventUpdate')

export const deleteInput = z
  .strictObject({ version: z.number().int().positive().optional() })
  .openapi('DeleteInput')

// Output shape, for the OpenAPI document (the service returns sentences.present.ts's Event).
const nullableDate = z.string().nullable()
export const eventOutput = z
  .object({
    id: z.string(),
    crn: z.string(),
    eventNumber: z.number().int(),
    version: z.number().int(),
    convictionDate: nullableDate,
    courtName: z.string().nullable(),
    notes: z.string().nullable(),
    offences: z.array(
      z.object({
        id: z.string(),
        main: z.boolean(),
        homeOfficeCode: z.string(),
        description: z.string(),
        offenceDate: nullableDate,
        count: z.number().int(),
        predictorCategory: z.string().nullable(),
      }),
    ),
    courtAppearances: z.array(
      z.object({
        id: z.string(),
        date: z.string(),
        courtName: z.string(),
        type: z.string(),
        outcome: z.string().nullable(),
      }),
    ),
    disposal: z
      .object({
        id: z.string(),
        type: z.string(),
        sentenceDate: nullableDate,
        length: z.object({ value: z.number().int(), unit: z.string() }).nullable(),
        expectedEndDate: nullableDate,
        releaseDate: nullableDate,
        licenceEndDate: nullableDate,
        terminatedDate: nullableDate,
        terminationReason: z.string().nullable(),
        requirements: z.array(
          z.object({
            id: z.string(),
            type: z.string(),
            restrictive: z
              .boolean()
              .openapi({ description: 'derived from the type (docs/DECISIONS.md, 14)' }),
            rarDays: z.number().int().nullable(),
            unpaidWorkHours: z.number().int().nullable(),
            lengthMonths: z.number().int().nullable(),
            startDate: nullableDate,
            endDate: nullableDate,
            terminatedDate: nullableDate,
            notes: z.string().nullable(),
          }),
        ),
        licenceConditions: z.array(
          z.object({
            id: z.string(),
            type: z.string(),
            description: z.string(),
            startDate: nullableDate,
            endDate: nullableDate,
          }),
        ),
      })
      .nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('Event')
