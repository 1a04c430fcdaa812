// The assessment as the doors show it: every section with its status, score, level of need and reasons;
// the RoSH summary; the plan; ownership; and how many answers the practitioner typed.

import type { AssessmentRow, OwnershipRow } from './assessment.repository'
import type { Plan } from './assessment.schema'
import { SECTION_DEFINITIONS, SECTIONS } from './question-set'
import { type Answers, sectionNeed, sectionStatus, typedAnswers } from './scoring.rules'

const ROSH_ORDER = ['low', 'medium', 'high', 'very_high']
const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString())

export interface RoshSummary {
  community: Record<string, string | null>
  custody: Record<string, string | null>
  /** The highest level anywhere, which the RoSH register and the tier use. */
  highest: string | null
  evidence: string | null
  riskManagementPlan: string | null
  victimSafety: string | null
}

export function roshSummary(answers: Answers): RoshSummary {
  const level = (id: string) => answers[`rosh.${id}`]?.value ?? null
  const groups = (setting: string, who: string[]) =>
    Object.fromEntries(who.map((w) => [w, level(`${setting}.${w}`)]))
  const community = groups('community', ['children', 'public', 'knownAdult', 'staff'])
  const custody = groups('custody', ['children', 'public', 'knownAdult', 'staff', 'prisoners'])
  const levels = [...Object.values(community), ...Object.values(custody)].filter((l): l is string => !!l)
  const highest = levels.sort((a, b) => ROSH_ORDER.indexOf(b) - ROSH_ORDER.indexOf(a))[0] ?? null
  return {
    community,
    custody,
    highest,
    evidence: level('evidence'),
    riskManagementPlan: level('riskManagementPlan'),
    victimSafety: level('victimSafety'),
  }
}

export function presentAssessment(row: AssessmentRow, crn: string, requests: OwnershipRow[] = []) {
  const answers = (row.answers ?? {}) as Answers
  const plan = row.plan as Plan
  return {
    id: row.id,
    crn,
    sequence: row.sequence,
    previousId: row.previous_id,
    questionSet: row.question_set,
    status: row.status as 'draft' | 'awaiting_countersignature' | 'completed',
    owner: { id: row.owner_id, name: row.owner_name, setting: row.owner_setting },
    sections: SECTIONS.map((id) => {
      const need = id === 'rosh' ? null : sectionNeed(id, answers)
      return {
        id,
        title: SECTION_DEFINITIONS[id].title,
        status: sectionStatus(id, answers),
        score: need?.score ?? null,
        need: need?.need ?? null,
        reason: need?.reason ?? null,
      }
    }),
    answers,
    rosh: roshSummary(answers),
    plan,
    typedAnswers: typedAnswers(answers),
    createdAt: iso(row.created_at),
    completedAt: iso(row.completed_at),
    completedBy: row.completed_by_id ? { id: row.completed_by_id, name: row.completed_by_name } : null,
    countersignedAt: iso(row.countersigned_at),
    countersignedBy: row.countersigned_by_id
      ? { id: row.countersigned_by_id, name: row.countersigned_by_name }
      : null,
    ownershipRequests: requests.map((r) => ({
      id: r.id,
      requestedBy: { id: r.requested_by_id, name: r.requested_by_name },
      setting: r.setting,
      reason: r.reason,
      status: r.status,
      requestedAt: iso(r.requested_at),
      decidedBy: r.decided_by_id ? { id: r.decided_by_id, name: r.decided_by_name } : null,
      decidedAt: iso(r.decided_at),
      note: r.decision_note,
    })),
    version: row.version,
  }
}
export type AssessmentView = ReturnType<typeof presentAssessment>
