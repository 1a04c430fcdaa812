import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { isActive, REGISTER_TYPES, type RegisterFacts, registerProblems } from './registers.rules'

const TODAY = '2026-06-01'
const reg = (r: Partial<RegisterFacts>): RegisterFacts => ({
  type: 'domestic_abuse_perpetrator',
  level: null,
  category: null,
  registeredDate: '2026-01-10',
  nextReviewDate: null,
  deregisteredDate: null,
  deregistrationReason: null,
  ...r,
})

describe('register rules', () => {
  const cases: [string, Partial<RegisterFacts>, string[]][] = [
    ['a flag with no level', {}, []],
    ['a level on a flag without levels', { level: 'high' }, ['level']],
    ['a category on a flag without categories', { category: '1' }, ['category']],
    ['RoSH high', { type: 'rosh', level: 'high' }, []],
    ['RoSH very high', { type: 'rosh', level: 'very_high' }, []],
    ['RoSH without a level', { type: 'rosh' }, ['level']],
    ['RoSH extreme', { type: 'rosh', level: 'extreme' }, ['level']],
    ['RoSH with a category', { type: 'rosh', level: 'low', category: '1' }, ['category']],
    ['MAPPA level 2 category 1', { type: 'mappa', level: '2', category: '1' }, []],
    ['MAPPA level 3 category 4', { type: 'mappa', level: '3', category: '4' }, []],
    ['MAPPA level 4', { type: 'mappa', level: '4', category: '1' }, ['level']],
    ['MAPPA category 5', { type: 'mappa', level: '1', category: '5' }, ['category']],
    ['MAPPA without level or category', { type: 'mappa' }, ['level', 'category']],
    ['registered in the future', { registeredDate: '2026-06-02' }, ['registeredDate']],
    ['review on the registration date', { nextReviewDate: '2026-01-10' }, []],
    ['review before registration', { nextReviewDate: '2026-01-09' }, ['nextReviewDate']],
    ['ended with a reason', { deregisteredDate: '2026-03-01', deregistrationReason: 'risk reduced' }, []],
    [
      'ended the day it began',
      { deregisteredDate: '2026-01-10', deregistrationReason: 'entered in error' },
      [],
    ],
    [
      'ended before it began',
      { deregisteredDate: '2026-01-09', deregistrationReason: 'x' },
      ['deregisteredDate'],
    ],
    [
      'ended in the future',
      { deregisteredDate: '2026-07-01', deregistrationReason: 'x' },
      ['deregisteredDate'],
    ],
    ['ended without a reason', { deregisteredDate: '2026-03-01' }, ['deregistrationReason']],
    ['a reason without an end', { deregistrationReason: 'x' }, ['deregisteredDate']],
  ]
  for (const [name, r, expected] of cases) {
    it(name, () =>
      assert.deepEqual(
        registerProblems(reg(r), TODAY).map((p) => p.path),
        expected,
      ),
    )
  }

  it('prefixes paths for bulk items', () => {
    assert.deepEqual(
      registerProblems(reg({ type: 'rosh' }), TODAY, 'items.2.register.').map((p) => p.path),
      ['items.2.register.level'],
    )
  })

  it('marks ViSOR as needing vetting and the complexity factors as such', () => {
    assert.equal(REGISTER_TYPES.visor.requiresVetting, true)
    assert.equal(REGISTER_TYPES.rosh.requiresVetting, false)
    assert.equal(REGISTER_TYPES.mental_health.complexityFactor, true)
    assert.equal(REGISTER_TYPES.stalking.complexityFactor, false)
  })

  it('knows when a register is active', () => {
    assert.equal(isActive(reg({}), TODAY), true)
    assert.equal(isActive(reg({ deregisteredDate: '2026-03-01' }), TODAY), false)
    assert.equal(isActive(reg({ deregisteredDate: '2026-03-01' }), '2026-02-28'), true)
    assert.equal(isActive(reg({}), '2026-01-09'), false)
  })
})
