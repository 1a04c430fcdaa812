// The assessment pages of a case (issue 7): the task list (/cases/{crn}/assessment) with every section's
// status, starting an assessment or a reassessment, the check-and-complete page, countersigning and
// ownership requests. Sections, RoSH and the plan are in section.routes.ts and plan.routes.ts. Pages
// call the assessment service with the signed-in actor, so permissions, hidden cases and audit are
// decided there; a refused change shows the GOV.UK error summary.
import type { Response, Router } from 'express'
import { can } from '../../modules/access'
import { type AssessmentView, QUESTIONS } from '../../modules/assessment'
import { DomainError, ForbiddenError } from '../../platform/errors'
import type { Services } from '../../services'
import { caseHeader } from '../cases/case-header.presenter'
import { crnOf } from '../cases/crn'
import type { Renderer } from '../render'
import { webActorOf } from '../session'
import { checkRows, currentOf, roshRows, taskList } from './assessment.presenter'

export type PageErrors = { text: string; href: string }[]
const BANNERS: Record<string, string> = {
  started: 'Assessment started: answers the record holds are filled in, with their source',
  saved: 'Section saved',
  completed: 'Assessment completed and locked',
  submitted: 'Assessment sent to a senior probation officer for countersignature',
  countersigned: 'Assessment countersigned',
  returned: 'Assessment returned to its author',
  requested: 'Ownership requested: the holder or a manager decides',
  decided: 'Ownership request decided',
}
const PASSED_ON = ['.not_found', 'access.forbidden', 'person.restricted', 'person.merged']

const FIELD_LABELS: Record<string, string> = {
  title: 'Goal',
  needs: 'Needs the goal is linked to',
  description: 'Step',
  who: 'Who will do it',
  when: 'When',
  reason: 'Reason',
  setting: 'Where you work',
  agreement: 'Agreement',
}
/** "Goal: ", or the question's text for an answer, or nothing for the whole record. */
function labelFor(path: string): string {
  if (!path || path.startsWith('sections.')) return ''
  if (path.startsWith('plan.')) return 'Sentence plan: '
  const question = QUESTIONS.find((q) => path === `answers.${q.id}` || path === q.id)
  if (question) return `${question.text}: `
  const label = FIELD_LABELS[path.split('.').pop() ?? '']
  return label ? `${label}: ` : `${path}: `
}

/** Turns a refusal the user can act on into error-summary entries; anything else goes to the handler. */
export function pageErrors(error: unknown, href = '#main-content'): PageErrors {
  if (!(error instanceof DomainError) || PASSED_ON.some((c) => error.code.endsWith(c) || error.code === c))
    throw error
  if (error.code === 'record.stale_version')
    return [
      {
        text: 'Someone changed this assessment after you opened it (perhaps in another tab). Check the answers and try again.',
        href,
      },
    ]
  if (error.details.length === 0) return [{ text: error.message, href }]
  return error.details.map((d) => ({
    text: `${labelFor(d.path)}${d.message}`,
    href: `#${d.path.replaceAll('.', '-')}`,
  }))
}

/** The case, its header and assessments: read through the services (audited there). */
export async function loadCase(services: Services, res: Response, crn: string) {
  const actor = webActorOf(res)
  const person = await services.people.getPerson(actor, crn)
  const list = await services.assessment.listAssessments(actor, crn)
  return { actor, header: caseHeader(person, null, services.clock.today()), list, current: currentOf(list) }
}

/** The assessment a form is about: its hidden id, or else the case's assessment in progress. */
export async function assessmentIdOf(services: Services, res: Response, crn: string, given: unknown) {
  if (typeof given === 'string' && given !== '') return given
  const { current } = await loadCase(services, res, crn)
  if (!current || current.status === 'completed')
    throw new DomainError('assessment.not_found', 'No assessment in progress')
  return current.id
}

export function requireDraft(current: AssessmentView | null): AssessmentView {
  if (current?.status !== 'draft') throw new DomainError('assessment.not_found', 'No assessment in progress')
  return current
}

