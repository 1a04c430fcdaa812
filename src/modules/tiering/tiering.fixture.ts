// A neutral tier input for tests: every factor absent or scoring nothing, both predictors dynamic at 0,
// RoSH low (so nothing is provisional), a mandate for change and an assessment with no needs.
import type { TierInput } from './tiering.schema'

export function buildTierInput(overrides: Partial<TierInput> = {}): TierInput {
  return {
    sex: 'male',
    rsrPercent: null,
    roshLevel: 'low',
    mappa: null,
    complexityFactors: [],
    femaleFactors: {
      parenting: false,
      impulsivityOrTemperControl: false,
      breachOrRecallInLast12Months: false,
    },
    mandateForChange: true,
    needs: {},
    ogrsPercent: null,
    iomNominal: false,
    unsupervised: false,
    hasActiveEvent: true,
    arp: { percent: 0, dynamic: true },
    csrp: { percent: 0, dynamic: true },
    dcSrp: null,
    liferOrIppReleaseDate: null,
    calculationDate: '2026-11-23',
    domesticAbuse: false,
    stalking: false,
    childProtection: false,
    everSexualOffence: false,
    ...overrides,
  }
}
