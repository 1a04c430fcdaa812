// Requests between teams over HTTP (issue 10): raise one on a case, list a team's incoming and outgoing
// requests, read one with its evidence and timeline, move it on, and for transfers read the handover
// pack and acknowledge it. Bodies are validated by the requests module's zod schemas, documented here.
import {
  listQuery,
  raiseInput,
  requestKindOutput,
  requestOutput,
  transitionInput,
} from '../../modules/requests'
import { z } from '../../platform/zod'
import { type ApiRoutes, actorOf, type Request } from '../app'
import { crnParams, errorResponses, idParams, json, registry } from '../openapi'

const tags = ['requests']
const link = z.string().nullable()
const HandoverPackOutput = z
  .object({
    requestId: z.string(),
    crn: z.string(),
    personName: z.string(),
    fromTeam: z.object({ code: z.string(), name: z.string() }),
    toTeam: z.object({ code: z.string(), name: z.string() }),
    senderNotes: z.string().nullable(),
    acknowledged: z
      .object({ at: z.string(), by: z.object({ id: z.string(), name: z.string() }).nullable() })
      .nullable(),
    chronology: z.array(z.object({ date: z.string(), kind: z.string(), summary: z.string(), href: link })),
    risks: z.object({
      registers: z.array(
        z.object({
          type: z.string(),
          level: z.string().nullable(),
          since: z.string(),
          nextReviewDate: z.string().nullable(),
          href: link,
        }),
      ),
      rosh: z.string().nullable(),
      tier: z.object({ v2: z.string().nullable(), v3: z.string().nullable() }),
      predictors: z.array(z.object({ name: z.string(), summary: z.string() })),
    }),
    plan: z.array(z.object({ event: z.number(), what: z.string(), href: link })),
    openActions: z.array(z.object({ what: z.string(), href: link })),
    upcoming: z.array(z.object({ date: z.string(), what: z.string(), href: link })),
  })
  .openapi('HandoverPack')

registry.registerPath({
  method: 'get',
  path: '/api/v1/request-kinds',
  summary: 'The kinds of request in force (versioned reference data: label, default deadline, transfer)',
  tags,
  responses: {
    200: { description: 'the kinds', ...json(z.array(requestKindOutput)) },
    ...errorResponses(401, 403),
  },
})
registry.registerPath({
  method: 'post',
  path: '/api/v1/people/{crn}/requests',
  summary: 'Raise a request to another team on this case: reason, evidence, decision-maker, deadline',
  tags,
  request: { params: crnParams, body: json(raiseInput) },
  responses: {
    201: { description: 'the request, raised', ...json(requestOutput) },
    ...errorResponses(400, 401, 403, 404),
  },
})
registry.registerPath({
  method: 'get',
  path: '/api/v1/people/{crn}/requests',
  summary: 'The requests on this case, newest first',
  tags,
  request: { params: crnParams },
  responses: {
    200: { description: 'the requests', ...json(z.array(requestOutput)) },
    ...errorResponses(401, 403, 404),
  },
})
registry.registerPath({
  method: 'get',
  path: '/api/v1/requests',
  summary: "A team's requests: incoming, outgoing or both; by state; overdue flagged (and filterable)",
  tags,
  request: { query: listQuery },
  responses: {
    200: { description: 'the requests, by deadline', ...json(z.array(requestOutput)) },
    ...errorResponses(400, 401, 403),
  },
})
registry.registerPath({
  method: 'get',
  path: '/api/v1/requests/{id}',
  summary: 'One request with its evidence links, state, overdue flag and timeline',
  tags,
  request: { params: idParams },
  responses: {
    200: { description: 'the request', ...json(requestOutput) },
    ...errorResponses(401, 403, 404),
  },
})
const MOVES = [
  ['accept', 'Accept (the named decision-maker or a manager)'],
  ['decline', 'Decline with a reason (the named decision-maker or a manager)'],
  ['complete', 'Mark an accepted request as done; a transfer needs its handover acknowledged first'],
  ['withdraw', 'Withdraw a raised request (whoever raised it)'],
  ['acknowledge', "Acknowledge a transfer's handover (the receiving side)"],
] as const
for (const [action, summary] of MOVES)
  registry.registerPath({
    method: 'post',
    path: `/api/v1/requests/{id}/${action}`,
    summary,
    tags,
    request: { params: idParams, body: json(transitionInput) },
    responses: {
      200: { description: 'the request after the change', ...json(requestOutput) },
      ...errorResponses(400, 401, 403, 404, 409, 422),
    },
  })
registry.registerPath({
  method: 'get',
  path: '/api/v1/requests/{id}/handover',
  summary: "A transfer's handover pack, built from the record: chronology, risks, plan, open actions, dates",
  tags,
  request: { params: idParams },
  responses: {
    200: { description: 'the pack', ...json(HandoverPackOutput) },
    ...errorResponses(401, 403, 404, 422),
  },
})

const param = (req: Request, name: string) => String(req.params[name])

export const requestRoutes: ApiRoutes = (router, { requests }) => {
  router.get('/request-kinds', async (_req, res) => {
    res.json(await requests.requestKinds(actorOf(res)))
  })
  router.post('/people/:crn/requests', async (req, res) => {
    res.status(201).json(await requests.raiseRequest(actorOf(res), param(req, 'crn'), req.body ?? {}))
  })
  router.get('/people/:crn/requests', async (req, res) => {
    res.json(await requests.requestsOfCase(actorOf(res), param(req, 'crn')))
  })
  router.get('/requests', async (req, res) => {
    res.json(await requests.listRequests(actorOf(res), req.query))
  })
  router.get('/requests/:id', async (req, res) => {
    res.json(await requests.getRequest(actorOf(res), param(req, 'id')))
  })
  router.get('/requests/:id/handover', async (req, res) => {
    res.json(await requests.handoverPack(actorOf(res), param(req, 'id')))
  })
  for (const action of ['accept', 'decline', 'complete', 'withdraw'] as const)
    router.post(`/requests/:id/${action}`, async (req, res) => {
      res.json(await requests.moveRequest(actorOf(res), param(req, 'id'), action, req.body ?? {}))
    })
  router.post('/requests/:id/acknowledge', async (req, res) => {
    res.json(await requests.acknowledgeHandover(actorOf(res), param(req, 'id'), req.body ?? {}))
  })
}
