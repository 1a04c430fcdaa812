// The web app: GOV.UK Frontend pages rendered on the server with Nunjucks. A placeholder home page
// until the practitioners' web app (sign-in, case pages) lands.
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import express, { Router } from 'express'
import nunjucks from 'nunjucks'
import type { Services } from '../services'

const here = path.dirname(fileURLToPath(import.meta.url))
const govukRoot = path.dirname(fileURLToPath(import.meta.resolve('govuk-frontend/package.json')))

export function createWebRouter(services: Services): Router {
  const env = nunjucks.configure([path.join(here, 'views'), path.join(govukRoot, 'dist')], {
    autoescape: true,
    noCache: false,
  })
  const router = Router()
  router.use('/assets', express.static(path.join(govukRoot, 'dist/govuk/assets'), { maxAge: '1d' }))
  router.use('/assets/govuk', express.static(path.join(govukRoot, 'dist/govuk'), { maxAge: '1d' }))

  router.get('/', (_req, res) => {
    res.send(env.render('home.njk', { engine: services.database.engine }))
  })
  router.use((_req, res) => {
    res.status(404).send(env.render('not-found.njk', {}))
  })
  return router
}
