// Workload over HTTP (issue 9): a practitioner's figure with its breakdown and history, the what-if,
// reductions, team / delivery unit / region roll-ups, and the versioned reference data.
import {
  courtReportInput,
  REFERENCE_KINDS,
  reductionDelete,
  reductionInput,
  reductionUpdate,
  referenceVersionInput,
  whatIfInput,
} from '../../modules/workload'
import { z } from '../../platform/zod'
import { type ApiRoutes, actorOf, type Request } from '../app'
import { errorResponses, idParams, json, registry } from '../openapi'

const tags = ['workload']
const codeParams = z.object({ code: z.string().openapi({ example: 'N07A001' }) })
const kindParams = z.object({ kind: z.enum(REFERENCE_KINDS) })
const figure = z
  .object({
    staffCode: z.string(),
    name: z.string(),
    grade: z.string(),
    contractedHours: z.number(),
    reductionHours: z.number(),
    caseCount: z.number().int(),
    points: z.number().int(),
    availablePoints: z.number().int(),
    capacityPercent: z.number(),
  })
  .passthrough()
const StaffWorkload = figure
  .extend({
    breakdown: z.array(z.object({ kind: z.string(), label: z.string(), points: z.number() }).passthrough()),
    reasons: z.array(z.string()),
    history: z.array(
      z.object({ date: z.string(), points: z.number(), capacityPercent: z.number() }).passthrough(),
    ),
  })
  .openapi('StaffWorkload')
const UnitWorkload = z
  .object({
    scope: z.enum(['team', 'pdu', 'region']),
    code: z.string(),
    name: z.string(),
    heads: z.number(),
    fte: z.number(),
  })
  .passthrough()
  .openapi('UnitWorkload')
const Reduction = z
  .object({
    id: z.uuid(),
    reasonCode: z.string(),
    status: z.enum(['scheduled', 'active', 'archived']),
    version: z.number(),
  })
  .passthrough()
  .openapi('WorkloadReduction')

const paths: [string, string, string, z.ZodType, z.ZodType?][] = [
  [
    'get',
    '/api/v1/staff/{code}/workload',
    "A practitioner's points, available points, capacity %, breakdown and daily history",
    StaffWorkload,
  ],
  [
    'get',
    '/api/v1/staff/{code}/workload/what-if',
    'Capacity now and after allocating a case of this tier and type',
    figure,
  ],
  [
    'get',
    '/api/v1/staff/{code}/reductions',
    "A practitioner's reductions with their status",
    z.array(Reduction),
  ],
  ['post', '/api/v1/staff/{code}/reductions', 'Add a reduction (managers)', Reduction, reductionInput],
  [
    'get',
    '/api/v1/teams/{code}/workload',
    'Team roll-up: heads, FTE, grade mix, distribution, over 100%/110%, SPO span',
    UnitWorkload,
  ],
  ['get', '/api/v1/probation-delivery-units/{code}/workload', 'Delivery unit roll-up', UnitWorkload],
  ['get', '/api/v1/regions/{code}/workload', 'Region roll-up', UnitWorkload],
]
for (const [method, path, summary, response, body] of paths)
  registry.registerPath({
    method: method as 'get' | 'post',
    path,
    summary,
    tags,
    request: {
      params: codeParams,
      ...(body ? { body: json(body) } : {}),
      ...(path.endsWith('what-if') ? { query: whatIfInput } : {}),
    },
    responses: {
      200: { description: summary, ...json(response) },
      ...errorResponses(400, 401, 403, 404, 422),
    },
  })