export function mountAssessment(router: Router, services: Services, render: Renderer) {
  const showTaskList = async (
    res: Response,
    crn: string,
    status = 200,
    errors: PageErrors = [],
    banner?: string,
  ) => {
    const { actor, header, current, list } = await loadCase(services, res, crn)
    render(res, status, 'assessment/task-list.njk', {
      header,
      assessment: current,
      tasks: current ? taskList(current, crn) : null,
      previous: list.filter((a) => a.status === 'completed' && a.id !== current?.id),
      isOwner: current?.owner.id === actor.id,
      canWrite: can(actor, 'assessment:write'),
      canCountersign: can(actor, 'assessment:countersign') && current?.completedBy?.id !== actor.id,
      pending: current?.ownershipRequests.find((r) => r.status === 'pending') ?? null,
      actorId: actor.id,
      banner: banner ? BANNERS[banner] : undefined,
      errors,
      hasErrors: errors.length > 0,
    })
  }
  const act = (
    path: string,
    permission: 'assessment:write' | 'assessment:countersign',
    handler: (crn: string, res: Response, body: Record<string, string>) => Promise<string>,
  ) =>
    router.post(`/cases/:crn/assessment${path}`, async (req, res, next) => {
      const crn = crnOf(req)
      if (!crn) return next()
      if (!can(webActorOf(res), permission)) throw new ForbiddenError()
      try {
        const banner = await handler(crn, res, (req.body ?? {}) as Record<string, string>)
        res.redirect(303, `/cases/${crn}/assessment?banner=${banner}`)
      } catch (error) {
        const errors = pageErrors(error)
        await showTaskList(
          res,
          crn,
          error instanceof DomainError && error.code === 'validation.failed' ? 400 : 422,
          errors,
        )
      }
    })

  router.get('/cases/:crn/assessment', async (req, res, next) => {
    const crn = crnOf(req)
    if (!crn) return next()
    await showTaskList(res, crn, 200, [], typeof req.query.banner === 'string' ? req.query.banner : undefined)
  })

  act('', 'assessment:write', async (crn, res, body) => {
    await services.assessment.startAssessment(
      webActorOf(res),
      crn,
      body.setting ? { setting: body.setting } : {},
    )
    return 'started'
  })
  act('/countersign', 'assessment:countersign', async (crn, res, body) => {
    const decision = body.decision === 'return' ? 'return' : 'countersign'
    const id = await assessmentIdOf(services, res, crn, body.id)
    await services.assessment.countersignAssessment(webActorOf(res), id, {
      version: Number(body.version),
      decision,
      ...(body.note ? { note: body.note } : {}),
    })
    return decision === 'return' ? 'returned' : 'countersigned'
  })
  act('/ownership', 'assessment:write', async (crn, res, body) => {
    const id = await assessmentIdOf(services, res, crn, body.id)
    await services.assessment.requestOwnership(webActorOf(res), id, {
      setting: body.setting,
      reason: body.reason,
    })
    return 'requested'
  })
  act('/ownership/decision', 'assessment:write', async (crn, res, body) => {
    const id = await assessmentIdOf(services, res, crn, body.id)
    await services.assessment.decideOwnership(webActorOf(res), id, { decision: body.decision })
    return 'decided'
  })

  router.get('/cases/:crn/assessment/complete', async (req, res, next) => {
    const crn = crnOf(req)
    if (!crn) return next()
    await showCheck(res, crn)
  })
  const showCheck = async (res: Response, crn: string, status = 200, errors: PageErrors = []) => {
    const { header, current } = await loadCase(services, res, crn)
    const a = requireDraft(current)
    render(res, status, 'assessment/complete.njk', {
      header,
      assessment: a,
      needs: checkRows(a),
      rosh: roshRows(a),
      errors,
      hasErrors: errors.length > 0,
    })
  }
  router.post('/cases/:crn/assessment/complete', async (req, res, next) => {
    const crn = crnOf(req)
    if (!crn) return next()
    const actor = webActorOf(res)
    if (!can(actor, 'assessment:write')) throw new ForbiddenError()
    const body = (req.body ?? {}) as Record<string, string>
    try {
      const id = await assessmentIdOf(services, res, crn, body.id)
      const done = await services.assessment.completeAssessment(actor, id, {
        version: Number(body.version),
      })
      res.redirect(
        303,
        `/cases/${crn}/assessment?banner=${done.status === 'completed' ? 'completed' : 'submitted'}`,
      )
    } catch (error) {
      await showCheck(res, crn, 422, pageErrors(error))
    }
  })
}
