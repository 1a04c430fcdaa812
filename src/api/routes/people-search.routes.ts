// Finding a person and joining two records of one person over HTTP: the search (registered before
// /people/{crn}, which would otherwise take "search" for a CRN), merge and its undoing.
import {
  mergeInput,
  personRecord,
  searchParams,
  searchResults,
  unmergeInput,
  unmergeResult,
} from '../../modules/people'
import { z } from '../../platform/zod'
import { type ApiRoutes, actorOf } from '../app'
import { crnParams, errorResponses, json, registry } from '../openapi'

registry.registerPath({
  method: 'get',
  path: '/api/v1/people/search',
  summary:
    'Find people by any combination of names (any order), date of birth, identifiers and postcode, or one free-text q; best first, each with a score 0..1 and its reasons',
  tags: ['people'],
  request: { query: searchParams },
  responses: {
    200: { description: 'the people found', ...json(searchResults) },
    ...errorResponses(400, 401, 403),
  },
})
registry.registerPath({
  method: 'post',
  path: '/api/v1/people/{crn}/merge',
  summary:
    'Merge the record `from` into this one: its name becomes an alias, its lists, events and registers come over, and its CRN then says where it went',
  tags: ['people'],
  request: { params: crnParams, body: json(mergeInput) },
  responses: {
    200: { description: 'the surviving record after the merge', ...json(personRecord) },
    ...errorResponses(400, 401, 403, 404, 409, 422),
  },
})
registry.registerPath({
  method: 'post',
  path: '/api/v1/people/{crn}/unmerge',
  summary: 'Undo the merge that took this (old) CRN into another record: both records as they were',
  tags: ['people'],
  request: { params: crnParams, body: json(unmergeInput) },
  responses: {
    200: { description: 'both records after the undo', ...json(unmergeResult) },
    ...errorResponses(400, 401, 403, 404, 422),
  },
})

export const peopleSearchRoutes: ApiRoutes = (router, { people }) => {
  router.get('/people/search', async (req, res) => {
    res.json(await people.searchPeople(actorOf(res), req.query))
  })
  router.post('/people/:crn/merge', async (req, res) => {
    res.json(await people.mergePeople(actorOf(res), String(req.params.crn), req.body ?? {}))
  })
  router.post('/people/:crn/unmerge', async (req, res) => {
    res.json(await people.unmergePeople(actorOf(res), String(req.params.crn), req.body ?? {}))
  })
}
