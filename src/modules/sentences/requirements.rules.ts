// Requirements of community orders and suspended sentence orders, and the rules of the law about
// what each measures. Pure: no I/O, no clock.
import type { ErrorDetail } from '../../platform/errors'

export interface RequirementType {
  label: string
  /**
   * Restricts liberty rather than addressing a need (docs/DECISIONS.md, 14). Tiering's mandate for
   * change ignores restrictive requirements and unpaid work (reference/hmpps-services.md §1.4).
   */
  restrictive: boolean
  /** What the court counts: RAR days, unpaid-work hours, or only a length in months. */
  measure: 'rar_days' | 'unpaid_work_hours' | 'months'
  /** The most months the law allows this requirement to last, where it says. */
  maxMonths: number
}

// Maxima from the Sentencing Code (Sentencing Act 2020) Schedule 9: a community order lasts at most 3
// years; curfew and exclusion at most 2 years (curfew since the Police, Crime, Sentencing and Courts
// Act 2022), foreign travel prohibition 12 months, alcohol abstinence and monitoring 120 days (4 months).
export const REQUIREMENT_TYPES = {
  rar: {
    label: 'Rehabilitation activity requirement',
    restrictive: false,
    measure: 'rar_days',
    maxMonths: 36,
  },
  unpaid_work: { label: 'Unpaid work', restrictive: false, measure: 'unpaid_work_hours', maxMonths: 36 },
  accredited_programme: {
    label: 'Accredited programme',
    restrictive: false,
    measure: 'months',
    maxMonths: 36,
  },
  drug_rehabilitation: { label: 'Drug rehabilitation', restrictive: false, measure: 'months', maxMonths: 36 },
  alcohol_treatment: { label: 'Alcohol treatment', restrictive: false, measure: 'months', maxMonths: 36 },
  mental_health_treatment: {
    label: 'Mental health treatment',
    restrictive: false,
    measure: 'months',
    maxMonths: 36,
  },
  residence: { label: 'Residence', restrictive: false, measure: 'months', maxMonths: 36 },
  attendance_centre: { label: 'Attendance centre', restrictive: false, measure: 'months', maxMonths: 36 },
  curfew: { label: 'Curfew', restrictive: true, measure: 'months', maxMonths: 24 },
  exclusion: { label: 'Exclusion', restrictive: true, measure: 'months', maxMonths: 24 },
  prohibited_activity: { label: 'Prohibited activity', restrictive: true, measure: 'months', maxMonths: 36 },
  foreign_travel_prohibition: {
    label: 'Foreign travel prohibition',
    restrictive: true,
    measure: 'months',
    maxMonths: 12,
  },
  electronic_monitoring: {
    label: 'Electronic monitoring',
    restrictive: true,
    measure: 'months',
    maxMonths: 36,
  },
  alcohol_abstinence_monitoring: {
    label: 'Alcohol abstinence and monitoring',
    restrictive: true,
    measure: 'months',
    maxMonths: 4,
  },
} as const satisfies Record<string, RequirementType>

export type RequirementTypeCode = keyof typeof REQUIREMENT_TYPES
export const REQUIREMENT_TYPE_CODES = Object.keys(REQUIREMENT_TYPES) as [
  RequirementTypeCode,
  ...RequirementTypeCode[],
]

/**
 * Unpaid work: 40 to 300 hours when sentenced (Sentencing Code Sch 9 para 2); when a court adds unpaid
 * work for a breach, as few as 20 (Sch 10). The record does not say which, so 20 is the floor.
 */
export const UNPAID_WORK_HOURS = { min: 20, max: 300 }
/**
 * RAR: the court sets the maximum number of activity days and the law sets no upper limit; we refuse
 * more than 365 as a guard against typing errors (a year of daily sessions is already implausible).
 */
export const RAR_DAYS = { min: 1, max: 365 }

export function isRestrictive(type: RequirementTypeCode): boolean {
  return REQUIREMENT_TYPES[type].restrictive
}

export interface RequirementFacts {
  type: RequirementTypeCode
  rarDays?: number | null | undefined
  unpaidWorkHours?: number | null | undefined
  lengthMonths?: number | null | undefined
  startDate?: string | null | undefined
  endDate?: string | null | undefined
  terminatedDate?: string | null | undefined
}

/** Problems of one requirement, each with its dotted path (prefix like `disposal.requirements.0.`). */
export function requirementProblems(
  r: RequirementFacts,
  sentenceDate: string | null,
  prefix: string,
): ErrorDetail[] {
  const problems: ErrorDetail[] = []
  const add = (field: string, message: string) => problems.push({ path: `${prefix}${field}`, message })
  const kind = REQUIREMENT_TYPES[r.type]
  const has = (v: number | null | undefined): v is number => v !== null && v !== undefined
  if (kind.measure === 'rar_days') {
    if (!has(r.rarDays)) add('rarDays', 'is required for a rehabilitation activity requirement')
    else if (r.rarDays < RAR_DAYS.min || r.rarDays > RAR_DAYS.max)
      add('rarDays', `must be between ${RAR_DAYS.min} and ${RAR_DAYS.max} days`)
  } else if (has(r.rarDays)) add('rarDays', 'only a rehabilitation activity requirement has RAR days')
  if (kind.measure === 'unpaid_work_hours') {
    if (!has(r.unpaidWorkHours)) add('unpaidWorkHours', 'is required for unpaid work')
    else if (r.unpaidWorkHours < UNPAID_WORK_HOURS.min || r.unpaidWorkHours > UNPAID_WORK_HOURS.max)
      add('unpaidWorkHours', `must be between ${UNPAID_WORK_HOURS.min} and ${UNPAID_WORK_HOURS.max} hours`)
  } else if (has(r.unpaidWorkHours)) add('unpaidWorkHours', 'only unpaid work is counted in hours')
  if (has(r.lengthMonths) && (r.lengthMonths < 1 || r.lengthMonths > kind.maxMonths))
    add('lengthMonths', `must be between 1 and ${kind.maxMonths} months for ${kind.label.toLowerCase()}`)
  if (r.startDate && sentenceDate && r.startDate < sentenceDate)
    add('startDate', 'must not be before the sentence date')
  if (r.endDate && r.startDate && r.endDate < r.startDate) add('endDate', 'must not be before the start date')
  if (r.terminatedDate && r.startDate && r.terminatedDate < r.startDate)
    add('terminatedDate', 'must not be before the start date')
  return problems
}
