// The identifiers a person carries, checked and put into the one canonical form in which they are
// stored and compared (docs/DECISIONS.md 11). Pure: the caller passes today where the year matters.

export type Checked = { ok: true; value: string } | { ok: false; reason: string }

const ok = (value: string): Checked => ({ ok: true, value })
const refused = (reason: string): Checked => ({ ok: false, reason })

/** The check-letter alphabet shared by PNC and CRO numbers: no I, O or S, which read as digits. */
const CHECK_LETTERS = 'ZABCDEFGHJKLMNPQRTUVWXY'

/** The check letter of a PNC or CRO number: the letter at (the digits read as one number) mod 23. */
export function checkLetter(digits: string): string {
  // BigInt: a PNC's 9 digits fit in a double, but the rule should not depend on that.
  return CHECK_LETTERS[Number(BigInt(digits) % 23n)] as string
}

/**
 * PNC number: `YYYY/NNNNNNNC` or `YY/NNNNNNNC`, the serial with or without leading zeros, any case,
 * surrounding spaces ignored. Canonical `YYYY/NNNNNNNC`. A two-digit year is this century's if it is
 * not after this year, else last century's.
 */
export function checkPnc(raw: string, today: string): Checked {
  const text = raw.trim().toUpperCase()
  const match = /^(\d{2}|\d{4})\/(\d{1,7})([A-Z])$/.exec(text)
  if (!match) return refused('must look like YYYY/NNNNNNNC, e.g. 2001/0123456F')
  const [, yearText, serial, letter] = match as unknown as [string, string, string, string]
  const thisYear = Number(today.slice(0, 4))
  let year = Number(yearText)
  if (yearText.length === 2) year += year <= thisYear % 100 ? Math.floor(thisYear / 100) * 100 : 1900
  if (year > thisYear) return refused(`the year ${year} is in the future`)
  if (year < 1900) return refused(`the year ${year} is before 1900`)
  if (/^0+$/.test(serial)) return refused('the serial number cannot be all zeros')
  const yy = String(year % 100).padStart(2, '0')
  const serial7 = serial.padStart(7, '0')
  const expected = checkLetter(yy + serial7)
  if (letter !== expected)
    return refused(`the check letter is wrong: ${year}/${serial7} should end in ${expected}, not ${letter}`)
  return ok(`${year}/${serial7}${expected}`)
}

/**
 * CRO number: `NNNNNN/YYC` (canonical with the serial padded to 6 digits; the check letter over YY
 * followed by the padded serial) or `SFYY/NNNNNNC` (fingerprint-only records; the check letter over
 * YY followed by the serial as written).
 */
export function checkCro(raw: string): Checked {
  const text = raw.trim().toUpperCase()
  const standard = /^(\d{1,6})\/(\d{2})([A-Z])$/.exec(text)
  if (standard) {
    const [, serial, yy, letter] = standard as unknown as [string, string, string, string]
    const serial6 = serial.padStart(6, '0')
    if (/^0+$/.test(serial)) return refused('the serial number cannot be all zeros')
    const expected = checkLetter(yy + serial6)
    if (letter !== expected)
      return refused(`the check letter is wrong: ${serial6}/${yy} should end in ${expected}, not ${letter}`)
    return ok(`${serial6}/${yy}${expected}`)
  }
  const fingerprint = /^SF(\d{2})\/(\d{1,6})([A-Z])$/.exec(text)
  if (fingerprint) {
    const [, yy, serial, letter] = fingerprint as unknown as [string, string, string, string]
    if (/^0+$/.test(serial)) return refused('the serial number cannot be all zeros')
    const expected = checkLetter(yy + serial)
    if (letter !== expected)
      return refused(`the check letter is wrong: SF${yy}/${serial} should end in ${expected}, not ${letter}`)
    return ok(`SF${yy}/${serial}${expected}`)
  }
  return refused('must look like NNNNNN/YYC (e.g. 123456/01X) or SFYY/NNNNNNC (e.g. SF93/123456X)')
}

/** Prison (NOMS) number: a letter, four digits, two letters, e.g. A1234BC. */
export function checkPrisonNumber(raw: string): Checked {
  const text = raw.trim().toUpperCase()
  if (!/^[A-Z]\d{4}[A-Z]{2}$/.test(text))
    return refused('must be a letter, four digits and two letters, e.g. A1234BC')
  return ok(text)
}

const NI_BAD_FIRST = 'DFIQUV'
const NI_BAD_SECOND = 'DFIOQUV'
const NI_BAD_PREFIXES = ['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ']

/** National Insurance number: two letters, six digits, a suffix A to D; spaces allowed on input. */
export function checkNiNumber(raw: string): Checked {
  const text = raw.replace(/\s+/g, '').toUpperCase()
  const match = /^([A-Z])([A-Z])(\d{6})([A-Z])$/.exec(text)
  if (!match) return refused('must be two letters, six digits and a letter A to D, e.g. AB 12 34 56 C')
  const [, first, second, , suffix] = match as unknown as [string, string, string, string, string]
  if (NI_BAD_FIRST.includes(first)) return refused('the first letter cannot be D, F, I, Q, U or V')
  if (NI_BAD_SECOND.includes(second)) return refused('the second letter cannot be D, F, I, O, Q, U or V')
  if (NI_BAD_PREFIXES.includes(first + second))
    return refused(`the prefix ${first + second} is never issued (nor BG, GB, NK, KN, TN, NT, ZZ)`)
  if (!'ABCD'.includes(suffix)) return refused('the last letter must be A, B, C or D')
  return ok(text)
}

// Outward code: A9, A99, AA9, AA99, A9A, AA9A with the Royal Mail's letter restrictions per position;
// inward code: a digit and two letters other than C, I, K, M, O, V.
const POSTCODE =
  /^(?:[A-PR-UWYZ]\d[A-HJKPSTUW]?|[A-PR-UWYZ]\d\d|[A-PR-UWYZ][A-HK-Y]\d\d?|[A-PR-UWYZ][A-HK-Y]\d[ABEHMNPRVWXY])(\d[ABD-HJLNP-UW-Z]{2})$/

/** UK postcode, canonical in upper case with one space before the inward code, e.g. SW1A 1AA. */
export function checkPostcode(raw: string): Checked {
  const text = raw.replace(/\s+/g, '').toUpperCase()
  if (text === 'GIR0AA') return ok('GIR 0AA')
  if (!POSTCODE.test(text)) return refused('is not a UK postcode, e.g. SW1A 1AA')
  return ok(`${text.slice(0, -3)} ${text.slice(-3)}`)
}

/** Case reference number: one letter and six digits. */
export function checkCrn(raw: string): Checked {
  const text = raw.trim().toUpperCase()
  if (!/^[A-Z]\d{6}$/.test(text)) return refused('must be one letter and six digits, e.g. A123456')
  return ok(text)
}

// I and O are left out: they read as 1 and 0.
const CRN_LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ'

/** The CRN for the nth number of the CRN sequence: A000001, ..., A999999, B000000, ... */
export function crnFromSequence(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n >= CRN_LETTERS.length * 1_000_000)
    throw new RangeError(`no CRN for sequence number ${n}`)
  return CRN_LETTERS[Math.floor(n / 1_000_000)] + String(n % 1_000_000).padStart(6, '0')
}
