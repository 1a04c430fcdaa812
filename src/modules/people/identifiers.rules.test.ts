import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import {
  type Checked,
  checkCrn,
  checkCro,
  checkLetter,
  checkNiNumber,
  checkPnc,
  checkPostcode,
  checkPrisonNumber,
  crnFromSequence,
} from './identifiers.rules'

const TODAY = '2026-11-23'

/** Each row: input, then the canonical value, or a fragment of the reason it is refused. */
function table(rule: (raw: string) => Checked, accepted: [string, string][], refused: [string, RegExp][]) {
  for (const [input, canonical] of accepted)
    it(`accepts ${JSON.stringify(input)} as ${canonical}`, () => {
      assert.deepEqual(rule(input), { ok: true, value: canonical })
    })
  for (const [input, reason] of refused)
    it(`refuses ${JSON.stringify(input)}`, () => {
      const result = rule(input)
      assert.equal(result.ok, false)
      if (!result.ok) assert.match(result.reason, reason)
    })
}

describe('check letters', () => {
  it('are the letter at (digits mod 23) of ZABCDEFGHJKLMNPQRTUVWXY', () => {
    assert.equal(checkLetter('010123456'), 'F') // 2001/0123456F, docs/DECISIONS.md 11
    assert.equal(checkLetter('790163001'), 'B') // 79/0163001B
    assert.equal(checkLetter('000000000'), 'Z')
    assert.equal(checkLetter('000000022'), 'Y')
    assert.equal(checkLetter('000000023'), 'Z')
  })
})

describe('PNC numbers', () => {
  const pnc = (raw: string) => checkPnc(raw, TODAY)
  table(
    pnc,
    [
      ['2001/0123456F', '2001/0123456F'],
      ['2001/123456F', '2001/0123456F'], // serial without leading zeros
      ['79/0163001B', '1979/0163001B'], // short year, last century (79 > 26)
      ['79/163001B', '1979/0163001B'],
      ['26/123D', '2026/0000123D'], // short year, this century (26 <= 26)
      ['27/123U', '1927/0000123U'], // 27 is after this year's 26: last century
      ['2001/0123456f', '2001/0123456F'], // lower case
      ['  2001/0123456F \n', '2001/0123456F'], // surrounding spaces
      ['1999/0000001G', '1999/0000001G'],
      ['2026/1234567Q', '2026/1234567Q'],
    ],
    [
      ['2001/0123456G', /check letter is wrong.*should end in F, not G/],
      ['79/0163001C', /1979\/0163001 should end in B/],
      ['2027/0000001A', /2027 is in the future/],
      ['1899/0000001A', /before 1900/],
      ['2001/0000000Z', /all zeros/],
      ['2001-0123456F', /must look like YYYY\/NNNNNNNC/],
      ['2001/01234567F', /must look like/], // serial of 8 digits
      ['201/0123456F', /must look like/], // three-digit year
      ['2001/0123456', /must look like/], // no check letter
      ['', /must look like/],
    ],
  )
  it('maps two-digit years relative to the year passed in', () => {
    assert.deepEqual(checkPnc('27/123U', '2027-01-01'), { ok: true, value: '2027/0000123U' })
    assert.deepEqual(checkPnc('27/123U', '2026-12-31'), { ok: true, value: '1927/0000123U' })
  })
})

describe('CRO numbers', () => {
  table(
    checkCro,
    [
      ['123456/01X', '123456/01X'],
      ['12345/99N', '012345/99N'], // serial padded to six digits
      ['012345/99n', '012345/99N'],
      [' 123456/01X ', '123456/01X'],
      ['SF93/123456X', 'SF93/123456X'],
      ['sf05/1234N', 'SF05/1234N'], // fingerprint form: serial as written
    ],
    [
      ['123456/01A', /check letter is wrong: 123456\/01 should end in X, not A/],
      ['12345/99P', /should end in N/],
      ['SF93/123456A', /SF93\/123456 should end in X/],
      ['SF05/001234N', /should end in/], // leading zeros count in the fingerprint form
      ['000000/00Z', /all zeros/], // the placeholder of older systems
      ['1234567/01X', /must look like NNNNNN\/YYC/],
      ['123456/1X', /must look like/],
      ['SF933/123456X', /must look like/],
      ['hello', /must look like/],
    ],
  )
})

