import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { calculateSingleTier } from './a-to-g.rules'
import { buildTierInput } from './tiering.fixture'
import type { TierInput } from './tiering.schema'

const p = (percent: number, dynamic: boolean) => ({ percent, dynamic })
const run = (overrides: Partial<TierInput>) => calculateSingleTier(buildTierInput(overrides))

describe('A to G: provisional (reference §1.5, DECISIONS 20)', () => {
  // [case, input, tier, provisional]; the working is in each comment.
  const cases: [string, Partial<TierInput>, string, boolean][] = [
    // Both dynamic and RoSH recorded: never provisional.
    ['dynamic, RoSH low', { arp: p(30, true), csrp: p(1, true) }, 'E', false],

    // ARP static, CSRP 3.5: with ARP at its highest the table gives A (row 3.0, column 90).
    ['ARP static, nothing else', { arp: p(30, false), csrp: p(3.5, true) }, 'C', true],
    [
      'ARP static, MAPPA + RoSH very high gives A',
      { arp: p(30, false), csrp: p(3.5, true), mappa: { level: 2, category: 1 }, roshLevel: 'very_high' },
      'A',
      false,
    ],
    [
      'ARP static, DC-SRP high gives only B',
      { arp: p(30, false), csrp: p(3.5, true), dcSrp: { band: 'high', percent: 4, riskReduction: false } },
      'B',
      true,
    ],
    // ARP static, CSRP 0.2: with ARP at its highest, D (row 0, column 90); the table now gives G.
    [
      'ARP static, low CSRP, domestic abuse E only',
      { arp: p(10, false), csrp: p(0.2, true), domesticAbuse: true },
      'E',
      true,
    ],
    [
      'ARP static, low CSRP, RoSH high (not MAPPA) gives D',
      { arp: p(10, false), csrp: p(0.2, true), roshLevel: 'high' },
      'D',
      false,
    ],
    // ARP static but already in the top column: the table itself does not count as "another step".
    ['ARP static at 95, CSRP 0.2', { arp: p(95, false), csrp: p(0.2, true) }, 'D', true],

    // CSRP static, ARP 10: with CSRP at its highest, B (row 6.9, column 0).
    [
      'CSRP static, RoSH very high (not MAPPA) gives only C',
      { arp: p(10, true), csrp: p(0.2, false), roshLevel: 'very_high' },
      'C',
      true,
    ],
    [
      'CSRP static, DC-SRP high gives B',
      { arp: p(10, true), csrp: p(0.2, false), dcSrp: { band: 'high', percent: 4, riskReduction: false } },
      'B',
      false,
    ],
    // CSRP static, ARP 95: with CSRP at its highest, A.
    [
      'CSRP static, ARP 95, lifer B',
      { arp: p(95, true), csrp: p(0.2, false), liferOrIppReleaseDate: '2026-10-01' },
      'B',
      true,
    ],

    // Both static: provisional unless another step gives A.
    [
      'both static, lifer gives B',
      { arp: p(50, false), csrp: p(1, false), liferOrIppReleaseDate: '2026-10-01' },
      'B',
      true,
    ],
    [
      'both static, DC-SRP very high gives A',
      {
        arp: p(50, false),
        csrp: p(1, false),
        dcSrp: { band: 'very_high', percent: 9, riskReduction: false },
      },
      'A',
      false,
    ],

    // RoSH missing, MAPPA case: provisional unless another step gives A.
    [
      'no RoSH, MAPPA, table C',
      { roshLevel: null, mappa: { level: 1, category: 1 }, arp: p(60, true), csrp: p(3.5, true) },
      'C',
      true,
    ],
    [
      'no RoSH, MAPPA, dynamic table A',
      { roshLevel: null, mappa: { level: 1, category: 1 }, arp: p(95, true), csrp: p(7, true) },
      'A',
      false,
    ],
    [
      'no RoSH, MAPPA, DC-SRP very high',
      {
        roshLevel: null,
        mappa: { level: 1, category: 1 },
        dcSrp: { band: 'very_high', percent: 9, riskReduction: false },
      },
      'A',
      false,
    ],
    [
      'no RoSH, MAPPA, lifer B',
      { roshLevel: null, mappa: { level: 1, category: 1 }, liferOrIppReleaseDate: '2026-10-01' },
      'B',
      true,
    ],

    // RoSH missing, not MAPPA: provisional unless another step gives C or higher.
    ['no RoSH, table D', { roshLevel: null, arp: p(60, true), csrp: p(1.5, true) }, 'D', true],
    ['no RoSH, dynamic table C', { roshLevel: null, arp: p(60, true), csrp: p(3.5, true) }, 'C', false],
    [
      'no RoSH, DC-SRP medium 3.36 gives C',
      { roshLevel: null, dcSrp: { band: 'medium', percent: 3.36, riskReduction: false } },
      'C',
      false,
    ],
    [
      'no RoSH, DC-SRP medium 2.5 gives D',
      { roshLevel: null, dcSrp: { band: 'medium', percent: 2.5, riskReduction: false } },
      'D',
      true,
    ],
    [
      'no RoSH, lifer released within a year B',
      { roshLevel: null, liferOrIppReleaseDate: '2026-10-01' },
      'B',
      false,
    ],
    [
      'no RoSH, lifer released 3 years ago D',
      { roshLevel: null, liferOrIppReleaseDate: '2023-10-01' },
      'D',
      true,
    ],
    [
      'no RoSH, domestic abuse and stalking',
      { roshLevel: null, domesticAbuse: true, stalking: true },
      'E',
      true,
    ],
    // A static table giving C does not settle a missing RoSH (and is provisional anyway).
    ['no RoSH, static table C', { roshLevel: null, arp: p(60, false), csrp: p(3.5, true) }, 'C', true],
  ]
  for (const [name, overrides, tier, provisional] of cases) {
    it(`${name}: ${tier}${provisional ? ', provisional' : ''}`, () => {
      const result = run(overrides)
      assert.equal(result.tier, tier)
      assert.equal(result.provisional, provisional)
      const step = result.steps.find((s) => s.step === 'provisional')!
      assert.match(step.reason, provisional ? /^Provisional: / : /^Not provisional/)
    })
  }

  it('says what could raise a provisional tier', () => {
    const result = run({ arp: p(30, false), csrp: p(3.5, true) })
    assert.equal(
      result.steps.find((s) => s.step === 'provisional')!.reason,
      'Provisional: ARP is static: with CSRP 3.5% the table could give up to tier A, and no other step reaches A',
    )
    const rosh = run({ roshLevel: null, arp: p(60, true), csrp: p(1.5, true) })
    assert.match(rosh.steps.find((s) => s.step === 'provisional')!.reason, /No RoSH level recorded.*tier C/)
  })
})
