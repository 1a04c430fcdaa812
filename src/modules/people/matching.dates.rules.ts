// Dates of birth as people mistype them: day and month swapped, one day out, one digit wrong, the
// same day of another month, a year typo. compareDatesOfBirth names the slip; dateSlips lists the
// dates a slip could have come from (the search looks them all up). Dates are 'YYYY-MM-DD'. Pure.

export interface DateLevel {
  level: number
  /** What matched, to follow "date of birth", e.g. "with day and month swapped". */
  reason: string
}

const pad = (n: number) => String(n).padStart(2, '0')

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28
  return [4, 6, 9, 11].includes(month) ? 30 : 31
}

/** The date if it exists ('YYYY-MM-DD'), else null. */
export function makeDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) return null
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null
  return `${year}-${pad(month)}-${pad(day)}`
}

const parts = (date: string) =>
  [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))] as const
function dayNumber(date: string): number {
  const [y, m, d] = parts(date)
  return Date.UTC(y, m - 1, d) / 86_400_000
}
const digits = (date: string) => date.replace(/-/g, '')

function differingPositions(a: string, b: string): number[] {
  const out: number[] = []
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) out.push(i)
  return out
}

/** How a date of birth given compares with one on record. */
export function compareDatesOfBirth(query: string, candidate: string): DateLevel {
  if (query === candidate) return { level: 1, reason: 'matched' }
  const [qy, qm, qd] = parts(query)
  const [cy, cm, cd] = parts(candidate)
  if (qy === cy && qm === cd && qd === cm) return { level: 0.85, reason: 'with day and month swapped' }
  if (Math.abs(dayNumber(query) - dayNumber(candidate)) === 1) return { level: 0.8, reason: 'one day out' }
  const diff = differingPositions(digits(query), digits(candidate))
  if (qm === cm && qd === cd && (Math.abs(qy - cy) === 1 || Math.abs(qy - cy) === 10 || diff.length === 1))
    return { level: 0.75, reason: `with the year mistyped (${qy} for ${cy})` }
  if (diff.length === 1) return { level: 0.75, reason: 'with one digit wrong' }
  const [i, j] = diff
  if (diff.length === 2 && j === (i as number) + 1) {
    const q = digits(query)
    const c = digits(candidate)
    if (q[i as number] === c[j as number] && q[j as number] === c[i as number])
      return { level: 0.7, reason: 'with two digits swapped' }
  }
  if (qy === cy && qd === cd) return { level: 0.6, reason: 'the same day of another month' }
  return { level: 0, reason: 'differs' }
}

/**
 * Every real date within `earliest..latest` that a slip of the kinds above turns into `date` (or
 * `date` into), the date itself excluded: the dates to look up when a date of birth is given.
 */
export function dateSlips(date: string, earliest = '1900-01-01', latest = '9999-12-31'): string[] {
  const [y, m, d] = parts(date)
  const out = new Set<string>()
  const add = (value: string | null) => {
    if (value && value !== date && value >= earliest && value <= latest) out.add(value)
  }
  add(makeDate(y, d, m))
  for (const step of [-1, 1]) {
    const t = new Date(Date.UTC(y, m - 1, d + step))
    add(makeDate(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate()))
  }
  for (const dy of [-10, -1, 1, 10]) add(makeDate(y + dy, m, d))
  for (let month = 1; month <= 12; month++) add(makeDate(y, month, d))
  const text = digits(date)
  for (let i = 0; i < text.length; i++) {
    for (let digit = 0; digit <= 9; digit++) {
      const changed = text.slice(0, i) + digit + text.slice(i + 1)
      add(makeDate(Number(changed.slice(0, 4)), Number(changed.slice(4, 6)), Number(changed.slice(6, 8))))
    }
    if (i + 1 < text.length) {
      const swapped = text.slice(0, i) + text[i + 1] + text[i] + text.slice(i + 2)
      add(makeDate(Number(swapped.slice(0, 4)), Number(swapped.slice(4, 6)), Number(swapped.slice(6, 8))))
    }
  }
  return [...out].sort()
}

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC']

/** A two-digit year as the most recent year that leaves the person at least 10 years old today. */
function fullYear(text: string, today: string): number {
  if (text.length === 4) return Number(text)
  const thisYear = Number(today.slice(0, 4))
  const century = Math.floor(thisYear / 100) * 100
  const year = century + Number(text)
  return year > thisYear - 10 ? year - 100 : year
}

/**
 * A date as people write it, day first (UK): 12/3/85, 12-03-1985, 12.3.1985, 1985-03-12, 12 March
 * 1985, 12 Mar 85, 12march1985. Null when the text is not a date or not a real date.
 */
export function parseDateText(text: string, today: string): string | null {
  const t = text.trim().toUpperCase()
  let match = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(t)
  if (match) return makeDate(Number(match[1]), Number(match[2]), Number(match[3]))
  match = /^(\d{1,2})[-/.\s](\d{1,2})[-/.\s](\d{2}|\d{4})$/.exec(t)
  if (match) return makeDate(fullYear(match[3] as string, today), Number(match[2]), Number(match[1]))
  match = /^(\d{1,2})(?:ST|ND|RD|TH)?[\s-/.]*([A-Z]{3,9})[\s-/.,]*(\d{2}|\d{4})$/.exec(t)
  if (match) {
    const month = MONTHS.indexOf((match[2] as string).slice(0, 3)) + 1
    if (month === 0 || !MONTHS_FULL.some((name) => name.startsWith(match?.[2] as string))) return null
    return makeDate(fullYear(match[3] as string, today), month, Number(match[1]))
  }
  return null
}

const MONTHS_FULL = [
  'JANUARY',
  'FEBRUARY',
  'MARCH',
  'APRIL',
  'MAY',
  'JUNE',
  'JULY',
  'AUGUST',
  'SEPTEMBER',
  'OCTOBER',
  'NOVEMBER',
  'DECEMBER',
]
