import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import {
  calculateSingleTier,
  liferIppStep,
  mappaRoshStep,
  sexualReoffendingStep,
  yearsBefore,
} from './a-to-g.rules'
import { reoffendingTable } from './reoffending-table.rules'
import { buildTierInput } from './tiering.fixture'
import type { TierInput } from './tiering.schema'

const tierOf = (overrides: Partial<TierInput>) => calculateSingleTier(buildTierInput(overrides))
const predictors = (arp: number, csrp: number) => ({
  arp: { percent: arp, dynamic: true },
  csrp: { percent: csrp, dynamic: true },
})

describe('A to G: the ARP by CSRP table, every cell (reference §1.5)', () => {
  // Written out by hand from the reference: rows CSRP ≥6.9, ≥3.0, ≥1.0, ≥0.5, ≥0; columns ARP ≥90, ≥75, ≥50, ≥25, ≥15, ≥0.
  const expected: Record<number, string> = {
    6.9: 'AABBBB',
    3: 'ABCCCC',
    1: 'BCDEEE',
    0.5: 'CDEEFF',
    0: 'DDEFFG',
  }
  const arps = [90, 75, 50, 25, 15, 0]
  // The same cells reached from just inside each band's top (one step below the next threshold up).
  const arpTops = [100, 89.99, 74.99, 49.99, 24.99, 14.99]
  const csrpTops: Record<number, number> = { 6.9: 100, 3: 6.89, 1: 2.99, 0.5: 0.99, 0: 0.49 }
  for (const [csrp, row] of Object.entries(expected)) {
    arps.forEach((arp, column) => {
      const tier = row[column]!
      it(`ARP ${arp}% and CSRP ${csrp}% give ${tier}, and so do ARP ${arpTops[column]}%, CSRP ${csrpTops[Number(csrp)]}%`, () => {
        assert.equal(reoffendingTable(arp, Number(csrp)), tier)
        assert.equal(reoffendingTable(arpTops[column]!, csrpTops[Number(csrp)]!), tier)
        const result = tierOf(predictors(arp, Number(csrp)))
        assert.equal(result.tier, tier)
        assert.equal(result.steps[0]!.step, 'reoffending')
        assert.equal(result.steps[0]!.tier, tier)
      })
    })
  }
  it('explains the row and column used', () => {
    const result = tierOf(predictors(62, 1.4))
    assert.equal(
      result.steps[0]!.reason,
      'ARP 62% (dynamic) and CSRP 1.4% (dynamic): table row CSRP 1.0% or more, column ARP 50% or more gives tier D',
    )
  })
})

describe('A to G: statuses', () => {
  it('no active event: not supervised, no tier, not provisional (checked before the predictors)', () => {
    const result = tierOf({ hasActiveEvent: false, arp: null, csrp: null })
    assert.deepEqual([result.tier, result.status, result.provisional], [null, 'not_supervised', false])
    assert.match(result.steps[0]!.reason, /No active event/)
  })
  it('no ARP, no CSRP, or neither: missing', () => {
    for (const overrides of [{ arp: null }, { csrp: null }, { arp: null, csrp: null }]) {
      const result = tierOf({ ...overrides, roshLevel: 'very_high', mappa: { level: 3, category: 1 } })
      assert.deepEqual([result.tier, result.status, result.provisional], [null, 'missing', false])
    }
    assert.equal(tierOf({ csrp: null }).steps[0]!.reason, 'No CSRP score: the tier is missing')
  })
  it('unsupervised does not change the A to G tier', () => {
    assert.deepEqual(tierOf({ unsupervised: true, ...predictors(60, 1) }), tierOf(predictors(60, 1)))
  })
})

describe('A to G: the sexual reoffending step (DC-SRP)', () => {
  const cases: [TierInput['dcSrp'], string | null][] = [
    [null, null],
    [{ band: 'very_high', percent: 0, riskReduction: false }, null], // used only above 0
    [{ band: 'very_high', percent: 12, riskReduction: false }, 'A'],
    [{ band: 'high', percent: 5, riskReduction: false }, 'B'],
    [{ band: 'high', percent: 0.01, riskReduction: false }, 'B'],
    [{ band: 'medium', percent: 3.36, riskReduction: false }, 'C'],
    [{ band: 'medium', percent: 3.35, riskReduction: false }, 'D'], // ≥ 2.11
    [{ band: 'medium', percent: 2.11, riskReduction: false }, 'D'],
    [{ band: 'medium', percent: 2.1, riskReduction: false }, 'C'], // ≥ 1.12
    [{ band: 'medium', percent: 1.12, riskReduction: false }, 'C'],
    [{ band: 'medium', percent: 1.11, riskReduction: false }, 'D'], // ≥ 0.60
    [{ band: 'medium', percent: 0.6, riskReduction: false }, 'D'],
    [{ band: 'medium', percent: 0.59, riskReduction: false }, null], // below 0.60: no tier
    [{ band: 'medium', percent: 3.36, riskReduction: true }, 'C'], // the flag is not consulted
    [{ band: 'medium', percent: 1.5, riskReduction: false }, 'C'], // same as with the flag
    [{ band: 'low', percent: 0.3, riskReduction: false }, 'E'],
  ]
  for (const [dcSrp, tier] of cases) {
    it(`${JSON.stringify(dcSrp)} gives ${tier ?? 'no tier'}`, () => {
      assert.equal(sexualReoffendingStep(dcSrp).tier, tier)
      // With the table at G, the step sets the whole tier (or leaves it at G).
      assert.equal(tierOf({ dcSrp }).tier, tier ?? 'G')
    })
  }
  it('says why a medium band below 0.60 gives no tier', () => {
    const step = sexualReoffendingStep({ band: 'medium', percent: 0.4, riskReduction: false })
    assert.equal(step.reason, 'DC-SRP medium band, 0.4% is below 0.60%: no tier from this step')
  })
})

