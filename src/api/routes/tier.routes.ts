// The tier of a case over HTTP (issue 8, "In the case"): the current tier with both models, its reasons
// and the inputs with their sources; its history; and overrides, proposed by a practitioner and
// approved or rejected by a senior probation officer. Bodies are validated by the tiering module's zod
// schemas, which also document them here.
import { overrideInput, reviewInput } from '../../modules/tiering'
import { z } from '../../platform/zod'
import { type ApiRoutes, actorOf, type Request } from '../app'
import { crnParams, errorResponses, idParams, json, registry } from '../openapi'

const tags = ['tiering']

// Approval takes an optional note, rejection a required one: two shapes, so two names in the document.
const ApproveBody = reviewInput(false).openapi('TierOverrideApproval')
const RejectBody = reviewInput(true).openapi('TierOverrideRejection')

const change = z.object({ field: z.string(), from: z.unknown(), to: z.unknown() })
const TierCalculation = z
  .object({
    id: z.uuid(),
    calculatedAt: z.string().openapi({ description: 'ISO instant' }),
    calculationDate: z.string().openapi({ example: '2026-06-01' }),
    trigger: z.string().openapi({ example: 'register.created' }),
    status: z.enum(['calculated', 'needs_sex']),
    message: z.string().nullable().openapi({ description: 'why no tier was calculated, when needs_sex' }),
    result: z
      .object({
        v2: z.object({ tier: z.string() }).passthrough(),
        v3: z.object({ tier: z.string().nullable() }).passthrough(),
      })
      .nullable()
      .openapi({ description: 'both models with their reasons and steps, as the tier calculator gives' }),
    inputs: z.record(z.string(), z.unknown()).openapi({ description: 'the calculator inputs used' }),
    sources: z
      .record(z.string(), z.unknown())
      .openapi({ description: 'where in the record each input came from' }),
    changes: z
      .array(change)
      .openapi({ description: 'the inputs that changed since the previous calculation' }),
  })
  .openapi('TierCalculation')
const TierOverride = z
  .object({
    id: z.uuid(),
    crn: z.string(),
    model: z.enum(['v2', 'v3']),
    calculationId: z.uuid(),
    calculatedTier: z.string().nullable(),
    proposedTier: z.string(),
    rationale: z.string(),
    status: z.enum(['proposed', 'approved', 'rejected', 'needs_review', 'superseded']),
    proposedBy: z.object({ id: z.string(), name: z.string() }),
    proposedAt: z.string().nullable(),
    reviewedBy: z.object({ id: z.string(), name: z.string().nullable() }).nullable(),
    reviewedAt: z.string().nullable(),
    reviewNote: z.string().nullable(),
    flaggedAt: z.string().nullable(),
    flaggedReason: z.string().nullable(),
  })
  .openapi('TierOverride')
const CurrentTier = TierCalculation.extend({
  crn: z.string(),
  effective: z
    .object({ v2: z.string().nullable(), v3: z.string().nullable() })
    .openapi({ description: 'the tier that stands: an approved override, else the calculated tier' }),
  overrides: z.array(TierOverride).openapi({ description: 'proposed, approved and flagged overrides' }),
}).openapi('CurrentTier')

registry.registerPath({
  method: 'get',
  path: '/api/v1/people/{crn}/tier',
  summary: 'The current tier (both models, reasons, inputs with sources, overrides); recalculated if stale',
  tags,
  request: { params: crnParams },
  responses: {
    200: { description: 'the current tier', ...json(CurrentTier) },
    ...errorResponses(401, 403, 404),
  },
})
registry.registerPath({
  method: 'get',
  path: '/api/v1/people/{crn}/tier/history',
  summary: 'Every tier calculation, newest first, each with what changed and why',
  tags,
  request: { params: crnParams },
  responses: {
    200: { description: 'the calculations', ...json(z.array(TierCalculation)) },
    ...errorResponses(401, 403, 404),
  },
})
registry.registerPath({
  method: 'post',
  path: '/api/v1/people/{crn}/tier/overrides',
  summary: 'Propose another tier for one model, with a rationale; a senior probation officer reviews it',
  tags,
  request: { params: crnParams, body: json(overrideInput) },
  responses: {
    201: { description: 'the proposed override', ...json(TierOverride) },
    ...errorResponses(400, 401, 403, 404, 422),
  },
})
for (const [action, body, description] of [
  [
    'approve',
    ApproveBody,
    'Approve a proposed override (senior probation officer); it stands until an input changes',
  ],
  ['reject', RejectBody, 'Reject a proposed override with a note (senior probation officer)'],
] as const)
  registry.registerPath({
    method: 'post',
    path: `/api/v1/tier-overrides/{id}/${action}`,
    summary: description,
    tags,
    request: { params: idParams, body: { ...json(body), required: action === 'reject' } },
    responses: {
      200: { description: 'the override after review', ...json(TierOverride) },
      ...errorResponses(400, 401, 403, 404, 422),
    },
  })

const TierCount = z.object({ tier: z.string(), count: z.int() })
const TeamTierCounts = z
  .object({
    teamCode: z.string(),
    cases: z.int(),
    v2: z.array(TierCount).openapi({ description: 'protect and change tiers, A3 first' }),
    protect: z.object({ A: z.int(), B: z.int(), C: z.int(), D: z.int() }),
    v3: z.array(TierCount).openapi({ description: 'A to G tiers, A first' }),
    untiered: z.int(),
    reasons: z.array(z.string()),
  })
  .openapi('TeamTierCounts')
registry.registerPath({
  method: 'get',
  path: '/api/v1/teams/{code}/tiers',
  summary: "How many of the team's current cases sit at each tier (the tier in use, overrides included)",
  tags,
  request: { params: z.object({ code: z.string().openapi({ example: 'N07T01' }) }) },
  responses: {
    200: { description: 'the counts, without personal details', ...json(TeamTierCounts) },
    ...errorResponses(401, 403, 404),
  },
})

const param = (req: Request, name: string) => String(req.params[name])

export const tierRoutes: ApiRoutes = (router, { tiering }) => {
  router.get('/people/:crn/tier', async (req, res) => {
    res.json(await tiering.currentTier(actorOf(res), param(req, 'crn')))
  })
  router.get('/teams/:code/tiers', async (req, res) => {
    res.json(await tiering.tierCountsOfTeam(actorOf(res), param(req, 'code')))
  })
  router.get('/people/:crn/tier/history', async (req, res) => {
    res.json(await tiering.tierHistory(actorOf(res), param(req, 'crn')))
  })
  router.post('/people/:crn/tier/overrides', async (req, res) => {
    res.status(201).json(await tiering.proposeOverride(actorOf(res), param(req, 'crn'), req.body ?? {}))
  })
  router.post('/tier-overrides/:id/approve', async (req, res) => {
    res.json(await tiering.approveOverride(actorOf(res), param(req, 'id'), req.body ?? {}))
  })
  router.post('/tier-overrides/:id/reject', async (req, res) => {
    res.json(await tiering.rejectOverride(actorOf(res), param(req, 'id'), req.body ?? {}))
  })
}
