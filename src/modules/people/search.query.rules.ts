// What a search asks for: the named fields and one free-text box, read into criteria. The free text
// recognises identifiers and dates wherever they appear ("smith 12/3/85", "2001/0123456Z"); the
// rest are name words, in any order. Identifiers are read in any written form and made canonical;
// a PNC or CRO number whose check letter is wrong is looked up by its digits (the letter follows
// from them). Pure: today is passed in.
import type { ErrorDetail } from '../../platform/errors'
import { checkCrn, checkLetter, checkNiNumber, checkPostcode, checkPrisonNumber } from './identifiers.rules'
import { parseDateText } from './matching.dates.rules'
import { normaliseName } from './matching.names.rules'
import type { SearchCriteria } from './matching.score.rules'

export interface SearchParams {
  q?: string | undefined
  firstName?: string | undefined
  middleNames?: string | undefined
  surname?: string | undefined
  dateOfBirth?: string | undefined
  crn?: string | undefined
  pnc?: string | undefined
  cro?: string | undefined
  prisonNumber?: string | undefined
  niNumber?: string | undefined
  postcode?: string | undefined
}

type Reader = (text: string, today: string) => string | null

/** A PNC number by its year and serial, with the check letter those give. */
export function readPnc(text: string, today: string): string | null {
  const match = /^(\d{2}|\d{4})\/(\d{1,7})[A-Z]?$/.exec(text.trim().toUpperCase())
  if (!match) return null
  const thisYear = Number(today.slice(0, 4))
  let year = Number(match[1])
  if ((match[1] as string).length === 2)
    year += year <= thisYear % 100 ? Math.floor(thisYear / 100) * 100 : 1900
  if (year > thisYear || year < 1900 || /^0+$/.test(match[2] as string)) return null
  const digits = String(year % 100).padStart(2, '0') + (match[2] as string).padStart(7, '0')
  return `${year}/${digits.slice(2)}${checkLetter(digits)}`
}

/** A CRO number (NNNNNN/YYC or SFYY/NNNNNNC) by its digits, with the check letter those give. */
export function readCro(text: string): string | null {
  const t = text.trim().toUpperCase()
  const standard = /^(\d{1,6})\/(\d{2})[A-Z]?$/.exec(t)
  if (standard && !/^0+$/.test(standard[1] as string)) {
    const serial = (standard[1] as string).padStart(6, '0')
    return `${serial}/${standard[2]}${checkLetter((standard[2] as string) + serial)}`
  }
  const fingerprint = /^SF(\d{2})\/(\d{1,6})[A-Z]?$/.exec(t)
  if (fingerprint && !/^0+$/.test(fingerprint[2] as string))
    return `SF${fingerprint[1]}/${fingerprint[2]}${checkLetter((fingerprint[1] as string) + (fingerprint[2] as string))}`
  return null
}

const checked = (rule: (raw: string) => { ok: boolean; value?: string }) => (text: string) => {
  const result = rule(text) as { ok: boolean; value?: string }
  return result.ok ? (result.value as string) : null
}

type ReadField = 'crn' | 'pnc' | 'cro' | 'prisonNumber' | 'niNumber' | 'postcode' | 'dateOfBirth'

const FIELDS: { key: ReadField; read: Reader; expect: string }[] = [
  { key: 'crn', read: checked(checkCrn), expect: 'a CRN: one letter and six digits, e.g. A123456' },
  { key: 'pnc', read: readPnc, expect: 'a PNC number, e.g. 2001/0123456F or 01/123456F' },
  { key: 'cro', read: readCro, expect: 'a CRO number, e.g. 123456/01X or SF93/123456X' },
  { key: 'prisonNumber', read: checked(checkPrisonNumber), expect: 'a prison number, e.g. A1234BC' },
  { key: 'niNumber', read: checked(checkNiNumber), expect: 'a National Insurance number, e.g. AB123456C' },
  { key: 'postcode', read: checked(checkPostcode), expect: 'a UK postcode, e.g. SW1A 1AA' },
  { key: 'dateOfBirth', read: parseDateText, expect: 'a date, e.g. 1985-03-12 or 12/3/1985' },
]

const NAME_WORD = /^[\p{L}'’‘`.-]+$/u

/** The criteria of a search, or the problems with what was given (each naming its field). */
export function readSearch(
  params: SearchParams,
  today: string,
): { ok: true; criteria: SearchCriteria } | { ok: false; details: ErrorDetail[] } {
  const details: ErrorDetail[] = []
  const criteria: SearchCriteria = {
    firstName: null,
    middleNames: [],
    surname: null,
    words: [],
    dateOfBirth: null,
    crn: null,
    pnc: null,
    cro: null,
    prisonNumber: null,
    niNumber: null,
    postcode: null,
  }
  for (const field of FIELDS) {
    const raw = params[field.key]?.trim()
    if (!raw) continue
    const value = field.read(raw, today)
    if (value) criteria[field.key] = value
    else details.push({ path: field.key, message: `must be ${field.expect}` })
  }
  for (const key of ['firstName', 'middleNames', 'surname'] as const) {
    const raw = params[key]?.trim()
    if (!raw) continue
    if (!NAME_WORD.test(raw.replace(/\s+/g, ''))) {
      details.push({ path: key, message: 'must be a name: letters, spaces, hyphens and apostrophes' })
      continue
    }
    const name = normaliseName(raw)
    if (key === 'middleNames') criteria.middleNames = name ? name.split(' ') : []
    else criteria[key] = name || null
  }
  if (params.q?.trim()) readFreeText(params.q, today, criteria, details)
  const given = Object.entries(criteria).some(([, v]) => (Array.isArray(v) ? v.length > 0 : v !== null))
  if (details.length === 0 && !given)
    details.push({
      path: 'q',
      message: 'give something to search for: a name, a date of birth or an identifier',
    })
  return details.length ? { ok: false, details } : { ok: true, criteria }
}

/** Reads the free text into criteria: identifiers and dates (also when written over several words), then names. */
function readFreeText(q: string, today: string, criteria: SearchCriteria, details: ErrorDetail[]) {
  const tokens = q
    .trim()
    .split(/[\s,;]+/)
    .filter(Boolean)
  const unread: string[] = []
  let i = 0
  outer: while (i < tokens.length) {
    // Longest first: "AB 12 34 56 C", "SW1A 1AA", "12 March 1985".
    for (let span = Math.min(5, tokens.length - i); span >= 1; span--) {
      const group = tokens.slice(i, i + span)
      // Every identifier and date has a digit; words without one are names.
      if (!/\d/.test(group[0] as string) && !/\d/.test(group[1] ?? '')) continue
      const forms = span === 1 ? group : [group.join(''), group.join(' ')]
      for (const field of FIELDS) {
        if (criteria[field.key] !== null) continue
        const value = forms.map((form) => field.read(form, today)).find((v) => v !== null)
        if (!value) continue
        criteria[field.key] = value
        i += span
        continue outer
      }
    }
    const token = tokens[i] as string
    if (NAME_WORD.test(token) && normaliseName(token)) criteria.words.push(normaliseName(token))
    else if (!NAME_WORD.test(token)) unread.push(token)
    i++
  }
  if (unread.length)
    details.push({
      path: 'q',
      message: `could not read ${unread.map((t) => `"${t}"`).join(', ')} as a name, a date of birth or an identifier (CRN, PNC, CRO, prison number, National Insurance number, postcode)`,
    })
}
