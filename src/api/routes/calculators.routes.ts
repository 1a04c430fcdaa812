import { calculators, findCalculator } from '../../calculators'
import { requirePermission } from '../../modules/access'
import { runCalculator } from '../../platform/calculator'
import { z } from '../../platform/zod'
import { type ApiRoutes, actorOf } from '../app'
import { errorResponses, registry } from '../openapi'

export const calculatorRoutes: ApiRoutes = (router) => {
  for (const calculator of calculators) {
    registry.registerPath({
      method: 'post',
      path: `/api/v1/calculators/${calculator.name}`,
      summary: calculator.summary,
      tags: ['calculators'],
      request: {
        body: {
          content: { 'application/json': { schema: z.union([calculator.input, z.array(calculator.input)]) } },
        },
      },
      responses: {
        200: {
          description: 'the result, or an array of results in the same order as the inputs',
          content: {
            'application/json': { schema: z.union([calculator.output, z.array(calculator.output)]) },
          },
        },
        ...errorResponses(400, 401, 403, 404),
      },
    })
  }

  router.post('/calculators/:name', (req, res) => {
    requirePermission(actorOf(res), 'calculator:use')
    res.json(runCalculator(findCalculator(String(req.params.name)), req.body))
  })
}
