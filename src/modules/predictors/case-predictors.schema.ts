// The predictors in the case over the API: the correction a practitioner makes to an input, and the
// shapes returned (for the OpenAPI document; the service returns the same).
import { z } from '../../platform/zod'
import { actuarialOffenceCategories } from './actuarial-categories'
import { ogrs3OffenceCategories } from './ogrs3.coefficients'

const reason = z
  .string()
  .trim()
  .min(1, 'must say why the input is corrected')
  .max(2000, 'must be 2000 characters or fewer')
  .openapi({ description: 'Why: recorded with the correction and shown beside the input' })
const age = z.int('must be a whole number').min(10, 'must be 10 or more').max(120, 'must be 120 or less')
const count = (min: number) => z.int('must be a whole number').min(min, `must be ${min} or more`).max(1000)
const correction = <N extends string, T extends z.ZodType>(input: N, value: T) =>
  z.strictObject({
    input: z.literal(input),
    value: value.nullable().openapi({ description: 'null puts the value the record gives back' }),
    reason,
  })

export const correctionInput = z
  .discriminatedUnion('input', [
    correction('sex', z.enum(['male', 'female'], { message: 'must be male or female' })),
    correction('ageAtStartOfFollowUp', age),
    correction('ageAtCurrentConviction', age),
    correction('ageAtFirstSanction', age),
    correction('totalSanctions', count(1)),
    correction('violentSanctions', count(0)),
    correction('offenceCategory', z.enum(ogrs3OffenceCategories)),
    correction('actuarialOffenceCategory', z.enum(actuarialOffenceCategories)),
    correction('offenceFreeMonths', z.int('must be a whole number').min(-1200).max(1200)),
    correction('contactAdultSanctions', count(0)),
    correction('contactChildSanctions', count(0)),
    correction('indecentImageSanctions', count(0)),
    correction('nonContactSanctions', count(0)),
    correction('ageAtMostRecentSexualSanction', age),
    correction('currentOffenceAgainstStranger', z.boolean()),
  ])
  .openapi('PredictorInputCorrection', {
    description:
      'Replaces one predictor input with a value the practitioner gives, with the reason; recorded, audited and shown',
  })
export type CorrectionInput = z.output<typeof correctionInput>

const caseInput = z.object({
  value: z.unknown().openapi({ description: 'null when the record does not give it' }),
  source: z.string().openapi({ description: 'Where the value came from' }),
  problem: z.object({ code: z.string(), message: z.string() }).optional(),
  correction: z
    .object({ reason: z.string(), by: z.object({ id: z.string(), name: z.string() }), at: z.string() })
    .optional(),
  fromRecord: z.object({ value: z.unknown(), source: z.string() }).optional(),
})

const outcome = z
  .object({
    status: z.enum(['computed', 'needs_input', 'refused', 'needs_assessment']),
    version: z.enum(['static', 'dynamic']).optional(),
    result: z.unknown().optional().openapi({
      description: 'The calculator result with every term, as POST /api/v1/calculators/<name> returns it',
    }),
    assessment: z.string().optional().openapi({ description: 'The assessment a dynamic version weighs' }),
    staticResult: z
      .unknown()
      .optional()
      .openapi({ description: 'Beside a dynamic result: the static version' }),
    dynamicProblems: z
      .array(z.object({ path: z.string(), message: z.string() }))
      .optional()
      .openapi({ description: 'Why the dynamic version could not be computed (the static result stands)' }),
    missing: z.array(z.object({ input: z.string(), message: z.string() })).optional(),
    problems: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
    message: z.string().optional(),
  })
  .openapi('CasePredictorOutcome')

const correctionRecord = z.object({
  id: z.string(),
  input: z.string(),
  value: z.unknown(),
  reason: z.string(),
  by: z.object({ id: z.string(), name: z.string() }),
  at: z.string(),
})

const coefficientSets = z.object({ ogrs3: z.string(), snsv: z.string() })

export const casePredictorsOutput = z
  .object({
    crn: z.string(),
    assessmentDate: z.string().openapi({ description: 'The day the ages and months are counted to' }),
    computedAt: z.string().openapi({ description: 'When these inputs were first scored (the history row)' }),
    inputs: z.record(z.string(), caseInput),
    predictors: z.record(z.string(), outcome),
    dynamic: z.string(),
    assessment: z
      .object({ id: z.string(), label: z.string(), completedOn: z.string() })
      .nullable()
      .openapi({ description: 'The completed assessment the dynamic versions use; null without one' }),
    dynamicInputs: z
      .record(z.string(), z.object({ value: z.unknown(), source: z.string() }))
      .nullable()
      .openapi({
        description: "The assessment's items (and the few the record gives), each with its source",
      }),
    coefficientSets,
    rulesVersion: z.string(),
    corrections: z.array(correctionRecord).openapi({ description: 'Every correction, newest first' }),
  })
  .openapi('CasePredictors')

export const predictorHistoryOutput = z
  .array(
    z.object({
      id: z.string(),
      computedAt: z.string(),
      assessmentDate: z.string(),
      rulesVersion: z.string(),
      coefficientSets,
      inputs: z.record(z.string(), z.object({ value: z.unknown(), corrected: z.boolean().optional() })),
      scores: z.record(z.string(), z.unknown()),
    }),
  )
  .openapi('CasePredictorHistory')
