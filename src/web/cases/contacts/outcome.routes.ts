// Recording an outcome on one page (/cases/{crn}/contacts/{id}/outcome): the outcome, its absence
// reason, notes and the sensitive flag, and the enforcement decision a failure calls for, shown from
// the policy with its reasons, all saved by one submission in one transaction.
import type { Response, Router } from 'express'
import type { OutcomePreview } from '../../../modules/enforcement'
import { DomainError } from '../../../platform/errors'
import type { Services } from '../../../services'
import type { Renderer } from '../../render'
import { formatDate } from '../format'
import { type CasePage, casePage, formBody } from './case-page'
import { DONE_LABELS } from './contacts.presenter'
import { problemsOf } from './contacts.routes'
import { type FormProblems, NO_PROBLEMS } from './form-problems'
import {
  OUTCOME_LABELS,
  type OutcomeValues,
  outcomeForm,
  outcomeInputOf,
  outcomeValues,
} from './outcome.presenter'

export function mountOutcomePage(router: Router, services: Services, render: Renderer) {
  const previewOf = async (page: CasePage, id: string) => {
    const preview = await services.enforcement.previewOutcome(page.actor, id)
    if (preview.contact.crn !== page.crn)
      throw new DomainError('contact.not_found', `No contact ${id} was found`)
    return preview
  }
  const show = (
    res: Response,
    page: CasePage,
    status: number,
    preview: OutcomePreview,
    values: OutcomeValues,
    problems: FormProblems,
  ) =>
    render(res, status, 'cases/contacts/outcome.njk', {
      ...page,
      contact: { ...preview.contact, dateText: formatDate(preview.contact.date) },
      order: preview.order,
      values,
      form: outcomeForm(preview, values),
      ...problems,
      hasErrors: problems.errors.length > 0,
    })

  router.get('/cases/:crn/contacts/:id/outcome', async (req, res, next) => {
    const page = await casePage(services, req, res, { write: true })
    if (!page) return next()
    const preview = await previewOf(page, req.params.id as string)
    show(res, page, 200, preview, outcomeValues(preview), NO_PROBLEMS)
  })

  router.post('/cases/:crn/contacts/:id/outcome', async (req, res, next) => {
    const page = await casePage(services, req, res, { write: true })
    if (!page) return next()
    const id = req.params.id as string
    const body = formBody(req)
    try {
      const done = await services.enforcement.recordOutcomeWithDecision(
        page.actor,
        id,
        outcomeInputOf(outcomeValues({} as OutcomePreview, body), Number(body.version)),
      )
      const a = done.action
      const detail = a
        ? `${DONE_LABELS[a.decision]}${a.responseDueOn ? `, respond by ${formatDate(a.responseDueOn)}` : ''}`
        : 'no enforcement step is called for'
      return res.redirect(
        303,
        `/cases/${page.crn}/contacts?banner=outcome&detail=${encodeURIComponent(detail)}`,
      )
    } catch (error) {
      const preview = await previewOf(page, id)
      const values = outcomeValues(preview, body)
      if (error instanceof DomainError && error.code === 'record.stale_version')
        return show(res, page, 409, preview, values, {
          errors: [
            {
              text: 'Someone else recorded an outcome for this appointment after you opened it. Check it and try again.',
              href: '#outcome',
            },
          ],
          fieldErrors: {},
        })
      show(res, page, 400, preview, values, problemsOf(error, OUTCOME_LABELS))
    }
  })
}
