import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { calculateProtect, protectLevelFor, rsrPoints } from './protect.rules'
import { buildTierInput } from './tiering.fixture'

const women = (f: Partial<ReturnType<typeof buildTierInput>['femaleFactors']>) => ({
  parenting: false,
  impulsivityOrTemperControl: false,
  breachOrRecallInLast12Months: false,
  ...f,
})

describe('protect level: RSR points (reference §1.3)', () => {
  // [RSR %, points]: 3.00 to 6.99 scores 10, 7.00 and over 20.
  const cases: [number | null, number][] = [
    [null, 0],
    [0, 0],
    [2.99, 0],
    [3, 10],
    [5.2, 10],
    [6.99, 10],
    [6.995, 10], // the national code's closed ranges would give 0 here; we read "at least 3.00" (docs/tiering.md)
    [7, 20],
    [7.0001, 20],
    [99.99, 20],
    [100, 20],
  ]
  for (const [rsr, points] of cases) {
    it(`RSR ${rsr}% scores ${points}`, () => {
      assert.equal(rsrPoints(rsr), points)
      // RoSH low scores 0, so the RSR points alone make the total.
      const result = calculateProtect(buildTierInput({ rsrPercent: rsr }))
      assert.equal(result.points, points)
    })
  }
  it('RSR 6.99 gives level C and 7.00 level B', () => {
    assert.equal(calculateProtect(buildTierInput({ rsrPercent: 6.99 })).level, 'C') // 10 points
    assert.equal(calculateProtect(buildTierInput({ rsrPercent: 7.0 })).level, 'B') // 20 points
  })
})

describe('protect level: RoSH points, and only the higher of RSR and RoSH counts', () => {
  // [RoSH, RSR, total]: total = RSR + RoSH - the smaller of the two.
  const cases: [Parameters<typeof buildTierInput>[0], number, string][] = [
    [{ roshLevel: null }, 0, 'D'],
    [{ roshLevel: 'low' }, 0, 'D'],
    [{ roshLevel: 'medium' }, 10, 'C'],
    [{ roshLevel: 'high' }, 20, 'B'],
    [{ roshLevel: 'very_high' }, 150, 'A'],
    [{ roshLevel: 'high', rsrPercent: 5.2 }, 20, 'B'], // 20 + 10 - 10
    [{ roshLevel: 'medium', rsrPercent: 8 }, 20, 'B'], // 10 + 20 - 10
    [{ roshLevel: 'high', rsrPercent: 8 }, 20, 'B'], // 20 + 20 - 20: a tie counts once
    [{ roshLevel: 'medium', rsrPercent: 4 }, 10, 'C'], // 10 + 10 - 10
    [{ roshLevel: 'very_high', rsrPercent: 50 }, 150, 'A'], // 150 + 20 - 20
    [{ roshLevel: null, rsrPercent: 3 }, 10, 'C'], // 10 + 0 - 0
  ]
  for (const [overrides, points, level] of cases) {
    it(`${JSON.stringify(overrides)} scores ${points}, level ${level}`, () => {
      const result = calculateProtect(buildTierInput(overrides))
      assert.equal(result.points, points)
      assert.equal(result.level, level)
    })
  }

  it('on a tie counts one of RSR and RoSH, once, and says so', () => {
    const { reasons, points } = calculateProtect(buildTierInput({ roshLevel: 'high', rsrPercent: 8 }))
    assert.equal(points, 20) // 20 + 20 - 20
    assert.equal(
      reasons.find((r) => r.factor === 'rosh')!.reason,
      'RoSH high: 20 points (counts; RSR 8% scores the same, and only one of RSR and RoSH counts)',
    )
    assert.equal(reasons.find((r) => r.factor === 'rsr')!.counted, false)
  })

  it('says which of RSR and RoSH counts, and why', () => {
    const { reasons } = calculateProtect(buildTierInput({ roshLevel: 'high', rsrPercent: 5.2 }))
    const rosh = reasons.find((r) => r.factor === 'rosh')!
    const rsr = reasons.find((r) => r.factor === 'rsr')!
    assert.equal(rosh.reason, 'RoSH high: 20 points (counts instead of RSR 5.2%, which scores 10)')
    assert.deepEqual([rosh.points, rosh.counted, rsr.points, rsr.counted], [20, true, 10, false])
    assert.match(
      rsr.reason,
      /^RSR 5\.2%: 10 points \(not counted: .*only the higher of RSR and RoSH counts\)$/,
    )

    const rsrWins = calculateProtect(buildTierInput({ roshLevel: 'medium', rsrPercent: 8 })).reasons
    assert.equal(
      rsrWins.find((r) => r.factor === 'rsr')!.reason,
      'RSR 8%: 20 points (counts instead of RoSH medium, which scores 10)',
    )
  })
})

describe('protect level: MAPPA level', () => {
  // Only the level counts here: M1 5, M2 and M3 150; the category scores nothing.
  const cases: [{ level: number; category: number } | null, number][] = [
    [null, 0],
    [{ level: 1, category: 1 }, 5],
    [{ level: 1, category: 4 }, 5],
    [{ level: 2, category: 2 }, 150],
    [{ level: 3, category: 3 }, 150],
  ]
  for (const [mappa, points] of cases) {
    it(`MAPPA ${JSON.stringify(mappa)} scores ${points}`, () => {
      const result = calculateProtect(buildTierInput({ mappa }))
      assert.equal(result.points, points)
      assert.equal(result.reasons.find((r) => r.factor === 'mappa')!.points, points)
    })
  }
})

