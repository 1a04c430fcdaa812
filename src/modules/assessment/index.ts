// The assessment module's public surface (issue 7): needs assessment, RoSH summary and sentence plan;
// the question set; and the read tiering uses.
export { type AssessmentView, presentAssessment } from './assessment.present'
export {
  AGREEMENTS,
  answerInput,
  confirmInput,
  countersignInput,
  GOAL_STATUSES,
  ownershipDecisionInput,
  ownershipRequestInput,
  planInput,
  planReviewInput,
  STEP_STATUSES,
  sectionAnswersInput,
  startInput,
} from './assessment.schema'
export { type AssessmentService, createAssessmentService } from './assessment.service'
export { COUNTERSIGNED_GRADES, createCompletionService } from './completion.service'
export { dynamicItemsFrom } from './dynamic-items.rules'
export { createOwnershipService } from './ownership.service'
export {
  NEED_SECTIONS,
  OPTION_LABELS,
  optionsOf,
  QUESTION_SET_VERSION,
  QUESTIONS,
  type Question,
  questionsOf,
  SECTION_DEFINITIONS,
  SECTIONS,
  type SectionId,
} from './question-set'
export type { Answer, Answers, NeedLevel } from './scoring.rules'
export { type AssessmentForTier, assessmentForTier, dynamicItemsForPerson } from './tier-read'

import type { PersonOwnedRows } from '../../platform/db/person-rows'
import type { ServiceDeps } from '../deps'
import { moveBackToPerson, moveToPerson } from './assessment.repository'
import { createAssessmentService } from './assessment.service'
import { createCompletionService } from './completion.service'
import { createOwnershipService } from './ownership.service'

/** The assessment's use cases as one service: drafting, completing and ownership moves. */
export function createAssessmentsService(deps: ServiceDeps) {
  return {
    ...createAssessmentService(deps),
    ...createCompletionService(deps),
    ...createOwnershipService(deps),
  }
}
export type AssessmentsService = ReturnType<typeof createAssessmentsService>

// Assessments follow the person through a merge, renumbered after the survivor's (docs/assessment.md);
// their ownership requests hang off the assessment, so they follow with it.
export const personOwnedRows: PersonOwnedRows[] = [
  { key: 'assessments', table: 'assessments', move: moveToPerson, moveBack: moveBackToPerson },
]
