import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import {
  type ContactType,
  creditedHours,
  findClashes,
  occurrenceDates,
  outcomeProblems,
  overlaps,
  type Repeat,
  repeatProblems,
} from './contacts.rules'
import { addDays, addMonths, daysBetween, wholeMonthsBetween } from './dates.rules'
import { resolveLinks } from './links.rules'

const type = (over: Partial<ContactType> = {}): ContactType => ({
  code: 'office_visit',
  version: 1,
  label: 'Office appointment',
  appointment: true,
  countsTowardsRar: false,
  needsOutcome: true,
  creditsUnpaidWork: false,
  ...over,
})
const unpaid = type({ code: 'unpaid_work_session', label: 'Unpaid work session', creditsUnpaidWork: true })
const rar = type({ code: 'rar_activity', label: 'RAR activity', countsTowardsRar: true })

describe('calendar arithmetic', () => {
  const cases: [string, number, string][] = [
    ['2026-03-10', 12, '2027-03-10'],
    ['2024-02-29', 12, '2025-03-01'],
    ['2026-01-31', 1, '2026-03-01'],
    ['2026-12-15', 1, '2027-01-15'],
    ['2026-05-31', -1, '2026-05-01'],
  ]
  for (const [from, months, expected] of cases)
    it(`${from} + ${months} months = ${expected}`, () => assert.equal(addMonths(from, months), expected))
  it('adds days across a daylight-saving change and counts days and whole months', () => {
    assert.equal(addDays('2026-03-28', 2), '2026-03-30')
    assert.equal(daysBetween('2026-03-10', '2027-03-10'), 365)
    assert.equal(wholeMonthsBetween('2026-06-01', '2026-10-01'), 4)
    assert.equal(wholeMonthsBetween('2026-06-01', '2026-09-30'), 3)
    assert.equal(wholeMonthsBetween('2026-06-01', '2026-05-01'), 0)
  })
})

describe('repeating appointments', () => {
  const cases: [string, Repeat | undefined, string[]][] = [
    ['single', undefined, ['2026-06-02']],
    [
      'weekly until a date (inclusive)',
      { pattern: 'weekly', until: '2026-06-16' },
      ['2026-06-02', '2026-06-09', '2026-06-16'],
    ],
    ['weekly until a date between', { pattern: 'weekly', until: '2026-06-15' }, ['2026-06-02', '2026-06-09']],
    [
      'fortnightly by count',
      { pattern: 'fortnightly', count: 3 },
      ['2026-06-02', '2026-06-16', '2026-06-30'],
    ],
    [
      'count and until: whichever first',
      { pattern: 'weekly', count: 5, until: '2026-06-09' },
      ['2026-06-02', '2026-06-09'],
    ],
    [
      'custom, sorted, duplicates once',
      { pattern: 'custom', dates: ['2026-06-20', '2026-06-02', '2026-06-05'] },
      ['2026-06-02', '2026-06-05', '2026-06-20'],
    ],
  ]
  for (const [name, repeat, expected] of cases)
    it(name, () => assert.deepEqual(occurrenceDates('2026-06-02', repeat), expected))

  it('names problems with the repeat', () => {
    const paths = (r: Repeat) => repeatProblems('2026-06-02', r).map((p) => p.path)
    assert.deepEqual(paths({ pattern: 'weekly' }), ['repeat'])
    assert.deepEqual(paths({ pattern: 'weekly', until: '2026-06-01' }), ['repeat.until'])
    assert.deepEqual(paths({ pattern: 'custom', dates: ['2026-06-03', '2026-05-01'] }), ['repeat.dates.1'])
    assert.deepEqual(paths({ pattern: 'weekly', until: '2027-06-02' }), ['repeat'], '53 weeks is too many')
    assert.deepEqual(paths({ pattern: 'weekly', until: '2027-05-25' }), [], '52 weeks is allowed')
  })
})

describe('clashes', () => {
  const slot = (startTime: string, endTime: string, date = '2026-07-06') => ({ date, startTime, endTime })
  const cases: [string, string, string, boolean][] = [
    ['same times', '10:00', '11:00', true],
    ['overlapping start', '10:30', '11:30', true],
    ['inside', '10:15', '10:45', true],
    ['around', '09:00', '12:00', true],
    ['touching after', '11:00', '12:00', false],
    ['touching before', '09:00', '10:00', false],
  ]
  for (const [name, start, end, expected] of cases)
    it(`${name} (${start}-${end} against 10:00-11:00): ${expected ? 'clash' : 'no clash'}`, () =>
      assert.equal(overlaps(slot(start, end), slot('10:00', '11:00')), expected))
  it('a different date never clashes', () =>
    assert.equal(overlaps(slot('10:00', '11:00', '2026-07-07'), slot('10:00', '11:00')), false))

  it('says whose diary clashes, ignoring the appointment being moved and other practitioners', () => {
    const booked = [
      { id: 'a', personId: 'P1', staffCode: 'S1', typeLabel: 'Office', ...slot('10:00', '11:00') },
      { id: 'b', personId: 'P2', staffCode: 'S1', typeLabel: 'Office', ...slot('12:00', '13:00') },
      { id: 'c', personId: 'P3', staffCode: 'S2', typeLabel: 'Office', ...slot('14:00', '15:00') },
    ]
    const who = { personId: 'P1', staffCode: 'S1' }
    const whose = (s: ReturnType<typeof slot>, ignore: string[] = []) =>
      findClashes([s], booked, who, ignore).map((c) => `${c.with.id}:${c.whose}`)
    assert.deepEqual(whose(slot('10:30', '12:30')), ['a:person', 'b:practitioner'])
    assert.deepEqual(whose(slot('10:30', '11:00'), ['a']), [])
    assert.deepEqual(whose(slot('14:00', '15:00')), [], 'another practitioner with another person')
  })
})

