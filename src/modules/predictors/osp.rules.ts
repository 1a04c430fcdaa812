// The sexual reoffending predictors for men with a sexual offence history (docs/reference/
// predictors.md §2.4, §2.5, §4): OSP/DC (the same scale is the newer DC-SRP) on a 64-point scale with a
// one-band reduction, and the fixed-probability hierarchies OSP/IIC and IIC-SRP.
import type { ErrorDetail } from '../../platform/errors'
import { bandFor, logistic, twoPlacePercent } from './common.rules'

export interface SexualHistory {
  /** Sanctions for contact sexual offences against adults. */
  contactAdultSanctions: number
  contactChildSanctions: number
  /** Sanctions for indecent images of children (IIOC). */
  indecentImageSanctions: number
  /** Non-contact sexual offences other than indecent images. */
  nonContactSanctions: number
  /** null when there is no date for it. */
  ageAtMostRecentSexualSanction?: number | null
  currentOffenceAgainstStranger: boolean
  /** For the one-band reduction: all four must be given for it to apply. */
  inCustody?: boolean
  yearsSinceMostRecentOffence?: number
  yearsSinceMostRecentSexualOffence?: number
  yearsSinceStartOfFollowUp?: number
}

export type OspDcBand = 'low' | 'medium' | 'high' | 'very_high'

export interface OspDcResult {
  points: number
  pointTerms: {
    contactAdult: number
    contactChild: number
    nonContact: number
    ageAtStartOfFollowUp: number
    ageAtMostRecentSexualSanction: number
    totalSanctions: number
    strangerVictim: number
  }
  probability: number
  percent: number
  bandBeforeReduction: OspDcBand
  band: OspDcBand
  reduced: boolean
  reductionReason: string
}

export function sexualHistoryProblems(h: SexualHistory, prefix = 'sexualHistory'): ErrorDetail[] {
  const problems: ErrorDetail[] = []
  const counts = [
    'contactAdultSanctions',
    'contactChildSanctions',
    'indecentImageSanctions',
    'nonContactSanctions',
  ]
  for (const field of counts) {
    const value = h[field as keyof SexualHistory] as number
    if (value < 0)
      problems.push({ path: `${prefix}.${field}`, message: `is ${value}; it cannot be negative` })
  }
  const age = h.ageAtMostRecentSexualSanction
  if (age !== undefined && age !== null && age < 10)
    problems.push({
      path: `${prefix}.ageAtMostRecentSexualSanction`,
      message: `is ${age}; it cannot be under 10`,
    })
  for (const field of [
    'yearsSinceMostRecentOffence',
    'yearsSinceMostRecentSexualOffence',
    'yearsSinceStartOfFollowUp',
  ]) {
    const value = h[field as keyof SexualHistory] as number | undefined
    if (value !== undefined && value < 0)
      problems.push({ path: `${prefix}.${field}`, message: `is ${value}; it cannot be negative` })
  }
  return problems
}

const steps = (count: number, per: number) => Math.min(count, 3) * per

/** OSP/DC (and DC-SRP) for a man with a sexual offence history. */
export function calculateOspDc(
  h: SexualHistory,
  ageAtStartOfFollowUp: number,
  totalSanctions: number,
): OspDcResult {
  const recent = h.ageAtMostRecentSexualSanction
  const pointTerms = {
    contactAdult: steps(h.contactAdultSanctions, 5),
    contactChild: steps(h.contactChildSanctions, 3),
    nonContact: steps(h.nonContactSanctions, 2),
    ageAtStartOfFollowUp:
      ageAtStartOfFollowUp >= 60 ? 0 : 14 - Math.max(0, Math.trunc((ageAtStartOfFollowUp - 18) / 3)),
    ageAtMostRecentSexualSanction:
      recent === undefined || recent === null ? 0 : recent >= 18 ? 10 : recent >= 16 ? 5 : 0,
    totalSanctions: totalSanctions >= 2 ? 6 : 0,
    strangerVictim: h.currentOffenceAgainstStranger ? 4 : 0,
  }
  const points = Object.values(pointTerms).reduce((a, b) => a + b, 0)
  const probability = points === 0 ? 0 : logistic(-8.633 + 0.1598 * points)
  const bandBeforeReduction = bandFor<OspDcBand>(points, 'low', [
    [22, 'medium'],
    [30, 'high'],
    [36, 'very_high'],
  ])
  const { reduced, reason } = ospDcReduction(h, bandBeforeReduction)
  const order: OspDcBand[] = ['low', 'medium', 'high', 'very_high']
  const band = reduced ? (order[order.indexOf(bandBeforeReduction) - 1] ?? 'low') : bandBeforeReduction
  return {
    points,
    pointTerms,
    probability,
    percent: twoPlacePercent(probability),
    bandBeforeReduction,
    band,
    reduced,
    reductionReason: reason,
  }
}

/** One band down for a man in the community with five offence-free years since each of three dates. */
function ospDcReduction(h: SexualHistory, band: OspDcBand): { reduced: boolean; reason: string } {
  if (band === 'low') return { reduced: false, reason: 'already the low band' }
  const years = [
    h.yearsSinceMostRecentOffence,
    h.yearsSinceMostRecentSexualOffence,
    h.yearsSinceStartOfFollowUp,
  ]
  if (h.inCustody === undefined || years.some((y) => y === undefined))
    return {
      reduced: false,
      reason: 'not considered: custody and the years since the three dates were not all given',
    }
  if (h.inCustody) return { reduced: false, reason: 'in custody' }
  if (years.some((y) => (y ?? 0) < 5))
    return {
      reduced: false,
      reason: 'fewer than 5 years since the most recent offence, sexual offence or start of follow-up',
    }
  return {
    reduced: true,
    reason:
      'in the community and 5 or more years since the most recent offence, sexual offence and start of follow-up',
  }
}

export type IicBand = 'low' | 'medium' | 'high'

export interface IicResult {
  probability: number
  percent: number
  band: IicBand
  rule: string
}

/**
 * OSP/IIC (RSR generation) or IIC-SRP (OASys-R): a fixed probability from the first rule that matches.
 * They differ only at the bottom of the hierarchy.
 */
export function calculateIic(h: SexualHistory, generation: 'osp_iic' | 'iic_srp'): IicResult {
  const result = (probability: number, band: IicBand, rule: string): IicResult => ({
    probability,
    percent: twoPlacePercent(probability),
    band,
    rule,
  })
  if (h.indecentImageSanctions >= 2) return result(0.1031, 'high', '2 or more indecent-image sanctions')
  if (h.indecentImageSanctions === 1) return result(0.03328, 'medium', '1 indecent-image sanction')
  if (h.contactChildSanctions >= 2) return result(0.00926, 'low', '2 or more contact child sexual sanctions')
  if (h.contactChildSanctions === 1) return result(0.00634, 'low', '1 contact child sexual sanction')
  if (generation === 'iic_srp') {
    if (h.nonContactSanctions !== 0 && h.contactAdultSanctions !== 0)
      return result(0.00281, 'low', 'non-contact and contact adult sexual sanctions')
    return result(0, 'low', 'none of the rules above')
  }
  if (h.contactAdultSanctions + h.nonContactSanctions === 0)
    return result(0.00062, 'low', 'no sexual sanctions of any kind')
  return result(0.00281, 'low', 'other sexual sanctions')
}
