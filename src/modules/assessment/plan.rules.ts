// The sentence plan (reference §5): goals linked to needs, steps with who does them and when, statuses,
// the person's agreement and reviews; and what an assessment needs before it can be completed. Pure:
// ids and dates are passed in.
import type { ErrorDetail } from '../../platform/errors'
import type { Goal, Plan, PlanInput } from './assessment.schema'
import { SECTION_DEFINITIONS, SECTIONS } from './question-set'
import { type Answers, allNeeds, sectionStatus } from './scoring.rules'

export const emptyPlan = (): Plan => ({ goals: [], agreement: 'draft', agreementNotes: null, reviews: [] })

/** The plan as the practitioner sent it; goals and steps keep their ids, new ones get one. */
export function planFromInput(input: PlanInput, previous: Plan, newId: () => string): Plan {
  const goals: Goal[] = input.goals.map((g) => ({
    ...g,
    id: g.id ?? newId(),
    targetDate: g.targetDate ?? null,
    steps: g.steps.map((s) => ({ ...s, id: s.id ?? newId() })),
  }))
  return { ...previous, goals, agreement: input.agreement, agreementNotes: input.agreementNotes ?? null }
}

/**
 * A reassessment's plan starts from the previous one: goals still active or planned for later are
 * carried over with their steps; achieved and removed goals stay in the previous assessment. Agreement is
 * asked again.
 */
export function carryPlanForward(previous: Plan): Plan {
  return {
    goals: previous.goals.filter((g) => g.status === 'active' || g.status === 'future'),
    agreement: 'draft',
    agreementNotes: null,
    reviews: [],
  }
}

/** Everything that stops completion, each with where to fix it. */
export function completionProblems(answers: Answers, plan: Plan): ErrorDetail[] {
  const problems: ErrorDetail[] = []
  for (const section of SECTIONS)
    if (sectionStatus(section, answers) !== 'completed')
      problems.push({
        path: `sections.${section}`,
        message: `${SECTION_DEFINITIONS[section].title} is not completed: answer and confirm every question`,
      })
  const withNeed = allNeeds(answers).filter((n) => n.need === 'standard' || n.need === 'severe')
  const live = plan.goals.filter((g) => g.status !== 'removed')
  if (withNeed.length > 0 && live.length === 0)
    problems.push({ path: 'plan.goals', message: 'needs a goal for at least one of the needs identified' })
  for (const [i, g] of plan.goals.entries())
    if (g.status === 'active' && g.steps.length === 0)
      problems.push({ path: `plan.goals.${i}.steps`, message: 'an active goal needs at least one step' })
  if (plan.agreement === 'draft')
    problems.push({ path: 'plan.agreement', message: "record the person's agreement to the plan" })
  return problems
}

/** A review of a completed plan: notes, the agreement now, goal statuses changed. */
export function reviewPlan(
  plan: Plan,
  review: { id: string; reviewedOn: string; notes: string; agreement: string; by: string },
  goalStatuses: { id: string; status: Goal['status'] }[],
): { plan: Plan; problems: ErrorDetail[] } {
  const problems: ErrorDetail[] = []
  const goals = plan.goals.map((g) => ({ ...g }))
  for (const [i, change] of goalStatuses.entries()) {
    const goal = goals.find((g) => g.id === change.id)
    if (!goal) problems.push({ path: `goals.${i}.id`, message: `no goal ${change.id} in this plan` })
    else goal.status = change.status
  }
  return {
    plan: {
      ...plan,
      goals,
      agreement: review.agreement as Plan['agreement'],
      reviews: [...plan.reviews, review],
    },
    problems,
  }
}
