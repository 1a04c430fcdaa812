import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import {
  ageOn,
  checkDate,
  checkDateOfBirth,
  checkDateOrder,
  checkName,
  withMainPostcode,
} from './people.rules'

const TODAY = '2026-11-23'

describe('names', () => {
  const keptAsWritten = [
    "O'Brien",
    'O’Brien', // typographic apostrophe
    'Smith-Jones',
    'Zoë',
    'Seán',
    'Łukasz',
    'Nguyễn',
    'de la Cruz',
    'Mary Anne',
    'Ní Bhriain',
    'Al-Hassan',
    'D’Souza-Müller',
    'X', // a one-letter name is a name
    'a'.repeat(100),
  ]
  for (const name of keptAsWritten)
    it(`keeps ${JSON.stringify(name)} exactly`, () => {
      assert.deepEqual(checkName(name), { ok: true, value: name })
    })

  it('drops only the spaces around a name', () => {
    assert.deepEqual(checkName('  Mary  Anne '), { ok: true, value: 'Mary  Anne' })
  })

  const refused: [string, RegExp][] = [
    ['', /blank/],
    ['   ', /blank/],
    ['John2', /digits/],
    ['٣', /digits/], // digits of any script
    ['Jo\u0000hn', /control characters/],
    ['Mary\nAnne', /control characters/],
    ['Mary\tAnne', /control characters/],
    ['a'.repeat(101), /100 characters or fewer \(this one has 101\)/],
  ]
  for (const [name, reason] of refused)
    it(`refuses ${JSON.stringify(name)}`, () => {
      const result = checkName(name)
      assert.equal(result.ok, false)
      if (!result.ok) assert.match(result.reason, reason)
    })

  it('counts characters, not UTF-16 units', () => {
    assert.equal(checkName('😀'.repeat(100)).ok, true)
  })
})

describe('calendar dates', () => {
  const valid = ['2024-02-29', '2000-02-29', '2023-12-31', '1900-01-01', '2026-04-30']
  for (const date of valid)
    it(`accepts ${date}`, () => assert.deepEqual(checkDate(date), { ok: true, value: date }))
  const invalid: [string, RegExp][] = [
    ['2023-02-30', /February 2023 has 28 days/],
    ['2023-02-29', /February 2023 has 28 days/],
    ['1900-02-29', /February 1900 has 28 days/], // not a leap year: divisible by 100
    ['2026-04-31', /April 2026 has 30 days/],
    ['2026-13-01', /no month 13/],
    ['2026-00-10', /no month 0/],
    ['2026-01-00', /January 2026 has 31 days/],
    ['25/04/1990', /YYYY-MM-DD/],
    ['1990-4-25', /YYYY-MM-DD/],
    ['1990-04-25T00:00:00Z', /YYYY-MM-DD/],
    ['', /YYYY-MM-DD/],
  ]
  for (const [date, reason] of invalid)
    it(`refuses ${JSON.stringify(date)}`, () => {
      const result = checkDate(date)
      assert.equal(result.ok, false)
      if (!result.ok) assert.match(result.reason, reason)
    })
})

describe('dates of birth', () => {
  const accepted: [string, string][] = [
    ['2010-11-23', '16 today: a 16-year-old on an adult order'],
    ['2009-11-24', '16, turning 17 tomorrow'],
    ['2009-11-23', '17 today'],
    ['2016-11-23', '10 today: the age of criminal responsibility'],
    ['1900-01-01', 'the earliest accepted'],
    ['1985-06-15', 'an adult'],
  ]
  for (const [dob, why] of accepted)
    it(`accepts ${dob} (${why})`, () => {
      assert.deepEqual(checkDateOfBirth(dob, TODAY), { ok: true, value: dob })
    })

  const refused: [string, RegExp][] = [
    ['2026-11-24', /in the future \(today is 2026-11-23\)/],
    ['2030-01-01', /in the future/],
    ['2016-11-24', /makes the person 9 today: under 10, the age of criminal responsibility/],
    ['2026-11-23', /makes the person 0 today/],
    ['1899-12-31', /before 1900/],
    ['2023-02-30', /not a real date/],
    ['1990/04/25', /YYYY-MM-DD/],
  ]
  for (const [dob, reason] of refused)
    it(`refuses ${dob}`, () => {
      const result = checkDateOfBirth(dob, TODAY)
      assert.equal(result.ok, false)
      if (!result.ok) assert.match(result.reason, reason)
    })

  it('counts whole years, a 29 February birthday turning over on 1 March', () => {
    assert.equal(ageOn('2008-02-29', '2026-02-28'), 17)
    assert.equal(ageOn('2008-02-29', '2026-03-01'), 18)
    assert.equal(ageOn('2008-02-29', '2028-02-29'), 20)
    assert.equal(ageOn('1990-11-23', '2026-11-22'), 35)
    assert.equal(ageOn('1990-11-23', '2026-11-23'), 36)
  })
})

describe('date order', () => {
  it('refuses an end before the start, and allows unknown ends or starts', () => {
    assert.match(checkDateOrder('2024-05-01', '2024-04-30') ?? '', /before the start date 2024-05-01/)
    assert.equal(checkDateOrder('2024-05-01', '2024-05-01'), null)
    assert.equal(checkDateOrder(null, '2024-05-01'), null)
    assert.equal(checkDateOrder('2024-05-01', undefined), null)
  })
})

describe('the main postcode', () => {
  const blank = (postcode: string) => ({ status: 'main', postcode, street: null as string | null })
  it('makes a main address holding the postcode when there is none', () => {
    const previous = { status: 'previous', postcode: 'M1 1AE', street: 'Old Street' }
    assert.deepEqual(withMainPostcode([previous], 'SW1A 1AA', blank), [previous, blank('SW1A 1AA')])
  })
  it("sets the main address's postcode when there is one", () => {
    const main = { status: 'main', postcode: 'M1 1AE', street: 'High Street' }
    assert.deepEqual(withMainPostcode([main], 'SW1A 1AA', blank), [{ ...main, postcode: 'SW1A 1AA' }])
  })
  it('leaves the addresses alone without a postcode', () => {
    const main = { status: 'main', postcode: 'M1 1AE', street: 'High Street' }
    assert.deepEqual(withMainPostcode([main], undefined, blank), [main])
    assert.deepEqual(withMainPostcode([], null, blank), [])
  })
})
