// Every module's API routes, mounted in this order under /api/v1.
import type { ApiRoutes } from './app'
import { calculatorRoutes } from './routes/calculators.routes'

export const apiRoutes: ApiRoutes[] = [calculatorRoutes]
