import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { datePartsOf, readDate } from './date-parts'

describe('reading a GOV.UK date input', () => {
  const cases: [string, [string, string, string], unknown][] = [
    ['empty', ['', '', ''], { status: 'empty' }],
    ['a whole date, padded', ['7', '3', '1988'], { status: 'ok', iso: '1988-03-07' }],
    ['leading zeros', ['007', '03', '1988'], { status: 'ok', iso: '1988-03-07' }],
    ['29 February in a leap year', ['29', '2', '2024'], { status: 'ok', iso: '2024-02-29' }],
    [
      'a missing month',
      ['12', '', '1985'],
      {
        status: 'invalid',
        message: 'Date of birth must include a month',
        parts: ['month'],
        raw: '1985-00-12',
      },
    ],
    [
      'a missing day and year',
      ['', '4', ''],
      {
        status: 'invalid',
        message: 'Date of birth must include a day and year',
        parts: ['day', 'year'],
        raw: '-04-00',
      },
    ],
    [
      'letters',
      ['1', 'May', '1990'],
      {
        status: 'invalid',
        message: 'Date of birth must be a real date',
        parts: ['month'],
        raw: '1990-May-01',
      },
    ],
    [
      'a two-digit year',
      ['1', '5', '90'],
      { status: 'invalid', message: 'Year must include 4 numbers', parts: ['year'], raw: '90-05-01' },
    ],
    [
      '30 February',
      ['30', '2', '1990'],
      { status: 'invalid', message: 'Date of birth must be a real date', parts: [], raw: '1990-02-30' },
    ],
    [
      'month 13',
      ['1', '13', '1990'],
      { status: 'invalid', message: 'Date of birth must be a real date', parts: [], raw: '1990-13-01' },
    ],
  ]
  for (const [name, [day, month, year], expected] of cases)
    it(name, () => assert.deepEqual(readDate({ day, month, year }, 'Date of birth'), expected))

  it('splits a stored date into the boxes, without leading zeros', () => {
    assert.deepEqual(datePartsOf('1990-04-05'), { day: '5', month: '4', year: '1990' })
    assert.deepEqual(datePartsOf(null), { day: '', month: '', year: '' })
  })
})
