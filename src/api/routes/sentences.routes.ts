// Events (convictions) over HTTP: offences, court appearances, the disposal with requirements and
// licence conditions. Bodies are validated by the sentences module's zod schemas, which document them.
import { deleteInput, eventInput, eventOutput, eventUpdate } from '../../modules/sentences'
import { z } from '../../platform/zod'
import { type ApiRoutes, actorOf, type Request } from '../app'
import { crnParams, errorResponses, idParams, json, registry } from '../openapi'

const historyEntry = z
  .object({
    id: z.number(),
    occurredAt: z.string(),
    actor: z.object({ kind: z.string(), id: z.string(), name: z.string() }),
    source: z.string(),
    requestId: z.string().nullable(),
    action: z.string(),
    target: z.object({ type: z.string(), id: z.string(), crn: z.string().nullable() }),
    data: z.unknown().openapi({ description: 'the record as it stood after the change' }),
  })
  .openapi('HistoryEntry')
const tags = ['events']
const event = (description: string) => ({ description, ...json(eventOutput) })

registry.registerPath({
  method: 'post',
  path: '/api/v1/people/{crn}/events',
  summary: 'Record an event (conviction): offences, court appearances and the sentence',
  tags,
  request: { params: crnParams, body: json(eventInput) },
  responses: {
    201: event('the event, numbered after the person’s last'),
    ...errorResponses(400, 401, 403, 404),
  },
})
registry.registerPath({
  method: 'get',
  path: '/api/v1/people/{crn}/events',
  summary: 'A person’s events (the read is audited)',
  tags,
  request: { params: crnParams },
  responses: {
    200: { description: 'the events', ...json(z.array(eventOutput)) },
    ...errorResponses(401, 403, 404),
  },
})
registry.registerPath({
  method: 'get',
  path: '/api/v1/events/{id}',
  summary: 'One event (the read is audited)',
  tags,
  request: { params: idParams },
  responses: { 200: event('the event'), ...errorResponses(401, 403, 404) },
})
registry.registerPath({
  method: 'patch',
  path: '/api/v1/events/{id}',
  summary:
    'Change an event: fields left out stay; offences, court appearances or the disposal given replace the old',
  tags,
  request: { params: idParams, body: json(eventUpdate) },
  responses: { 200: event('the event after the change'), ...errorResponses(400, 401, 403, 404, 409) },
})
registry.registerPath({
  method: 'delete',
  path: '/api/v1/events/{id}',
  summary: 'Soft-delete an event (reversible); a version, if sent, must be current',
  tags,
  request: { params: idParams, body: { ...json(deleteInput), required: false } },
  responses: { 200: event('the event as deleted'), ...errorResponses(400, 401, 403, 404, 409) },
})
registry.registerPath({
  method: 'post',
  path: '/api/v1/events/{id}/restore',
  summary: 'Restore a deleted event',
  tags,
  request: { params: idParams },
  responses: { 200: event('the event restored'), ...errorResponses(401, 403, 404, 422) },
})
registry.registerPath({
  method: 'get',
  path: '/api/v1/events/{id}/history',
  summary: 'Every change to an event, oldest first, each with the event as it stood afterwards',
  tags,
  request: { params: idParams },
  responses: {
    200: { description: 'the changes', ...json(z.array(historyEntry)) },
    ...errorResponses(401, 403, 404),
  },
})

const param = (req: Request, name: string) => String(req.params[name])

export const sentenceRoutes: ApiRoutes = (router, { sentences }) => {
  router.post('/people/:crn/events', async (req, res) => {
    res.status(201).json(await sentences.createEvent(actorOf(res), param(req, 'crn'), req.body))
  })
  router.get('/people/:crn/events', async (req, res) => {
    res.json(await sentences.listEvents(actorOf(res), param(req, 'crn')))
  })
  router.get('/events/:id', async (req, res) => {
    res.json(await sentences.getEvent(actorOf(res), param(req, 'id')))
  })
  router.patch('/events/:id', async (req, res) => {
    res.json(await sentences.updateEvent(actorOf(res), param(req, 'id'), req.body))
  })
  router.delete('/events/:id', async (req, res) => {
    res.json(await sentences.deleteEvent(actorOf(res), param(req, 'id'), req.body ?? {}))
  })
  router.post('/events/:id/restore', async (req, res) => {
    res.json(await sentences.restoreEvent(actorOf(res), param(req, 'id')))
  })
  router.get('/events/:id/history', async (req, res) => {
    res.json(await sentences.eventHistory(actorOf(res), param(req, 'id')))
  })
}
