import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { countTiers } from './tier-counts.rules'

describe('tier counts of a caseload', () => {
  it('counts each case once at its tier, highest protect and change first, with the protect levels', () => {
    const counts = countTiers([
      { v2: 'B0', v3: 'E' },
      { v2: 'B3', v3: 'C' },
      { v2: 'A1', v3: 'A' },
      { v2: 'B3', v3: 'C' },
      { v2: 'D2S', v3: null },
      { v2: 'D2', v3: 'G' },
      { v2: null, v3: null },
    ])
    assert.equal(counts.cases, 7)
    assert.deepEqual(counts.v2, [
      { tier: 'A1', count: 1 },
      { tier: 'B3', count: 2 },
      { tier: 'B0', count: 1 },
      { tier: 'D2', count: 1 },
      { tier: 'D2S', count: 1 },
    ])
    assert.deepEqual(counts.protect, { A: 1, B: 3, C: 0, D: 2 })
    assert.deepEqual(counts.v3, [
      { tier: 'A', count: 1 },
      { tier: 'C', count: 2 },
      { tier: 'E', count: 1 },
      { tier: 'G', count: 1 },
    ])
    assert.equal(counts.untiered, 1)
    assert.match(counts.reasons.join(' '), /7 cases currently allocated .* 1 without a tier yet/)
  })

  it('gives zeros for an empty caseload', () => {
    const counts = countTiers([])
    assert.deepEqual([counts.cases, counts.v2, counts.v3, counts.untiered], [0, [], [], 0])
    assert.deepEqual(counts.protect, { A: 0, B: 0, C: 0, D: 0 })
    assert.equal(counts.reasons.length, 1)
  })
})