describe('outcomes', () => {
  const paths = (t: ContactType, facts: Parameters<typeof outcomeProblems>[1], hours: number | null = 1) =>
    outcomeProblems(t, facts, hours).map((p) => p.path)
  it('needs a reason for an acceptable absence and only then', () => {
    assert.deepEqual(paths(type(), { outcome: 'acceptable_absence' }), ['absenceReason'])
    assert.deepEqual(paths(type(), { outcome: 'acceptable_absence', absenceReason: 'holiday' }), [])
    assert.deepEqual(paths(type(), { outcome: 'unacceptable_absence', absenceReason: 'holiday' }), [
      'absenceReason',
    ])
  })
  it('refuses an outcome on a type that takes none, and hours outside unpaid work', () => {
    assert.deepEqual(
      paths(type({ needsOutcome: false, label: 'Letter' }), { outcome: 'attended_complied' }),
      ['outcome'],
    )
    assert.deepEqual(paths(type(), { outcome: 'attended_complied', hoursCredited: 1 }), ['hoursCredited'])
    assert.deepEqual(paths(unpaid, { outcome: 'failed_to_attend', hoursCredited: 1 }), ['hoursCredited'])
    assert.deepEqual(paths(unpaid, { outcome: 'attended_complied', hoursCredited: 7.5 }, 7), [
      'hoursCredited',
    ])
  })
  const credits: [string, ContactType, Parameters<typeof creditedHours>[1], number | null][] = [
    ['whole session when complied and no figure given', unpaid, { outcome: 'attended_complied' }, 7],
    ['the figure given', unpaid, { outcome: 'attended_complied', hoursCredited: 6.5 }, 6.5],
    [
      'sent home for service issues: what was worked',
      unpaid,
      { outcome: 'sent_home_service_issues', hoursCredited: 2 },
      2,
    ],
    ['sent home for behaviour, no figure: nothing', unpaid, { outcome: 'sent_home_behaviour' }, 0],
    ['absent: no credit at all', unpaid, { outcome: 'failed_to_attend' }, null],
    ['not unpaid work: no credit', rar, { outcome: 'attended_complied' }, null],
  ]
  for (const [name, t, facts, expected] of credits)
    it(`credits ${name}`, () => assert.equal(creditedHours(t, facts, 7), expected))
})

describe('order and requirement of a contact', () => {
  const events = [
    { id: 'E1', disposal: { requirements: [{ id: 'R1', type: 'rar', terminatedDate: null }] } },
    {
      id: 'E2',
      disposal: {
        requirements: [
          { id: 'R2', type: 'rar', terminatedDate: '2026-01-01' },
          { id: 'U2', type: 'unpaid_work', terminatedDate: null },
        ],
      },
    },
    { id: 'E3', disposal: null },
  ]
  const links = (t: ContactType, given: { eventId?: string; requirementId?: string }) => {
    const l = resolveLinks(events, t, given)
    return [l.eventId, l.requirementId, l.problems.map((p) => p.path).join(',')]
  }
  it('takes the event from the requirement, and the only live matching requirement', () => {
    assert.deepEqual(links(type(), { requirementId: 'U2' }), ['E2', 'U2', ''])
    assert.deepEqual(links(rar, {}), ['E1', 'R1', ''], 'R2 is terminated')
    assert.deepEqual(links(unpaid, {}), ['E2', 'U2', ''])
    assert.deepEqual(links(rar, { eventId: 'E3' }), ['E3', null, ''])
    assert.deepEqual(links(type(), {}), [null, null, ''])
  })
  it('refuses links to other people’s records or the wrong kind of requirement', () => {
    assert.deepEqual(links(type(), { eventId: 'EX' })[2], 'eventId')
    assert.deepEqual(links(type(), { requirementId: 'RX' })[2], 'requirementId')
    assert.deepEqual(links(type(), { eventId: 'E1', requirementId: 'U2' })[2], 'requirementId')
    assert.deepEqual(links(rar, { requirementId: 'U2' })[2], 'requirementId')
  })
})
