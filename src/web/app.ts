// The web app: GOV.UK Frontend pages rendered on the server with Nunjucks, wired in order. Assets come
// first (no session needed), then the security headers, the form parser, the session and its CSRF
// check, the public sign-in pages, and then deny by default: every other page needs a session.
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import express, { Router } from 'express'
import type { Services } from '../services'
import { mountAdmin } from './admin/admin.routes'
import { mountAllocation } from './allocation/allocation.routes'
import { mountAssessment } from './assessment/assessment.routes'
import { mountAssessmentPlan } from './assessment/plan.routes'
import { mountAssessmentSections } from './assessment/section.routes'
import { mountCases } from './cases/cases.routes'
import { notFound, webErrorHandler } from './errors'
import { mountHome } from './home/home.routes'
import { mountMyCases } from './my-cases/my-cases.routes'
import { createRenderer, govukRoot } from './render'
import { mountRequests } from './requests/requests.routes'
import { securityHeaders } from './security-headers'
import { checkCsrf, loadSession, requireSession, type WebOptions } from './session'
import { mountOidcSignIn } from './sign-in/oidc.routes'
import { mountSignIn } from './sign-in/sign-in.routes'
import { mountTeams } from './teams/teams.routes'
import { mountWorkload } from './workload/workload.routes'

const here = path.dirname(fileURLToPath(import.meta.url))

export type { WebOptions }

export function createWebRouter(services: Services, options: WebOptions): Router {
  const render = createRenderer()
  const router = Router()

  const assets = { maxAge: '1d' }
  router.use('/assets/govuk', express.static(path.join(govukRoot, 'dist/govuk'), assets))
  router.use('/assets/app', express.static(path.join(here, 'assets'), assets))
  router.use('/assets/cases', express.static(path.join(here, 'cases/assets'), assets))
  router.use('/assets/assessment', express.static(path.join(here, 'assessment/assets'), assets))
  router.use('/assets', express.static(path.join(govukRoot, 'dist/govuk/assets'), assets))
  router.use('/assets', (_req, res) => {
    res.status(404).type('text').send('Not found')
  })

  router.use(securityHeaders)
  router.use(express.urlencoded({ extended: false, limit: '100kb', parameterLimit: 200 }))
  router.use(loadSession(services, options))
  router.use(checkCsrf)

  mountSignIn(router, services, render, options)
  mountOidcSignIn(router, services, render, options)

  router.use(requireSession)
  mountHome(router, render)
  mountAssessment(router, services, render)
  mountAssessmentSections(router, services, render)
  mountAssessmentPlan(router, services, render)
  mountCases(router, services, render)
  mountMyCases(router, services, render)
  mountTeams(router, services, render)
  mountAdmin(router, services, render)
  mountRequests(router, services, render)
  mountAllocation(router, services, render)
  mountWorkload(router, services, render)

  router.use(notFound(render))
  router.use(webErrorHandler(render))
  return router
}
