// Use cases of the assessment (issue 7): start (first or reassessment, pre-filled), read, answer one
// question at a time (the autosave: versioned so a stale tab cannot overwrite), save a section, confirm
// a section in one click and write the plan. Completion and countersigning are in completion.service.ts.
import type { Actor } from '../../platform/actor'
import { DomainError, ValidationError } from '../../platform/errors'
import { newId } from '../../platform/ids'
import { parseInput } from '../../platform/validation'
import { requirePermission } from '../access'
import type { ServiceDeps } from '../deps'
import { findCaseRef } from '../people'
import { assessmentRecords } from './assessment.records'
import * as repo from './assessment.repository'
import {
  answerInput,
  confirmInput,
  type Plan,
  planInput,
  sectionAnswersInput,
  sectionParam,
  startInput,
} from './assessment.schema'
import { carryPlanForward, emptyPlan, planFromInput } from './plan.rules'
import {
  clearAnswer,
  confirmSection,
  giveAnswer,
  prefillFromRecord,
  startFromPrevious,
} from './prefill.rules'
import { optionsOf, QUESTION_BY_ID, QUESTION_SET_VERSION } from './question-set'
import type { Answers } from './scoring.rules'

export function createAssessmentService(deps: ServiceDeps) {
  const { db, clock, audit } = deps
  const { target, view, load, loadDraft, save } = assessmentRecords(deps)

  return {
    async startAssessment(actor: Actor, crn: string, raw: unknown = {}) {
      requirePermission(actor, 'assessment:write')
      const input = parseInput(startInput, raw ?? {})
      return db.transaction().execute(async (trx) => {
        const person = await findCaseRef(trx, actor, crn.trim().toUpperCase())
        const open = await repo.openAssessment(trx, person.id)
        if (open)
          throw new DomainError(
            'assessment.already_open',
            `${person.crn} already has an assessment in progress, held by ${open.owner_name}: open it, or request ownership`,
            [],
            { id: open.id, owner: { id: open.owner_id, name: open.owner_name } },
          )
        const today = clock.today()
        const record = prefillFromRecord(await repo.recordFacts(trx, person.id), today)
        const previous = await repo.latestCompleted(trx, person.id)
        const answers = previous
          ? startFromPrevious(
              {
                sequence: previous.sequence,
                completedOn: (previous.completed_at as Date).toISOString().slice(0, 10),
                answers: previous.answers as Answers,
              },
              record,
            )
          : record
        const plan = previous ? carryPlanForward(previous.plan as Plan) : emptyPlan()
        const id = newId()
        await repo.insertAssessment(trx, {
          id,
          person_id: person.id,
          sequence: await repo.nextSequence(trx, person.id),
          previous_id: previous?.id ?? null,
          question_set: QUESTION_SET_VERSION,
          status: 'draft',
          answers: JSON.stringify(answers),
          plan: JSON.stringify(plan),
          owner_id: actor.id,
          owner_name: actor.name,
          owner_setting: input.setting ?? 'community',
          author_grade: await repo.staffGrade(trx, actor.staffCode),
        })
        const row = (await repo.findAssessment(trx, id)) as repo.AssessmentRow
        await audit.record(trx, actor, 'assessment.started', target(row, person.crn), {
          previousId: row.previous_id,
          prefilled: Object.keys(answers).length,
        })
        return view(trx, row)
      })
    },

    async getAssessment(actor: Actor, id: string) {
      requirePermission(actor, 'person:read')
      return db.transaction().execute(async (trx) => {
        const row = await load(trx, actor, id)
        const shown = await view(trx, row)
        await audit.record(trx, actor, 'assessment.read', target(row, shown.crn))
        return shown
      })
    },

    /** The person's assessments, newest first (audited read). */
    async listAssessments(actor: Actor, crn: string) {
      requirePermission(actor, 'person:read')
      return db.transaction().execute(async (trx) => {
        const person = await findCaseRef(trx, actor, crn.trim().toUpperCase())
        const rows = await repo.listAssessments(trx, person.id)
        await audit.record(trx, actor, 'assessment.listed', {
          type: 'person',
          id: person.id,
          crn: person.crn,
        })
        return Promise.all(rows.map((r) => view(trx, r)))
      })
    },

    /** One answer: the autosave of the page's script and its Save button. */
    async answerQuestion(actor: Actor, id: string, raw: unknown) {
      requirePermission(actor, 'assessment:write')
      const input = parseInput(answerInput, raw)
      const question = QUESTION_BY_ID.get(input.questionId)
      if (!question)
        throw new ValidationError([{ path: 'questionId', message: `no question ${input.questionId}` }])
      const value = input.value ?? ''
      const options = optionsOf(question.scale)
      if (value !== '' && question.scale !== 'text' && !options.includes(value))
        throw new ValidationError([{ path: 'value', message: `must be one of ${options.join(', ')}` }])
      return db.transaction().execute(async (trx) => {
        const row = await loadDraft(trx, actor, id, input.version)
        const answers = row.answers as Answers
        const next =
          value === ''
            ? clearAnswer(answers, question.id)
            : giveAnswer(answers, question.id, value, actor.name, clock.today())
        return save(
          trx,
          actor,
          row,
          'assessment.answered',
          { answers: JSON.stringify(next) },
          {
            questionId: question.id,
            value: question.scale === 'text' ? `(${value.length} characters)` : value,
          },
        )
      })
    },

    /** A section's form saved whole (the page's Save button): one transaction, one new version. */
    async saveSection(actor: Actor, id: string, section: string, raw: unknown) {
      requirePermission(actor, 'assessment:write')
      const which = parseInput(sectionParam, section, 'section')
      const input = parseInput(sectionAnswersInput, raw)
      const problems = Object.entries(input.answers).flatMap(([qid, value]) => {
        const q = QUESTION_BY_ID.get(qid)
        if (!q || q.section !== which)
          return [{ path: `answers.${qid}`, message: `is not a question of ${which}` }]
        return value && q.scale !== 'text' && !optionsOf(q.scale).includes(value)
          ? [{ path: `answers.${qid}`, message: `must be one of ${optionsOf(q.scale).join(', ')}` }]
          : []
      })
      if (problems.length) throw new ValidationError(problems)
      return db.transaction().execute(async (trx) => {
        const row = await loadDraft(trx, actor, id, input.version)
        let answers = row.answers as Answers
        for (const [qid, value] of Object.entries(input.answers))
          answers = value
            ? giveAnswer(answers, qid, value, actor.name, clock.today())
            : clearAnswer(answers, qid)
        return save(
          trx,
          actor,
          row,
          'assessment.section_saved',
          { answers: JSON.stringify(answers) },
          { section: which },
        )
      })
    },

    /** "Still true": every answer of the section confirmed in one click. */
    async confirmSection(actor: Actor, id: string, section: string, raw: unknown) {
      requirePermission(actor, 'assessment:write')
      const { version } = parseInput(confirmInput, raw)
      const which = parseInput(sectionParam, section, 'section')
      return db.transaction().execute(async (trx) => {
        const row = await loadDraft(trx, actor, id, version)
        const answers = confirmSection(row.answers as Answers, which)
        return save(
          trx,
          actor,
          row,
          'assessment.section_confirmed',
          { answers: JSON.stringify(answers) },
          { section: which },
        )
      })
    },

    async savePlan(actor: Actor, id: string, raw: unknown) {
      requirePermission(actor, 'assessment:write')
      const input = parseInput(planInput, raw)
      return db.transaction().execute(async (trx) => {
        const row = await loadDraft(trx, actor, id, input.version)
        const plan = planFromInput(input, row.plan as Plan, newId)
        return save(trx, actor, row, 'assessment.plan_saved', { plan: JSON.stringify(plan) })
      })
    },
  }
}

export type AssessmentService = ReturnType<typeof createAssessmentService>
