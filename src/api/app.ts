// The JSON API under /api/v1: bearer tokens, the routes of each module, one error handler.
import express, { type Request, type Response, Router } from 'express'
import type { Actor } from '../platform/actor'
import { DomainError, UnauthenticatedError } from '../platform/errors'
import type { Services } from '../services'
import { apiErrorHandler } from './errors'
import { buildOpenApiDocument } from './openapi'
import { apiRoutes } from './routes'

export function createApiRouter(services: Services): Router {
  const router = Router()
  router.use(express.json({ limit: '5mb', strict: false }))

  router.get('/openapi.json', (_req, res) => {
    res.json(buildOpenApiDocument())
  })

  router.use(async (req, res, next) => {
    const header = req.get('authorization') ?? ''
    const match = /^Bearer\s+(\S+)$/i.exec(header)
    if (!match?.[1]) throw new UnauthenticatedError('Send an API token as "Authorization: Bearer <token>"')
    res.locals.actor = await services.access.authenticateToken(match[1], 'api', requestIdOf(res))
    next()
  })

  for (const mount of apiRoutes) mount(router, services)

  router.use((req) => {
    throw new DomainError(
      'route.not_found',
      `There is no API endpoint ${req.method} ${req.baseUrl}${req.path}`,
    )
  })
  router.use(apiErrorHandler)
  return router
}

/** The signed-in caller of an API request (set by the token middleware). */
export function actorOf(res: Response): Actor {
  return res.locals.actor as Actor
}

export function requestIdOf(res: Response): string {
  return String(res.getHeader('x-request-id'))
}

export type ApiRoutes = (router: Router, services: Services) => void
export type { Request, Response }
