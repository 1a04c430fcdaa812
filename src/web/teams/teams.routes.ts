// The team and "my" views of contacts: appointments awaiting an outcome (days overdue) and cases whose
// expected contact is missed, with counts per practitioner. A case belongs to the team of its current
// allocation, or (not yet allocated) to the practitioner of its latest contact.
import type { Router } from 'express'
import type { CaseloadContacts } from '../../modules/contacts'
import type { Services } from '../../services'
import { formatDate } from '../cases/format'
import type { Renderer } from '../render'
import { webActorOf } from '../session'

function viewOf(v: CaseloadContacts) {
  return {
    counts: v.counts,
    byStaff: Object.entries(v.counts.byStaff)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([code, n]) => [
        { text: code },
        { text: String(n.awaitingOutcome), format: 'numeric' },
        { text: String(n.missedContacts), format: 'numeric' },
      ]),
    awaiting: v.awaitingOutcome.map((a) => ({
      ...a,
      dateText: formatDate(a.date),
      outcomeHref: `/cases/${a.crn}/contacts/${a.contactId}/outcome`,
    })),
    missed: v.missedContacts.map((m) => ({
      ...m,
      dueText: formatDate(m.due.nextDue),
      lastText: m.due.lastContact ? formatDate(m.due.lastContact) : 'None kept yet',
      bookedText: m.due.nextBooked ? formatDate(m.due.nextBooked) : 'Nothing booked',
    })),
    casesWithoutTier: v.casesWithoutTier,
    truncated: v.truncated,
  }
}

export function mountTeams(router: Router, services: Services, render: Renderer) {
  router.get('/teams/:code/contacts', async (req, res) => {
    const actor = webActorOf(res)
    const view = await services.contacts.caseloadContacts(actor, { teamCode: String(req.params.code) })
    const team = await services.organisation.getTeam(actor, String(req.params.code))
    render(res, 200, 'teams/contacts.njk', { title: `${team.name} (${team.code})`, ...viewOf(view) })
  })

  router.get('/my-contacts', async (_req, res) => {
    const actor = webActorOf(res)
    if (!actor.staffCode) {
      // Refused by the service for roles without case access; otherwise there is no caseload to show.
      await services.contacts.caseloadContacts(actor, { teamCode: '-' })
      return render(res, 200, 'teams/contacts.njk', { title: 'My cases', noStaffCode: true })
    }
    const view = await services.contacts.caseloadContacts(actor, { staffCode: actor.staffCode })
    render(res, 200, 'teams/contacts.njk', { title: 'My cases', mine: true, ...viewOf(view) })
  })
}
