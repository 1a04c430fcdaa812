import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { compareDatesOfBirth, dateSlips, parseDateText } from './matching.dates.rules'

describe('dates of birth compared', () => {
  const table: [string, string, number, RegExp][] = [
    ['1985-03-12', '1985-03-12', 1, /^matched$/],
    ['1985-12-03', '1985-03-12', 0.85, /day and month swapped/],
    ['1985-03-13', '1985-03-12', 0.8, /one day out/],
    ['1985-04-01', '1985-03-31', 0.8, /one day out/],
    ['1986-01-01', '1985-12-31', 0.8, /one day out/],
    ['1985-03-17', '1985-03-12', 0.75, /one digit wrong/],
    ['1986-03-12', '1985-03-12', 0.75, /year mistyped \(1986 for 1985\)/],
    ['1995-03-12', '1985-03-12', 0.75, /year mistyped/],
    ['1958-03-12', '1985-03-12', 0.7, /two digits swapped/],
    ['1985-03-21', '1985-03-12', 0.7, /two digits swapped/],
    ['1985-07-12', '1985-03-12', 0.75, /one digit wrong/],
    ['1985-10-12', '1985-03-12', 0.6, /same day of another month/],
    ['1972-06-30', '1985-03-12', 0, /differs/],
  ]
  for (const [query, candidate, level, reason] of table)
    it(`${query} for ${candidate}: ${level}`, () => {
      const result = compareDatesOfBirth(query, candidate)
      assert.equal(result.level, level, result.reason)
      assert.match(result.reason, reason)
    })
})

describe('the dates a slip could come from', () => {
  const slips = dateSlips('1985-03-12', '1900-01-01', '2026-11-23')
  it('holds every kind of slip, real dates only, and not the date itself', () => {
    for (const date of [
      '1985-12-03',
      '1985-03-11',
      '1985-03-13',
      '1985-03-17',
      '1986-03-12',
      '1995-03-12',
      '1975-03-12',
      '1985-10-12',
      '1958-03-12',
      '1985-03-21',
    ])
      assert.ok(slips.includes(date), date)
    assert.ok(!slips.includes('1985-03-12'))
    assert.ok(slips.every((d) => !Number.isNaN(Date.parse(d)) && d <= '2026-11-23'))
    assert.ok(!dateSlips('1985-01-31').includes('1985-02-31'))
  })
})

describe('dates as people write them', () => {
  const today = '2026-11-23'
  const table: [string, string | null][] = [
    ['12/3/85', '1985-03-12'],
    ['12/03/1985', '1985-03-12'],
    ['12-3-85', '1985-03-12'],
    ['12.03.1985', '1985-03-12'],
    ['1985-03-12', '1985-03-12'],
    ['12 March 1985', '1985-03-12'],
    ['12 mar 85', '1985-03-12'],
    ['1st Jan 2001', '2001-01-01'],
    ['3/4/10', '2010-04-03'],
    ['3/4/20', '1920-04-03'],
    ['31/2/1985', null],
    ['12 Marchx 1985', null],
    ['smith', null],
  ]
  for (const [text, expected] of table)
    it(`${text} -> ${expected}`, () => assert.equal(parseDateText(text, today), expected))
})
