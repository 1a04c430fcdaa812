// The chronology's filters, read from the page's GET form (kinds as checkboxes, dates as GOV.UK date
// inputs), and its entries as table rows. Pure.
import { CHRONOLOGY_KINDS, type ChronologyEntry } from '../../../modules/enforcement'
import { type DatePart, type DateParts, datePartsFrom, readDate } from '../date-parts'
import { formatDate } from '../format'

export const KIND_LABELS: Record<(typeof CHRONOLOGY_KINDS)[number], string> = {
  contact: 'Contacts',
  outcome: 'Outcomes',
  enforcement: 'Enforcement',
  breach_pack: 'Breach and recall packs',
  register: 'Registers',
  event: 'Events',
}
const KIND_TAGS: Record<string, string> = {
  contact: 'govuk-tag--blue',
  outcome: 'govuk-tag--turquoise',
  enforcement: 'govuk-tag--orange',
  breach_pack: 'govuk-tag--red',
  register: 'govuk-tag--purple',
  event: 'govuk-tag--grey',
}
const KIND_NAMES: Record<string, string> = {
  contact: 'Contact',
  outcome: 'Outcome',
  enforcement: 'Enforcement',
  breach_pack: 'Breach pack',
  register: 'Register',
  event: 'Event',
}

export interface FormError {
  text: string
  href: string
}

export interface ChronologyFilters {
  /** What the service is asked for (only the filters that could be read). */
  query: { type?: string; from?: string; to?: string }
  form: { types: string[]; from: DateParts; to: DateParts }
  errors: FormError[]
  fieldErrors: Record<string, { text: string; parts: DatePart[] }>
}

export function readFilters(query: Record<string, unknown>): ChronologyFilters {
  const given = ([] as unknown[]).concat(query.type ?? [])
  const types = given.filter((t): t is string => (CHRONOLOGY_KINDS as readonly unknown[]).includes(t))
  const result: ChronologyFilters = {
    query: types.length > 0 ? { type: types.join(',') } : {},
    form: { types, from: datePartsFrom(query, 'from'), to: datePartsFrom(query, 'to') },
    errors: [],
    fieldErrors: {},
  }
  for (const [field, label] of [
    ['from', 'Date from'],
    ['to', 'Date to'],
  ] as const) {
    const read = readDate(result.form[field], label)
    if (read.status === 'ok') result.query[field] = read.iso
    else if (read.status === 'invalid') {
      const first = read.parts[0] ?? 'day'
      result.errors.push({ text: read.message, href: `#${field}-${first}` })
      result.fieldErrors[field] = { text: read.message, parts: read.parts }
    }
  }
  const { from, to } = result.query
  if (from && to && to < from) {
    const text = 'Date to must be the same as or after date from'
    result.errors.push({ text, href: '#to-day' })
    result.fieldErrors.to = { text, parts: [] }
    delete result.query.to
  }
  return result
}

export function chronologyRows(entries: ChronologyEntry[]) {
  return entries.map((e) => ({
    date: formatDate(e.date),
    time: e.time ?? '',
    kind: { text: KIND_NAMES[e.kind] ?? e.kind, classes: KIND_TAGS[e.kind] ?? 'govuk-tag--grey' },
    summary: e.summary,
    sensitive: e.sensitive,
    staffCode: e.staffCode ?? '',
  }))
}

export const kindOptions = (selected: string[]) =>
  CHRONOLOGY_KINDS.map((kind) => ({ value: kind, text: KIND_LABELS[kind], checked: selected.includes(kind) }))
