// Input and output schemas of enforcement decisions and breach packs.
import { z } from '../../platform/zod'
import { outcomeInput } from '../contacts'
import { DECISIONS } from './enforcement.rules'

const isoDate = z.iso.date('must be a date as YYYY-MM-DD').openapi({ example: '2026-06-01' })
const text = (max: number) =>
  z.string().trim().min(1, 'must not be empty').max(max, `must be ${max} characters or fewer`)
const version = z.number({ message: 'must be a whole number' }).int().positive()
const staffCode = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(20)
  .transform((s) => s.toUpperCase())

export const decisionInput = z
  .strictObject({
    eventId: z.uuid('must be an event id'),
    decision: z.enum(DECISIONS, { message: `must be one of ${DECISIONS.join(', ')}` }),
    rationale: text(4000),
    decidedOn: isoDate.optional().openapi({ description: 'defaults to today' }),
    responseDueOn: isoDate
      .optional()
      .openapi({ description: 'a warning’s deadline; defaults to the proposal’s' }),
    contactIds: z
      .array(z.uuid('must be a contact id'))
      .optional()
      .openapi({ description: 'the failures decided on; defaults to those the proposal is about' }),
    staffCode: staffCode
      .optional()
      .openapi({ description: 'the deciding practitioner; defaults to the caller’s' }),
  })
  .openapi('EnforcementDecisionInput')
export type DecisionInput = z.output<typeof decisionInput>

export const breachPackUpdate = z
  .strictObject({
    version,
    statement: text(20000).nullable().optional(),
    practitionerStaffCode: staffCode.nullable().optional(),
    managerStaffCode: staffCode.nullable().optional(),
  })
  .openapi('BreachPackUpdate')

export const overridesQuery = z.strictObject({ since: isoDate.optional() })

export const versionInput = z.strictObject({ version }).openapi('VersionInput')

const failure = z.object({ contactId: z.string(), date: z.string(), outcome: z.string() })
export const proposalOutput = z
  .object({
    eventId: z.string(),
    policyVersion: z.string(),
    action: z.enum([
      'warning_issued',
      'breach_initiated',
      'recall_requested',
      'no_further_action',
      'nothing_to_decide',
    ]),
    route: z.enum(['breach', 'recall']).nullable(),
    period: z
      .object({
        route: z.string(),
        start: z.string().nullable(),
        end: z.string().nullable(),
        reasons: z.array(z.string()),
      })
      .nullable(),
    failures: z.array(failure),
    pending: z.array(failure),
    warning: z.object({ id: z.string(), decidedOn: z.string(), coversUntil: z.string() }).nullable(),
    responseDueOn: z.string().nullable(),
    reasons: z.array(z.string()),
  })
  .openapi('EnforcementProposal')

export const actionOutput = z
  .object({
    id: z.string(),
    crn: z.string(),
    eventId: z.string(),
    decision: z.enum(DECISIONS),
    decidedOn: z.string(),
    responseDueOn: z.string().nullable(),
    contactIds: z.array(z.string()),
    proposedAction: z.string(),
    override: z
      .boolean()
      .openapi({ description: 'the decision differs from the proposal: shown to the SPO' }),
    rationale: z.string(),
    staffCode: z.string().nullable(),
    decidedBy: z.string(),
    policyVersion: z.string(),
    proposal: proposalOutput,
    breachPackId: z.string().nullable(),
    createdAt: z.string(),
  })
  .openapi('EnforcementAction')
export type EnforcementAction = z.output<typeof actionOutput>

export const orderComplianceOutput = z
  .object({
    eventId: z.string(),
    eventNumber: z.number().int(),
    disposalType: z.string().nullable(),
    failuresToComply: z.number().int(),
    acceptableAbsences: z.number().int(),
    warnings: z.array(
      z.object({ id: z.string(), decidedOn: z.string(), responseDueOn: z.string().nullable() }),
    ),
    breachInProgress: z.boolean(),
    proposal: proposalOutput,
  })
  .openapi('OrderCompliance')
export type OrderCompliance = z.output<typeof orderComplianceOutput>

/** An outcome and, when it is a failure to comply the policy must act on, the decision: one submission. */
export const outcomeDecisionInput = z
  .strictObject({
    outcome: outcomeInput,
    decision: z
      .strictObject({
        decision: z.enum(DECISIONS, { message: `must be one of ${DECISIONS.join(', ')}` }),
        rationale: text(4000)
          .optional()
          .openapi({ description: 'required when the decision differs from the proposal' }),
        responseDueOn: isoDate.optional(),
      })
      .optional()
      .openapi({ description: 'ignored when the outcome calls for no decision' }),
  })
  .openapi('OutcomeWithDecision')
