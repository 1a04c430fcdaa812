// Requests between teams: what a raiser sends, what a decision sends, the list's filters and the
// request as every door returns it.
import { z } from '../../platform/zod'
import { REQUEST_STATES } from './requests.rules'

export const EVIDENCE_KINDS = ['contact', 'register', 'event', 'document'] as const
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number]

const text = (max: number) =>
  z.string().trim().min(1, 'is required').max(max, `must be ${max} characters or fewer`)
const code = z.string().trim().toUpperCase().min(1, 'is required').max(20, 'must be 20 characters or fewer')

export const evidenceInput = z
  .strictObject({
    kind: z.enum(EVIDENCE_KINDS, { message: `must be one of ${EVIDENCE_KINDS.join(', ')}` }),
    recordId: text(100).openapi({ description: 'the id of the contact, register, event or document' }),
  })
  .openapi('RequestEvidenceInput')

export const raiseInput = z
  .strictObject({
    kind: z
      .string()
      .trim()
      .min(1, 'is required')
      .openapi({ example: 'risk_escalation', description: 'a request kind: GET /request-kinds' }),
    fromTeamCode: code.optional().openapi({ description: "defaults to the raiser's team" }),
    toTeamCode: code,
    reason: text(4000),
    evidence: z.array(evidenceInput).max(50, 'must list 50 records or fewer').default([]),
    decisionMaker: code.openapi({
      description: 'staff code of the named decision-maker',
      example: 'N07A001',
    }),
    deadline: z.iso.date('must be a date as YYYY-MM-DD').optional().openapi({
      description: "defaults to today plus the kind's days (reference data)",
    }),
    senderNotes: text(8000)
      .optional()
      .openapi({ description: 'transfers: the sender’s notes for the receiver' }),
  })
  .openapi('RaiseRequest')
export type RaiseInput = z.output<typeof raiseInput>

export const transitionInput = z
  .strictObject({
    version: z.number({ message: 'is required' }).int(),
    reason: text(4000).optional().openapi({ description: 'required to decline' }),
  })
  .openapi('RequestTransition')

export const DIRECTIONS = ['incoming', 'outgoing', 'both'] as const

export const listQuery = z
  .strictObject({
    team: code.openapi({ description: 'the team whose requests to list', example: 'T1' }),
    direction: z.enum(DIRECTIONS, { message: `must be one of ${DIRECTIONS.join(', ')}` }).default('both'),
    state: z.enum(REQUEST_STATES, { message: `must be one of ${REQUEST_STATES.join(', ')}` }).optional(),
    overdue: z
      .enum(['true', 'false'], { message: 'must be true or false' })
      .transform((v) => v === 'true')
      .optional(),
  })
  .openapi('RequestListQuery')
export type ListQuery = z.output<typeof listQuery>

const who = z.object({ id: z.string(), name: z.string() })

export const requestOutput = z
  .object({
    id: z.string(),
    kind: z.object({ code: z.string(), version: z.number(), label: z.string(), isTransfer: z.boolean() }),
    crn: z.string(),
    personName: z.string(),
    fromTeam: z.object({ code: z.string(), name: z.string() }),
    toTeam: z.object({ code: z.string(), name: z.string() }),
    reason: z.string(),
    evidence: z.array(
      z.object({
        kind: z.enum(EVIDENCE_KINDS),
        recordId: z.string(),
        label: z.string(),
        href: z.string().nullable().openapi({ description: 'the record in the API, when it has an address' }),
      }),
    ),
    decisionMaker: z.object({ staffCode: z.string(), name: z.string() }),
    deadline: z.string(),
    state: z.enum(REQUEST_STATES),
    decisionReason: z.string().nullable(),
    overdue: z.object({ overdue: z.boolean(), reason: z.string(), daysOverdue: z.number() }),
    raisedBy: who.extend({ staffCode: z.string().nullable() }),
    raisedAt: z.string(),
    transfer: z
      .object({
        senderStaffCode: z.string().nullable(),
        senderNotes: z.string().nullable(),
        acknowledgedAt: z.string().nullable(),
        acknowledgedBy: who.nullable(),
      })
      .nullable(),
    timeline: z.array(
      z.object({
        action: z.string(),
        fromState: z.string().nullable(),
        toState: z.string(),
        reason: z.string().nullable(),
        by: who,
        at: z.string(),
      }),
    ),
    version: z.number(),
  })
  .openapi('Request')
export type Request = z.output<typeof requestOutput>

export const requestKindOutput = z
  .object({
    code: z.string(),
    version: z.number(),
    label: z.string(),
    deadlineDays: z.number(),
    isTransfer: z.boolean(),
    senderReadDays: z.number().nullable(),
  })
  .openapi('RequestKind')
export type RequestKind = z.output<typeof requestKindOutput>
