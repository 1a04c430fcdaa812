// Every module's API routes, mounted in this order under /api/v1.
import type { ApiRoutes } from './app'

export const apiRoutes: ApiRoutes[] = []
