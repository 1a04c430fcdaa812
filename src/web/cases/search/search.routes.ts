// GET /cases: find a person by name, date of birth, any identifier or postcode, in one box, through
// the people module's search (ranked, with why each matched; the search and each person shown are
// audited there). A CRN typed exactly still lists the match, so the user sees who it is first.
import type { Router } from 'express'
import { can } from '../../../modules/access'
import { DomainError, ForbiddenError } from '../../../platform/errors'
import type { Services } from '../../../services'
import type { Renderer } from '../../render'
import { webActorOf } from '../../session'
import { dateOfBirthText } from '../case-header.presenter'
import { fullName } from '../format'

export function mountSearch(router: Router, services: Services, render: Renderer) {
  router.get('/cases', async (req, res) => {
    const actor = webActorOf(res)
    if (!can(actor, 'person:read')) throw new ForbiddenError()
    const q = typeof req.query.q === 'string' ? req.query.q.trim() : ''
    const page = { q, canWrite: can(actor, 'person:write'), searched: false, results: [] as unknown[] }
    if (!q) return render(res, 200, 'cases/search/search.njk', { ...page, errors: [] })
    try {
      const { results } = await services.people.searchPeople(actor, { q })
      const today = services.clock.today()
      render(res, 200, 'cases/search/search.njk', {
        ...page,
        searched: true,
        errors: [],
        results: results.map((r) => ({
          crn: r.crn,
          name: fullName(r.person),
          dateOfBirth: dateOfBirthText(r.person.dateOfBirth, today),
          pnc: r.person.pnc ?? '',
          postcode: r.person.postcode ?? '',
          score: Math.round(r.score * 100),
          reasons: r.reasons,
        })),
      })
    } catch (error) {
      if (!(error instanceof DomainError && error.code === 'validation.failed')) throw error
      const text = error.details.map((d) => d.message).join('; ')
      render(res, 400, 'cases/search/search.njk', {
        ...page,
        hasErrors: true,
        errors: [{ text: `Search: ${text}`, href: '#q' }],
        error: `Search: ${text}`,
      })
    }
  })
}
