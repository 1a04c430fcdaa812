// The score of one person against what was searched for: 0..1, higher is better, with the reasons.
// Each name form of the person (the main name and every alias) is compared and the best one counts.
// Fields given in the search and known on the record are weighed; identifiers that match lift the
// score near 1, identifiers that differ pull it down; the twins rule (docs/DECISIONS.md 16) caps it.
// Pure: the caller gives the phonetic lookup. docs/search.md explains the weights.
import { compareDatesOfBirth } from './matching.dates.rules'
import {
  compareFirstNames,
  compareSurnames,
  firstNamesCompatible,
  type NameLevel,
  normaliseName,
  type Sounds,
} from './matching.names.rules'

export const IDENTIFIER_KINDS = ['crn', 'pnc', 'cro', 'prisonNumber', 'niNumber'] as const
export type IdentifierKind = (typeof IDENTIFIER_KINDS)[number]
export type Identifiers = Record<IdentifierKind, string | null>
const LABEL: Record<IdentifierKind, string> = {
  crn: 'CRN',
  pnc: 'PNC',
  cro: 'CRO number',
  prisonNumber: 'prison number',
  niNumber: 'National Insurance number',
}

/** What was searched for: names normalised (normaliseName), identifiers canonical. */
export interface SearchCriteria extends Identifiers {
  firstName: string | null
  middleNames: string[]
  surname: string | null
  /** Name words of the free text, in no known order. */
  words: string[]
  dateOfBirth: string | null
  postcode: string | null
}

export interface CandidateName {
  kind: 'main' | 'alias'
  firstName: string
  middleNames: string | null
  surname: string
  /** The alias's own date of birth, or the person's for the main name. */
  dateOfBirth: string | null
}

export interface MatchCandidate extends Identifiers {
  names: CandidateName[]
  /** The person's date of birth: an alias without one of its own is taken to share it. */
  dateOfBirth: string | null
  postcodes: { postcode: string; status: string }[]
  /** Identifiers of records merged into this one. */
  formerIdentifiers: Identifiers[]
}

export interface Match {
  score: number
  reasons: string[]
  evidence: {
    surname: number | null
    firstName: number | null
    dateOfBirth: number | null
    identifier: 'matched' | 'differs' | null
    twin: boolean
  }
}

export const WEIGHTS = { surname: 0.34, firstName: 0.26, middleNames: 0.06, dateOfBirth: 0.3, postcode: 0.08 }
/** Above this, with names and date of birth agreeing, a new person looks like an existing one. */
export const DUPLICATE_THRESHOLD = 0.8

type Field = keyof typeof WEIGHTS

interface Part {
  field: Field
  weight: number
  level: number
  reason: string
}

interface Roles {
  first: string | null
  middle: string[]
  surname: string | null
  swapped?: boolean
}

/** The ways free-text words can be a name: a surname of one or two words, a first name, the rest middle. */
export function nameReadings(words: readonly string[]): Roles[] {
  if (words.length === 1) {
    const [word] = words as [string]
    return [
      { first: null, middle: [], surname: word },
      { first: word, middle: [], surname: null },
    ]
  }
  const readings: Roles[] = []
  for (let i = 0; i < words.length; i++)
    for (const span of [1, 2]) {
      if (i + span > words.length) continue
      const surname = words.slice(i, i + span).join(' ')
      const rest = [...words.slice(0, i), ...words.slice(i + span)]
      if (rest.length === 0) readings.push({ first: null, middle: [], surname })
      rest.forEach((first, j) => {
        readings.push({ first, middle: rest.filter((_, k) => k !== j), surname })
      })
    }
  return readings
}

/** A name form with its parts normalised once (scoring compares each with every reading of the search). */
interface Form {
  name: CandidateName
  first: string
  surname: string
  middles: string[]
}

