// Each section's score and level of need (reference/hmpps-services.md §1.4): the sum of its scored
// answers (Yes 2 / No 0; none 0 / some 1 / significant 2; never 0 / previous 1 / currently 2; not known
// 0), no score when every scored answer is missing, then standard at or above the section's standard
// threshold and severe at or above its severe one. Finance and health and wellbeing take the level the
// practitioner records. Pure: every figure with its terms.
import {
  NEED_SECTIONS,
  type NeedSection,
  questionsOf,
  SCALES,
  SECTION_DEFINITIONS,
  type SectionId,
} from './question-set'

export type NeedLevel = 'none' | 'standard' | 'severe'

export interface Answer {
  value: string
  /** Where the answer came from: the record, the previous assessment, or typed by the practitioner. */
  origin: 'record' | 'previous' | 'practitioner'
  /** "Main address (from 2026-01-05)", "Assessment 1 completed 2026-03-01", or who typed it. */
  source: string
  sourceDate: string | null
  /** Seen and accepted in this assessment ("still true"), or typed in it. */
  confirmed: boolean
  /** When a reassessment's answer was changed, what it was before. */
  previousValue?: string
}
export type Answers = Record<string, Answer>

export interface SectionNeed {
  section: NeedSection
  score: number | null
  need: NeedLevel | null
  terms: { question: string; answer: string; points: number }[]
  reason: string
}

const scoreOf = (scale: keyof typeof SCALES, value: string): number =>
  (SCALES[scale] as Record<string, number>)[value] ?? 0

/** The level of need for a score against thresholds: below standard none, then standard, then severe. */
export function needForScore(score: number, thresholds: { standard: number; severe: number }): NeedLevel {
  if (score >= thresholds.severe) return 'severe'
  if (score >= thresholds.standard) return 'standard'
  return 'none'
}

export function sectionNeed(section: NeedSection, answers: Answers): SectionNeed {
  const { thresholds, title } = SECTION_DEFINITIONS[section]
  if (!thresholds) {
    const recorded = answers[`${section}.needLevel`]?.value as NeedLevel | undefined
    return {
      section,
      score: null,
      need: recorded ?? null,
      terms: [],
      reason: recorded
        ? `${title}: the practitioner recorded ${recorded === 'none' ? 'no' : recorded} need (no scored threshold)`
        : `${title}: the level of need is not recorded yet`,
    }
  }
  const terms: SectionNeed['terms'] = []
  for (const q of questionsOf(section)) {
    if (!q.scored) continue
    const answer = answers[q.id]
    if (answer) terms.push({ question: q.id, answer: answer.value, points: scoreOf(q.scale, answer.value) })
  }
  if (terms.length === 0)
    return { section, score: null, need: null, terms, reason: `${title}: no scored answer yet` }
  const score = terms.reduce((sum, t) => sum + t.points, 0)
  const need = needForScore(score, thresholds)
  return {
    section,
    score,
    need,
    terms,
    reason:
      `${title}: score ${score} (${terms.map((t) => `${t.question.split('.').pop()} ${t.points}`).join(', ')}); ` +
      `standard from ${thresholds.standard}, severe from ${thresholds.severe}: ${need === 'none' ? 'no need' : `${need} need`}`,
  }
}

export const allNeeds = (answers: Answers): SectionNeed[] => NEED_SECTIONS.map((s) => sectionNeed(s, answers))

export type SectionStatus = 'not_started' | 'in_progress' | 'completed'

/** Completed when every required question is answered and every answer is confirmed. */
export function sectionStatus(section: SectionId, answers: Answers): SectionStatus {
  const questions = questionsOf(section)
  const given = questions.map((q) => answers[q.id]).filter((a): a is Answer => a !== undefined)
  const complete =
    questions.every((q) => !q.required || answers[q.id] !== undefined) && given.every((a) => a.confirmed)
  if (complete) return 'completed'
  return given.some((a) => a.confirmed) ? 'in_progress' : 'not_started'
}

/** The answers typed or changed by the practitioner in this assessment (what the benchmark counts). */
export const typedAnswers = (answers: Answers): number =>
  Object.values(answers).filter((a) => a.origin === 'practitioner').length
