// Calendar arithmetic on 'YYYY-MM-DD' dates, in UTC so that no daylight-saving change moves a day.
// Pure: no clock.

const toDate = (iso: string) => new Date(`${iso}T00:00:00Z`)
const toIso = (date: Date) => date.toISOString().slice(0, 10)

export function addDays(iso: string, days: number): string {
  const date = toDate(iso)
  date.setUTCDate(date.getUTCDate() + days)
  return toIso(date)
}

/**
 * The same calendar date `months` later. When that month is shorter (31 January + 1 month, 29 February
 * + 12 months) the result is the first day of the following month, so that "before the same date a
 * year later" still covers every day of the year (docs/DECISIONS.md, 22).
 */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number]
  const total = y * 12 + (m - 1) + months
  const year = Math.floor(total / 12)
  const month = (total % 12) + 1
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate()
  if (d > last) return toIso(new Date(Date.UTC(year, month, 1)))
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`
}

export function daysBetween(from: string, to: string): number {
  return Math.round((toDate(to).getTime() - toDate(from).getTime()) / 86_400_000)
}

/** Whole calendar months from `from` to `to` (0 when `to` is not after `from`). */
export function wholeMonthsBetween(from: string, to: string): number {
  if (to <= from) return 0
  const [fy, fm] = from.split('-').map(Number) as [number, number]
  const [ty, tm] = to.split('-').map(Number) as [number, number]
  let months = (ty - fy) * 12 + (tm - fm)
  if (addMonths(from, months) > to) months -= 1
  return Math.max(0, months)
}

export function minutesOf(time: string): number {
  const [h, m] = time.split(':').map(Number) as [number, number]
  return h * 60 + m
}
