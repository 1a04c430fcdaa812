// GET /my-cases: the signed-in practitioner's caseload (their current allocations), each case with its
// tier, its key flags (active registers), when the next contact is due and how many appointments still want an outcome. Every figure
// comes from its own module's service with the signed-in actor, so each read is permission-checked
// and audited there; a case the lists hide from the user is not in the caseload at all.
import type { Router } from 'express'
import { DomainError } from '../../platform/errors'
import type { Services } from '../../services'
import { formatDate } from '../cases/format'
import { registerTag } from '../cases/registers.presenter'
import type { Renderer } from '../render'
import { webActorOf } from '../session'

export function mountMyCases(router: Router, services: Services, render: Renderer) {
  router.get('/my-cases', async (_req, res) => {
    const actor = webActorOf(res)
    const cases = await services.caseload.myCases(actor)
    const awaiting = actor.staffCode
      ? await services.contacts.awaitingOutcome(actor, { staffCode: actor.staffCode })
      : []
    const rows = []
    // One case at a time: the embedded database has one connection, and a caseload is tens of cases.
    for (const c of cases) {
      const tier = await services.tiering.currentTier(actor, c.crn)
      const effective = tier.effective.v2
      const due = effective ? await contactDue(services, actor, c.crn, effective) : null
      const registers = await services.registers.listRegisters(actor, c.crn)
      rows.push({
        crn: c.crn,
        name: c.name,
        dateOfBirth: formatDate(c.dateOfBirth) || 'Not known',
        tier: effective ?? 'Not known',
        flags: registers.filter((r) => r.active).map(registerTag),
        nextDue: due?.nextDue ? formatDate(due.nextDue) : 'None due',
        overdue: due?.overdue ?? false,
        awaitingOutcome: awaiting.filter((a) => a.crn === c.crn).length,
      })
    }
    render(res, 200, 'my-cases/my-cases.njk', { rows, linked: Boolean(actor.staffCode) })
  })
}

/** When the next contact is due; a case with no active order has nothing due (not an error to show). */
async function contactDue(
  services: Services,
  actor: ReturnType<typeof webActorOf>,
  crn: string,
  tier: string,
) {
  try {
    return await services.contacts.contactDue(actor, crn, { tier })
  } catch (error) {
    if (error instanceof DomainError && error.code === 'validation.failed') return null
    throw error
  }
}
