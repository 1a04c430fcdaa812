// What tiering (and the dynamic predictors) read from the assessment (issue 7, "feeds tiering"): the latest completed assessment's
// level of need per section, its highest RoSH level and tiering's female factors, each with its source.
// Read inside the caller's transaction (tiering recalculates in the writer's transaction).
import type { Kysely, Transaction } from 'kysely'
import type { Database } from '../../platform/db/schema'
import { roshSummary } from './assessment.present'
import * as repo from './assessment.repository'
import { dynamicItemsFrom } from './dynamic-items.rules'
import { SECTION_DEFINITIONS } from './question-set'
import { type Answers, type NeedLevel, sectionNeed } from './scoring.rules'

/** The sections tiering weighs (§1.4); finance and health and wellbeing are not read. */
const TIER_NEEDS = [
  'accommodation',
  'education_training_employment',
  'relationships',
  'lifestyle_associates',
  'drug_misuse',
  'alcohol_misuse',
  'thinking_behaviour',
  'attitudes',
] as const

export interface AssessmentForTier {
  assessmentId: string
  completedOn: string
  needs: Partial<Record<(typeof TIER_NEEDS)[number], NeedLevel>>
  needsSource: string
  roshLevel: 'low' | 'medium' | 'high' | 'very_high' | null
  parenting: boolean
  impulsivityOrTemperControl: boolean
  femaleFactorsSource: string
}

export async function assessmentForTier(
  db: Kysely<Database> | Transaction<Database>,
  personId: string,
): Promise<AssessmentForTier | null> {
  const row = await repo.latestCompleted(db, personId)
  if (!row) return null
  const answers = row.answers as Answers
  const completedOn = (row.completed_at as Date).toISOString().slice(0, 10)
  const label = `assessment ${row.sequence} completed ${completedOn}`
  const needs: AssessmentForTier['needs'] = {}
  const words: string[] = []
  for (const section of TIER_NEEDS) {
    const n = sectionNeed(section, answers)
    if (n.need) needs[section] = n.need
    words.push(
      `${SECTION_DEFINITIONS[section].title.toLowerCase()} ${n.need ?? 'not scored'}${n.score === null ? '' : ` (${n.score})`}`,
    )
  }
  const scoredAbove = (id: string) => ['some', 'significant'].includes(answers[id]?.value ?? '')
  const parenting = answers['relationships.parentingResponsibilities']?.value === 'yes'
  const impulsivity =
    scoredAbove('thinking_behaviour.impulsivity') || scoredAbove('thinking_behaviour.temperControl')
  return {
    assessmentId: row.id,
    completedOn,
    needs,
    needsSource: `${label}: ${words.join(', ')}`,
    roshLevel: roshSummary(answers).highest as AssessmentForTier['roshLevel'],
    parenting,
    impulsivityOrTemperControl: impulsivity,
    femaleFactorsSource: `${label}: parenting responsibilities ${parenting ? 'yes' : 'no'}; impulsivity or temper control ${impulsivity ? 'scored above 0' : 'not scored above 0'}`,
  }
}

/** The dynamic predictors' items from the latest completed assessment, with sources; null without one. */
export async function dynamicItemsForPerson(
  db: Kysely<Database> | Transaction<Database>,
  personId: string,
): Promise<
  (ReturnType<typeof dynamicItemsFrom> & { assessmentId: string; label: string; completedOn: string }) | null
> {
  const row = await repo.latestCompleted(db, personId)
  if (!row) return null
  const completedOn = (row.completed_at as Date).toISOString().slice(0, 10)
  const label = `assessment ${row.sequence} completed ${completedOn}`
  return { ...dynamicItemsFrom(row.answers as Answers, label), assessmentId: row.id, label, completedOn }
}
