// The GOV.UK date input's three boxes (day, month, year) read into one 'YYYY-MM-DD' date, with the
// GOV.UK wording for an incomplete or impossible date and the boxes to highlight. Pure.

export type DatePart = 'day' | 'month' | 'year'
export interface DateParts {
  day: string
  month: string
  year: string
}

export type ReadDate =
  | { status: 'empty' }
  | { status: 'ok'; iso: string }
  /** `parts`: the boxes to highlight; empty means the whole date. */
  | { status: 'invalid'; message: string; parts: DatePart[]; raw: string }

export function datePartsFrom(body: Record<string, unknown>, prefix: string): DateParts {
  const part = (name: DatePart) => {
    const value = body[`${prefix}-${name}`]
    return typeof value === 'string' ? value.trim() : ''
  }
  return { day: part('day'), month: part('month'), year: part('year') }
}

export function datePartsOf(iso: string | null | undefined): DateParts {
  const match = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null
  if (!match) return { day: '', month: '', year: '' }
  return { day: String(Number(match[3])), month: String(Number(match[2])), year: match[1] as string }
}

/** Reads the boxes; `label` starts the message ("Date of birth must include a month"). */
export function readDate(parts: DateParts, label: string): ReadDate {
  const { day, month, year } = parts
  const raw = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`
  if (!day && !month && !year) return { status: 'empty' }
  const missing = (['day', 'month', 'year'] as const).filter((p) => parts[p] === '')
  if (missing.length > 0) {
    const list = missing.length === 2 ? `a ${missing[0]} and ${missing[1]}` : `a ${missing[0]}`
    return { status: 'invalid', message: `${label} must include ${list}`, parts: missing, raw }
  }
  const notNumbers = (['day', 'month', 'year'] as const).filter((p) => !/^\d+$/.test(parts[p]))
  if (notNumbers.length > 0)
    return { status: 'invalid', message: `${label} must be a real date`, parts: notNumbers, raw }
  if (year.length !== 4)
    return { status: 'invalid', message: 'Year must include 4 numbers', parts: ['year'], raw }
  const [d, m, y] = [Number(day), Number(month), Number(year)]
  const date = new Date(Date.UTC(y, m - 1, d))
  if (m < 1 || m > 12 || d < 1 || date.getUTCDate() !== d)
    return { status: 'invalid', message: `${label} must be a real date`, parts: [], raw }
  return { status: 'ok', iso: `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` }
}
