// A case's restriction and exclusion lists over HTTP (web issue, "Roles and case access"): read and
// replaced whole by administrators; every change is audited by the access module.
import { caseRestrictions, caseRestrictionsInput } from '../../modules/access'
import { z } from '../../platform/zod'
import type { ApiRoutes } from '../app'
import { actorOf } from '../app'
import { crnParams, errorResponses, json, registry } from '../openapi'

const tags = ['access']

registry.registerPath({
  method: 'get',
  path: '/api/v1/people/{crn}/restrictions',
  summary: "The case's restriction list, exclusion list and show-as-restricted flag (administrators)",
  tags,
  request: { params: crnParams },
  responses: {
    200: { description: 'the lists, by username', ...json(caseRestrictions) },
    ...errorResponses(401, 403, 404),
  },
})
registry.registerPath({
  method: 'put',
  path: '/api/v1/people/{crn}/restrictions',
  summary:
    'Replace the case\'s lists (administrators). Those not allowed get "not found" for the case everywhere, ' +
    'or only its name and "restricted" when showAsRestricted is true',
  tags,
  request: { params: crnParams, body: json(caseRestrictionsInput) },
  responses: {
    200: { description: 'the lists as now stored', ...json(caseRestrictions) },
    ...errorResponses(400, 401, 403, 404),
  },
})

export const restrictionRoutes: ApiRoutes = (router, { restrictions }) => {
  router.get('/people/:crn/restrictions', async (req, res) => {
    res.json(await restrictions.getCaseRestrictions(actorOf(res), String(req.params.crn)))
  })
  router.put('/people/:crn/restrictions', async (req, res) => {
    res.json(await restrictions.setCaseRestrictions(actorOf(res), String(req.params.crn), req.body ?? {}))
  })
}
