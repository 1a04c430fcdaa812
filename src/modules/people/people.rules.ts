// Rules of the real world for a person's names and dates, not of the database's convenience: names
// are kept as written, dates of birth may be unknown, and 16- and 17-year-olds are people on
// probation like any other. Pure: today is passed in.
import type { Checked } from './identifiers.rules'

const ok = (value: string): Checked => ({ ok: true, value })
const refused = (reason: string): Checked => ({ ok: false, reason })

export const NAME_MAX_LENGTH = 100

/**
 * A name exactly as written (apostrophes, hyphens, diacritics and inner spaces kept; only the spaces
 * around it are dropped). Refused when blank, with digits or control characters, or too long.
 */
export function checkName(raw: string): Checked {
  const text = raw.trim()
  if (text === '') return refused('cannot be blank')
  if (/\p{Nd}/u.test(text)) return refused('cannot contain digits')
  if (/\p{Cc}/u.test(text)) return refused('cannot contain control characters such as tabs or line breaks')
  const length = [...text].length
  if (length > NAME_MAX_LENGTH)
    return refused(`must be ${NAME_MAX_LENGTH} characters or fewer (this one has ${length})`)
  return ok(text)
}

/** The English name of a month (1 to 12). */
const monthName = (month: number) =>
  new Date(Date.UTC(2000, month - 1, 1)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' })

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28
  return [4, 6, 9, 11].includes(month) ? 30 : 31
}

/** A calendar date written YYYY-MM-DD that exists (no 30 February). */
export function checkDate(raw: string): Checked {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw.trim())
  if (!match) return refused('must be a date written YYYY-MM-DD, e.g. 1990-04-25')
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  if (month < 1 || month > 12) return refused(`${raw.trim()} is not a real date: there is no month ${month}`)
  const days = daysInMonth(year, month)
  if (day < 1 || day > days)
    return refused(`${raw.trim()} is not a real date: ${monthName(month)} ${year} has ${days} days`)
  return ok(raw.trim())
}

/** Whole years from a date of birth to today; someone born on 29 February turns a year older on 1 March. */
export function ageOn(dateOfBirth: string, today: string): number {
  const years = Number(today.slice(0, 4)) - Number(dateOfBirth.slice(0, 4))
  return today.slice(5) < dateOfBirth.slice(5) ? years - 1 : years
}

export const AGE_OF_CRIMINAL_RESPONSIBILITY = 10
const EARLIEST_DATE_OF_BIRTH = '1900-01-01'

/**
 * A date of birth: a real date, not in the future, not before 1900, and giving an age of at least
 * 10 today (the age of criminal responsibility in England and Wales). No upper bound below 18:
 * 16- and 17-year-olds are accepted.
 */
export function checkDateOfBirth(raw: string, today: string): Checked {
  const date = checkDate(raw)
  if (!date.ok) return date
  const dob = date.value
  if (dob > today) return refused(`${dob} is in the future (today is ${today})`)
  if (dob < EARLIEST_DATE_OF_BIRTH) return refused(`${dob} is before 1900`)
  const age = ageOn(dob, today)
  if (age < AGE_OF_CRIMINAL_RESPONSIBILITY)
    return refused(
      `${dob} makes the person ${age} today: under ${AGE_OF_CRIMINAL_RESPONSIBILITY}, the age of criminal responsibility in England and Wales`,
    )
  return ok(dob)
}

/** An end date, when both are known, is on or after the start date. */
export function checkDateOrder(startDate: string | null | undefined, endDate: string | null | undefined) {
  if (!startDate || !endDate || endDate >= startDate) return null
  return `cannot be before the start date ${startDate}`
}

/**
 * The top-level `postcode` of a person is their main address's postcode: given alone, it sets that
 * address's postcode, or makes a main address holding only the postcode when there is none.
 */
export function withMainPostcode<A extends { status: string; postcode?: string | null }>(
  addresses: readonly A[],
  postcode: string | null | undefined,
  newMainAddress: (postcode: string) => A,
): A[] {
  if (postcode === undefined) return [...addresses]
  const main = addresses.findIndex((a) => a.status === 'main')
  if (main >= 0) return addresses.map((a, i) => (i === main ? { ...a, postcode } : a))
  return postcode === null ? [...addresses] : [...addresses, newMainAddress(postcode)]
}
