// Pure rules of the organisation: no I/O, no clock (today is passed in).
import type { ErrorDetail } from '../../platform/errors'

export interface StaffVetting {
  vetting: readonly string[]
  vettingExpiresOn: string | null
}

/** Cross-field problems of a staff record, with the dotted path of the field at fault. */
export function staffProblems(staff: StaffVetting, pathPrefix = ''): ErrorDetail[] {
  const problems: ErrorDetail[] = []
  if (staff.vettingExpiresOn && staff.vetting.length === 0) {
    problems.push({
      path: `${pathPrefix}vettingExpiresOn`,
      message: 'an expiry date needs at least one vetting clearance',
    })
  }
  return problems
}

/**
 * Whether the member of staff holds this clearance today, with the reason either way. Clearance without
 * a recorded expiry counts as current: the record of who vetted them lives with the vetting body.
 */
export function hasCurrentVetting(
  staff: StaffVetting,
  clearance: string,
  today: string,
): { current: boolean; reason: string } {
  if (!staff.vetting.includes(clearance))
    return { current: false, reason: `no ${clearance} vetting recorded` }
  if (staff.vettingExpiresOn && staff.vettingExpiresOn < today)
    return { current: false, reason: `${clearance} vetting expired on ${staff.vettingExpiresOn}` }
  return {
    current: true,
    reason: staff.vettingExpiresOn
      ? `${clearance} vetting valid until ${staff.vettingExpiresOn}`
      : `${clearance} vetting recorded with no expiry`,
  }
}
