// One demo person: names of their origin, a date of birth (some 16 and 17, some unknown), valid
// identifiers, an address in their delivery unit's area (some of no fixed abode), circumstances, and
// for about 15% aliases of the kinds real records hold: nicknames, swapped letters, a maiden name,
// dropped diacritics, first and last names swapped, a slipped date of birth. Pure: today is passed in.
import { addDays, addYears, yearOf } from './dates'
import { demoCro, demoNiNumber, demoPnc, demoPostcode, demoPrisonNumber } from './identifiers'
import { NICKNAMES, ORIGINS, type Origin, VARIANT_SPELLINGS } from './names.data'
import { type PlaceArea, STREETS } from './places.data'
import type { Random } from './random'

export interface DemoAlias {
  firstName: string
  middleNames?: string
  surname: string
  dateOfBirth?: string
}

export interface DemoAddress {
  status: 'main' | 'previous'
  noFixedAbode: boolean
  addressNumber?: string
  streetName?: string
  town?: string
  county?: string
  postcode?: string
  startDate?: string
  endDate?: string
}

export interface DemoCircumstance {
  kind: 'circumstance' | 'disability' | 'reasonable_adjustment'
  type: string
  startDate?: string
}

/** The body of POST /api/v1/people, as a demo person would give it. */
export interface DemoPersonInput {
  firstName: string
  middleNames?: string
  surname: string
  dateOfBirth?: string
  sex: 'male' | 'female' | 'other' | 'unknown'
  ethnicity: string
  nationality: string
  mobileNumber?: string
  pnc?: string
  cro?: string
  prisonNumber?: string
  niNumber?: string
  postcode?: string
  aliases?: DemoAlias[]
  addresses: DemoAddress[]
  circumstances?: DemoCircumstance[]
}

const ORIGIN_WEIGHTS = ORIGINS.map((o) => [o, o.weight] as const)
const SEX_WEIGHTS = [
  ['male', 870],
  ['female', 120],
  ['other', 5],
  ['unknown', 5],
] as const
// Ages on the caseload: mostly 18 to 45, a few 16 and 17 on adult orders, a tail into old age.
const AGE_BANDS: readonly (readonly [readonly [number, number], number])[] = [
  [[16, 17], 2],
  [[18, 25], 20],
  [[26, 35], 32],
  [[36, 45], 24],
  [[46, 55], 14],
  [[56, 82], 8],
]
const CIRCUMSTANCES: readonly (readonly [DemoCircumstance['kind'], string])[] = [
  ['disability', 'Learning difficulties'],
  ['disability', 'Mental health condition'],
  ['disability', 'ADHD'],
  ['disability', 'Autism'],
  ['disability', 'Reduced mobility'],
  ['disability', 'Hearing impairment'],
  ['reasonable_adjustment', 'Appointments in the morning'],
  ['reasonable_adjustment', 'Easy-read letters'],
  ['reasonable_adjustment', 'Ground-floor interview room'],
  ['reasonable_adjustment', 'Interpreter needed'],
  ['circumstance', 'Unemployed'],
  ['circumstance', 'In full-time employment'],
  ['circumstance', 'Carer for a child'],
  ['circumstance', 'Care leaver'],
  ['circumstance', 'Armed forces veteran'],
  ['circumstance', 'Universal Credit'],
]

export function generatePerson(random: Random, today: string, area: PlaceArea): DemoPersonInput {
  const origin = random.weighted(ORIGIN_WEIGHTS)
  const sex = random.weighted(SEX_WEIGHTS)
  const names = sex === 'female' || (sex !== 'male' && random.chance(0.5)) ? origin.female : origin.male
  const firstName = random.pick(names)
  let middleNames: string | undefined
  if (random.chance(0.4)) {
    middleNames = random.pick(names)
    if (middleNames === firstName) middleNames = undefined
  }
  const surname = random.pick(origin.surnames)
  const [minAge, maxAge] = random.weighted(AGE_BANDS)
  const age = random.int(minAge, maxAge)
  // Born between (age + 1) years ago plus a day and age years ago: exactly `age` today.
  const dateOfBirth = random.chance(0.01) ? undefined : addDays(addYears(today, -age), -random.int(0, 364))
  const adultYear = dateOfBirth ? Math.max(yearOf(dateOfBirth) + 16, 1995) : 2005
  const thisYear = yearOf(today)
  const firstArrestYear = Math.min(random.int(adultYear - 2, thisYear), thisYear)

  const person: DemoPersonInput = {
    firstName,
    surname,
    sex,
    ethnicity: origin.ethnicity,
    nationality: random.weighted(origin.nationalities),
    addresses: [],
  }
  if (middleNames) person.middleNames = middleNames
  if (dateOfBirth) person.dateOfBirth = dateOfBirth
  if (random.chance(0.85)) person.pnc = demoPnc(random, firstArrestYear)
  if (person.pnc && random.chance(0.7)) person.cro = demoCro(random, firstArrestYear)
  if (random.chance(0.3)) person.prisonNumber = demoPrisonNumber(random)
  if (random.chance(0.75)) person.niNumber = demoNiNumber(random)
  if (random.chance(0.6)) person.mobileNumber = `07700 900${random.digits(3)}`

  if (random.chance(0.04)) {
    person.addresses.push({
      status: 'main',
      noFixedAbode: true,
      town: area.town,
      startDate: recent(random, today),
    })
  } else {
    const postcode = demoPostcode(random, area.outcode)
    person.postcode = postcode
    person.addresses.push({
      status: 'main',
      noFixedAbode: false,
      addressNumber: String(random.int(1, 240)),
      streetName: random.pick(STREETS),
      town: area.town,
      county: area.county,
      postcode,
      startDate: recent(random, today),
    })
  }
  if (random.chance(0.3)) {
    const end = addDays(person.addresses[0]?.startDate ?? today, -1)
    person.addresses.push({
      status: 'previous',
      noFixedAbode: false,
      addressNumber: String(random.int(1, 240)),
      streetName: random.pick(STREETS),
      town: area.town,
      county: area.county,
      postcode: demoPostcode(random, area.outcode),
      startDate: addDays(end, -random.int(90, 2000)),
      endDate: end,
    })
  }
  if (random.chance(0.25)) {
    const [kind, type] = random.pick(CIRCUMSTANCES)
    person.circumstances = [{ kind, type, startDate: recent(random, today) }]
  }
  if (random.chance(0.15)) person.aliases = generateAliases(random, person, origin)
  return person
}

