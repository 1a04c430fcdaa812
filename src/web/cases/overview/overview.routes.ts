// GET /cases/{crn}: the case overview. Each part is read through its own service with the signed-in
// actor (each read audited there); an unknown, deleted or merged-away CRN is the 404 page.
import type { Router } from 'express'
import { can } from '../../../modules/access'
import type { Services } from '../../../services'
import type { Renderer } from '../../render'
import { webActorOf } from '../../session'
import { caseHeader } from '../case-header.presenter'
import { crnOf } from '../crn'
import { overviewOf } from './overview.presenter'
import { predictorsOf } from './predictors.presenter'
import { tierOf } from './tier.presenter'

const BANNERS: Record<string, string> = {
  created: 'Person added',
  updated: 'Personal details changed',
  override_proposed: 'Tier override proposed for review',
  override_approved: 'Tier override approved',
  override_rejected: 'Tier override rejected',
}

export function mountOverview(router: Router, services: Services, render: Renderer) {
  router.get('/cases/:crn', async (req, res, next) => {
    const crn = crnOf(req)
    if (!crn) return next()
    const actor = webActorOf(res)
    // The person first: an unknown CRN or a refused role stops here, before anything else is read.
    const person = await services.people.getPerson(actor, crn)
    const [events, registers, progress, predictors, tier] = await Promise.all([
      services.sentences.listEvents(actor, person.crn),
      services.registers.listRegisters(actor, person.crn),
      services.contacts.requirementsProgress(actor, person.crn),
      services.predictors.casePredictors(actor, person.crn),
      services.tiering.currentTier(actor, person.crn),
    ])
    const today = services.clock.today()
    const banner = typeof req.query.banner === 'string' ? BANNERS[req.query.banner] : undefined
    render(res, 200, 'cases/overview/overview.njk', {
      header: caseHeader(person, registers, today),
      canWrite: can(actor, 'person:write'),
      canReviewTier: can(actor, 'tier:review'),
      canAssess: can(actor, 'assessment:write'),
      banner: banner ? { title: banner, crn: person.crn } : null,
      ...overviewOf(person, { events, registers, progress }, today),
      predictors: predictorsOf(predictors),
      tier: tierOf(tier),
    })
  })
}
