// Reductions (reference §2.5): status from the dates (expiry needs no job), hours from a percentage,
// fixed allowances, maximums, automatic end dates; and who counts as T2A.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { isT2a, reductionHours, reductionStatus } from './practitioner.rules'
import { expiryDate, resolveReduction } from './reductions.rules'
import { type ReductionReason, SEED_REFERENCE } from './workload.reference'

const reason = (code: string) =>
  SEED_REFERENCE.reductionReasons.find((r) => r.code === code) as ReductionReason

describe('reduction status', () => {
  const r = { startDate: '2026-11-01', endDate: '2026-11-30' }
  const table: [string, string][] = [
    ['2026-10-31', 'scheduled'],
    ['2026-11-01', 'active'],
    ['2026-11-30', 'active'],
    ['2026-12-01', 'archived'], // expired on its own, the day after its end date
  ]
  for (const [today, expected] of table)
    it(`${today}: ${expected}`, () => assert.equal(reductionStatus(r, today), expected))
})

describe('reduction hours', () => {
  const table: [string, { hours: number | null; percent: number | null }, number, number][] = [
    ['given hours', { hours: 3.7, percent: null }, 37, 3.7],
    ['0% is not allowed, so the smallest: 0.01% of 37 h', { hours: null, percent: 0.01 }, 37, 0],
    ['50% of 37 h', { hours: null, percent: 50 }, 37, 18.5],
    ['100% of 22.5 h', { hours: null, percent: 100 }, 22.5, 22.5],
    ['20% of 37 h', { hours: null, percent: 20 }, 37, 7.4],
    ['33.33% of 37 h rounds to 2 dp', { hours: null, percent: 33.33 }, 37, 12.33],
  ]
  for (const [name, r, hours, expected] of table)
    it(name, () => assert.equal(reductionHours(r, hours), expected))
})

describe('resolving a reduction', () => {
  it('fills in a fixed allowance and the end date from months to expiry', () => {
    const out = resolveReduction(reason('maternity_leave'), { startDate: '2026-11-23' }, 37)
    assert.deepEqual(out, { problems: [], hours: null, percent: 100, endDate: '2027-05-22' })
  })
  it('refuses hours for a fixed allowance, naming the field', () => {
    const out = resolveReduction(reason('nqo'), { startDate: '2026-11-23', hours: 5 }, 37)
    assert.equal(out.problems[0]?.path, 'hours')
  })
  it('caps at the maximum %', () => {
    assert.equal(
      resolveReduction(
        reason('trade_union'),
        { startDate: '2026-11-01', endDate: '2026-12-01', percent: 50 },
        37,
      ).problems.length,
      0,
    )
    assert.equal(
      resolveReduction(
        reason('trade_union'),
        { startDate: '2026-11-01', endDate: '2026-12-01', percent: 51 },
        37,
      ).problems[0]?.path,
      'percent',
    )
  })
  it('needs hours or a percentage, not both, and an end date not before the start', () => {
    const both = resolveReduction(
      reason('other'),
      { startDate: '2026-11-01', endDate: '2026-10-01', hours: 1, percent: 5 },
      37,
    )
    assert.deepEqual(
      both.problems.map((p) => p.path),
      ['hours', 'endDate'],
    )
  })
  it('refuses an unknown or disabled reason', () => {
    assert.equal(
      resolveReduction(undefined, { startDate: '2026-11-01', endDate: '2026-12-01', hours: 1 }, 37)
        .problems[0]?.path,
      'reasonCode',
    )
    const off = { ...reason('other'), enabled: false }
    assert.match(
      resolveReduction(off, { startDate: '2026-11-01', endDate: '2026-12-01', hours: 1 }, 37).problems[0]
        ?.message ?? '',
      /no longer in use/,
    )
  })
  it('ends the day before the same date N months on, at month ends too', () => {
    assert.equal(expiryDate('2026-01-15', 6), '2026-07-14')
    assert.equal(expiryDate('2026-08-31', 6), '2027-02-27')
    assert.equal(expiryDate('2026-03-01', 9), '2026-11-30')
  })
})

describe('T2A: aged 18 to 24 on the day', () => {
  const table: [string | null, boolean][] = [
    ['2008-11-24', false], // 17, 18 tomorrow
    ['2008-11-23', true], // 18 today
    ['2001-11-24', true], // 24, 25 tomorrow
    ['2001-11-23', false], // 25 today
    [null, false],
  ]
  for (const [dob, expected] of table)
    it(`born ${dob}: ${expected}`, () => assert.equal(isT2a(dob, '2026-11-23'), expected))
})