function namePartsFor(roles: Roles, form: Form, sounds: Sounds): Part[] {
  const parts: Part[] = []
  const { first, surname, middles } = form
  if (roles.surname) {
    const level = compareSurnames(roles.surname, surname, sounds)
    parts.push({
      field: 'surname',
      weight: WEIGHTS.surname,
      level: level.level,
      reason: `surname ${level.reason}`,
    })
  }
  if (roles.first) {
    let level: NameLevel = compareFirstNames(roles.first, first, sounds)
    if (level.level < 0.7) {
      const asMiddle = middles.map((m) => compareFirstNames(roles.first as string, m, sounds))
      if (asMiddle.some((m) => m.level >= 0.85)) level = { level: 0.75, reason: 'matched a middle name' }
    }
    parts.push({
      field: 'firstName',
      weight: WEIGHTS.firstName,
      level: level.level,
      reason: `first name ${level.reason}`,
    })
  }
  if (roles.middle.length > 0) {
    const weight = WEIGHTS.middleNames
    if (middles.length === 0)
      parts.push({ field: 'middleNames', weight: 0, level: 0, reason: 'middle name not on the record' })
    else if (roles.middle.some((q) => middles.some((c) => compareFirstNames(q, c, sounds).level >= 0.7)))
      parts.push({ field: 'middleNames', weight, level: 1, reason: 'middle name matched' })
    else parts.push({ field: 'middleNames', weight, level: 0.3, reason: 'middle names differ' })
  }
  return parts
}

function datePart(query: string | null, name: CandidateName, person: MatchCandidate): Part | null {
  if (!query) return null
  const own = name.kind === 'alias' && name.dateOfBirth !== null
  const recorded = name.dateOfBirth ?? person.dateOfBirth
  const weight = WEIGHTS.dateOfBirth
  if (!recorded) return { field: 'dateOfBirth', weight, level: 0.5, reason: 'no date of birth on the record' }
  const level = compareDatesOfBirth(query, recorded)
  const reason = `${own ? 'alias ' : ''}date of birth ${level.reason}`
  return { field: 'dateOfBirth', weight, level: level.level, reason }
}

function postcodePart(query: string | null, person: MatchCandidate): Part | null {
  if (!query || person.postcodes.length === 0) return null
  const part = (level: number, reason: string): Part => ({
    field: 'postcode',
    weight: WEIGHTS.postcode,
    level,
    reason,
  })
  const same = person.postcodes.find((p) => p.postcode === query)
  if (same)
    return same.status === 'main'
      ? part(1, 'postcode matched')
      : part(0.9, `postcode of a ${same.status} address matched`)
  const district = query.split(' ')[0]
  if (person.postcodes.some((p) => p.postcode.split(' ')[0] === district))
    return part(0.4, 'same postcode district')
  return part(0, 'postcode differs')
}

function rolesOf(criteria: SearchCriteria): Roles[] {
  const structured = criteria.firstName !== null || criteria.surname !== null
  if (!structured) return criteria.words.length > 0 ? nameReadings(criteria.words) : []
  const direct = {
    first: criteria.firstName,
    middle: [...criteria.middleNames, ...criteria.words],
    surname: criteria.surname,
  }
  if (!criteria.firstName || !criteria.surname) return [direct]
  return [direct, { ...direct, first: criteria.surname, surname: criteria.firstName, swapped: true }]
}

const weighed = (parts: Part[]) => {
  const weight = parts.reduce((sum, p) => sum + p.weight, 0)
  return weight === 0 ? null : parts.reduce((sum, p) => sum + p.weight * p.level, 0) / weight
}

