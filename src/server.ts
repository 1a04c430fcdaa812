// The HTTP composition root: request ids, health, the API and the web app, wired in order.
import { randomUUID } from 'node:crypto'
import express, { type Express } from 'express'
import { sql } from 'kysely'
import { createApiRouter } from './api/app'
import { type Config, readConfig } from './platform/config'
import type { Services } from './services'
import { createWebRouter } from './web/app'

export function createApp(
  services: Services,
  config: Pick<Config, 'production' | 'sessionSecret'> & Partial<Pick<Config, 'oidc'>> = readConfig(),
): Express {
  const app = express()
  app.disable('x-powered-by')
  app.set('trust proxy', 'loopback')

  app.use((req, res, next) => {
    const incoming = req.get('x-request-id')
    res.setHeader('x-request-id', incoming && /^[\w-]{1,100}$/.test(incoming) ? incoming : randomUUID())
    next()
  })

  app.get('/health', async (_req, res) => {
    try {
      await sql`select 1`.execute(services.database.db)
      res.json({ status: 'UP', database: services.database.engine })
    } catch {
      res.status(503).json({ status: 'DOWN', database: services.database.engine })
    }
  })

  app.use('/api/v1', createApiRouter(services))
  app.use(
    createWebRouter(services, {
      sessionSecret: config.sessionSecret,
      secureCookies: config.production,
      oidc: config.oidc ?? null,
    }),
  )
  return app
}
