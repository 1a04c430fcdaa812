// The OASys assessment items the dynamic predictors weigh (docs/DECISIONS.md, 23). Each predictor
// lists the items it uses with its weight; a term is weight × the item's score, or the weight when a
// yes/no item is yes. The field names are the input's, so a term's name is the path of its input.
import type { ErrorDetail } from '../../platform/errors'

export type ItemScore = 0 | 1 | 2

export const drugKinds = [
  'heroin',
  'methadone',
  'otherOpiates',
  'crack',
  'powderCocaine',
  'misusedPrescribed',
  'benzodiazepines',
  'cannabis',
  'steroids',
  'other',
] as const
export type DrugKind = (typeof drugKinds)[number]

export const seriousOffenceKinds = [
  'homicide',
  'woundingGbh',
  'kidnapping',
  'firearms',
  'robbery',
  'aggravatedBurglary',
  'weapon',
  'criminalDamageEndangeringLife',
  'arson',
] as const
export type SeriousOffenceKind = (typeof seriousOffenceKinds)[number]

export interface DynamicItems {
  /** 2.2 weapon carried or used in the current offence. */
  weaponUsed?: boolean
  /** 3.3 of no fixed abode or in transient accommodation (OGP, OVP). */
  noFixedAbodeOrTransient?: boolean
  /** 3.4 suitability of accommodation, 0-2. */
  accommodationSuitability?: ItemScore
  /** 4.2 unemployed (or will be on release); OASys scores yes as 2. */
  unemployed?: boolean
  /** 6.8 living with a partner. */
  livingWithPartner?: boolean
  /** 6.4 relationship with partner, 0-2. */
  partnerRelationship?: ItemScore
  /** 6.7 perpetrator of domestic abuse against a partner. */
  domesticAbusePerpetrator?: boolean
  /** 7.2 regular activities encourage offending, 0-2. */
  activitiesEncourageOffending?: ItemScore
  /** 8.1 currently misusing drugs (OGP scores yes as 2). */
  currentDrugUse?: boolean
  /** 8.8 motivation to tackle drug misuse, 0-2. */
  motivationToTackleDrugMisuse?: ItemScore
  /** 9.1 current alcohol use, 0-2. */
  currentAlcoholUse?: ItemScore
  /** 9.2 binge drinking, 0-2. */
  bingeDrinking?: ItemScore
  /** 11.2 impulsivity, 0-2. */
  impulsivity?: ItemScore
  /** 11.4 temper control, 0-2. */
  temperControl?: ItemScore
  /** 11.6 problem-solving skills, 0-2 (OGP). */
  problemSolving?: ItemScore
  /** 11.7 awareness of consequences, 0-2 (OGP). */
  awarenessOfConsequences?: ItemScore
  /** 11.9 understands other people's views, 0-2 (OGP). */
  understandsOthersViews?: ItemScore
  /** 12.1 pro-criminal attitudes, 0-2. */
  proCriminalAttitudes?: ItemScore
  /** Drugs misused (8.x); unanswered counts as no. */
  drugs?: Partial<Record<DrugKind, boolean>>
  /** Previous convictions for these serious offences, each counted once; unanswered counts as no. */
  previousConvictions?: Partial<Record<SeriousOffenceKind, boolean>>
}

type ScoredItem = Exclude<keyof DynamicItems, 'drugs' | 'previousConvictions'>

export type ItemWeight =
  | { item: ScoredItem; weight: number }
  /** The weight × the 6.4 score when living with a partner (an interaction term). */
  | { item: 'livingWithPartnerRelationship'; weight: number }
  | { item: `drugs.${DrugKind}`; weight: number }
  | { item: `previousConvictions.${SeriousOffenceKind}`; weight: number }

function itemValue(items: DynamicItems, item: ItemWeight['item']): number | undefined {
  if (item === 'livingWithPartnerRelationship') {
    if (items.livingWithPartner === undefined || items.partnerRelationship === undefined) return undefined
    return items.livingWithPartner ? items.partnerRelationship : 0
  }
  if (item.startsWith('drugs.')) return items.drugs?.[item.slice(6) as DrugKind] ? 1 : 0
  if (item.startsWith('previousConvictions.'))
    return items.previousConvictions?.[item.slice(20) as SeriousOffenceKind] ? 1 : 0
  const value = items[item as ScoredItem]
  if (value === undefined) return undefined
  if (item === 'unemployed') return value ? 2 : 0
  return typeof value === 'boolean' ? (value ? 1 : 0) : value
}

/** Each item's term, in the predictor's order, or the missing items as problems. */
export function dynamicTerms(
  items: DynamicItems,
  weights: readonly ItemWeight[],
  what: string,
): { terms: [string, number][]; problems: ErrorDetail[] } {
  const terms: [string, number][] = []
  const problems: ErrorDetail[] = []
  for (const { item, weight } of weights) {
    const value = itemValue(items, item)
    if (value === undefined) {
      if (item !== 'livingWithPartnerRelationship')
        problems.push({ path: `dynamic.${item}`, message: `is required for the dynamic ${what}` })
      continue
    }
    terms.push([item, weight * value])
  }
  return { terms, problems }
}
