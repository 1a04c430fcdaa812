// Register (flag) types and their rules: which take a level or a category, which need vetting to see,
// which are tiering's complexity factors (reference/hmpps-services.md §1.2). Pure: no I/O, no clock.
import type { ErrorDetail } from '../../platform/errors'

export interface RegisterType {
  label: string
  /** Allowed levels, or none when the type has no level. */
  levels?: readonly string[]
  /** Allowed categories, or none when the type has no category. */
  categories?: readonly string[]
  /** Details visible only to staff with the matching vetting (ViSOR: police vetting). */
  requiresVetting: boolean
  /** Counts as a complexity factor in the protect-by-change tier (2 points each). */
  complexityFactor: boolean
}

const flag = (label: string, complexityFactor = false): RegisterType => ({
  label,
  requiresVetting: false,
  complexityFactor,
})

export const REGISTER_TYPES = {
  rosh: { ...flag('Risk of serious harm'), levels: ['low', 'medium', 'high', 'very_high'] },
  mappa: { ...flag('MAPPA'), levels: ['1', '2', '3'], categories: ['1', '2', '3', '4'] },
  domestic_abuse_perpetrator: flag('Domestic abuse perpetrator'),
  domestic_abuse_victim: flag('Domestic abuse victim'),
  child_protection: flag('Child protection', true),
  child_concerns: flag('Child concerns', true),
  stalking: flag('Stalking'),
  risk_to_staff: flag('Risk to staff'),
  visor: { ...flag('ViSOR'), requiresVetting: true },
  high_profile: flag('High profile'),
  weapons: flag('Weapons'),
  mental_health: flag('Mental health issues', true),
  suicide_self_harm: flag('Suicide or self-harm', true),
  vulnerability: flag('Vulnerability', true),
  public_interest: flag('Public interest', true),
  adult_at_risk: flag('Adult at risk', true),
  street_gangs: flag('Street gangs', true),
  terrorism: flag('Terrorism', true),
  risk_to_children: flag('Risk to children', true),
} as const satisfies Record<string, RegisterType>

/** The clearance a member of staff needs to see a vetting-gated register's details (police vetting for ViSOR). */
export const REGISTER_CLEARANCE = 'visor'

export type RegisterTypeCode = keyof typeof REGISTER_TYPES
export const REGISTER_TYPE_CODES = Object.keys(REGISTER_TYPES) as [RegisterTypeCode, ...RegisterTypeCode[]]

export interface RegisterFacts {
  type: RegisterTypeCode
  level: string | null
  category: string | null
  registeredDate: string
  nextReviewDate: string | null
  deregisteredDate: string | null
  deregistrationReason: string | null
}

/** Every problem of a register, with dotted paths (prefix e.g. `items.2.register.`). */
export function registerProblems(r: RegisterFacts, today: string, prefix = ''): ErrorDetail[] {
  const problems: ErrorDetail[] = []
  const add = (path: string, message: string) => problems.push({ path: `${prefix}${path}`, message })
  const kind: RegisterType = REGISTER_TYPES[r.type]
  const label = kind.label
  checkScale(kind.levels, r.level, 'level')
  checkScale(kind.categories, r.category, 'category')
  if (r.registeredDate > today) add('registeredDate', 'must not be in the future')
  if (r.nextReviewDate && r.nextReviewDate < r.registeredDate)
    add('nextReviewDate', 'must not be before the registration date')
  if (r.deregisteredDate && r.deregisteredDate < r.registeredDate)
    add('deregisteredDate', 'must not be before the registration date')
  else if (r.deregisteredDate && r.deregisteredDate > today)
    add('deregisteredDate', 'must not be in the future')
  if (r.deregisteredDate && !r.deregistrationReason)
    add('deregistrationReason', 'is required when the register is ended')
  if (r.deregistrationReason && !r.deregisteredDate) add('deregisteredDate', 'is required with a reason')
  return problems

  function checkScale(allowed: readonly string[] | undefined, value: string | null, field: string) {
    if (!allowed) {
      if (value !== null) add(field, `a ${label} register has no ${field}`)
    } else if (value === null) add(field, `is required for a ${label} register: one of ${allowed.join(', ')}`)
    else if (!allowed.includes(value))
      add(field, `must be one of ${allowed.join(', ')} for a ${label} register`)
  }
}

/** Active on a date: registered on or before it and not yet de-registered. */
export function isActive(r: Pick<RegisterFacts, 'registeredDate' | 'deregisteredDate'>, on: string): boolean {
  return r.registeredDate <= on && (r.deregisteredDate === null || r.deregisteredDate > on)
}