/** A start date within the last five years. */
function recent(random: Random, today: string): string {
  return addDays(today, -random.int(7, 1800))
}

type AliasKind = 'nickname' | 'swapped-letters' | 'maiden-name' | 'spelling' | 'names-swapped' | 'dob-slip'

function generateAliases(random: Random, person: DemoPersonInput, origin: Origin): DemoAlias[] {
  const count = random.chance(0.75) ? 1 : random.int(2, 3)
  const aliases: DemoAlias[] = []
  for (let i = 0; i < count; i++) {
    const kinds: AliasKind[] = ['swapped-letters', 'names-swapped', 'dob-slip']
    if (NICKNAMES[person.firstName]) kinds.push('nickname', 'nickname')
    if (VARIANT_SPELLINGS[person.firstName] || VARIANT_SPELLINGS[person.surname])
      kinds.push('spelling', 'spelling')
    if (person.sex === 'female') kinds.push('maiden-name', 'maiden-name')
    const alias = makeAlias(random, person, origin, random.pick(kinds))
    if (
      !aliases.some(
        (a) =>
          a.firstName === alias.firstName &&
          a.surname === alias.surname &&
          a.dateOfBirth === alias.dateOfBirth,
      )
    )
      aliases.push(alias)
  }
  return aliases
}

function makeAlias(random: Random, person: DemoPersonInput, origin: Origin, kind: AliasKind): DemoAlias {
  const alias: DemoAlias = { firstName: person.firstName, surname: person.surname }
  if (person.dateOfBirth && random.chance(0.7)) alias.dateOfBirth = person.dateOfBirth
  switch (kind) {
    case 'nickname':
      alias.firstName = random.pick(NICKNAMES[person.firstName] ?? [person.firstName])
      break
    case 'swapped-letters':
      if (random.chance(0.5)) alias.surname = swapLetters(random, person.surname)
      else alias.firstName = swapLetters(random, person.firstName)
      break
    case 'maiden-name':
      alias.surname = random.pick(origin.surnames.filter((s) => s !== person.surname))
      break
    case 'spelling': {
      const first = VARIANT_SPELLINGS[person.firstName]
      const last = VARIANT_SPELLINGS[person.surname]
      if (first && (!last || random.chance(0.5))) alias.firstName = random.pick(first)
      else if (last) alias.surname = random.pick(last)
      break
    }
    case 'names-swapped':
      alias.firstName = person.surname
      alias.surname = person.firstName
      break
    case 'dob-slip':
      if (person.dateOfBirth) alias.dateOfBirth = slipDate(random, person.dateOfBirth)
      else alias.firstName = swapLetters(random, person.firstName)
      break
  }
  return alias
}

/** Two neighbouring letters swapped, as typed in a hurry: "Jnoes" for "Jones". */
export function swapLetters(random: Random, name: string): string {
  const letters = [...name]
  const candidates: number[] = []
  for (let i = 0; i < letters.length - 1; i++) {
    const [x, y] = [letters[i] as string, letters[i + 1] as string]
    if (x !== y && /\p{L}/u.test(x) && /\p{L}/u.test(y)) candidates.push(i)
  }
  if (candidates.length === 0) return name
  const i = random.pick(candidates)
  ;[letters[i], letters[i + 1]] = [letters[i + 1] as string, letters[i] as string]
  // Keep the capital where it was: "jOnes" would not be a typing slip.
  const joined = letters.join('')
  return i === 0
    ? joined.charAt(0).toUpperCase() + joined.slice(1, 2).toLowerCase() + joined.slice(2)
    : joined
}

/** A date of birth recorded wrongly: day and month swapped, a year out, or a day out. */
export function slipDate(random: Random, dob: string): string {
  const [y, m, d] = dob.split('-') as [string, string, string]
  if (Number(d) <= 12 && d !== m && random.chance(0.5)) return `${y}-${d}-${m}`
  if (random.chance(0.5)) return addYears(dob, random.pick([-1, 1]))
  return addDays(dob, random.pick([-1, 1]))
}
