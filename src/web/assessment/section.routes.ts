// A section of the assessment (/cases/{crn}/assessment/sections/{section}), the RoSH section included:
// its questions with pre-filled values and their source, "still true" or changed on a reassessment, a
// Save button that saves the whole section (no JavaScript needed), "confirm all as still true" in one
// click, and the autosave endpoint the page's small script posts one answer to as the practitioner types.
import type { Response, Router } from 'express'
import { can } from '../../modules/access'
import { questionsOf, SECTIONS, type SectionId } from '../../modules/assessment'
import { DomainError, ForbiddenError } from '../../platform/errors'
import type { Services } from '../../services'
import { crnOf } from '../cases/crn'
import type { Renderer } from '../render'
import { webActorOf } from '../session'
import { labelOf, sectionFields, sectionTitle } from './assessment.presenter'
import { assessmentIdOf, loadCase, type PageErrors, pageErrors, requireDraft } from './assessment.routes'

const sectionOf = (raw: unknown): SectionId | null =>
  SECTIONS.includes(raw as SectionId) ? (raw as SectionId) : null
const requireWrite = (res: Response) => {
  if (!can(webActorOf(res), 'assessment:write')) throw new ForbiddenError()
}

export function mountAssessmentSections(router: Router, services: Services, render: Renderer) {
  const show = async (
    res: Response,
    crn: string,
    section: SectionId,
    status = 200,
    errors: PageErrors = [],
    problems: { path: string; message: string }[] = [],
    typed: Record<string, string> = {},
  ) => {
    const { header, current } = await loadCase(services, res, crn)
    const a = requireDraft(current)
    const fields = sectionFields(a, section, problems, typed)
    const index = SECTIONS.indexOf(section)
    render(res, status, 'assessment/section.njk', {
      header,
      assessment: a,
      section,
      title: sectionTitle(section),
      fields,
      canConfirm:
        fields.some((f) => f.hint && f.value) &&
        a.sections.find((s) => s.id === section)?.status !== 'completed',
      reassessment: a.previousId !== null,
      next: SECTIONS[index + 1] ?? null,
      rosh: section === 'rosh' ? { highest: a.rosh.highest ? labelOf(a.rosh.highest) : null } : null,
      errors,
      hasErrors: errors.length > 0,
    })
  }

  router.get('/cases/:crn/assessment/sections/:section', async (req, res, next) => {
    const crn = crnOf(req)
    const section = sectionOf(req.params.section)
    if (!crn || !section) return next()
    await show(res, crn, section)
  })

  router.post('/cases/:crn/assessment/sections/:section', async (req, res, next) => {
    const crn = crnOf(req)
    const section = sectionOf(req.params.section)
    if (!crn || !section) return next()
    requireWrite(res)
    const body = (req.body ?? {}) as Record<string, string>
    const answers = Object.fromEntries(
      questionsOf(section)
        .filter((q) => typeof body[q.id] === 'string')
        .map((q) => [q.id, String(body[q.id])]),
    )
    try {
      await services.assessment.saveSection(
        webActorOf(res),
        await assessmentIdOf(services, res, crn, body.id),
        section,
        {
          version: Number(body.version),
          answers,
        },
      )
      const after = body.after === 'next' && SECTIONS[SECTIONS.indexOf(section) + 1]
      res.redirect(
        303,
        after ? `/cases/${crn}/assessment/sections/${after}` : `/cases/${crn}/assessment?banner=saved`,
      )
    } catch (error) {
      const problems = error instanceof DomainError ? error.details : []
      await show(
        res,
        crn,
        section,
        error instanceof DomainError && error.code === 'record.stale_version' ? 409 : 400,
        pageErrors(error),
        problems,
        answers,
      )
    }
  })

  router.post('/cases/:crn/assessment/sections/:section/confirm', async (req, res, next) => {
    const crn = crnOf(req)
    const section = sectionOf(req.params.section)
    if (!crn || !section) return next()
    requireWrite(res)
    const body = (req.body ?? {}) as Record<string, string>
    try {
      await services.assessment.confirmSection(
        webActorOf(res),
        await assessmentIdOf(services, res, crn, body.id),
        section,
        {
          version: Number(body.version),
        },
      )
      res.redirect(303, `/cases/${crn}/assessment?banner=saved`)
    } catch (error) {
      await show(res, crn, section, 409, pageErrors(error))
    }
  })

  // The autosave: one answer, answered in JSON for the page's script (src/web/assessment/assets).
  router.post('/cases/:crn/assessment/autosave', async (req, res, next) => {
    const crn = crnOf(req)
    if (!crn) return next()
    requireWrite(res)
    const body = (req.body ?? {}) as Record<string, string>
    try {
      const saved = await services.assessment.answerQuestion(
        webActorOf(res),
        await assessmentIdOf(services, res, crn, body.id),
        {
          version: Number(body.version),
          questionId: body.questionId,
          value: body.value ?? null,
        },
      )
      res.json({ version: saved.version, typedAnswers: saved.typedAnswers })
    } catch (error) {
      if (
        !(error instanceof DomainError) ||
        error.code.endsWith('.not_found') ||
        error.code.startsWith('access.')
      )
        throw error
      const status =
        error.code === 'record.stale_version' ? 409 : error.code === 'validation.failed' ? 400 : 422
      res.status(status).json({ error: { code: error.code, message: error.message, details: error.details } })
    }
  })
}
