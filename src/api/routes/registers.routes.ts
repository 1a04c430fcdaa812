// Registers (flags on a person) over HTTP. Bodies are validated by the registers module's zod schemas.
import { deregisterInput, registerInput, registerOutput, registerUpdate } from '../../modules/registers'
import { z } from '../../platform/zod'
import { type ApiRoutes, actorOf, type Request } from '../app'
import { crnParams, errorResponses, idParams, json, registry } from '../openapi'

const tags = ['registers']
const register = (description: string) => ({ description, ...json(registerOutput) })
const versionBody = z.strictObject({ version: z.number().int().positive().optional() })
const history = z.array(
  z.object({ action: z.string(), occurredAt: z.string(), data: z.unknown() }).passthrough(),
)

registry.registerPath({
  method: 'post',
  path: '/api/v1/people/{crn}/registers',
  summary: 'Flag a person (RoSH, MAPPA, domestic abuse, complexity factors...)',
  tags,
  request: { params: crnParams, body: json(registerInput) },
  responses: { 201: register('the register'), ...errorResponses(400, 401, 403, 404, 422) },
})
registry.registerPath({
  method: 'get',
  path: '/api/v1/people/{crn}/registers',
  summary: 'A person’s registers, active and de-registered (the read is audited)',
  tags,
  request: { params: crnParams },
  responses: {
    200: { description: 'the registers, newest first', ...json(z.array(registerOutput)) },
    ...errorResponses(401, 403, 404),
  },
})
registry.registerPath({
  method: 'get',
  path: '/api/v1/registers/{id}',
  summary: 'One register (the read is audited)',
  tags,
  request: { params: idParams },
  responses: { 200: register('the register'), ...errorResponses(401, 403, 404) },
})
registry.registerPath({
  method: 'patch',
  path: '/api/v1/registers/{id}',
  summary: 'Change a register (de-register by sending deregisteredDate and deregistrationReason)',
  tags,
  request: { params: idParams, body: json(registerUpdate) },
  responses: { 200: register('the register after the change'), ...errorResponses(400, 401, 403, 404, 409) },
})
registry.registerPath({
  method: 'post',
  path: '/api/v1/registers/{id}/deregister',
  summary: 'End a register on a date, with the reason',
  tags,
  request: { params: idParams, body: json(deregisterInput) },
  responses: {
    200: register('the register, de-registered'),
    ...errorResponses(400, 401, 403, 404, 409, 422),
  },
})
registry.registerPath({
  method: 'delete',
  path: '/api/v1/registers/{id}',
  summary: 'Soft-delete a register entered in error (reversible); a version, if sent, must be current',
  tags,
  request: { params: idParams, body: { ...json(versionBody), required: false } },
  responses: { 200: register('the register as deleted'), ...errorResponses(400, 401, 403, 404, 409) },
})
registry.registerPath({
  method: 'post',
  path: '/api/v1/registers/{id}/restore',
  summary: 'Restore a deleted register',
  tags,
  request: { params: idParams },
  responses: { 200: register('the register restored'), ...errorResponses(401, 403, 404, 422) },
})
registry.registerPath({
  method: 'get',
  path: '/api/v1/registers/{id}/history',
  summary: 'Every change to a register, oldest first, each with the register as it stood afterwards',
  tags,
  request: { params: idParams },
  responses: { 200: { description: 'the changes', ...json(history) }, ...errorResponses(401, 403, 404) },
})

const param = (req: Request, name: string) => String(req.params[name])

export const registerRoutes: ApiRoutes = (router, { registers }) => {
  router.post('/people/:crn/registers', async (req, res) => {
    res.status(201).json(await registers.createRegister(actorOf(res), param(req, 'crn'), req.body))
  })
  router.get('/people/:crn/registers', async (req, res) => {
    res.json(await registers.listRegisters(actorOf(res), param(req, 'crn')))
  })
  router.get('/registers/:id', async (req, res) => {
    res.json(await registers.getRegister(actorOf(res), param(req, 'id')))
  })
  router.patch('/registers/:id', async (req, res) => {
    res.json(await registers.updateRegister(actorOf(res), param(req, 'id'), req.body))
  })
  router.post('/registers/:id/deregister', async (req, res) => {
    res.json(await registers.deregister(actorOf(res), param(req, 'id'), req.body))
  })
  router.delete('/registers/:id', async (req, res) => {
    res.json(await registers.deleteRegister(actorOf(res), param(req, 'id'), req.body ?? {}))
  })
  router.post('/registers/:id/restore', async (req, res) => {
    res.json(await registers.restoreRegister(actorOf(res), param(req, 'id')))
  })
  router.get('/registers/:id/history', async (req, res) => {
    res.json(await registers.registerHistory(actorOf(res), param(req, 'id')))
  })
}
