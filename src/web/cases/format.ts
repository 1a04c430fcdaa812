// How the case pages write dates, ages, names and codes: the GOV.UK style ("25 April 1990"), the
// practitioners' words for stored codes. Pure: today is passed in.

/** The English name of a month (1 to 12). */
const monthName = (month: number) =>
  new Date(Date.UTC(2000, month - 1, 1)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' })

/** 'YYYY-MM-DD' as "5 January 2026"; anything else as it is. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return ''
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso)
  if (!match) return iso
  return `${Number(match[3])} ${monthName(Number(match[2]))} ${match[1]}`
}

/** A timestamp as "5 January 2026 at 14:05", in UK time (the time practitioners work in). */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return ''
  const at = new Date(iso)
  if (Number.isNaN(at.getTime())) return iso
  const day = at.toLocaleDateString('en-CA', { timeZone: 'Europe/London' })
  const time = at.toLocaleTimeString('en-GB', {
    timeZone: 'Europe/London',
    hour: '2-digit',
    minute: '2-digit',
  })
  return `${formatDate(day)} at ${time}`
}

/** Whole years from a date of birth to today; born on 29 February, a year older on 1 March. */
export function ageOn(dateOfBirth: string, today: string): number {
  const years = Number(today.slice(0, 4)) - Number(dateOfBirth.slice(0, 4))
  return today.slice(5) < dateOfBirth.slice(5) ? years - 1 : years
}

export function fullName(p: { firstName: string; middleNames?: string | null; surname: string }): string {
  return [p.firstName, p.middleNames, p.surname].filter(Boolean).join(' ')
}

/** A stored code in words: `suspended_sentence_order` as "Suspended sentence order". */
export function words(code: string | null | undefined): string {
  if (!code) return ''
  const text = code.replace(/_/g, ' ')
  return text.charAt(0).toUpperCase() + text.slice(1)
}

export const SEX_LABELS: Record<string, string> = {
  male: 'Male',
  female: 'Female',
  other: 'Other',
  unknown: 'Not known',
}
