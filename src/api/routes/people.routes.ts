// The person record over HTTP: create, read, update, soft delete, restore and history. Bodies are
// validated by the people module's zod schemas, which also document them here.
import { confirmationSchema, personHistoryEntry, personRecord, personSchemas } from '../../modules/people'
import { z } from '../../platform/zod'
import { type ApiRoutes, actorOf, type Request } from '../app'
import { crnParams, errorResponses, json, registry } from '../openapi'

// The shape of the schemas does not depend on the day they are built for.
const schemas = personSchemas('2000-01-01')
// A create may carry the confirmation that overrides a possible-duplicate warning (DECISIONS 15).
const PersonCreate = schemas.create.extend(confirmationSchema.shape).openapi('PersonCreate')
const PersonUpdate = schemas.update.openapi('PersonUpdate')
const person = (description: string) => ({ description, ...json(personRecord) })

registry.registerPath({
  method: 'post',
  path: '/api/v1/people',
  summary:
    'Create a person; the record is given a CRN. A person who looks like someone already on record is refused ' +
    'with 409 person.possible_duplicate and the candidates, unless confirmDifferentPerson and a reason are sent',
  tags: ['people'],
  request: { body: json(PersonCreate) },
  responses: {
    201: person('the new record, with its CRN and version 1'),
    ...errorResponses(400, 401, 403, 409),
  },
})
registry.registerPath({
  method: 'get',
  path: '/api/v1/people/{crn}',
  summary: "A person's record (the read is audited)",
  tags: ['people'],
  request: { params: crnParams },
  responses: { 200: person('the record'), ...errorResponses(401, 403, 404) },
})
registry.registerPath({
  method: 'patch',
  path: '/api/v1/people/{crn}',
  summary: 'Change a person: fields left out stay as they are; a list given replaces the old one',
  tags: ['people'],
  request: { params: crnParams, body: json(PersonUpdate) },
  responses: { 200: person('the record after the change'), ...errorResponses(400, 401, 403, 404, 409) },
})
registry.registerPath({
  method: 'delete',
  path: '/api/v1/people/{crn}',
  summary: 'Soft-delete a person (reversible); the version goes in the body or in ?version=',
  tags: ['people'],
  request: {
    params: crnParams,
    query: z.object({ version: z.string().optional().openapi({ example: '3' }) }),
    body: { ...json(z.object({ version: z.number().int() })), required: false },
  },
  responses: { 200: person('the record as deleted'), ...errorResponses(400, 401, 403, 404, 409) },
})
registry.registerPath({
  method: 'post',
  path: '/api/v1/people/{crn}/restore',
  summary: 'Restore a deleted person',
  tags: ['people'],
  request: {
    params: crnParams,
    body: { ...json(z.object({ version: z.number().int().optional() })), required: false },
  },
  responses: { 200: person('the record restored'), ...errorResponses(400, 401, 403, 404, 409, 422) },
})
registry.registerPath({
  method: 'get',
  path: '/api/v1/people/{crn}/history',
  summary: 'Every version of a person’s record, oldest first',
  tags: ['people'],
  request: { params: crnParams },
  responses: {
    200: { description: 'the versions', ...json(z.array(personHistoryEntry)) },
    ...errorResponses(401, 403, 404),
  },
})

/** The body, with `?version=` added when given (DELETE bodies are awkward for some clients). */
function withQueryVersion(req: Request): unknown {
  const query = req.query.version
  if (query === undefined) return req.body ?? {}
  const body = req.body && typeof req.body === 'object' && !Array.isArray(req.body) ? req.body : {}
  return { ...body, version: Number(query) }
}

export const peopleRoutes: ApiRoutes = (router, { people }) => {
  router.post('/people', async (req, res) => {
    res.status(201).json(await people.createPerson(actorOf(res), req.body))
  })
  router.get('/people/:crn', async (req, res) => {
    res.json(await people.getPerson(actorOf(res), String(req.params.crn)))
  })
  router.patch('/people/:crn', async (req, res) => {
    res.json(await people.updatePerson(actorOf(res), String(req.params.crn), req.body))
  })
  router.delete('/people/:crn', async (req, res) => {
    res.json(await people.deletePerson(actorOf(res), String(req.params.crn), withQueryVersion(req)))
  })
  router.post('/people/:crn/restore', async (req, res) => {
    res.json(await people.restorePerson(actorOf(res), String(req.params.crn), req.body ?? {}))
  })
  router.get('/people/:crn/history', async (req, res) => {
    res.json(await people.personHistory(actorOf(res), String(req.params.crn)))
  })
}
