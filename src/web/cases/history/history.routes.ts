// GET /cases/{crn}/history: every version of the person's record and what each changed (reading it is
// audited by the people service). GET /cases/{crn}/audit: who has read or changed the case, newest
// first, a page at a time, for managers and administrators (audit:read, checked by the service).
import type { Router } from 'express'
import { can } from '../../../modules/access'
import type { Services } from '../../../services'
import type { Renderer } from '../../render'
import { webActorOf } from '../../session'
import { caseHeader } from '../case-header.presenter'
import { crnOf } from '../crn'
import { historyRows, trailRows } from './history.presenter'

export function mountHistory(router: Router, services: Services, render: Renderer) {
  const headerOf = async (actor: ReturnType<typeof webActorOf>, crn: string) => {
    const person = await services.people.getPerson(actor, crn)
    const registers = await services.registers.listRegisters(actor, person.crn)
    return caseHeader(person, registers, services.clock.today())
  }

  router.get('/cases/:crn/history', async (req, res, next) => {
    const crn = crnOf(req)
    if (!crn) return next()
    const actor = webActorOf(res)
    const header = await headerOf(actor, crn)
    const history = await services.people.personHistory(actor, header.crn)
    render(res, 200, 'cases/history/history.njk', {
      header,
      canWrite: can(actor, 'person:write'),
      canAudit: can(actor, 'audit:read'),
      rows: historyRows(history),
    })
  })

  router.get('/cases/:crn/audit', async (req, res, next) => {
    const crn = crnOf(req)
    if (!crn) return next()
    const actor = webActorOf(res)
    const asked = Number(req.query.page ?? 1)
    // The permission first, so a role without audit:read is refused before the case is read.
    const trail = await services.auditTrail.caseAuditTrail(actor, crn, asked)
    const header = await headerOf(actor, trail.crn)
    const base = `/cases/${trail.crn}/audit`
    render(res, 200, 'cases/history/audit.njk', {
      header,
      canWrite: can(actor, 'person:write'),
      canAudit: true,
      rows: trailRows(trail.entries),
      page: trail.page,
      pagination: {
        previous: trail.page > 1 ? { href: `${base}?page=${trail.page - 1}` } : undefined,
        next: trail.hasNext ? { href: `${base}?page=${trail.page + 1}` } : undefined,
      },
    })
  })
}
