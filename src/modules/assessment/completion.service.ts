// Completing an assessment (issue 7): complete and lock it, or send it for countersignature when its
// author is a PQiP or PSO (staff grade); countersign or return it (a senior probation officer other than
// the author); and review the sentence plan of a completed assessment, whose answers stay locked.
import type { Actor } from '../../platform/actor'
import { DomainError, StaleVersionError, ValidationError } from '../../platform/errors'
import { newId } from '../../platform/ids'
import { parseInput } from '../../platform/validation'
import { requirePermission } from '../access'
import type { ServiceDeps } from '../deps'
import { assessmentRecords } from './assessment.records'
import * as repo from './assessment.repository'
import { confirmInput, countersignInput, type Plan, planReviewInput } from './assessment.schema'
import { completionProblems, reviewPlan } from './plan.rules'
import type { Answers } from './scoring.rules'

/** Grades whose assessments an SPO countersigns before they are complete. */
export const COUNTERSIGNED_GRADES = ['PQiP', 'PSO']

export function createCompletionService(deps: ServiceDeps) {
  const { db, clock } = deps
  const { view, load, loadDraft, save, lock } = assessmentRecords(deps)

  return {
    async completeAssessment(actor: Actor, id: string, raw: unknown) {
      requirePermission(actor, 'assessment:write')
      const { version } = parseInput(confirmInput, raw)
      return db.transaction().execute(async (trx) => {
        const row = await loadDraft(trx, actor, id, version)
        const problems = completionProblems(row.answers as Answers, row.plan as Plan)
        if (problems.length)
          throw new ValidationError(problems, 'The assessment is not finished; see details')
        const grade = (await repo.staffGrade(trx, actor.staffCode)) ?? row.author_grade
        const who = { completed_at: clock.now(), completed_by_id: actor.id, completed_by_name: actor.name }
        if (grade && COUNTERSIGNED_GRADES.includes(grade))
          return save(trx, actor, row, 'assessment.submitted_for_countersignature', {
            ...who,
            author_grade: grade,
            status: 'awaiting_countersignature',
          })
        return lock(trx, actor, { ...row, ...who }, { author_grade: grade })
      })
    },

    /** A senior probation officer countersigns (completing it) or returns it to the author as a draft. */
    async countersignAssessment(actor: Actor, id: string, raw: unknown) {
      requirePermission(actor, 'assessment:countersign')
      const input = parseInput(countersignInput, raw)
      return db.transaction().execute(async (trx) => {
        const row = await load(trx, actor, id, true)
        if (row.version !== input.version) throw new StaleVersionError(input.version, await view(trx, row))
        if (row.status !== 'awaiting_countersignature')
          throw new DomainError(
            'assessment.not_awaiting_countersignature',
            `Assessment ${id} is ${row.status.replaceAll('_', ' ')}`,
          )
        if (actor.kind === 'user' && row.completed_by_id === actor.id)
          throw new DomainError(
            'assessment.own_countersignature',
            'An assessment is countersigned by someone other than its author',
          )
        if (input.decision === 'return')
          return save(
            trx,
            actor,
            row,
            'assessment.returned',
            {
              status: 'draft',
              completed_at: null,
              completed_by_id: null,
              completed_by_name: null,
            },
            { note: input.note ?? null },
          )
        return lock(trx, actor, row, {
          countersigned_at: clock.now(),
          countersigned_by_id: actor.id,
          countersigned_by_name: actor.name,
        })
      })
    },

    /** A review of a completed plan: its answers stay locked; the plan records progress. */
    async reviewSentencePlan(actor: Actor, id: string, raw: unknown) {
      requirePermission(actor, 'assessment:write')
      const input = parseInput(planReviewInput, raw)
      return db.transaction().execute(async (trx) => {
        const row = await load(trx, actor, id, true)
        if (row.version !== input.version) throw new StaleVersionError(input.version, await view(trx, row))
        if (row.status !== 'completed')
          throw new DomainError(
            'assessment.not_completed',
            'Only the plan of a completed assessment is reviewed',
          )
        const review = {
          id: newId(),
          reviewedOn: input.reviewedOn,
          notes: input.notes,
          agreement: input.agreement,
          by: actor.name,
        }
        const { plan, problems } = reviewPlan(row.plan as Plan, review, input.goals)
        if (problems.length) throw new ValidationError(problems)
        return save(trx, actor, row, 'assessment.plan_reviewed', { plan: JSON.stringify(plan) })
      })
    },
  }
}
