// A reduction's figures from what was entered and its reason (reference §2.5): a fixed allowance fills
// in (and locks) the percentage, the maximum caps it, months to expiry give the end date. Pure.
import type { ErrorDetail } from '../../platform/errors'
import { reductionHours } from './practitioner.rules'
import type { ReductionReason } from './workload.reference'

export interface ReductionEntry {
  hours?: number | undefined
  percent?: number | undefined
  startDate: string
  endDate?: string | undefined
}

/** The day before the same date N months on: an expiry of 6 months from 2026-01-15 ends 2026-07-14. */
export function expiryDate(startDate: string, months: number): string {
  const [y, m, d] = startDate.split('-').map(Number) as [number, number, number]
  const total = m - 1 + months
  const year = y + Math.floor(total / 12)
  const month = total % 12
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate()
  const end = new Date(Date.UTC(year, month, Math.min(d, last)) - 86_400_000)
  return end.toISOString().slice(0, 10)
}

export function resolveReduction(
  reason: ReductionReason | undefined,
  entry: ReductionEntry,
  contractedHours: number,
): { problems: ErrorDetail[]; hours: number | null; percent: number | null; endDate: string } {
  const problems: ErrorDetail[] = []
  let hours = entry.hours ?? null
  let percent = entry.percent ?? null
  if (!reason) problems.push({ path: 'reasonCode', message: 'is not a reduction reason in use' })
  else if (!reason.enabled)
    problems.push({ path: 'reasonCode', message: `${reason.label} is no longer in use` })
  if (reason?.allowancePercent != null) {
    if (hours !== null || (percent !== null && percent !== reason.allowancePercent))
      problems.push({
        path: percent !== null ? 'percent' : 'hours',
        message: `${reason.label} has a fixed allowance of ${reason.allowancePercent}%: leave hours and percent out`,
      })
    hours = null
    percent = reason.allowancePercent
  } else if ((hours === null) === (percent === null)) {
    problems.push({ path: 'hours', message: 'give either hours or percent' })
  }
  const effective = reductionHours({ hours, percent }, contractedHours)
  if (hours !== null && hours > contractedHours)
    problems.push({ path: 'hours', message: `must not exceed the contracted hours (${contractedHours})` })
  if (reason?.maxPercent != null) {
    const max = Math.floor(contractedHours * reason.maxPercent) / 100
    if (effective > max)
      problems.push({
        path: percent !== null ? 'percent' : 'hours',
        message: `${reason.label} allows at most ${reason.maxPercent}% of contracted hours (${max} hours)`,
      })
  }
  let endDate = entry.endDate
  if (!endDate && reason?.monthsToExpiry) endDate = expiryDate(entry.startDate, reason.monthsToExpiry)
  if (!endDate)
    problems.push({ path: 'endDate', message: 'is required: this reason has no automatic expiry' })
  else if (endDate < entry.startDate)
    problems.push({ path: 'endDate', message: 'must not be before the start date' })
  return { problems, hours, percent, endDate: endDate ?? entry.startDate }
}