registry.registerPath({
  method: 'patch',
  path: '/api/v1/workload-reductions/{id}',
  summary: 'Change a reduction (managers), with its version',
  tags,
  request: { params: idParams, body: json(reductionUpdate) },
  responses: {
    200: { description: 'the reduction', ...json(Reduction) },
    ...errorResponses(400, 401, 403, 404, 409, 422),
  },
})
registry.registerPath({
  method: 'delete',
  path: '/api/v1/workload-reductions/{id}',
  summary: 'Delete a reduction (managers), with its version',
  tags,
  request: { params: idParams, body: json(reductionDelete) },
  responses: { 200: { description: 'deleted' }, ...errorResponses(400, 401, 403, 404, 409) },
})
registry.registerPath({
  method: 'get',
  path: '/api/v1/workload/reference-data',
  summary: 'The workload reference data in force today, or on ?on=YYYY-MM-DD',
  tags,
  responses: { 200: { description: 'the reference data' }, ...errorResponses(401, 403) },
})
registry.registerPath({
  method: 'get',
  path: '/api/v1/workload/reference-data/{kind}',
  summary: 'Every version of one kind of workload reference data, newest first',
  tags,
  request: { params: kindParams },
  responses: { 200: { description: 'the versions' }, ...errorResponses(401, 403, 404) },
})
registry.registerPath({
  method: 'put',
  path: '/api/v1/workload/reference-data/{kind}',
  summary: 'Set a new version of one kind of reference data from an effective date (administrators); audited',
  tags,
  request: { params: kindParams, body: json(referenceVersionInput) },
  responses: { 200: { description: 'the new version' }, ...errorResponses(400, 401, 403, 404) },
})

registry.registerPath({
  method: 'post',
  path: '/api/v1/staff/{code}/court-reports',
  summary:
    'Record a court report a practitioner is writing (managers); it counts for 30 days from the request',
  tags,
  request: { params: codeParams, body: json(courtReportInput) },
  responses: { 201: { description: 'the report' }, ...errorResponses(400, 401, 403, 404) },
})

const param = (req: Request, name: string) => String(req.params[name])

export const workloadRoutes: ApiRoutes = (router, { workload }) => {
  router.get('/staff/:code/workload', async (req, res) => {
    res.json(await workload.staffWorkload(actorOf(res), param(req, 'code')))
  })
  router.get('/staff/:code/workload/what-if', async (req, res) => {
    res.json(await workload.whatIf(actorOf(res), param(req, 'code'), req.query))
  })
  router.get('/staff/:code/reductions', async (req, res) => {
    res.json(await workload.listReductions(actorOf(res), param(req, 'code')))
  })
  router.post('/staff/:code/reductions', async (req, res) => {
    res.status(201).json(await workload.addReduction(actorOf(res), param(req, 'code'), req.body ?? {}))
  })
  router.post('/staff/:code/court-reports', async (req, res) => {
    res.status(201).json(await workload.recordCourtReport(actorOf(res), param(req, 'code'), req.body ?? {}))
  })
  router.patch('/workload-reductions/:id', async (req, res) => {
    res.json(await workload.updateReduction(actorOf(res), param(req, 'id'), req.body ?? {}))
  })
  router.delete('/workload-reductions/:id', async (req, res) => {
    res.json(await workload.deleteReduction(actorOf(res), param(req, 'id'), req.body ?? {}))
  })
  router.get('/teams/:code/workload', async (req, res) => {
    res.json(await workload.teamWorkload(actorOf(res), param(req, 'code')))
  })
  router.get('/probation-delivery-units/:code/workload', async (req, res) => {
    res.json(await workload.pduWorkload(actorOf(res), param(req, 'code')))
  })
  router.get('/regions/:code/workload', async (req, res) => {
    res.json(await workload.regionWorkload(actorOf(res), param(req, 'code')))
  })
  router.get('/workload/reference-data', async (req, res) => {
    const on = typeof req.query.on === 'string' ? req.query.on : undefined
    res.json(await workload.workloadReference(actorOf(res), on))
  })
  router.get('/workload/reference-data/:kind', async (req, res) => {
    res.json(await workload.referenceVersions(actorOf(res), param(req, 'kind')))
  })
  router.put('/workload/reference-data/:kind', async (req, res) => {
    res.json(await workload.setReference(actorOf(res), param(req, 'kind'), req.body ?? {}))
  })
}
