// Table tests of the workload formulas (reference §2.3, §2.4) on the seed reference data.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { type Grade, SEED_REFERENCE } from './workload.reference'
import { availability, calculateWorkload, capacityPercent, type WorkloadCase } from './workload.rules'

const cases = (n: number, c: WorkloadCase): WorkloadCase[] => Array.from({ length: n }, () => ({ ...c }))
const run = (input: Partial<Parameters<typeof calculateWorkload>[1]>) =>
  calculateWorkload(SEED_REFERENCE, {
    grade: 'PO',
    contractedHours: 37,
    reductionHours: 0,
    cases: [],
    courtReports: [],
    ...input,
  })

describe('the worked example of reference §2.4', () => {
  it('PO, 37 h, 3.7 h reduction, 10 community B2, 5 licence C2, 2 SDRs: 1751 of 1958, 89.4%', () => {
    const result = run({
      reductionHours: 3.7,
      cases: [
        ...cases(10, { tier: 'B2', type: 'community', t2a: false }),
        ...cases(5, { tier: 'C2', type: 'licence', t2a: false }),
      ],
      courtReports: [{ type: 'standard' }, { type: 'standard' }],
    })
    assert.equal(result.points, 1751)
    assert.equal(result.availablePoints, 1958)
    assert.equal(result.capacityPercent, 89.4)
    assert.deepEqual(
      result.breakdown.map((l) => [l.label, l.count, l.pointsEach, l.points]),
      [
        ['community B2', 10, 115, 1150],
        ['licence C2', 5, 65, 325],
        ['standard delivery court report', 2, 138, 276],
      ],
    )
    assert.ok(result.reasons.some((r) => r.includes('trunc(2176 × 33.3 / 37) = 1958')))
  })
})

describe('available points', () => {
  const table: [string, Grade, number | null, number, number][] = [
    ['reduction 0%', 'PO', 37, 0, 2176],
    ['reduction 50%', 'PO', 37, 18.5, 1088],
    ['reduction 100%', 'PO', 37, 37, 0],
    ['reductions above the hours leave none', 'PO', 20, 30, 0],
    ['part-time 22.5 h', 'PO', 22.5, 0, 1323], // 2176 × 22.5 / 37 = 1323.24
    ['part-time 18.5 h with 1.85 h reduction', 'PO', 18.5, 1.85, 979], // 2176 × 16.65 / 37 = 979.2
    ['no hours recorded: the grade default', 'PO', null, 0, 2176],
    ['PQiP uses the PO target and hours', 'PQiP', 37, 0, 2176],
    ['NQO uses the PO target and hours', 'NQO', 30, 0, 1764], // 2176 × 30 / 37 = 1764.3
    ['PSO uses the PSO target and hours', 'PSO', 37, 7.4, 1740], // 2176 × 29.6 / 37 = 1740.8
    ['SPO: default hours 0, so 0', 'SPO', 37, 0, 0],
    ['0 contracted hours', 'PSO', 0, 0, 0],
  ]
  for (const [name, grade, hours, reduction, expected] of table)
    it(name, () =>
      assert.equal(availability(SEED_REFERENCE, grade, hours, reduction).availablePoints, expected),
    )

  it('PSO and PO differ once an administrator sets different targets', () => {
    const ref = {
      ...SEED_REFERENCE,
      grades: { ...SEED_REFERENCE.grades, nominalTarget: { PO: 2176, PSO: 1850 } },
    }
    assert.equal(availability(ref, 'PSO', 37, 0).availablePoints, 1850)
    assert.equal(availability(ref, 'PO', 37, 0).availablePoints, 2176)
  })
})

describe('points per case', () => {
  const table: [string, WorkloadCase, number][] = [
    ['community A3', { tier: 'A3', type: 'community', t2a: false }, 206],
    ['custody A3', { tier: 'A3', type: 'custody', t2a: false }, 75],
    ['licence B3', { tier: 'B3', type: 'licence', t2a: false }, 161],
    ['custody A0 scores 0', { tier: 'A0', type: 'custody', t2a: false }, 0],
    ['community D0', { tier: 'D0', type: 'community', t2a: false }, 29],
    ['T2A community A3 uses the T2A row', { tier: 'A3', type: 'community', t2a: true }, 75],
    ['T2A licence B2', { tier: 'B2', type: 'licence', t2a: true }, 48],
    ['T2A custody D1', { tier: 'D1', type: 'custody', t2a: true }, 13],
    ['S tier community B2S scores 0', { tier: 'B2S', type: 'community', t2a: false }, 0],
    ['S tier T2A A3S scores 0', { tier: 'A3S', type: 'licence', t2a: true }, 0],
    ['untiered scores 0', { tier: null, type: 'community', t2a: false }, 0],
    ['A to G tier scores 0 while the weights are off', { tier: 'B', type: 'community', t2a: false }, 0],
  ]
  for (const [name, c, expected] of table)
    it(name, () => {
      const result = run({ cases: [c] })
      assert.equal(result.points, expected)
      assert.equal(result.breakdown[0]?.points, expected)
    })

  it('A to G weights count once switched on', () => {
    const ref = { ...SEED_REFERENCE, aToG: { ...SEED_REFERENCE.aToG, inUse: true } }
    const result = calculateWorkload(ref, {
      grade: 'PO',
      contractedHours: 37,
      reductionHours: 0,
      cases: [{ tier: 'B', type: 'community', t2a: false }],
      courtReports: [],
    })
    assert.equal(result.points, 146)
  })

  it('fast delivery reports score 65, and a practitioner breakdown lists each case by CRN', () => {
    const result = run({
      cases: [
        { tier: 'C1', type: 'community', t2a: false, crn: 'X000001' },
        { tier: 'C1', type: 'community', t2a: false, crn: 'X000002' },
      ],
      courtReports: [{ type: 'fast' }],
    })
    assert.equal(result.points, 50 + 50 + 65)
    assert.deepEqual(
      result.breakdown.map((l) => l.crn ?? l.label),
      ['X000001', 'X000002', 'fast delivery court report'],
    )
  })
})

describe('capacity %', () => {
  const table: [number, number, number][] = [
    [1751, 1958, 89.4],
    [0, 1958, 0],
    [500, 0, 0],
    [2176, 2176, 100],
    [1, 2000, 0.1], // 0.05% rounds half-up to 0.1
    [1, 20000, 0], // 0.005% rounds to 0.0
    [3, 2000, 0.2], // 0.15% rounds half-up to 0.2
    [2393, 2176, 110], // 109.97
  ]
  for (const [points, available, expected] of table)
    it(`${points} of ${available} is ${expected}%`, () =>
      assert.equal(capacityPercent(points, available), expected))

  it('is 0 when available points are 0, with the reason', () => {
    const result = run({ grade: 'SPO', cases: [{ tier: 'A3', type: 'community', t2a: false }] })
    assert.equal(result.points, 206)
    assert.equal(result.availablePoints, 0)
    assert.equal(result.capacityPercent, 0)
    assert.ok(result.reasons.includes('capacity is 0 when available points are 0'))
  })
})
