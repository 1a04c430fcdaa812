// The staff form: its fields from a posted form or from the record, and the body the organisation
// service takes. The vetting expiry is a GOV.UK date input; a date that cannot be read is reported
// here, beside the service's own problems, so every problem shows at once. Pure.
import { GRADES, SPECIALISMS, type Staff, VETTING } from '../../modules/organisation'
import type { ErrorDetail } from '../../platform/errors'
import { type DateParts, datePartsFrom, datePartsOf, readDate } from '../cases/date-parts'
import { words } from '../cases/format'
import { textFields, ticked } from '../forms'

export const STAFF_LABELS: Record<string, string> = {
  code: 'Staff code',
  firstName: 'First name',
  surname: 'Last name',
  email: 'Email address',
  teamCode: 'Team',
  grade: 'Grade',
  contractedHours: 'Contracted hours',
  vetting: 'Vetting',
  vettingExpiresOn: 'Vetting expiry date',
  specialisms: 'Specialisms',
  version: 'Version',
}

const TEXT = ['code', 'firstName', 'surname', 'email', 'teamCode', 'grade', 'contractedHours'] as const

export interface StaffFormValues extends Record<(typeof TEXT)[number], string> {
  vetting: string[]
  vettingExpiresOn: DateParts
  specialisms: string[]
}

export function staffValuesFromBody(body: unknown): StaffFormValues {
  return {
    ...textFields(body, TEXT),
    vetting: ticked(body, 'vetting'),
    vettingExpiresOn: datePartsFrom((body ?? {}) as Record<string, unknown>, 'vettingExpiresOn'),
    specialisms: ticked(body, 'specialisms'),
  }
}

export function staffValuesFromRecord(s: Staff): StaffFormValues {
  return {
    code: s.code,
    firstName: s.firstName,
    surname: s.surname,
    email: s.email ?? '',
    teamCode: s.teamCode ?? '',
    grade: s.grade,
    contractedHours: String(s.contractedHours),
    vetting: [...s.vetting],
    vettingExpiresOn: datePartsOf(s.vettingExpiresOn),
    specialisms: [...s.specialisms],
  }
}

/** The service's body, and the problems the form itself found (an unreadable date or number). */
export function staffInputOf(v: StaffFormValues): {
  input: Record<string, unknown>
  problems: ErrorDetail[]
} {
  const problems: ErrorDetail[] = []
  const date = readDate(v.vettingExpiresOn, 'Vetting expiry date')
  if (date.status === 'invalid') problems.push({ path: 'vettingExpiresOn', message: 'must be a real date' })
  const hours = v.contractedHours === '' ? undefined : Number(v.contractedHours)
  if (hours !== undefined && Number.isNaN(hours))
    problems.push({ path: 'contractedHours', message: 'must be a number of hours, like 37 or 22.5' })
  return {
    input: {
      firstName: v.firstName,
      surname: v.surname,
      email: v.email || null,
      teamCode: v.teamCode || null,
      grade: v.grade,
      contractedHours: hours,
      vetting: v.vetting,
      vettingExpiresOn: date.status === 'ok' ? date.iso : null,
      specialisms: v.specialisms,
    },
    problems,
  }
}

export const staffChoices = (values: StaffFormValues | null) => ({
  grades: GRADES.map((g) => ({ value: g, text: g, selected: values?.grade === g })),
  vetting: VETTING.map((v) => ({
    value: v,
    text: v.toUpperCase(),
    checked: values?.vetting.includes(v) ?? false,
  })),
  specialisms: SPECIALISMS.map((s) => ({
    value: s,
    text: words(s),
    checked: values?.specialisms.includes(s) ?? false,
  })),
})
