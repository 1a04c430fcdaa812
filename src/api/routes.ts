// Every module's API routes, mounted in this order under /api/v1.
import type { ApiRoutes } from './app'
import { allocationRoutes } from './routes/allocation.routes'
import { assessmentRoutes } from './routes/assessment.routes'
import { calculatorRoutes } from './routes/calculators.routes'
import { casePredictorRoutes } from './routes/case-predictors.routes'
import { contactRoutes } from './routes/contacts.routes'
import { enforcementRoutes } from './routes/enforcement.routes'
import { organisationRoutes } from './routes/organisation.routes'
import { peopleRoutes } from './routes/people.routes'
import { peopleSearchRoutes } from './routes/people-search.routes'
import { registerRoutes } from './routes/registers.routes'
import { requestRoutes } from './routes/requests.routes'
import { restrictionRoutes } from './routes/restrictions.routes'
import { sentenceRoutes } from './routes/sentences.routes'
import { tierRoutes } from './routes/tier.routes'
import { workloadRoutes } from './routes/workload.routes'

export const apiRoutes: ApiRoutes[] = [
  calculatorRoutes,
  // Before peopleRoutes: /people/search is not a CRN.
  peopleSearchRoutes,
  restrictionRoutes,
  peopleRoutes,
  organisationRoutes,
  sentenceRoutes,
  registerRoutes,
  casePredictorRoutes,
  contactRoutes,
  enforcementRoutes,
  tierRoutes,
  allocationRoutes,
  requestRoutes,
  assessmentRoutes,
  workloadRoutes,
]
