// Identifiers for demo people, made valid by construction: PNC and CRO numbers with correct check
// letters (docs/DECISIONS.md 11), prison (NOMS) numbers, National Insurance numbers and postcodes
// of the person's area. Tests check each against the people module's validators.
import { INWARD_LETTERS } from './places.data'
import type { Random } from './random'

const CHECK_LETTERS = 'ZABCDEFGHJKLMNPQRTUVWXY'

/** The letter at (the digits read as one number) mod 23: digits are at most 9 long, exact in a double. */
function checkLetter(digits: string): string {
  return CHECK_LETTERS[Number(digits) % 23] as string
}

/** A PNC number issued in the given year, canonical `YYYY/NNNNNNNC`. */
export function demoPnc(random: Random, year: number): string {
  const serial = String(random.int(1, 9_999_999)).padStart(7, '0')
  const yy = String(year % 100).padStart(2, '0')
  return `${year}/${serial}${checkLetter(yy + serial)}`
}

/** A CRO number, canonical `NNNNNN/YYC`; one in fifty is a fingerprint-only `SFYY/NNNNNNC`. */
export function demoCro(random: Random, year: number): string {
  const yy = String(year % 100).padStart(2, '0')
  const serial = String(random.int(1, 999_999)).padStart(6, '0')
  if (random.chance(0.02)) return `SF${yy}/${serial}${checkLetter(yy + serial)}`
  return `${serial}/${yy}${checkLetter(yy + serial)}`
}

const LETTERS = [...'ABCDEFGHJKLMNPQRSTUVWXYZ']

/** A prison (NOMS) number: a letter, four digits, two letters, e.g. A1234BC. */
export function demoPrisonNumber(random: Random): string {
  return `${random.pick(['A', 'G'])}${random.digits(4)}${random.pick(LETTERS)}${random.pick(LETTERS)}`
}

// Prefix letters that HMRC issues: no D, F, I, Q, U, V first; no D, F, I, O, Q, U, V second.
const NI_FIRST = [...'ABCEGHJKLMNOPRSTWXYZ']
const NI_SECOND = [...'ABCEGHJKLMNPRSTWXYZ']
const NI_NEVER = new Set(['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ'])

/** A National Insurance number, e.g. AB123456C. */
export function demoNiNumber(random: Random): string {
  let prefix = 'ZZ'
  while (NI_NEVER.has(prefix)) prefix = random.pick(NI_FIRST) + random.pick(NI_SECOND)
  return `${prefix}${random.digits(6)}${random.pick(['A', 'B', 'C', 'D'])}`
}

const INWARD = [...INWARD_LETTERS]

/** A postcode in the given district, e.g. `M8 5RT`. */
export function demoPostcode(random: Random, outcode: string): string {
  return `${outcode} ${random.int(0, 9)}${random.pick(INWARD)}${random.pick(INWARD)}`
}
