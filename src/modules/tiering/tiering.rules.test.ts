import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { buildTierInput } from './tiering.fixture'
import { calculateTier } from './tiering.rules'

describe('both tiers together (issue 8)', () => {
  it('joins protect and change, and appends S when unsupervised', () => {
    // RoSH high 20 (RSR 5.2% scores 10, not counted): B. Needs: thinking and behaviour severe 4 +
    // relationships standard 1; OGRS 56% 5; IOM 2: 12 points, level 2.
    const input = buildTierInput({
      roshLevel: 'high',
      rsrPercent: 5.2,
      needs: { thinking_behaviour: 'severe', relationships: 'standard' },
      ogrsPercent: 56,
      iomNominal: true,
    })
    const supervised = calculateTier(input).v2
    assert.deepEqual(
      [
        supervised.tier,
        supervised.protect,
        supervised.change,
        supervised.protectPoints,
        supervised.changePoints,
      ],
      ['B2', 'B', 2, 20, 12],
    )
    const unsupervised = calculateTier({ ...input, unsupervised: true }).v2
    assert.equal(unsupervised.tier, 'B2S')
    assert.equal(unsupervised.reasons.at(-1)!.reason, 'Unsupervised: S appended, so the tier is B2S')
  })

  it('no mandate for change gives level 0 (A0, D0S and so on)', () => {
    const result = calculateTier(
      buildTierInput({ roshLevel: 'very_high', mandateForChange: false, unsupervised: true }),
    ).v2
    assert.equal(result.tier, 'A0S')
  })

  it('no assessment gives level 2', () => {
    assert.equal(calculateTier(buildTierInput({ needs: null })).v2.tier, 'D2')
  })

  it('still gives the protect-by-change tier for a case with no active event', () => {
    const result = calculateTier(
      buildTierInput({ hasActiveEvent: false, roshLevel: 'medium', mandateForChange: false }),
    )
    assert.equal(result.v2.tier, 'C0')
    assert.equal(result.v3.status, 'not_supervised')
  })
})

describe('"Previous manslaughter and threats to kill, new offence breach of restraining order"', () => {
  // The complaint of issue 8: the old tool said "Tier 2". The RoSH assessment reflects the history of
  // serious violence, so protect is high even though the new offence is minor and RSR only medium.
  const base = {
    rsrPercent: 4.1, // 10 points, but only the higher of RSR and RoSH counts
    domesticAbuse: true, // the restraining order protects a former partner
    needs: { relationships: 'severe', thinking_behaviour: 'standard', attitudes: 'standard' } as const,
    ogrsPercent: 35,
    arp: { percent: 45, dynamic: true },
    csrp: { percent: 2.4, dynamic: true },
  }

  it('with RoSH high: protect B, not a low tier, with the RoSH reason shown', () => {
    const result = calculateTier(buildTierInput({ ...base, roshLevel: 'high' }))
    // Protect: RoSH high 20 (instead of RSR 4.1% scoring 10) = 20: B.
    // Change: relationships severe 2 + thinking and behaviour standard 2 + attitudes standard 2 + OGRS 35% 3 = 9: 1.
    assert.equal(result.v2.tier, 'B1')
    assert.notEqual(result.v2.protect, 'D')
    assert.ok(
      result.v2.reasons.some(
        (r) => r.reason === 'RoSH high: 20 points (counts instead of RSR 4.1%, which scores 10)',
      ),
    )
    // A to G: table ARP 45 (column 25), CSRP 2.4 (row 1.0) = E; not MAPPA with RoSH high = D; domestic abuse E: D.
    assert.equal(result.v3.tier, 'D')
    assert.equal(result.v3.provisional, false)
  })

  it('with RoSH very high under MAPPA level 2: A on both models', () => {
    const result = calculateTier(
      buildTierInput({ ...base, roshLevel: 'very_high', mappa: { level: 2, category: 3 } }),
    )
    // Protect: RoSH very high 150 + MAPPA level 2 150 = 300: A.
    assert.equal(result.v2.protect, 'A')
    assert.equal(result.v2.protectPoints, 300)
    // A to G: MAPPA with RoSH very high = A.
    assert.equal(result.v3.tier, 'A')
    assert.match(
      result.v3.steps.find((s) => s.step === 'mappa_rosh')!.reason,
      /MAPPA category 3 with RoSH very high: tier A/,
    )
  })
})
