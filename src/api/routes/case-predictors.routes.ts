// The predictors of a case over HTTP: the scores computed from the record with every input and its
// source, corrections of inputs with a reason, and the history of scores with the coefficient sets.
import { casePredictorsOutput, correctionInput, predictorHistoryOutput } from '../../modules/predictors'
import { z } from '../../platform/zod'
import { type ApiRoutes, actorOf, type Request } from '../app'
import { crnParams, errorResponses, json, registry } from '../openapi'

const tags = ['predictors']

registry.registerPath({
  method: 'get',
  path: '/api/v1/people/{crn}/predictors',
  summary:
    'The risk predictors of a case, computed from the record: each input with its source, static versions (the read is audited)',
  tags,
  request: { params: crnParams },
  responses: {
    200: { description: 'the predictors and their inputs', ...json(casePredictorsOutput) },
    ...errorResponses(401, 403, 404),
  },
})
registry.registerPath({
  method: 'post',
  path: '/api/v1/people/{crn}/predictors/corrections',
  summary: 'Correct one predictor input with a reason (recorded, audited and shown); answers the new scores',
  tags,
  request: { params: crnParams, body: json(correctionInput) },
  responses: {
    201: { description: 'the predictors after the correction', ...json(casePredictorsOutput) },
    ...errorResponses(400, 401, 403, 404),
  },
})
registry.registerPath({
  method: 'get',
  path: '/api/v1/people/{crn}/predictors/history',
  summary:
    'Every distinct set of inputs scored, newest first, with the coefficient sets used (the read is audited)',
  tags,
  request: { params: crnParams },
  responses: {
    200: { description: 'the history', ...json(predictorHistoryOutput) },
    ...errorResponses(401, 403, 404),
  },
})

const crn = (req: Request) => String(req.params.crn)

export const casePredictorRoutes: ApiRoutes = (router, { predictors }) => {
  router.get('/people/:crn/predictors', async (req, res) => {
    res.json(await predictors.casePredictors(actorOf(res), crn(req)))
  })
  router.post('/people/:crn/predictors/corrections', async (req, res) => {
    res.status(201).json(await predictors.correctInput(actorOf(res), crn(req), req.body))
  })
  router.get('/people/:crn/predictors/history', async (req, res) => {
    res.json(
      (await predictors.predictorHistory(actorOf(res), crn(req))).map(
        ({ personId: _, fingerprint: __, ...row }) => row,
      ),
    )
  })
}
