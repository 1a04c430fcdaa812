// Every module's API routes, mounted in this order under /api/v1.
import type { ApiRoutes } from './app'
import { calculatorRoutes } from './routes/calculators.routes'
import { organisationRoutes } from './routes/organisation.routes'
import { peopleRoutes } from './routes/people.routes'
import { registerRoutes } from './routes/registers.routes'
import { sentenceRoutes } from './routes/sentences.routes'

export const apiRoutes: ApiRoutes[] = [
  calculatorRoutes,
  peopleRoutes,
  organisationRoutes,
  sentenceRoutes,
  registerRoutes,
]