describe('A to G: MAPPA with RoSH', () => {
  const mappa = { level: 1, category: 2 }
  const cases: [TierInput['mappa'], TierInput['roshLevel'], string | null][] = [
    [mappa, 'very_high', 'A'],
    [mappa, 'high', 'C'],
    [mappa, 'medium', 'D'],
    [mappa, 'low', 'E'],
    [mappa, null, 'E'],
    [{ level: 3, category: 4 }, 'high', 'C'], // the level makes no difference here
    [null, 'very_high', 'C'],
    [null, 'high', 'D'],
    [null, 'medium', null],
    [null, 'low', null],
    [null, null, null],
  ]
  for (const [m, rosh, tier] of cases) {
    it(`MAPPA ${m ? `category ${m.category}` : 'none'} with RoSH ${rosh}: ${tier ?? 'no tier'}`, () => {
      assert.equal(mappaRoshStep(buildTierInput({ mappa: m, roshLevel: rosh })).tier, tier)
    })
  }
})

describe('A to G: lifer and IPP release, by calendar date', () => {
  // Calculated on 2026-06-15: within 1 year means released on or after 2025-06-15; within 5, on or after 2021-06-15.
  const cases: [string | null, string | null][] = [
    [null, null],
    ['2026-07-01', 'B'], // a release date after the calculation date counts as within the year
    ['2026-06-15', 'B'],
    ['2025-06-15', 'B'], // exactly a year before
    ['2025-06-14', 'D'], // a year and a day
    ['2021-06-15', 'D'], // exactly five years before
    ['2021-06-14', 'E'],
    ['1999-01-01', 'E'],
  ]
  for (const [release, tier] of cases) {
    it(`released ${release}: ${tier ?? 'no tier'}`, () => {
      assert.equal(liferIppStep(release, '2026-06-15').tier, tier)
    })
  }
  it('29 February counts back to 28 February', () => {
    assert.equal(yearsBefore('2028-02-29', 1), '2027-02-28')
    assert.equal(yearsBefore('2028-02-29', 4), '2024-02-29')
    assert.equal(liferIppStep('2027-02-28', '2028-02-29').tier, 'B')
    assert.equal(liferIppStep('2027-02-27', '2028-02-29').tier, 'D')
  })
  it('explains the date compared', () => {
    assert.equal(
      liferIppStep('2025-06-14', '2026-06-15').reason,
      'Lifer or IPP released 2025-06-14, within 5 years (on or after 2021-06-15): tier D',
    )
  })
})

describe('A to G: registers, and the highest step wins', () => {
  const cases: [Partial<TierInput>, string][] = [
    [{}, 'G'],
    [{ domesticAbuse: true }, 'E'],
    [{ stalking: true }, 'F'],
    [{ childProtection: true }, 'F'],
    [{ everSexualOffence: true }, 'E'],
    [{ stalking: true, domesticAbuse: true }, 'E'],
    // table F (ARP 20, CSRP 0.6) under domestic abuse E
    [{ ...predictors(20, 0.6), domesticAbuse: true }, 'E'],
    // table B (ARP 95, CSRP 1.5) over everything below it
    [{ ...predictors(95, 1.5), domesticAbuse: true, roshLevel: 'high' }, 'B'],
    // MAPPA with RoSH very high: A over a table C
    [{ ...predictors(60, 4), mappa: { level: 2, category: 1 }, roshLevel: 'very_high' }, 'A'],
    // lifer released last month B over a table E
    [{ ...predictors(30, 1), liferOrIppReleaseDate: '2026-10-23' }, 'B'],
  ]
  for (const [overrides, tier] of cases) {
    it(`${JSON.stringify(overrides)}: ${tier}`, () => {
      const result = tierOf(overrides)
      assert.equal(result.tier, tier)
      assert.equal(result.status, 'supervised')
      const resultStep = result.steps.find((s) => s.step === 'result')!
      assert.equal(resultStep.tier, tier)
    })
  }
  it('lists every step, with the tier it gives or null, and names the step that set the tier', () => {
    const result = tierOf({ ...predictors(30, 1), stalking: true, liferOrIppReleaseDate: '2026-10-23' })
    assert.deepEqual(
      result.steps.map((s) => [s.step, s.tier]),
      [
        ['reoffending', 'E'],
        ['sexual_reoffending', null],
        ['mappa_rosh', null],
        ['lifer_ipp', 'B'],
        ['domestic_abuse', null],
        ['stalking', 'F'],
        ['child_protection', null],
        ['sexual_offence', null],
        ['result', 'B'],
        ['provisional', null],
      ],
    )
    assert.equal(result.steps[8]!.reason, 'Highest tier from the steps: B (from lifer or IPP release)')
  })
})
