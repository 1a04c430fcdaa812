import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { Requirement } from '../sentences'
import type { Contact } from './contacts.schema'
import { requirementProgress } from './progress.rules'

const order = {
  eventId: 'E1',
  eventNumber: 1,
  sentenceDate: '2026-01-05',
  expectedEndDate: '2026-10-04',
  length: { value: 9, unit: 'months' },
}
const requirement = (over: Partial<Requirement>): Requirement => ({
  id: 'R1',
  type: 'rar',
  restrictive: false,
  rarDays: 20,
  unpaidWorkHours: null,
  lengthMonths: null,
  startDate: null,
  endDate: null,
  terminatedDate: null,
  notes: null,
  ...over,
})
let n = 0
const contact = (date: string, over: Partial<Contact> & { rar?: boolean; code?: string } = {}): Contact =>
  ({
    id: `c${++n}`,
    crn: 'X000001',
    type: {
      code: 'rar_activity',
      version: 1,
      label: 'RAR activity',
      appointment: true,
      countsTowardsRar: over.rar ?? true,
      needsOutcome: true,
      creditsUnpaidWork: false,
    },
    date,
    requirementId: 'R1',
    status: 'booked',
    outcome: { code: over.code ?? 'attended_complied', label: '', absenceReason: null, recordedAt: '' },
    hoursCredited: null,
    ...over,
  }) as Contact

describe('RAR days', () => {
  const cases: [string, Contact[], number][] = [
    ['none', [], 0],
    ['two activities on one day count once', [contact('2026-05-12'), contact('2026-05-12')], 1],
    ['three days', [contact('2026-05-12'), contact('2026-05-13'), contact('2026-05-20')], 3],
    ['a failure to attend does not count', [contact('2026-05-12', { code: 'failed_to_attend' })], 0],
    ['an acceptable absence does not count', [contact('2026-05-12', { code: 'acceptable_absence' })], 0],
    ['no outcome yet does not count', [contact('2026-05-12', { outcome: null })], 0],
    ['a rescheduled appointment does not count', [contact('2026-05-12', { status: 'rescheduled' })], 0],
    ['another requirement’s activity does not count', [contact('2026-05-12', { requirementId: 'R2' })], 0],
    ['a contact type that is not a RAR activity does not count', [contact('2026-05-12', { rar: false })], 0],
  ]
  for (const [name, contacts, days] of cases)
    it(name, () =>
      assert.equal(requirementProgress(requirement({}), order, contacts, '2026-06-01').done, days),
    )

  it('says it in words with the months left and why', () => {
    const contacts = Array.from({ length: 7 }, (_, i) =>
      contact(`2026-05-${String(10 + i).padStart(2, '0')}`),
    )
    contacts.push(contact('2026-05-10'))
    const p = requirementProgress(requirement({}), order, contacts, '2026-06-01')
    assert.equal(p.summary, 'RAR 7 of 20 days, 4 months left')
    assert.equal(p.reasons[0], '2026-05-10: 2 RAR activities, counted as one day')
    assert.equal(p.reasons.at(-1), 'ends on 2026-10-04 (the order’s expected end date)')
  })
})

describe('unpaid-work hours and months left', () => {
  const uw = requirement({ id: 'U1', type: 'unpaid_work', rarDays: null, unpaidWorkHours: 100 })
  const session = (date: string, hours: number | null) =>
    contact(date, { requirementId: 'U1', hoursCredited: hours })
  it('adds the hours credited per session', () => {
    const p = requirementProgress(
      uw,
      order,
      [session('2026-05-16', 7), session('2026-05-23', 3.5), session('2026-05-30', null)],
      '2026-06-01',
    )
    assert.deepEqual([p.done, p.target, p.unit], [10.5, 100, 'hours'])
    assert.equal(p.summary, 'Unpaid work 10.5 of 100 hours, 4 months left')
  })
  const ends: [string, Partial<Requirement>, string, string][] = [
    ['its own end date', { endDate: '2026-07-15' }, '2026-06-01', 'Curfew, 1 month left'],
    [
      'months from its start',
      { startDate: '2026-05-01', lengthMonths: 3 },
      '2026-06-01',
      'Curfew, 1 month left',
    ],
    ['less than a month', { endDate: '2026-06-20' }, '2026-06-01', 'Curfew, less than a month left'],
    ['ended', { terminatedDate: '2026-05-01' }, '2026-06-01', 'Curfew, ended on 2026-05-01'],
    ['the order’s expected end', {}, '2026-06-01', 'Curfew, 4 months left'],
  ]
  for (const [name, over, today, summary] of ends)
    it(`ends by ${name}`, () =>
      assert.equal(
        requirementProgress(requirement({ type: 'curfew', rarDays: null, ...over }), order, [], today)
          .summary,
        summary,
      ))
})
