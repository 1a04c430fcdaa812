// The organisation over HTTP: regions, probation delivery units, teams and staff.
import {
  pduInput,
  pduOutput,
  regionInput,
  regionOutput,
  staffInput,
  staffOutput,
  staffUpdate,
  teamInput,
  teamOutput,
} from '../../modules/organisation'
import { z } from '../../platform/zod'
import { type ApiRoutes, actorOf, type Request } from '../app'
import { errorResponses, json, registry } from '../openapi'

const tags = ['organisation']
const codeParams = z.object({ code: z.string().openapi({ example: 'N07T01' }) })
const versionBody = z.strictObject({ version: z.number().int().positive().optional() })

const collections = [
  { path: 'regions', input: regionInput, output: regionOutput, what: 'region', query: undefined },
  {
    path: 'probation-delivery-units',
    input: pduInput,
    output: pduOutput,
    what: 'probation delivery unit (its region must exist)',
    query: z.object({ regionCode: z.string().optional() }),
  },
  {
    path: 'teams',
    input: teamInput,
    output: teamOutput,
    what: 'team (its probation delivery unit must exist)',
    query: z.object({ pduCode: z.string().optional(), regionCode: z.string().optional() }),
  },
  {
    path: 'staff',
    input: staffInput,
    output: staffOutput,
    what: 'member of staff (the team, if given, must exist)',
    query: z.object({ teamCode: z.string().optional() }),
  },
]
for (const c of collections) {
  registry.registerPath({
    method: 'post',
    path: `/api/v1/${c.path}`,
    summary: `Create a ${c.what}`,
    tags,
    request: { body: json(c.input) },
    responses: { 201: { description: 'created', ...json(c.output) }, ...errorResponses(400, 401, 403, 409) },
  })
  registry.registerPath({
    method: 'get',
    path: `/api/v1/${c.path}`,
    summary: `List ${c.path.replace(/-/g, ' ')}`,
    tags,
    request: c.query ? { query: c.query } : {},
    responses: { 200: { description: 'the list', ...json(z.array(c.output)) }, ...errorResponses(401, 403) },
  })
}
const one = (method: 'get' | 'patch' | 'delete' | 'post', path: string, summary: string, extra = {}) =>
  registry.registerPath({
    method,
    path,
    summary,
    tags,
    request: { params: codeParams, ...extra },
    responses: {
      200: {
        description: 'the record',
        ...json(path.startsWith('/api/v1/teams') ? teamOutput : staffOutput),
      },
      ...errorResponses(400, 401, 403, 404, 409),
    },
  })
one('get', '/api/v1/teams/{code}', 'A team with its current staff')
one('get', '/api/v1/staff/{code}', 'A member of staff')
one('patch', '/api/v1/staff/{code}', 'Change a member of staff (send the version you read)', {
  body: json(staffUpdate),
})
one('delete', '/api/v1/staff/{code}', 'Soft-delete a member of staff (reversible)', {
  body: { ...json(versionBody), required: false },
})
one('post', '/api/v1/staff/{code}/restore', 'Restore a deleted member of staff')

const param = (req: Request, name: string) => String(req.params[name])
const query = (req: Request, name: string) =>
  typeof req.query[name] === 'string' ? req.query[name] : undefined

export const organisationRoutes: ApiRoutes = (router, { organisation: org }) => {
  router.post('/regions', async (req, res) => {
    res.status(201).json(await org.createRegion(actorOf(res), req.body))
  })
  router.get('/regions', async (_req, res) => {
    res.json(await org.listRegions(actorOf(res)))
  })
  router.post('/probation-delivery-units', async (req, res) => {
    res.status(201).json(await org.createProbationDeliveryUnit(actorOf(res), req.body))
  })
  router.get('/probation-delivery-units', async (req, res) => {
    res.json(await org.listProbationDeliveryUnits(actorOf(res), { regionCode: query(req, 'regionCode') }))
  })
  router.post('/teams', async (req, res) => {
    res.status(201).json(await org.createTeam(actorOf(res), req.body))
  })
  router.get('/teams', async (req, res) => {
    const filter = { pduCode: query(req, 'pduCode'), regionCode: query(req, 'regionCode') }
    res.json(await org.listTeams(actorOf(res), filter))
  })
  router.get('/teams/:code', async (req, res) => {
    res.json(await org.getTeam(actorOf(res), param(req, 'code')))
  })
  router.post('/staff', async (req, res) => {
    res.status(201).json(await org.createStaff(actorOf(res), req.body))
  })
  router.get('/staff', async (req, res) => {
    res.json(await org.listStaff(actorOf(res), { teamCode: query(req, 'teamCode') }))
  })
  router.get('/staff/:code', async (req, res) => {
    res.json(await org.getStaff(actorOf(res), param(req, 'code')))
  })
  router.patch('/staff/:code', async (req, res) => {
    res.json(await org.updateStaff(actorOf(res), param(req, 'code'), req.body))
  })
  router.delete('/staff/:code', async (req, res) => {
    res.json(await org.deleteStaff(actorOf(res), param(req, 'code'), req.body ?? {}))
  })
  router.post('/staff/:code/restore', async (req, res) => {
    res.json(await org.restoreStaff(actorOf(res), param(req, 'code')))
  })
}
