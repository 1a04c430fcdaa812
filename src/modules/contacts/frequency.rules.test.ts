import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { Contact } from './contacts.schema'
import { contactDue, type Frequency } from './frequency.rules'

const frequencies: Frequency[] = [
  { tierLetter: 'B', stage: 'first_12_weeks', intervalDays: 7, version: 1 },
  { tierLetter: 'B', stage: 'after_12_weeks', intervalDays: 14, version: 1 },
  { tierLetter: 'D', stage: 'first_12_weeks', intervalDays: 14, version: 1 },
  { tierLetter: 'D', stage: 'after_12_weeks', intervalDays: 42, version: 1 },
]
const order = (start: string, n = 1) => ({ eventId: `E${n}`, eventNumber: n, start })
const kept = (date: string, code = 'attended_complied', status = 'booked') =>
  ({ date, status, type: { appointment: true }, outcome: { code } }) as unknown as Contact
const booked = (date: string) =>
  ({ date, status: 'booked', type: { appointment: true }, outcome: null }) as unknown as Contact

describe('next contact due', () => {
  const TODAY = '2026-06-01'
  const cases: [string, Parameters<typeof contactDue>, Partial<ReturnType<typeof contactDue>>][] = [
    [
      'first 12 weeks of the order, tier B: weekly from the last contact kept',
      ['B2', [order('2026-04-01')], [kept('2026-05-28')], frequencies, TODAY],
      {
        stage: 'first_12_weeks',
        intervalDays: 7,
        lastContact: '2026-05-28',
        nextDue: '2026-06-04',
        overdue: false,
      },
    ],
    [
      'day 84 is past the first 12 weeks: fortnightly',
      ['B2', [order('2026-03-09')], [kept('2026-05-20')], frequencies, TODAY],
      { stage: 'after_12_weeks', intervalDays: 14, nextDue: '2026-06-03', overdue: false },
    ],
    [
      'day 83 is still in the first 12 weeks',
      ['B2', [order('2026-03-10')], [kept('2026-05-20')], frequencies, TODAY],
      { stage: 'first_12_weeks', nextDue: '2026-05-27', overdue: true },
    ],
    [
      'a failure to attend is not a contact kept',
      [
        'D1',
        [order('2026-01-05')],
        [kept('2026-05-20'), kept('2026-05-25', 'failed_to_attend')],
        frequencies,
        TODAY,
      ],
      { lastContact: '2026-05-20', nextDue: '2026-07-01' },
    ],
    [
      'nothing kept yet: counted from the start of the order',
      ['D0S', [order('2026-05-01')], [booked('2026-06-03')], frequencies, TODAY],
      { lastContact: null, nextDue: '2026-05-15', overdue: true, nextBooked: '2026-06-03' },
    ],
    [
      'two orders: the one in its first 12 weeks sets the pace',
      ['D1', [order('2025-01-05', 1), order('2026-05-20', 2)], [kept('2026-05-25')], frequencies, TODAY],
      { stage: 'first_12_weeks', intervalDays: 14, nextDue: '2026-06-08' },
    ],
    [
      'no order in force: nothing expected',
      ['B2', [], [], frequencies, TODAY],
      { nextDue: null, overdue: false },
    ],
    [
      'a tier with no frequency set',
      ['A3', [order('2026-04-01')], [], frequencies, TODAY],
      { nextDue: null },
    ],
  ]
  for (const [name, args, expected] of cases)
    it(name, () => {
      const due = contactDue(...args)
      for (const [key, value] of Object.entries(expected))
        assert.deepEqual(due[key as keyof typeof due], value, `${key}: ${due.reasons.join('; ')}`)
    })
  it('says why, including that the tier was given with the request', () => {
    const due = contactDue('B2', [order('2026-04-01')], [kept('2026-05-20')], frequencies, TODAY)
    assert.deepEqual(due.reasons, [
      'protect-by-change tier B2, given with the request (no stored tier yet)',
      'event 1 started on 2026-04-01: in its first 12 weeks, one contact every 7 days',
      'last contact kept on 2026-05-20',
      'next contact was due on 2026-05-27: overdue',
    ])
  })
})
