// What the predictors read from the case record, and the facts taken from it: ages and months between
// dates, and each offence's category on each scale through the maintained mapping table. Pure.
import { DomainError } from '../../platform/errors'
import { offenceCategoryFor } from './offence-mapping.rules'
import {
  actuarialOffenceMapping,
  ogrs3OffenceMapping,
  violentActuarialCategories,
} from './offence-mapping.table'

export interface RecordOffence {
  main: boolean
  homeOfficeCode: string
  /** The OGRS3 category recorded with the offence (chosen by the practitioner, or from the code table). */
  predictorCategory: string | null
}
export interface RecordEvent {
  eventNumber: number
  convictionDate: string | null
  disposal: { type: string; sentenceDate: string | null; releaseDate: string | null } | null
  offences: RecordOffence[]
}
/** What the derivation reads from the record: the person and their events that are not deleted. */
export interface CaseRecord {
  dateOfBirth: string | null
  sex: string
  events: RecordEvent[]
}

/** Completed years from `birth` to `on`, both YYYY-MM-DD. */
export function ageOn(birth: string, on: string): number {
  return Number(on.slice(0, 4)) - Number(birth.slice(0, 4)) - (on.slice(5) < birth.slice(5) ? 1 : 0)
}

/** Whole months from `from` to `to` (negative when `to` is earlier). */
export function wholeMonths(from: string, to: string): number {
  if (to < from) return -wholeMonths(to, from)
  const months =
    (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 +
    Number(to.slice(5, 7)) -
    Number(from.slice(5, 7))
  return to.slice(8) < from.slice(8) ? months - 1 : months
}

/** The category a scale gives a code, the category chosen with the offence, or why there is none. */
export function categoryOf(
  offence: RecordOffence,
  scale: 'ogrs3' | 'actuarial',
): { category: string; viaRecord: boolean } | { error: DomainError } {
  const mapping = scale === 'ogrs3' ? ogrs3OffenceMapping : actuarialOffenceMapping
  try {
    return { category: offenceCategoryFor(mapping, offence.homeOfficeCode, scale), viaRecord: false }
  } catch (error) {
    if (!(error instanceof DomainError)) throw error
    // The exact offence, chosen when the offence was recorded, settles an OGRS3 category.
    if (scale === 'ogrs3' && offence.predictorCategory)
      return { category: offence.predictorCategory, viaRecord: true }
    return { error }
  }
}

export function isViolent(offence: RecordOffence): boolean {
  const actuarial = categoryOf(offence, 'actuarial')
  if ('category' in actuarial) return violentActuarialCategories.has(actuarial.category as never)
  const ogrs3 = categoryOf(offence, 'ogrs3')
  return 'category' in ogrs3 && (ogrs3.category === 'violence' || ogrs3.category === 'robbery')
}
