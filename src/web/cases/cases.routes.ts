// The case pages, mounted behind requireSession. Order matters: /cases/new and the search come before
// /cases/:crn. Every read goes through the services with the signed-in actor, so permissions are
// checked and reads audited there; a page only adds a refusal up front where it would otherwise show
// a form the service would refuse.
import type { ErrorRequestHandler, Router } from 'express'
import { DomainError } from '../../platform/errors'
import type { Services } from '../../services'
import type { Renderer } from '../render'
import { mountChronology } from './chronology/chronology.routes'
import { mountContactPages } from './contacts/contacts.routes'
import { mountLetterPages } from './contacts/letters.routes'
import { mountOutcomePage } from './contacts/outcome.routes'
import { mountEnforcementPages } from './enforcement/enforcement.routes'
import { formatDate } from './format'
import { mountHistory } from './history/history.routes'
import { mountOverview } from './overview/overview.routes'
import { mountPersonForms } from './person-form/person-form.routes'
import { mountSearch } from './search/search.routes'
import { mountTierOverride } from './tier/tier-override.routes'

export function mountCases(router: Router, services: Services, render: Renderer) {
  mountSearch(router, services, render)
  mountPersonForms(router, services, render)
  mountOverview(router, services, render)
  mountTierOverride(router, services, render)
  mountChronology(router, services, render)
  mountContactPages(router, services, render)
  mountOutcomePage(router, services, render)
  mountLetterPages(router, services, render)
  mountEnforcementPages(router, services, render)
  mountHistory(router, services, render)
  router.use(mergedRecord(render))
}

/** A CRN merged into another record: the page says where the case is now (the API answers 410). */
function mergedRecord(render: Renderer): ErrorRequestHandler {
  return (error, req, res, next) => {
    if (!(error instanceof DomainError && error.code === 'person.merged')) return next(error)
    const { mergedInto, mergedAt } = error.data as { mergedInto: string; mergedAt: string }
    render(res, 410, 'cases/merged.njk', {
      crn: String(req.params.crn ?? '').toUpperCase(),
      mergedInto,
      mergedOn: formatDate(mergedAt.slice(0, 10)),
    })
  }
}
