// Pure rules of an event: one main offence, descriptions from the code table, key dates in order,
// what each kind of disposal may carry. No I/O and no clock: today is passed in.
import type { ErrorDetail } from '../../platform/errors'
import { findOffenceCode, type Ogrs3Category } from './offence-codes'
import { type RequirementTypeCode, requirementProblems } from './requirements.rules'

export { REQUIREMENT_TYPE_CODES } from './requirements.rules'

export const DISPOSAL_TYPES = [
  'community_order',
  'suspended_sentence_order',
  'custody',
  'post_sentence_supervision',
] as const
export type DisposalType = (typeof DISPOSAL_TYPES)[number]
export const LENGTH_UNITS = ['days', 'weeks', 'months', 'years'] as const
export const APPEARANCE_TYPES = [
  'first_hearing',
  'plea',
  'trial',
  'sentence',
  'adjournment',
  'breach',
  'appeal',
  'other',
] as const
export const LICENCE_CONDITION_TYPES = [
  'standard',
  'additional',
  'bespoke',
  'supervision_requirement',
] as const

/** Longest order the law allows, in months (Sentencing Code: community order 3 years; SSO 2 years; PSS 12 months). */
const MAX_MONTHS: Partial<Record<DisposalType, number>> = {
  community_order: 36,
  suspended_sentence_order: 24,
  post_sentence_supervision: 12,
}
const WITH_REQUIREMENTS: readonly DisposalType[] = ['community_order', 'suspended_sentence_order']
const WITH_LICENCE: readonly DisposalType[] = ['custody', 'post_sentence_supervision']

interface OffenceFacts {
  main: boolean
  homeOfficeCode: string
  description?: string | undefined
  offenceDate?: string | null | undefined
}
export interface DisposalFacts {
  type: DisposalType
  sentenceDate: string
  length?: { value: number; unit: (typeof LENGTH_UNITS)[number] } | null | undefined
  expectedEndDate?: string | null | undefined
  releaseDate?: string | null | undefined
  licenceEndDate?: string | null | undefined
  terminatedDate?: string | null | undefined
  terminationReason?: string | null | undefined
  requirements: (Parameters<typeof requirementProblems>[0] & { type: RequirementTypeCode })[]
  licenceConditions: { startDate?: string | null | undefined; endDate?: string | null | undefined }[]
}
export interface EventFacts {
  convictionDate?: string | null | undefined
  offences: OffenceFacts[]
  disposal?: DisposalFacts | null | undefined
}

/** Every problem of an event, with dotted paths from the event (prefix e.g. `items.3.event.`). */
export function eventProblems(event: EventFacts, today: string, prefix = ''): ErrorDetail[] {
  const problems: ErrorDetail[] = []
  const add = (path: string, message: string) => problems.push({ path: `${prefix}${path}`, message })
  const conviction = event.convictionDate ?? null
  if (conviction && conviction > today) add('convictionDate', 'must not be in the future')
  const mains = event.offences.filter((o) => o.main).length
  if (mains !== 1) add('offences', `exactly one offence must be the main offence (found ${mains})`)
  event.offences.forEach((o, i) => {
    if (!o.description && !findOffenceCode(o.homeOfficeCode))
      add(`offences.${i}.description`, `is required: ${o.homeOfficeCode} is not in the offence code table`)
    if (o.offenceDate && o.offenceDate > today) add(`offences.${i}.offenceDate`, 'must not be in the future')
    else if (o.offenceDate && conviction && o.offenceDate > conviction)
      add(`offences.${i}.offenceDate`, 'must not be after the conviction date')
  })
  if (event.disposal)
    problems.push(...disposalProblems(event.disposal, conviction, today, `${prefix}disposal.`))
  return problems
}

export function disposalProblems(
  d: DisposalFacts,
  convictionDate: string | null,
  today: string,
  prefix = '',
): ErrorDetail[] {
  const problems: ErrorDetail[] = []
  const add = (path: string, message: string) => problems.push({ path: `${prefix}${path}`, message })
  const sentence = d.sentenceDate
  const label = d.type.replace(/_/g, ' ')
  if (sentence > today) add('sentenceDate', 'must not be in the future')
  if (convictionDate && sentence < convictionDate)
    add('sentenceDate', 'must not be before the conviction date')
  const max = MAX_MONTHS[d.type]
  if (d.length && max !== undefined && lengthInMonths(d.length) > max)
    add('length', `a ${label} lasts at most ${max} months`)
  if (d.expectedEndDate && d.expectedEndDate < sentence)
    add('expectedEndDate', 'must not be before the sentence date')
  const onLicence = WITH_LICENCE.includes(d.type)
  if (d.releaseDate && !onLicence) add('releaseDate', `a ${label} has no release date`)
  else if (d.releaseDate && d.releaseDate < sentence)
    add('releaseDate', 'must not be before the sentence date')
  if (d.licenceEndDate && !onLicence) add('licenceEndDate', `a ${label} has no licence`)
  else if (d.licenceEndDate && d.releaseDate && d.licenceEndDate < d.releaseDate)
    add('licenceEndDate', 'must not be before the release date')
  else if (d.licenceEndDate && d.licenceEndDate < sentence)
    add('licenceEndDate', 'must not be before the sentence date')
  if (d.terminatedDate && d.terminatedDate < sentence)
    add('terminatedDate', 'must not be before the sentence date')
  else if (d.terminatedDate && d.terminatedDate > today) add('terminatedDate', 'must not be in the future')
  if (d.terminatedDate && !d.terminationReason)
    add('terminationReason', 'is required when the order is terminated')
  if (d.terminationReason && !d.terminatedDate) add('terminatedDate', 'is required with a termination reason')
  if (d.requirements.length > 0 && !WITH_REQUIREMENTS.includes(d.type))
    add(
      'requirements',
      `a ${label} has no requirements: only community orders and suspended sentence orders do`,
    )
  d.requirements.forEach((r, i) => {
    problems.push(...requirementProblems(r, sentence, `${prefix}requirements.${i}.`))
  })
  if (d.licenceConditions.length > 0 && !onLicence)
    add(
      'licenceConditions',
      `a ${label} has no licence conditions: only custody and post-sentence supervision do`,
    )
  d.licenceConditions.forEach((c, i) => {
    if (c.startDate && c.endDate && c.endDate < c.startDate)
      add(`licenceConditions.${i}.endDate`, 'must not be before the start date')
  })
  return problems
}

/** A length in months, exact for months and years, by the average month (365.25 / 12 days) otherwise. */
export function lengthInMonths(length: { value: number; unit: (typeof LENGTH_UNITS)[number] }): number {
  const daysPerMonth = 365.25 / 12
  switch (length.unit) {
    case 'years':
      return length.value * 12
    case 'months':
      return length.value
    case 'weeks':
      return (length.value * 7) / daysPerMonth
    case 'days':
      return length.value / daysPerMonth
  }
}

/** The description and OGRS3 category from the code table when the caller gave none. */
export function completeOffence<T extends OffenceFacts & { predictorCategory?: Ogrs3Category | null }>(
  offence: T,
): T & { description: string; predictorCategory: Ogrs3Category | null } {
  const known = findOffenceCode(offence.homeOfficeCode)
  return {
    ...offence,
    description: offence.description ?? known?.description ?? '',
    predictorCategory: offence.predictorCategory ?? known?.ogrs3Category ?? null,
  }
}
