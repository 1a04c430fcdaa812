// Input schemas of the assessment: one answer at a time (autosave), a section confirmed in one click, the
// sentence plan (goals, steps, agreement; reference §5), completion, countersigning, ownership requests.
// Every update carries the version it was based on, so a stale browser tab never overwrites.
import { z } from '../../platform/zod'
import { NEED_SECTIONS, SECTIONS } from './question-set'

const version = z
  .number({ message: 'must be the version you read (a whole number)' })
  .int('must be a whole number')
  .openapi({ description: 'the version of the assessment this change is based on' })
const isoDate = z.iso.date('must be a date as YYYY-MM-DD').openapi({ example: '2026-12-01' })
const text = (max: number) =>
  z
    .string({ message: 'must be text' })
    .trim()
    .min(1, 'cannot be blank')
    .max(max, `must be at most ${max} characters`)
const oneOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { message: `must be one of ${values.join(', ')}` })

export const SETTINGS = ['community', 'custody'] as const
export const GOAL_STATUSES = ['active', 'future', 'achieved', 'removed'] as const
export const STEP_STATUSES = [
  'not_started',
  'in_progress',
  'completed',
  'cannot_be_done_yet',
  'no_longer_needed',
] as const
export const AGREEMENTS = [
  'draft',
  'agreed',
  'do_not_agree',
  'could_not_answer',
  'updated_agreed',
  'updated_do_not_agree',
] as const

export const startInput = z
  .strictObject({
    setting: oneOf(SETTINGS)
      .optional()
      .openapi({ description: 'where the author works; community unless said' }),
  })
  .openapi('AssessmentStart')

export const answerInput = z
  .strictObject({
    version,
    questionId: z
      .string({ message: 'must be a question id' })
      .openapi({ example: 'accommodation.suitability' }),
    value: z
      .string({ message: 'must be text or null' })
      .trim()
      .max(4000, 'must be at most 4000 characters')
      .nullable()
      .openapi({ description: "an option code, or text for text questions; null or '' clears the answer" }),
  })
  .openapi('AssessmentAnswer')

export const sectionAnswersInput = z
  .strictObject({
    version,
    answers: z
      .record(z.string(), z.string().trim().max(4000, 'must be at most 4000 characters').nullable())
      .openapi({ description: "the section's answers by question id; '' or null clears one" }),
  })
  .openapi('AssessmentSectionAnswers')

export const confirmInput = z.strictObject({ version }).openapi('AssessmentVersion')

const step = z.strictObject({
  id: z.string().max(40).optional(),
  description: text(500),
  who: text(100).openapi({ example: 'the person on probation' }),
  when: isoDate,
  status: oneOf(STEP_STATUSES).default('not_started'),
})
const goal = z.strictObject({
  id: z.string().max(40).optional(),
  title: text(300),
  needs: z
    .array(oneOf(NEED_SECTIONS), { message: 'must be a list of need sections' })
    .min(1, 'must link the goal to at least one need'),
  status: oneOf(GOAL_STATUSES).default('active'),
  targetDate: isoDate.nullable().optional(),
  steps: z.array(step).max(20, 'at most 20 steps').default([]),
})
export const planInput = z
  .strictObject({
    version,
    goals: z.array(goal).max(20, 'at most 20 goals'),
    agreement: oneOf(AGREEMENTS).default('draft'),
    agreementNotes: z.string().trim().max(2000).optional(),
  })
  .openapi('SentencePlanInput')
export const planReviewInput = z
  .strictObject({
    version,
    reviewedOn: isoDate,
    notes: text(4000),
    agreement: oneOf(AGREEMENTS),
    goals: z
      .array(z.strictObject({ id: z.string(), status: oneOf(GOAL_STATUSES) }))
      .default([])
      .openapi({ description: 'goal statuses changed at the review' }),
  })
  .openapi('SentencePlanReview')

export const countersignInput = z
  .strictObject({
    version,
    decision: oneOf(['countersign', 'return'] as const),
    note: z.string().trim().max(2000).optional(),
  })
  .openapi('AssessmentCountersign')
export const ownershipRequestInput = z
  .strictObject({ setting: oneOf(SETTINGS), reason: text(2000) })
  .openapi('AssessmentOwnershipRequest')
export const ownershipDecisionInput = z
  .strictObject({
    decision: oneOf(['approve', 'decline', 'withdraw'] as const),
    note: z.string().trim().max(2000).optional(),
  })
  .openapi('AssessmentOwnershipDecision')

export const sectionParam = oneOf(SECTIONS)

export type PlanInput = z.output<typeof planInput>
export type Goal = z.output<typeof goal> & { id: string; steps: (z.output<typeof step> & { id: string })[] }
export interface Plan {
  goals: Goal[]
  agreement: (typeof AGREEMENTS)[number]
  agreementNotes: string | null
  reviews: { id: string; reviewedOn: string; notes: string; agreement: string; by: string }[]
}