describe('prison numbers', () => {
  table(
    checkPrisonNumber,
    [
      ['A1234BC', 'A1234BC'],
      [' a1234bc ', 'A1234BC'],
    ],
    [
      ['A12345C', /letter, four digits and two letters/],
      ['1234ABC', /letter, four digits/],
      ['AB1234C', /letter, four digits/],
      ['A1234B', /letter, four digits/],
    ],
  )
})

describe('National Insurance numbers', () => {
  table(
    checkNiNumber,
    [
      ['AB123456C', 'AB123456C'],
      ['ab 12 34 56 c', 'AB123456C'],
      ['JG 103759 A', 'JG103759A'],
      ['ZA123456D', 'ZA123456D'], // Z is allowed first, and ZA is not an excluded prefix
    ],
    [
      ['DA123456A', /first letter cannot be D, F, I, Q, U or V/],
      ['QQ123456C', /first letter cannot/], // the HMRC example prefix is never issued
      ['VA123456A', /first letter cannot/],
      ['AO123456A', /second letter cannot be D, F, I, O, Q, U or V/],
      ['AV123456A', /second letter cannot/],
      ['BG123456A', /prefix BG is never issued/],
      ['GB123456A', /prefix GB/],
      ['NK123456A', /prefix NK/],
      ['KN123456A', /prefix KN/],
      ['TN123456A', /prefix TN/],
      ['NT123456A', /prefix NT/],
      ['ZZ123456A', /prefix ZZ/],
      ['AB123456E', /last letter must be A, B, C or D/],
      ['AB12345C', /two letters, six digits/],
      ['AB123456', /two letters, six digits/],
    ],
  )
})

describe('UK postcodes', () => {
  table(
    checkPostcode,
    [
      ['SW1A 1AA', 'SW1A 1AA'],
      ['sw1a1aa', 'SW1A 1AA'],
      ['  M1   1AE ', 'M1 1AE'],
      ['B33 8TH', 'B33 8TH'],
      ['CR2 6XH', 'CR2 6XH'],
      ['DN55 1PT', 'DN55 1PT'],
      ['W1A 0AX', 'W1A 0AX'],
      ['EC1A 1BB', 'EC1A 1BB'],
      ['CF10 1AA', 'CF10 1AA'],
      ['gir 0aa', 'GIR 0AA'],
    ],
    [
      ['SW1A 1CA', /not a UK postcode/], // C is never used in the inward code
      ['Q1 1AA', /not a UK postcode/], // Q never starts a postcode
      ['12345', /not a UK postcode/],
      ['SW1A', /not a UK postcode/],
      ['', /not a UK postcode/],
    ],
  )
})

describe('CRNs', () => {
  table(
    checkCrn,
    [
      ['A000001', 'A000001'],
      ['x123456', 'X123456'],
    ],
    [
      ['A12345', /one letter and six digits/],
      ['AA123456', /one letter and six digits/],
      ['1234567', /one letter and six digits/],
    ],
  )
  it('are made from the sequence: letters other than I and O, then six digits', () => {
    assert.equal(crnFromSequence(1), 'A000001')
    assert.equal(crnFromSequence(999_999), 'A999999')
    assert.equal(crnFromSequence(1_000_000), 'B000000')
    assert.equal(crnFromSequence(8_000_123), 'J000123') // I is skipped
    assert.equal(crnFromSequence(23_999_999), 'Z999999')
    for (const n of [1, 42, 1_000_000, 23_999_999]) assert.equal(checkCrn(crnFromSequence(n)).ok, true)
    assert.throws(() => crnFromSequence(0), RangeError)
    assert.throws(() => crnFromSequence(24_000_000), RangeError)
    assert.throws(() => crnFromSequence(1.5), RangeError)
  })
})
