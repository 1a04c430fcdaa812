// Enforcement over HTTP: compliance per order with the proposed next step, the practitioner's decisions,
// overrides for the senior probation officer, breach packs (JSON and printable HTML), and the chronology.
import {
  actionOutput,
  breachPackUpdate,
  chronologyEntry,
  chronologyQuery,
  decisionInput,
  orderComplianceOutput,
  versionInput,
} from '../../modules/enforcement'
import { z } from '../../platform/zod'
import { type ApiRoutes, actorOf, type Request } from '../app'
import { crnParams, errorResponses, idParams, json, registry } from '../openapi'

const tags = ['enforcement']
const packOutput = z
  .object({
    id: z.string(),
    crn: z.string(),
    eventId: z.string(),
    enforcementActionId: z.string(),
    kind: z.enum(['breach', 'recall']),
    status: z.enum(['draft', 'submitted']),
    statement: z.string().nullable(),
    practitionerStaffCode: z.string().nullable(),
    managerStaffCode: z.string().nullable(),
    content: z
      .record(z.string(), z.unknown())
      .openapi({ description: 'the pack as assembled from the record' }),
    missing: z.array(z.object({ path: z.string(), message: z.string() })),
    submittedAt: z.string().nullable(),
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('BreachPack')
const pack = (description: string) => ({ description, ...json(packOutput) })

registry.registerPath({
  method: 'get',
  path: '/api/v1/people/{crn}/compliance',
  summary:
    'Per order: failures to comply counted, acceptable absences, warnings, and the next step proposed with reasons',
  tags,
  request: { params: crnParams },
  responses: {
    200: { description: 'one entry per event', ...json(z.array(orderComplianceOutput)) },
    ...errorResponses(401, 403, 404),
  },
})
registry.registerPath({
  method: 'get',
  path: '/api/v1/people/{crn}/enforcement-actions',
  summary: 'The enforcement decisions recorded on a person, oldest first',
  tags,
  request: { params: crnParams },
  responses: {
    200: { description: 'the decisions', ...json(z.array(actionOutput)) },
    ...errorResponses(401, 403, 404),
  },
})
registry.registerPath({
  method: 'post',
  path: '/api/v1/people/{crn}/enforcement-actions',
  summary:
    'Record a decision with its rationale; a decision against the proposal is an override; a breach or recall opens a draft pack',
  tags,
  request: { params: crnParams, body: json(decisionInput) },
  responses: {
    201: { description: 'the decision', ...json(actionOutput) },
    ...errorResponses(400, 401, 403, 404),
  },
})
registry.registerPath({
  method: 'get',
  path: '/api/v1/enforcement/overrides',
  summary: 'Decisions that went against the proposal, newest first (senior probation officers)',
  tags,
  request: { query: z.object({ since: z.string().optional() }) },
  responses: {
    200: { description: 'the overrides', ...json(z.array(actionOutput)) },
    ...errorResponses(400, 401, 403),
  },
})
registry.registerPath({
  method: 'get',
  path: '/api/v1/breach-packs/{id}',
  summary:
    'A breach or recall pack: assembled from the record while a draft, frozen once submitted; lists what is missing',
  tags,
  request: { params: idParams },
  responses: { 200: pack('the pack'), ...errorResponses(401, 403, 404) },
})
registry.registerPath({
  method: 'get',
  path: '/api/v1/breach-packs/{id}/html',
  summary: 'The pack as printable HTML (the frozen document once submitted)',
  tags,
  request: { params: idParams },
  responses: {
    200: { description: 'the document', content: { 'text/html': { schema: z.string() } } },
    ...errorResponses(401, 403, 404),
  },
})
registry.registerPath({
  method: 'patch',
  path: '/api/v1/breach-packs/{id}',
  summary: 'Add the practitioner’s statement, or name the practitioner or the manager',
  tags,
  request: { params: idParams, body: json(breachPackUpdate) },
  responses: { 200: pack('the pack after the change'), ...errorResponses(400, 401, 403, 404, 409, 422) },
})
registry.registerPath({
  method: 'post',
  path: '/api/v1/breach-packs/{id}/submit',
  summary:
    'Submit the pack: refused with breach.incomplete naming each thing missing; once sent it is frozen',
  tags,
  request: { params: idParams, body: json(versionInput) },
  responses: { 200: pack('the submitted pack'), ...errorResponses(400, 401, 403, 404, 409, 422) },
})
registry.registerPath({
  method: 'get',
  path: '/api/v1/people/{crn}/chronology',
  summary:
    'The chronology of a case, newest first: contacts, outcomes, enforcement, breach packs, registers, events',
  tags,
  request: { params: crnParams, query: chronologyQuery },
  responses: {
    200: { description: 'the entries', ...json(z.array(chronologyEntry)) },
    ...errorResponses(400, 401, 403, 404),
  },
})

const param = (req: Request, name: string) => String(req.params[name])

export const enforcementRoutes: ApiRoutes = (router, { enforcement }) => {
  router.get('/people/:crn/compliance', async (req, res) => {
    res.json(await enforcement.complianceOf(actorOf(res), param(req, 'crn')))
  })
  router.get('/people/:crn/enforcement-actions', async (req, res) => {
    res.json(await enforcement.listActions(actorOf(res), param(req, 'crn')))
  })
  router.post('/people/:crn/enforcement-actions', async (req, res) => {
    res.status(201).json(await enforcement.recordDecision(actorOf(res), param(req, 'crn'), req.body))
  })
  router.get('/enforcement/overrides', async (req, res) => {
    res.json(await enforcement.listOverrides(actorOf(res), req.query))
  })
  router.get('/people/:crn/chronology', async (req, res) => {
    res.json(await enforcement.chronology(actorOf(res), param(req, 'crn'), req.query))
  })
  router.get('/breach-packs/:id', async (req, res) => {
    res.json(await enforcement.getBreachPack(actorOf(res), param(req, 'id')))
  })
  router.get('/breach-packs/:id/html', async (req, res) => {
    res.type('html').send(await enforcement.breachPackHtml(actorOf(res), param(req, 'id')))
  })
  router.patch('/breach-packs/:id', async (req, res) => {
    res.json(await enforcement.updateBreachPack(actorOf(res), param(req, 'id'), req.body))
  })
  router.post('/breach-packs/:id/submit', async (req, res) => {
    res.json(await enforcement.submitBreachPack(actorOf(res), param(req, 'id'), req.body))
  })
}