describe('protect level: complexity factors', () => {
  const all = [
    'mental_health',
    'suicide_self_harm',
    'vulnerability',
    'child_concerns',
    'child_protection',
    'risk_to_children',
    'public_interest',
    'adult_at_risk',
    'street_gangs',
    'terrorism',
  ] as const
  for (const factor of all) {
    it(`${factor} scores 2`, () => {
      const result = calculateProtect(buildTierInput({ complexityFactors: [factor] }))
      assert.equal(result.points, 2)
      assert.equal(result.reasons.find((r) => r.factor === `complexity:${factor}`)!.points, 2)
    })
  }
  it('counts each distinct factor once: all ten score 20 (level B), a repeat adds nothing', () => {
    assert.equal(calculateProtect(buildTierInput({ complexityFactors: [...all] })).points, 20)
    const repeated = calculateProtect(buildTierInput({ complexityFactors: ['terrorism', 'terrorism'] }))
    assert.equal(repeated.points, 2)
  })
})

describe('protect level: women-only factors', () => {
  const cases: [Partial<ReturnType<typeof women>>, number][] = [
    [{}, 0],
    [{ parenting: true }, 2],
    [{ impulsivityOrTemperControl: true }, 2], // impulsivity or temper control: counted once
    [{ breachOrRecallInLast12Months: true }, 2],
    [{ parenting: true, impulsivityOrTemperControl: true, breachOrRecallInLast12Months: true }, 6],
  ]
  for (const [factors, points] of cases) {
    it(`a woman with ${JSON.stringify(factors)} scores ${points}; a man 0`, () => {
      const woman = calculateProtect(buildTierInput({ sex: 'female', femaleFactors: women(factors) }))
      assert.equal(woman.points, points)
      const man = calculateProtect(buildTierInput({ sex: 'male', femaleFactors: women(factors) }))
      assert.equal(man.points, 0)
    })
  }
  it('tells a man why the women-only factors do not count', () => {
    const man = calculateProtect(buildTierInput({ femaleFactors: women({ parenting: true }) }))
    const line = man.reasons.find((r) => r.factor === 'women_only')!
    assert.equal(line.counted, false)
    assert.match(line.reason, /not counted .*male/)
  })
})

describe('protect level thresholds: 150 A, 20 to 149 B, 10 to 19 C, under 10 D', () => {
  for (const [points, level] of [
    [0, 'D'],
    [9, 'D'],
    [10, 'C'],
    [19, 'C'],
    [20, 'B'],
    [149, 'B'],
    [150, 'A'],
    [300, 'A'],
  ] as const) {
    it(`${points} points: level ${level}`, () => assert.equal(protectLevelFor(points), level))
  }

  it('reaches each boundary from real factors', () => {
    // 9 = MAPPA level 1 (5) + two complexity factors (2 + 2): D
    const nine = calculateProtect(
      buildTierInput({ mappa: { level: 1, category: 1 }, complexityFactors: ['vulnerability', 'terrorism'] }),
    )
    assert.deepEqual([nine.points, nine.level], [9, 'D'])
    // 10 = RoSH medium: C
    const ten = calculateProtect(buildTierInput({ roshLevel: 'medium' }))
    assert.deepEqual([ten.points, ten.level], [10, 'C'])
    // 19 = RoSH medium (10) + MAPPA level 1 (5) + two complexity factors (4): C
    const nineteen = calculateProtect(
      buildTierInput({
        roshLevel: 'medium',
        mappa: { level: 1, category: 2 },
        complexityFactors: ['vulnerability', 'terrorism'],
      }),
    )
    assert.deepEqual([nineteen.points, nineteen.level], [19, 'C'])
    // 20 = RoSH high: B
    const twenty = calculateProtect(buildTierInput({ roshLevel: 'high' }))
    assert.deepEqual([twenty.points, twenty.level], [20, 'B'])
    // 51, the most below A: RoSH high 20 + MAPPA level 1 5 + ten complexity factors 20 + three women's factors 6
    const most = calculateProtect(
      buildTierInput({
        sex: 'female',
        roshLevel: 'high',
        rsrPercent: 50,
        mappa: { level: 1, category: 3 },
        complexityFactors: [
          'mental_health',
          'suicide_self_harm',
          'vulnerability',
          'child_concerns',
          'child_protection',
          'risk_to_children',
          'public_interest',
          'adult_at_risk',
          'street_gangs',
          'terrorism',
        ],
        femaleFactors: women({
          parenting: true,
          impulsivityOrTemperControl: true,
          breachOrRecallInLast12Months: true,
        }),
      }),
    )
    assert.deepEqual([most.points, most.level], [51, 'B'])
    // 150 = MAPPA level 2 alone: A
    const mappa = calculateProtect(buildTierInput({ mappa: { level: 2, category: 1 } }))
    assert.deepEqual([mappa.points, mappa.level], [150, 'A'])
  })

  it('the counted points of the reasons add up to the total, and the level is explained', () => {
    const result = calculateProtect(
      buildTierInput({
        roshLevel: 'high',
        rsrPercent: 5,
        mappa: { level: 1, category: 1 },
        complexityFactors: ['street_gangs'],
      }),
    )
    // RoSH 20 (RSR 10 not counted) + MAPPA 5 + complexity 2 = 27
    assert.equal(result.points, 27)
    const counted = result.reasons.filter((r) => r.counted).reduce((sum, r) => sum + (r.points ?? 0), 0)
    assert.equal(counted, 27)
    assert.equal(result.reasons.at(-1)!.reason, 'Protect points 27: level B (20 to 149 points)')
  })
})