/** Scores one person against the criteria. */
export function scoreMatch(criteria: SearchCriteria, person: MatchCandidate, sounds: Sounds): Match {
  let best: { base: number | null; parts: Part[]; name: CandidateName; roles: Roles | null } | null = null
  const readings: (Roles | null)[] = rolesOf(criteria)
  if (readings.length === 0) readings.push(null)
  const postcode = postcodePart(criteria.postcode, person)
  // The same pair of names comes up in several readings: each is compared once.
  const memo = new Map<string, boolean>()
  const cachedSounds: Sounds = (a, b) => {
    const key = `${a}|${b}`
    const known = memo.get(key)
    if (known !== undefined) return known
    const answer = sounds(a, b)
    memo.set(key, answer)
    return answer
  }
  for (const name of person.names) {
    const form: Form = {
      name,
      first: normaliseName(name.firstName),
      surname: normaliseName(name.surname),
      middles: name.middleNames ? normaliseName(name.middleNames).split(' ') : [],
    }
    const date = datePart(criteria.dateOfBirth, name, person)
    for (const roles of readings) {
      const parts = roles ? namePartsFor(roles, form, cachedSounds) : []
      if (date) parts.push(date)
      if (postcode) parts.push(postcode)
      let base = weighed(parts)
      if (base !== null && roles?.swapped) base *= 0.95
      if (!best || (base ?? 0) > (best.base ?? 0)) best = { base, parts, name, roles }
    }
  }
  const chosen = best as NonNullable<typeof best>
  const alias = chosen.name.kind === 'alias' ? 'alias ' : ''
  const isName = (p: Part) => p.field === 'surname' || p.field === 'firstName' || p.field === 'middleNames'
  const reasons = chosen.parts.map((p) => (isName(p) ? alias : '') + p.reason)
  if (chosen.roles?.swapped) reasons.unshift('first and last names swapped')

  const identifier = compareIdentifiers(criteria, person)
  reasons.push(...identifier.reasons)
  let score = chosen.base ?? 1
  if (identifier.outcome === 'matched') score = 0.85 + 0.15 * (chosen.base ?? 1)
  else if (identifier.outcome === 'differs') score *= 0.6

  const levelOf = (field: Field) => chosen.parts.find((p) => p.field === field)?.level ?? null
  const twin = isTwin(criteria, person, levelOf('surname'), levelOf('dateOfBirth'))
  if (twin) {
    score = Math.min(score, 0.45)
    reasons.push(
      'a different first name with the same surname, date of birth and address: a twin or family member, not the same person',
    )
  }
  return {
    score: Math.round(Math.min(1, Math.max(0, score)) * 1000) / 1000,
    reasons,
    evidence: {
      surname: levelOf('surname'),
      firstName: levelOf('firstName'),
      dateOfBirth: levelOf('dateOfBirth'),
      identifier: identifier.outcome,
      twin,
    },
  }
}

function compareIdentifiers(criteria: SearchCriteria, person: MatchCandidate) {
  const reasons: string[] = []
  let matched = false
  let differs = false
  for (const kind of IDENTIFIER_KINDS) {
    const given = criteria[kind]
    if (!given) continue
    if (person[kind] === given) {
      matched = true
      reasons.push(`${LABEL[kind]} matched`)
    } else if (person.formerIdentifiers.some((former) => former[kind] === given)) {
      matched = true
      reasons.push(`${LABEL[kind]} matched a record merged into this one`)
    } else if (person[kind]) {
      differs = true
      reasons.push(`${LABEL[kind]} differs`)
    }
  }
  const outcome: Match['evidence']['identifier'] = matched ? 'matched' : differs ? 'differs' : null
  return { outcome, reasons }
}

/** Same surname, date of birth and address, but first names that cannot be one person's. */
function isTwin(
  criteria: SearchCriteria,
  person: MatchCandidate,
  surname: number | null,
  dateOfBirth: number | null,
): boolean {
  if (!criteria.firstName || !criteria.postcode || surname === null || surname < 0.9 || dateOfBirth !== 1)
    return false
  if (!person.postcodes.some((p) => p.postcode === criteria.postcode)) return false
  const first = criteria.firstName
  return !person.names.some((n) => firstNamesCompatible(first, normaliseName(n.firstName)))
}

/** A likely duplicate of a new person: an identifier in common, or names and date of birth agreeing. */
export function isLikelyDuplicate(match: Match): boolean {
  const { evidence } = match
  if (evidence.twin) return false
  if (evidence.identifier === 'matched') return true
  return (
    match.score >= DUPLICATE_THRESHOLD &&
    (evidence.dateOfBirth ?? 0) >= 0.6 &&
    (evidence.surname ?? 0) >= 0.6 &&
    (evidence.firstName ?? 0) >= 0.6
  )
}
