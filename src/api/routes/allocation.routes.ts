// Allocation over HTTP (issue 10): the queue by region, delivery unit or team with counts and each
// team's capacity signal; one case with everything known and the ranked practitioners with reasons;
// allocating and reallocating; the signed-in user's notifications. Bodies are the allocation module's
// zod schemas, which also document them here.
import { allocateInput, queueQuery, reallocateInput } from '../../modules/allocation'
import { z } from '../../platform/zod'
import { type ApiRoutes, actorOf, type Request } from '../app'
import { crnParams, errorResponses, json, registry } from '../openapi'

const tags = ['allocation']

const Reason = z.object({
  factor: z.string(),
  effect: z.enum(['blocks', 'plus', 'minus', 'info']),
  text: z.string(),
})
const Recommendation = z
  .object({
    staffCode: z.string(),
    name: z.string(),
    grade: z.string(),
    suitable: z.boolean(),
    needsOversight: z.boolean(),
    previous: z.boolean(),
    capacity: z.object({ before: z.number(), after: z.number() }).nullable(),
    reasons: z.array(Reason),
    rank: z.number().int().nullable(),
  })
  .openapi('AllocationRecommendation')
const QueueEntry = z
  .object({
    id: z.uuid(),
    crn: z.string(),
    name: z.string(),
    reason: z.enum(['sentence', 'transfer', 'release']),
    teamCode: z.string().nullable(),
    pduCode: z.string().nullable(),
    regionCode: z.string().nullable(),
    tier: z.string().nullable(),
    rosh: z.string().nullable(),
    sentenceType: z.string().nullable(),
    sentenceDate: z.string().nullable(),
    daysWaiting: z.number().int(),
  })
  .passthrough()
  .openapi('AllocationQueueEntry')
const Queue = z
  .object({
    total: z.number().int(),
    counts: z.object({ byTier: z.record(z.string(), z.number()), byTeam: z.record(z.string(), z.number()) }),
    teams: z.array(
      z.object({ teamCode: z.string(), capacityPercent: z.number().nullable(), overCapacity: z.boolean() }),
    ),
    entries: z.array(QueueEntry),
  })
  .openapi('AllocationQueue')
const CaseForAllocation = z
  .object({
    crn: z.string(),
    teamCode: z.string().nullable(),
    tier: z.string().nullable(),
    rosh: z.string().nullable(),
    queueEntry: QueueEntry.nullable(),
    current: z
      .object({ staffCode: z.string(), teamCode: z.string(), version: z.number().int() })
      .passthrough()
      .nullable(),
    recommendations: z.array(Recommendation),
  })
  .passthrough()
  .openapi('CaseForAllocation')
const Allocation = z
  .object({
    id: z.uuid(),
    crn: z.string(),
    staffCode: z.string(),
    teamCode: z.string(),
    startedAt: z.string(),
    rationale: z.string(),
    needsOversight: z.boolean(),
    firstAppointment: z
      .object({ id: z.uuid(), date: z.string(), startTime: z.string().nullable() })
      .nullable(),
  })
  .passthrough()
  .openapi('Allocation')
const Notification = z
  .object({
    id: z.uuid(),
    kind: z.string(),
    title: z.string(),
    body: z.string(),
    link: z.string().nullable(),
    createdAt: z.string(),
    read: z.boolean(),
  })
  .openapi('Notification')

registry.registerPath({
  method: 'get',
  path: '/api/v1/allocation/queue',
  summary:
    'Cases waiting for a practitioner, by region, delivery unit or team, sorted, with counts and capacity',
  tags,
  request: { query: queueQuery },
  responses: { 200: { description: 'the queue', ...json(Queue) }, ...errorResponses(400, 401, 403) },
})
registry.registerPath({
  method: 'get',
  path: '/api/v1/people/{crn}/allocation',
  summary:
    'The case as the allocation meeting sees it, with the team’s practitioners ranked and their reasons',
  tags,
  request: { params: crnParams, query: z.object({ teamCode: z.string().optional() }) },
  responses: {
    200: { description: 'the case', ...json(CaseForAllocation) },
    ...errorResponses(401, 403, 404),
  },
})
registry.registerPath({
  method: 'get',
  path: '/api/v1/people/{crn}/allocation/recommendations',
  summary:
    'The team’s practitioners ranked for the case, each with the reasons (workload before and after, grade, vetting...)',
  tags,
  request: { params: crnParams, query: z.object({ teamCode: z.string().optional() }) },
  responses: {
    200: {
      description: 'the ranking',
      ...json(
        z
          .object({
            crn: z.string(),
            teamCode: z.string().nullable(),
            recommendations: z.array(Recommendation),
          })
          .passthrough(),
      ),
    },
    ...errorResponses(401, 403, 404),
  },
})
registry.registerPath({
  method: 'post',
  path: '/api/v1/people/{crn}/allocation',
  summary:
    'Allocate the case: rationale, optional SPO oversight note, the first appointment booked in the same step',
  tags,
  request: { params: crnParams, body: { ...json(allocateInput), required: true } },
  responses: {
    201: { description: 'the allocation', ...json(Allocation) },
    ...errorResponses(400, 401, 403, 404, 409, 422),
  },
})
registry.registerPath({
  method: 'post',
  path: '/api/v1/people/{crn}/allocation/reallocate',
  summary: 'Reallocate the case with a reason: ends the current allocation and starts the new one',
  tags,
  request: { params: crnParams, body: { ...json(reallocateInput), required: true } },
  responses: {
    201: { description: 'the new allocation', ...json(Allocation) },
    ...errorResponses(400, 401, 403, 404, 409, 422),
  },
})
registry.registerPath({
  method: 'get',
  path: '/api/v1/notifications',
  summary: 'The signed-in user’s notifications, newest first',
  tags,
  responses: {
    200: { description: 'notifications', ...json(z.array(Notification)) },
    ...errorResponses(401),
  },
})

const param = (req: Request, name: string) => String(req.params[name])

export const allocationRoutes: ApiRoutes = (router, { allocation }) => {
  router.get('/allocation/queue', async (req, res) => {
    res.json(await allocation.allocationQueue(actorOf(res), req.query))
  })
  router.get('/people/:crn/allocation', async (req, res) => {
    const teamCode = typeof req.query.teamCode === 'string' ? req.query.teamCode : undefined
    res.json(await allocation.caseForAllocation(actorOf(res), param(req, 'crn'), teamCode))
  })
  router.get('/people/:crn/allocation/recommendations', async (req, res) => {
    const teamCode = typeof req.query.teamCode === 'string' ? req.query.teamCode : undefined
    res.json(await allocation.recommendations(actorOf(res), param(req, 'crn'), teamCode))
  })
  router.post('/people/:crn/allocation', async (req, res) => {
    res.status(201).json(await allocation.allocateCase(actorOf(res), param(req, 'crn'), req.body ?? {}))
  })
  router.post('/people/:crn/allocation/reallocate', async (req, res) => {
    res.status(201).json(await allocation.reallocateCase(actorOf(res), param(req, 'crn'), req.body ?? {}))
  })
  router.get('/notifications', async (_req, res) => {
    res.json(await allocation.myNotifications(actorOf(res)))
  })
}
