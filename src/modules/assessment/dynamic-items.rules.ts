// The dynamic predictors' assessment items (predictors/dynamic-items.ts, DECISIONS 23) from a completed
// assessment's answers, each with the question it came from. "Not known" is left out (missing), never
// read as 0. Weapon use and the drugs misused are not asked by this question set: the predictors module
// reads weapon use from the offence and treats unanswered drugs as no. Pure.
import type { DynamicItems } from '../predictors'
import type { Answers } from './scoring.rules'

type ItemScore = 0 | 1 | 2
const SCORED: [keyof DynamicItems, string][] = [
  ['accommodationSuitability', 'accommodation.suitability'],
  ['partnerRelationship', 'relationships.partnerRelationship'],
  ['activitiesEncourageOffending', 'lifestyle_associates.activitiesEncourageOffending'],
  ['motivationToTackleDrugMisuse', 'drug_misuse.motivation'],
  ['currentAlcoholUse', 'alcohol_misuse.currentUse'],
  ['bingeDrinking', 'alcohol_misuse.binge'],
  ['impulsivity', 'thinking_behaviour.impulsivity'],
  ['temperControl', 'thinking_behaviour.temperControl'],
  ['problemSolving', 'thinking_behaviour.problemSolving'],
  ['awarenessOfConsequences', 'thinking_behaviour.awarenessOfConsequences'],
  ['understandsOthersViews', 'thinking_behaviour.understandsOthersViews'],
  ['proCriminalAttitudes', 'attitudes.proCriminalAttitudes'],
]
const YES_NO: [keyof DynamicItems, string][] = [
  ['noFixedAbodeOrTransient', 'accommodation.noFixedAbode'],
  ['currentDrugUse', 'drug_misuse.currentDrugUse'],
  ['unemployed', 'education_training_employment.unemployed'],
  ['livingWithPartner', 'relationships.livingWithPartner'],
  ['domesticAbusePerpetrator', 'relationships.domesticAbusePerpetrator'],
]
const POINTS: Record<string, ItemScore> = { none: 0, some: 1, significant: 2 }

export function dynamicItemsFrom(
  answers: Answers,
  label: string,
): { items: DynamicItems; sources: Partial<Record<keyof DynamicItems, string>> } {
  const items: Record<string, unknown> = {}
  const sources: Partial<Record<keyof DynamicItems, string>> = {}
  for (const [item, question] of SCORED) {
    const value = answers[question]?.value
    if (value === undefined || !(value in POINTS)) continue
    items[item] = POINTS[value]
    sources[item] = `${label}, ${question}: ${value}`
  }
  for (const [item, question] of YES_NO) {
    const value = answers[question]?.value
    if (value !== 'yes' && value !== 'no') continue
    items[item] = value === 'yes'
    sources[item] = `${label}, ${question}: ${value}`
  }
  return { items: items as DynamicItems, sources }
}
