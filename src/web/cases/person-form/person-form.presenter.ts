// The person form (add a person, change personal details): the fields, their values from a posted form
// or from the record, the body sent to the people service, and the service's problems turned into the
// GOV.UK error summary and inline messages, keyed by the field ids. Pure.
import type { PersonRecord } from '../../../modules/people'
import type { ErrorDetail } from '../../../platform/errors'
import { type DatePart, type DateParts, datePartsFrom, datePartsOf, readDate } from '../date-parts'
import { formatDate, SEX_LABELS } from '../format'

export const TEXT_FIELDS = [
  'firstName',
  'middleNames',
  'surname',
  'pnc',
  'cro',
  'prisonNumber',
  'niNumber',
  'postcode',
  'phoneNumber',
  'mobileNumber',
  'emailAddress',
] as const
type TextField = (typeof TEXT_FIELDS)[number]

/** Each field's label, and the message when it is left empty but needed. */
export const FIELDS: Record<string, { label: string; empty?: string }> = {
  firstName: { label: 'First name', empty: 'Enter the first name' },
  middleNames: { label: 'Middle names' },
  surname: { label: 'Last name', empty: 'Enter the last name' },
  dateOfBirth: { label: 'Date of birth' },
  sex: { label: 'Sex', empty: 'Select the sex recorded for this person' },
  pnc: { label: 'PNC number' },
  cro: { label: 'CRO number' },
  prisonNumber: { label: 'Prison number' },
  niNumber: { label: 'National Insurance number' },
  postcode: { label: 'Postcode' },
  phoneNumber: { label: 'Telephone' },
  mobileNumber: { label: 'Mobile' },
  emailAddress: { label: 'Email address' },
  differentPersonReason: {
    label: 'Why this is a different person',
    empty: 'Say why this is a different person from the ones already on record',
  },
}

export type PersonFormValues = Record<TextField, string> & {
  dateOfBirth: DateParts
  sex: string
  confirmDifferentPerson: boolean
  differentPersonReason: string
}

export interface FormError {
  text: string
  href: string
}
export interface FormProblems {
  errors: FormError[]
  /** By field name: the inline message, and for the date the boxes to highlight. */
  fieldErrors: Record<string, { text: string; parts?: DatePart[] }>
}

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '')

export function valuesFromBody(body: Record<string, unknown>): PersonFormValues {
  const values = {} as PersonFormValues
  for (const field of TEXT_FIELDS) values[field] = text(body[field])
  values.dateOfBirth = datePartsFrom(body, 'dateOfBirth')
  values.sex = text(body.sex)
  values.confirmDifferentPerson = body.confirmDifferentPerson === 'yes'
  values.differentPersonReason = text(body.differentPersonReason)
  return values
}

export function valuesFromRecord(person: PersonRecord): PersonFormValues {
  const values = {} as PersonFormValues
  for (const field of TEXT_FIELDS) values[field] = person[field] ?? ''
  values.dateOfBirth = datePartsOf(person.dateOfBirth)
  values.sex = person.sex
  values.confirmDifferentPerson = false
  values.differentPersonReason = ''
  return values
}

/**
 * The body for the people service. Every field goes to the service, even with a date it cannot read,
 * so that one answer lists every problem; the date's own GOV.UK message replaces the service's.
 */
export function serviceInput(values: PersonFormValues): {
  input: Record<string, unknown>
  dateProblem: { text: string; parts: DatePart[] } | null
} {
  const input: Record<string, unknown> = {}
  for (const field of TEXT_FIELDS) input[field] = values[field]
  input.sex = values.sex
  const date = readDate(values.dateOfBirth, 'Date of birth')
  input.dateOfBirth = date.status === 'ok' ? date.iso : date.status === 'empty' ? null : date.raw
  // Ticked without a reason: the route names that problem, and the service is asked as if unticked.
  if (values.confirmDifferentPerson && values.differentPersonReason) {
    input.confirmDifferentPerson = true
    input.differentPersonReason = values.differentPersonReason
  }
  return {
    input,
    dateProblem: date.status === 'invalid' ? { text: date.message, parts: date.parts } : null,
  }
}

const STARTS_A_SENTENCE = /^(must|cannot|is|are|has|differs|can|needs|only)\b/

/** One service problem in the words of the form: "PNC number must look like ..." */
export function messageFor(detail: ErrorDetail): string {
  if (detail.path === 'version')
    return 'The form did not say which version of the record it changes: open the page again from the case'
  const field = FIELDS[detail.path]
  if (!field) return detail.message
  const empty = /^(is required|cannot be blank)/.test(detail.message)
  if (field.empty && (empty || detail.path === 'sex')) return field.empty
  // Dates of birth come back as "1990-13-01 is not a real date: ..."; the field's label reads better.
  const message =
    detail.path === 'dateOfBirth' ? detail.message.replace(/^\S+ (?=is|makes)/, '') : detail.message
  return STARTS_A_SENTENCE.test(message) || /^makes\b/.test(message)
    ? `${field.label} ${message}`
    : `${field.label}: ${message}`
}

/** The id of the element a problem links to (the first box of the date, the first radio). */
function hrefFor(path: string, parts: DatePart[] = []): string {
  if (path === 'dateOfBirth') return `#dateOfBirth-${parts[0] ?? 'day'}`
  if (FIELDS[path]) return `#${path}`
  return '#person-form'
}

export function problemsFrom(
  details: ErrorDetail[],
  dateProblem: { text: string; parts: DatePart[] } | null,
): FormProblems {
  const problems: FormProblems = { errors: [], fieldErrors: {} }
  const order = Object.keys(FIELDS)
  const sorted = [...details].sort((a, b) => rank(a.path) - rank(b.path))
  for (const detail of sorted) {
    const date = detail.path === 'dateOfBirth' ? dateProblem : null
    const text = date?.text ?? messageFor(detail)
    const parts = date?.parts ?? []
    problems.errors.push({ text, href: hrefFor(detail.path, parts) })
    if (!problems.fieldErrors[detail.path]) problems.fieldErrors[detail.path] = { text, parts }
  }
  return problems

  function rank(path: string) {
    const index = order.indexOf(path)
    return index === -1 ? order.length : index
  }
}

/** The fields that differ between two sets of values, in the form's order, as people read them. */
export function differences(
  a: PersonFormValues,
  b: PersonFormValues,
): { field: string; label: string; a: string; b: string }[] {
  const shown = (values: PersonFormValues, field: string): string => {
    if (field === 'dateOfBirth') {
      const date = readDate(values.dateOfBirth, 'Date of birth')
      if (date.status === 'ok') return formatDate(date.iso)
      if (date.status === 'empty') return ''
      return [values.dateOfBirth.day, values.dateOfBirth.month, values.dateOfBirth.year].join(' ')
    }
    if (field === 'sex') return SEX_LABELS[values.sex] ?? values.sex
    return values[field as TextField] ?? ''
  }
  return Object.keys(FIELDS)
    .filter((field) => field !== 'differentPersonReason')
    .map((field) => ({ field, label: FIELDS[field]?.label ?? field, a: shown(a, field), b: shown(b, field) }))
    .filter((d) => (LOOSE.includes(d.field) ? loose(d.a) !== loose(d.b) : d.a !== d.b))
}

// Identifiers and postcodes are stored in canonical form: "m1 1ae" as typed is the same as "M1 1AE".
const LOOSE = ['pnc', 'cro', 'prisonNumber', 'niNumber', 'postcode']
const loose = (value: string) => value.toUpperCase().replace(/\s/g, '')
