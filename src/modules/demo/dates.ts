// Calendar arithmetic on 'YYYY-MM-DD' strings with plain integers (no Date objects: the generator makes
// millions of dates and must stay quick). Proleptic Gregorian calendar, days counted from 1970-01-01.

function digits(iso: string, from: number, to: number): number {
  let n = 0
  for (let i = from; i < to; i++) n = n * 10 + (iso.charCodeAt(i) - 48)
  return n
}

const isLeap = (y: number) => y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0)
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
const daysInMonth = (y: number, m: number) => (m === 2 && isLeap(y) ? 29 : (MONTH_DAYS[m - 1] as number))

function format(y: number, m: number, d: number): string {
  return `${y}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`
}

/** Days since 1970-01-01 (the "days from civil" algorithm). */
export function toEpochDay(iso: string): number {
  let y = digits(iso, 0, 4)
  const m = digits(iso, 5, 7)
  const d = digits(iso, 8, 10)
  if (m <= 2) y -= 1
  const era = Math.floor(y / 400)
  const yoe = y - era * 400
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy
  return era * 146097 + doe - 719468
}

export function fromEpochDay(day: number): string {
  const z = day + 719468
  const era = Math.floor(z / 146097)
  const doe = z - era * 146097
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  )
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100))
  const mp = Math.floor((5 * doy + 2) / 153)
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1
  const m = mp < 10 ? mp + 3 : mp - 9
  return format(yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
}

export function addDays(iso: string, days: number): string {
  return fromEpochDay(toEpochDay(iso) + days)
}

/** The same day `years` years earlier or later (29 February becomes 28 February in other years). */
export function addYears(iso: string, years: number): string {
  return addMonths(iso, years * 12)
}

/** The same day `months` later or earlier, or the month's last day when it is shorter. */
export function addMonths(iso: string, months: number): string {
  const total = digits(iso, 0, 4) * 12 + digits(iso, 5, 7) - 1 + months
  const year = Math.floor(total / 12)
  const month = total - year * 12 + 1
  return format(year, month, Math.min(digits(iso, 8, 10), daysInMonth(year, month)))
}

export function yearOf(iso: string): number {
  return digits(iso, 0, 4)
}

/** The earlier of two dates. */
export const minDate = (a: string, b: string): string => (a < b ? a : b)
