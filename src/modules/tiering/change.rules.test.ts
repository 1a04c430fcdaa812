import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { calculateChange, changeLevelFor, ogrsPoints } from './change.rules'
import { buildTierInput } from './tiering.fixture'

describe('change level: no mandate, no assessment (reference §1.4)', () => {
  it('no mandate for change gives 0, whatever the needs, OGRS and IOM', () => {
    const result = calculateChange(
      buildTierInput({
        mandateForChange: false,
        needs: { attitudes: 'severe' },
        ogrsPercent: 99,
        iomNominal: true,
      }),
    )
    assert.deepEqual([result.level, result.points], [0, 0])
    assert.match(result.reasons[0]!.reason, /^No mandate for change .*change level 0/)
  })
  it('no valid assessment (needs null) gives 2 with 0 points, even with a high OGRS', () => {
    const result = calculateChange(buildTierInput({ needs: null, ogrsPercent: 99, iomNominal: true }))
    assert.deepEqual([result.level, result.points], [2, 0])
    assert.equal(result.reasons[0]!.reason, 'No valid assessment of needs: change level 2 (0 points)')
  })
  it('no mandate wins over no assessment', () => {
    assert.equal(calculateChange(buildTierInput({ mandateForChange: false, needs: null })).level, 0)
  })
  it('an assessment with no needs identified is an assessment: 0 points, level 1', () => {
    assert.deepEqual(calculateChange(buildTierInput({ needs: {} })).level, 1)
  })
})

describe('change level: need points = weighting × severity', () => {
  // Weight 1 for six needs, 2 for thinking and behaviour and attitudes; standard 1, severe 2.
  const cases: [string, 'standard' | 'severe', number][] = [
    ['accommodation', 'standard', 1],
    ['accommodation', 'severe', 2],
    ['education_training_employment', 'severe', 2],
    ['relationships', 'severe', 2],
    ['lifestyle_associates', 'severe', 2],
    ['drug_misuse', 'severe', 2],
    ['alcohol_misuse', 'standard', 1],
    ['thinking_behaviour', 'standard', 2],
    ['thinking_behaviour', 'severe', 4],
    ['attitudes', 'standard', 2],
    ['attitudes', 'severe', 4],
  ]
  for (const [need, severity, points] of cases) {
    it(`${need} ${severity} scores ${points}`, () => {
      const result = calculateChange(buildTierInput({ needs: { [need]: severity } }))
      assert.equal(result.points, points)
      assert.equal(result.reasons.find((r) => r.factor === `need:${need}`)!.points, points)
    })
  }
  it('a need given as none scores 0, like a need not listed', () => {
    assert.equal(calculateChange(buildTierInput({ needs: { attitudes: 'none' } })).points, 0)
  })
})

describe('change level: OGRS, a point for each full 10% (rounded down), and IOM', () => {
  const cases: [number | null, number][] = [
    [null, 0],
    [0, 0],
    [9.99, 0],
    [10, 1],
    [50, 5],
    [59, 5],
    [59.99, 5],
    [90, 9],
    [99, 9],
    [100, 10],
  ]
  for (const [ogrs, points] of cases) {
    it(`OGRS ${ogrs}% scores ${points}`, () => {
      assert.equal(ogrsPoints(ogrs), points)
      assert.equal(calculateChange(buildTierInput({ ogrsPercent: ogrs })).points, points)
    })
  }
  it('an IOM nominal scores 2', () => {
    assert.equal(calculateChange(buildTierInput({ iomNominal: true })).points, 2)
    assert.equal(calculateChange(buildTierInput({ iomNominal: false })).points, 0)
  })
})

describe('change level thresholds: 20 or more 3, 10 to 19 2, under 10 1', () => {
  for (const [points, level] of [
    [0, 1],
    [9, 1],
    [10, 2],
    [19, 2],
    [20, 3],
    [32, 3],
  ] as const) {
    it(`${points} points: level ${level}`, () => assert.equal(changeLevelFor(points), level))
  }

  const allSevere = {
    accommodation: 'severe',
    education_training_employment: 'severe',
    relationships: 'severe',
    lifestyle_associates: 'severe',
    drug_misuse: 'severe',
    alcohol_misuse: 'severe',
    thinking_behaviour: 'severe',
    attitudes: 'severe',
  } as const
  const cases: [string, Parameters<typeof buildTierInput>[0], number, number][] = [
    // OGRS 95% = 9: level 1
    ['9 from OGRS 95%', { ogrsPercent: 95 }, 9, 1],
    // OGRS 80% = 8, IOM 2: 10, level 2
    ['10 from OGRS 80% and IOM', { ogrsPercent: 80, iomNominal: true }, 10, 2],
    // all severe but accommodation standard: 6 × 2 + 2 × 4 - 1 = 19, level 2
    ['19 from needs', { needs: { ...allSevere, accommodation: 'standard' } }, 19, 2],
    // all severe: 6 × 2 + 2 × 4 = 20, level 3
    ['20 from needs', { needs: allSevere }, 20, 3],
    // 20 + OGRS 100% 10 + IOM 2 = 32, the most there is
    ['32, the most', { needs: allSevere, ogrsPercent: 100, iomNominal: true }, 32, 3],
  ]
  for (const [name, overrides, points, level] of cases) {
    it(`${name}: ${points} points, level ${level}`, () => {
      const result = calculateChange(buildTierInput(overrides))
      assert.deepEqual([result.points, result.level], [points, level])
      const counted = result.reasons.filter((r) => r.counted).reduce((sum, r) => sum + (r.points ?? 0), 0)
      assert.equal(counted, points, 'the reasons add up to the total')
    })
  }

  it('explains each term in words', () => {
    const result = calculateChange(
      buildTierInput({ needs: { thinking_behaviour: 'severe' }, ogrsPercent: 56, iomNominal: true }),
    )
    const text = result.reasons.map((r) => r.reason)
    assert.ok(text.includes('Need, thinking and behaviour, severe: 4 points (severe scores 2, weighted ×2)'))
    assert.ok(text.includes('OGRS 56%: 5 points (one for each full 10%)'))
    assert.ok(text.includes('Integrated offender management (IOM) nominal: 2 points'))
    assert.equal(text.at(-1), 'Change points 11: level 2 (10 to 19 points)')
  })
})
