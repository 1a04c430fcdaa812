// The identity header on every case page: who this is (name, CRN, date of birth and age, identifiers,
// number of aliases) and the flags a practitioner must see first (the active registers).
import type { PersonRecord } from '../../modules/people'
import type { Register } from '../../modules/registers'
import { ageOn, formatDate, fullName } from './format'
import { registerTag, type Tag } from './registers.presenter'

export interface CaseHeader {
  crn: string
  name: string
  dateOfBirth: string
  identifiers: { label: string; value: string }[]
  aliases: string
  flags: Tag[]
}

export function dateOfBirthText(dateOfBirth: string | null, today: string): string {
  if (!dateOfBirth) return 'Not known'
  return `${formatDate(dateOfBirth)} (${ageOn(dateOfBirth, today)} years old)`
}

export function identifiersOf(person: PersonRecord): { label: string; value: string }[] {
  const all: [string, string | null][] = [
    ['PNC number', person.pnc],
    ['CRO number', person.cro],
    ['Prison number', person.prisonNumber],
    ['National Insurance number', person.niNumber],
  ]
  return all.filter(([, value]) => value).map(([label, value]) => ({ label, value: value as string }))
}

export function caseHeader(person: PersonRecord, registers: Register[] | null, today: string): CaseHeader {
  const count = person.aliases.length
  return {
    crn: person.crn,
    name: fullName(person),
    dateOfBirth: dateOfBirthText(person.dateOfBirth, today),
    identifiers: identifiersOf(person).filter((i) => i.label === 'PNC number'),
    aliases: count === 0 ? 'None' : count === 1 ? '1 alias' : `${count} aliases`,
    flags: (registers ?? []).filter((r) => r.active).map(registerTag),
  }
}
