// The sentence plan page (/cases/{crn}/assessment/plan): the goals with their linked needs, steps (who
// and when) and statuses; a form to add a goal with its first step, and the person's agreement. Without
// JavaScript each form posts on its own; the plan is written whole through the assessment service.
import type { Response, Router } from 'express'
import { can } from '../../modules/access'
import {
  AGREEMENTS,
  type AssessmentView,
  GOAL_STATUSES,
  NEED_SECTIONS,
  SECTION_DEFINITIONS,
} from '../../modules/assessment'
import { ForbiddenError } from '../../platform/errors'
import type { Services } from '../../services'
import { crnOf } from '../cases/crn'
import { datePartsFrom, readDate } from '../cases/date-parts'
import type { Renderer } from '../render'
import { webActorOf } from '../session'
import { loadCase, type PageErrors, pageErrors, requireDraft } from './assessment.routes'

const AGREEMENT_TEXT: Record<string, string> = {
  draft: 'Not asked yet',
  agreed: 'Agrees with the plan',
  do_not_agree: 'Does not agree with the plan',
  could_not_answer: 'Could not answer',
  updated_agreed: 'Agrees with the updated plan',
  updated_do_not_agree: 'Does not agree with the updated plan',
}
const words = (code: string) => code.replaceAll('_', ' ').replace(/^./, (c) => c.toUpperCase())
type Goals = AssessmentView['plan']['goals']
const asInput = (goals: Goals) => goals.map((g) => ({ ...g, targetDate: g.targetDate ?? null }))

export function mountAssessmentPlan(router: Router, services: Services, render: Renderer) {
  const show = async (
    res: Response,
    crn: string,
    status = 200,
    errors: PageErrors = [],
    typed: Record<string, string> = {},
  ) => {
    const { header, current } = await loadCase(services, res, crn)
    const a = requireDraft(current)
    const withNeed = new Set(
      a.sections.filter((s) => s.need === 'standard' || s.need === 'severe').map((s) => s.id),
    )
    render(res, status, 'assessment/plan.njk', {
      header,
      assessment: a,
      goals: a.plan.goals.map((g) => ({
        ...g,
        statusText: words(g.status),
        needsText: g.needs.map((n) => SECTION_DEFINITIONS[n].title).join(', '),
        steps: g.steps.map((s) => ({ ...s, statusText: words(s.status) })),
      })),
      needItems: NEED_SECTIONS.map((n) => ({
        value: n,
        text: SECTION_DEFINITIONS[n].title,
        hint: withNeed.has(n) ? { text: 'Need identified in this assessment' } : undefined,
        checked: (typed.needs ?? '').split(',').includes(n),
      })),
      agreementItems: AGREEMENTS.filter((x) => x !== 'draft').map((x) => ({
        value: x,
        text: AGREEMENT_TEXT[x],
        checked: a.plan.agreement === x,
      })),
      agreementText: AGREEMENT_TEXT[a.plan.agreement],
      goalStatuses: GOAL_STATUSES,
      typed,
      errors,
      hasErrors: errors.length > 0,
    })
  }
  const write = (
    path: string,
    build: (a: AssessmentView, body: Record<string, string>) => Record<string, unknown>,
  ) =>
    router.post(`/cases/:crn/assessment/plan${path}`, async (req, res, next) => {
      const crn = crnOf(req)
      if (!crn) return next()
      const actor = webActorOf(res)
      if (!can(actor, 'assessment:write')) throw new ForbiddenError()
      const body = (req.body ?? {}) as Record<string, string | string[]>
      const flat = Object.fromEntries(
        Object.entries(body).map(([k, v]) => [k, Array.isArray(v) ? v.join(',') : v]),
      )
      try {
        const { current } = await loadCase(services, res, crn)
        const a = requireDraft(current)
        await services.assessment.savePlan(actor, a.id, { version: Number(flat.version), ...build(a, flat) })
        res.redirect(303, `/cases/${crn}/assessment/plan`)
      } catch (error) {
        const fields: Record<string, string> = {
          'steps-0-description': 'step',
          'steps-0-who': 'who',
          'steps-0-when': 'when-day',
        }
        const errors = pageErrors(error).map((e) => {
          const field = e.href.replace(/^#goals-\d+-/, '').replace(/^#/, '')
          return { ...e, href: `#${fields[field] ?? field}` }
        })
        await show(res, crn, 400, errors, flat)
      }
    })

  router.get('/cases/:crn/assessment/plan', async (req, res, next) => {
    const crn = crnOf(req)
    if (!crn) return next()
    await show(res, crn)
  })

  write('/goals', (a, body) => {
    const when = readDate(datePartsFrom(body, 'when'), 'When')
    return {
      goals: [
        ...asInput(a.plan.goals),
        {
          title: body.title ?? '',
          needs: (body.needs ?? '').split(',').filter(Boolean),
          steps: [
            {
              description: body.step ?? '',
              who: body.who ?? '',
              when: when.status === 'ok' ? when.iso : when.status === 'invalid' ? when.raw : '',
            },
          ],
        },
      ],
      agreement: a.plan.agreement,
    }
  })
  write('/agreement', (a, body) => ({
    goals: asInput(a.plan.goals),
    agreement: body.agreement ?? 'draft',
    ...(body.agreementNotes ? { agreementNotes: body.agreementNotes } : {}),
  }))
}
