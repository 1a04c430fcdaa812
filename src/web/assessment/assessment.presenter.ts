// View models of the assessment pages: the task list, a section's questions (pre-filled values with their
// source; on a reassessment, "still true" or a changed answer), the plan and the check page.
import {
  type AssessmentView,
  OPTION_LABELS,
  optionsOf,
  type Question,
  questionsOf,
  SECTION_DEFINITIONS,
  type SectionId,
} from '../../modules/assessment'
import type { ErrorDetail } from '../../platform/errors'

const STATUS_TAGS = {
  not_started: { text: 'Not yet started', classes: 'govuk-tag--blue' },
  in_progress: { text: 'In progress', classes: 'govuk-tag--light-blue' },
} as const
const NEED_WORDS = { none: 'No need', standard: 'Standard need', severe: 'Severe need' } as const
export const labelOf = (value: string) => OPTION_LABELS[value] ?? value
export const fieldId = (questionId: string) => questionId.replaceAll('.', '-')

/** The current assessment of a case: the one in progress, else the latest completed. */
export const currentOf = (list: AssessmentView[]) =>
  list.find((a) => a.status !== 'completed') ?? list[0] ?? null

export function taskList(a: AssessmentView, crn: string) {
  const base = `/cases/${crn}/assessment`
  const statusOf = (status: string | null) => {
    if (status === 'completed') return { text: 'Completed' }
    if (status === null)
      return { text: 'Cannot start yet', classes: 'govuk-task-list__status--cannot-start-yet' }
    return { tag: STATUS_TAGS[status as 'not_started' | 'in_progress'] }
  }
  const item = (title: string, href: string, status: string | null, hint?: string) => ({
    title: { text: title },
    href: a.status === 'draft' && status !== null ? href : undefined,
    hint: hint ? { text: hint } : undefined,
    status: statusOf(status),
  })
  const needs = a.sections
    .filter((s) => s.id !== 'rosh')
    .map((s) => item(s.title, `${base}/sections/${s.id}`, s.status, s.need ? NEED_WORDS[s.need] : undefined))
  const rosh = a.sections.find((s) => s.id === 'rosh')
  const allDone = a.sections.every((s) => s.status === 'completed')
  return {
    needs,
    risk: [
      item(
        'Risk of serious harm',
        `${base}/sections/rosh`,
        rosh?.status ?? 'not_started',
        a.rosh.highest ? `Highest: ${labelOf(a.rosh.highest)}` : undefined,
      ),
    ],
    plan: [
      item(
        'Sentence plan',
        `${base}/plan`,
        a.plan.goals.length === 0
          ? 'not_started'
          : a.plan.agreement === 'draft'
            ? 'in_progress'
            : 'completed',
      ),
      item('Check and complete', `${base}/complete`, allDone ? 'not_started' : null),
    ],
  }
}

export interface QuestionField {
  id: string
  name: string
  text: string
  textarea: boolean
  value: string
  hint: string | null
  reassess: boolean
  items: ({ value: string; text: string; checked: boolean } | { divider: string })[]
  error: string | null
}

export function sectionFields(
  a: AssessmentView,
  section: SectionId,
  problems: ErrorDetail[] = [],
  typed: Record<string, string> = {},
): QuestionField[] {
  return questionsOf(section).map((q: Question) => {
    const answer = a.answers[q.id]
    const value = typed[q.id] ?? answer?.value ?? ''
    const reassess = answer?.origin === 'previous' && !answer.confirmed
    const hint =
      answer && answer.origin !== 'practitioner'
        ? `Source: ${answer.source}${reassess ? '. Still true, or changed?' : ''}`
        : answer?.previousValue
          ? `Changed from: ${labelOf(answer.previousValue)}`
          : null
    const options = q.scale === 'text' ? [] : optionsOf(q.scale)
    const items: QuestionField['items'] =
      reassess && answer
        ? [
            {
              value: answer.value,
              text: `Still true: ${labelOf(answer.value)}`,
              checked: value === answer.value,
            },
            { divider: 'or' },
            ...options
              .filter((o) => o !== answer.value)
              .map((o) => ({ value: o, text: labelOf(o), checked: value === o })),
          ]
        : options.map((o) => ({ value: o, text: labelOf(o), checked: value === o }))
    const problem = problems.find((p) => p.path === `answers.${q.id}` || p.path === q.id)
    return {
      id: fieldId(q.id),
      name: q.id,
      text: q.required ? q.text : `${q.text} (optional)`,
      textarea: q.scale === 'text',
      value,
      hint,
      reassess,
      items,
      error: problem ? `${q.text}: ${problem.message}` : null,
    }
  })
}

export const sectionTitle = (section: SectionId) => SECTION_DEFINITIONS[section].title

/** The check page: each section's need with its reason, the RoSH summary and the plan. */
export function checkRows(a: AssessmentView) {
  return a.sections
    .filter((s) => s.id !== 'rosh')
    .map((s) => ({
      key: { text: s.title },
      value: { text: `${s.need ? NEED_WORDS[s.need] : 'Not scored yet'}${s.reason ? `. ${s.reason}` : ''}` },
    }))
}

export function roshRows(a: AssessmentView) {
  const rows: { key: { text: string }; value: { text: string } }[] = []
  for (const [setting, groups] of [
    ['community', a.rosh.community],
    ['custody', a.rosh.custody],
  ] as const)
    for (const [who, level] of Object.entries(groups))
      rows.push({
        key: { text: `In ${setting}: ${who.replace('knownAdult', 'known adult')}` },
        value: { text: level ? labelOf(level) : 'Not answered' },
      })
  return rows
}
