// The case overview as the page shows it: personal details, aliases, addresses (main first, then
// previous and others), circumstances, registers, events with their sentence and requirements.
import type { RequirementProgress } from '../../../modules/contacts'
import type { AddressInput, PersonRecord } from '../../../modules/people'
import type { Register } from '../../../modules/registers'
import { type Event, REQUIREMENT_TYPES, type Requirement } from '../../../modules/sentences'
import { dateOfBirthText, identifiersOf } from '../case-header.presenter'
import { formatDate, fullName, SEX_LABELS, words } from '../format'
import { registerRows } from '../registers.presenter'

type Address = PersonRecord['addresses'][number] | AddressInput
interface Row {
  key: { text: string }
  value: { text: string }
}
const row = (key: string, value: string | null | undefined): Row => ({
  key: { text: key },
  value: { text: value || 'Not known' },
})

const ADDRESS_ORDER = ['main', 'secondary', 'postal', 'previous']

export function addressLines(a: Address): string[] {
  if (a.noFixedAbode) return ['No fixed abode', ...(a.town ? [a.town] : [])]
  const street = [a.addressNumber, a.streetName].filter(Boolean).join(' ')
  return [a.buildingName, street, a.district, a.town, a.county, a.postcode].filter(Boolean) as string[]
}

function addresses(person: PersonRecord) {
  return [...person.addresses]
    .sort((a, b) => ADDRESS_ORDER.indexOf(a.status) - ADDRESS_ORDER.indexOf(b.status))
    .map((a) => ({
      status: a.status === 'main' ? 'Main address' : `${words(a.status)} address`,
      lines: addressLines(a),
      from: formatDate(a.startDate),
      to: formatDate(a.endDate),
      notes: a.notes,
    }))
}

function personalDetails(person: PersonRecord, today: string): Row[] {
  return [
    row('Name', fullName(person)),
    row('Date of birth', dateOfBirthText(person.dateOfBirth, today)),
    row('Sex', SEX_LABELS[person.sex] ?? person.sex),
    ...(person.genderIdentity ? [row('Gender identity', person.genderIdentity)] : []),
    row('Ethnicity', person.ethnicity),
    row('Nationality', person.nationality),
    row('Telephone', person.phoneNumber),
    row('Mobile', person.mobileNumber),
    row('Email address', person.emailAddress),
  ]
}

const CIRCUMSTANCE_KINDS: Record<string, string> = {
  circumstance: 'Circumstance',
  disability: 'Disability',
  reasonable_adjustment: 'Adjustment',
}

function lengthText(length: { value: number; unit: string } | null): string {
  if (!length) return ''
  const unit = length.value === 1 ? length.unit.replace(/s$/, '') : length.unit
  return `${length.value} ${unit}`
}

function requirementText(r: Requirement) {
  const label = (REQUIREMENT_TYPES as Record<string, { label: string }>)[r.type]?.label ?? words(r.type)
  const amount = r.rarDays
    ? `${r.rarDays} days`
    : r.unpaidWorkHours
      ? `${r.unpaidWorkHours} hours`
      : r.lengthMonths
        ? `${r.lengthMonths} months`
        : ''
  return { label, amount }
}

function events(list: Event[], progress: RequirementProgress[]) {
  return list.map((e) => {
    const d = e.disposal
    const offences = [...e.offences].sort((a, b) => Number(b.main) - Number(a.main))
    const keyDates = d
      ? [
          ['Sentence date', d.sentenceDate],
          ['Expected end date', d.expectedEndDate],
          ['Release date', d.releaseDate],
          ['Licence end date', d.licenceEndDate],
          ['Terminated', d.terminatedDate],
        ]
          .filter(([, date]) => date)
          .map(([label, date]) => ({ label: label as string, date: formatDate(date) }))
      : []
    return {
      title: `Event ${e.eventNumber}${d ? `: ${words(d.type)}` : ''}`,
      convictionDate: formatDate(e.convictionDate) || 'Not known',
      court: e.courtName ?? 'Not known',
      offences: offences.map((o) => ({
        text: `${o.description} (${o.homeOfficeCode})`,
        main: o.main,
        date: formatDate(o.offenceDate),
        count: o.count,
      })),
      sentence: d ? [words(d.type), lengthText(d.length)].filter(Boolean).join(', ') : 'Not sentenced yet',
      terminationReason: d?.terminationReason ?? null,
      keyDates,
      requirements: (d?.requirements ?? []).map((r) => {
        const { label, amount } = requirementText(r)
        return {
          label,
          amount,
          restrictive: r.restrictive,
          start: formatDate(r.startDate),
          end: formatDate(r.terminatedDate ?? r.endDate),
          progress: progress.find((p) => p.requirementId === r.id)?.summary ?? '',
        }
      }),
      licenceConditions: (d?.licenceConditions ?? []).map((c) => ({
        type: words(c.type),
        description: c.description,
      })),
    }
  })
}

export function overviewOf(
  person: PersonRecord,
  facts: { events: Event[]; registers: Register[]; progress: RequirementProgress[] },
  today: string,
) {
  return {
    personalDetails: personalDetails(person, today),
    identifiers: identifiersOf(person),
    aliases: person.aliases.map((a) => ({
      name: fullName(a),
      dateOfBirth: formatDate(a.dateOfBirth) || 'Not known',
    })),
    addresses: addresses(person),
    circumstances: person.circumstances.map((c) => ({
      kind: CIRCUMSTANCE_KINDS[c.kind] ?? words(c.kind),
      type: words(c.type),
      from: formatDate(c.startDate),
      to: formatDate(c.endDate),
      notes: c.notes ?? '',
    })),
    registers: registerRows(facts.registers),
    events: events(facts.events, facts.progress),
  }
}
