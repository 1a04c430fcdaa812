// /admin/restrictions: a case's restriction list (only these users), exclusion list (never these users)
// and "show as restricted". Administrators manage the lists of every case, including cases the lists
// keep them out of, so the page names the case by CRN only. The access service validates the usernames
// and audits each list that changed.
import type { Response, Router } from 'express'
import type { CaseRestrictions } from '../../modules/access'
import type { Services } from '../../services'
import { crnOf } from '../cases/crn'
import { type FormProblems, NO_PROBLEMS, problemsOf, requirePage, textFields } from '../forms'
import type { Renderer } from '../render'
import { webActorOf } from '../session'

const LABELS: Record<string, string> = {
  restrictedTo: 'Restriction list',
  excluded: 'Exclusion list',
  showAsRestricted: 'Show as restricted',
}

/** One username a line (or separated by commas or spaces), blanks dropped. */
const names = (text: string) => text.split(/[\s,]+/).filter(Boolean)

export function mountRestrictionsAdmin(router: Router, services: Services, render: Renderer) {
  const show = (
    res: Response,
    status: number,
    page: {
      crn: string
      values: { restrictedTo: string; excluded: string; showAsRestricted: boolean }
      problems: FormProblems
      saved?: boolean
    },
  ) =>
    render(res, status, 'admin/restrictions.njk', {
      ...page,
      ...page.problems,
      hasErrors: page.problems.errors.length > 0,
    })

  router.get('/admin/restrictions', (req, res) => {
    requirePage(res, 'case:restrict')
    const asked = typeof req.query.crn === 'string' ? req.query.crn.trim().toUpperCase() : ''
    if (/^[A-Z]\d{6}$/.test(asked)) return res.redirect(303, `/admin/restrictions/${asked}`)
    const problems = asked
      ? {
          errors: [{ text: 'Enter a CRN, like A123456', href: '#crn' }],
          fieldErrors: { crn: { text: 'Enter a CRN, like A123456' } },
        }
      : NO_PROBLEMS
    render(res, asked ? 400 : 200, 'admin/restrictions-find.njk', {
      crn: asked,
      ...problems,
      hasErrors: Boolean(asked),
    })
  })

  router.get('/admin/restrictions/:crn', async (req, res, next) => {
    const crn = crnOf(req)
    if (!crn) return next()
    requirePage(res, 'case:restrict')
    const lists: CaseRestrictions = await services.restrictions.getCaseRestrictions(webActorOf(res), crn)
    show(res, 200, {
      crn: lists.crn,
      values: {
        restrictedTo: lists.restrictedTo.join('\n'),
        excluded: lists.excluded.join('\n'),
        showAsRestricted: lists.showAsRestricted,
      },
      problems: NO_PROBLEMS,
      saved: req.query.saved === '1',
    })
  })

  router.post('/admin/restrictions/:crn', async (req, res, next) => {
    const crn = crnOf(req)
    if (!crn) return next()
    requirePage(res, 'case:restrict')
    const form = textFields(req.body, ['restrictedTo', 'excluded', 'showAsRestricted'])
    const values = { ...form, showAsRestricted: form.showAsRestricted === 'yes' }
    try {
      await services.restrictions.setCaseRestrictions(webActorOf(res), crn, {
        restrictedTo: names(form.restrictedTo),
        excluded: names(form.excluded),
        showAsRestricted: values.showAsRestricted,
      })
      return res.redirect(303, `/admin/restrictions/${crn}?saved=1`)
    } catch (error) {
      return show(res, 400, { crn, values, problems: problemsOf(error, LABELS) })
    }
  })
}
