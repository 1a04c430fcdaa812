// OGP test vectors worked by hand from docs/reference/predictors.md §3 (not from this module's code):
// each case shows the point items, the static and dynamic points, p = logistic(slope × points +
// intercept) for 1 and 2 years, the whole percentages (half-up, 1-99) and the band.
// (node was the calculator.)
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { calculateOgp, type OgpInput } from './points.rules'

interface Case {
  input: OgpInput
  staticPoints: number
  dynamicPoints: number
  oneYear: number
  twoYear: number
  oneYearPercent: number
  twoYearPercent: number
  band: string
}

const cases: Case[] = [
  // 1. the OASys example: OGRS3 5 % (0.6 × 5 = 3), unemployed 5, thinking 1+1+0 → round(5/6 × 2) = 2: 10 points → 4 % / 8 %
  //    static round(0.6 × 5) = 3; accommodation 0 + unemployed 5 + activities 0 + drugs round(3.75 × 0) = 0 + thinking round(5/6 × 2) = 2 + attitudes 0
  //    points 3 + 7 = 10; p1 = 0.04448068194068542 → 4 %; p2 = 0.0784569085432812 → 8 % → low
  {
    input: {
      ogrs3TwoYearPercent: 5,
      noFixedAbodeOrTransient: false,
      unemployed: true,
      activitiesEncourageOffending: 0,
      currentDrugMisuse: 0,
      motivationToTackleDrugMisuse: 0,
      problemSolving: 1,
      awarenessOfConsequences: 1,
      understandsOthersViews: 0,
      proCriminalAttitudes: 0,
    },
    staticPoints: 3,
    dynamicPoints: 7,
    oneYear: 0.04448068194068542,
    twoYear: 0.0784569085432812,
    oneYearPercent: 4,
    twoYearPercent: 8,
    band: 'low',
  },
  // 2. all items 0, OGRS3 1 %
  //    static round(0.6 × 1) = 1; accommodation 0 + unemployed 0 + activities 0 + drugs round(3.75 × 0) = 0 + thinking round(5/6 × 0) = 0 + attitudes 0
  //    points 1 + 0 = 1; p1 = 0.02604346003820976 → 3 %; p2 = 0.04662373060478711 → 5 % → low
  {
    input: {
      ogrs3TwoYearPercent: 1,
      noFixedAbodeOrTransient: false,
      unemployed: false,
      activitiesEncourageOffending: 0,
      currentDrugMisuse: 0,
      motivationToTackleDrugMisuse: 0,
      problemSolving: 0,
      awarenessOfConsequences: 0,
      understandsOthersViews: 0,
      proCriminalAttitudes: 0,
    },
    staticPoints: 1,
    dynamicPoints: 0,
    oneYear: 0.02604346003820976,
    twoYear: 0.04662373060478711,
    oneYearPercent: 3,
    twoYearPercent: 5,
    band: 'low',
  },
  // 3. OGRS3 49 % only
  //    static round(0.6 × 49) = 29; accommodation 0 + unemployed 0 + activities 0 + drugs round(3.75 × 0) = 0 + thinking round(5/6 × 0) = 0 + attitudes 0
  //    points 29 + 0 = 29; p1 = 0.13047108008251754 → 13 %; p2 = 0.21532856586467827 → 22 % → low
  {
    input: {
      ogrs3TwoYearPercent: 49,
      noFixedAbodeOrTransient: false,
      unemployed: false,
      activitiesEncourageOffending: 0,
      currentDrugMisuse: 0,
      motivationToTackleDrugMisuse: 0,
      problemSolving: 0,
      awarenessOfConsequences: 0,
      understandsOthersViews: 0,
      proCriminalAttitudes: 0,
    },
    staticPoints: 29,
    dynamicPoints: 0,
    oneYear: 0.13047108008251754,
    twoYear: 0.21532856586467827,
    oneYearPercent: 13,
    twoYearPercent: 22,
    band: 'low',
  },
  // 4. OGRS3 50 % only
  //    static round(0.6 × 50) = 30; accommodation 0 + unemployed 0 + activities 0 + drugs round(3.75 × 0) = 0 + thinking round(5/6 × 0) = 0 + attitudes 0
  //    points 30 + 0 = 30; p1 = 0.1376199697384164 → 14 %; p2 = 0.22591899848335575 → 23 % → low
  {
    input: {
      ogrs3TwoYearPercent: 50,
      noFixedAbodeOrTransient: false,
      unemployed: false,
      activitiesEncourageOffending: 0,
      currentDrugMisuse: 0,
      motivationToTackleDrugMisuse: 0,
      problemSolving: 0,
      awarenessOfConsequences: 0,
      understandsOthersViews: 0,
      proCriminalAttitudes: 0,
    },
    staticPoints: 30,
    dynamicPoints: 0,
    oneYear: 0.1376199697384164,
    twoYear: 0.22591899848335575,
    oneYearPercent: 14,
    twoYearPercent: 23,
    band: 'low',
  },
  // 5. OGRS3 99 % and every item at its highest
  //    static round(0.6 × 99) = 59; accommodation 5 + unemployed 5 + activities 5 + drugs round(3.75 × 4) = 15 + thinking round(5/6 × 6) = 5 + attitudes 5
  //    points 59 + 40 = 99; p1 = 0.9179790600462897 → 92 %; p2 = 0.9534206992064376 → 95 % → very_high
  {
    input: {
      ogrs3TwoYearPercent: 99,
      noFixedAbodeOrTransient: true,
      unemployed: true,
      activitiesEncourageOffending: 2,
      currentDrugMisuse: 2,
      motivationToTackleDrugMisuse: 2,
      problemSolving: 2,
      awarenessOfConsequences: 2,
      understandsOthersViews: 2,
      proCriminalAttitudes: 2,
    },
    staticPoints: 59,
    dynamicPoints: 40,
    oneYear: 0.9179790600462897,
    twoYear: 0.9534206992064376,
    oneYearPercent: 92,
    twoYearPercent: 95,
    band: 'very_high',
  },
  // 6. drug items 1 + 1: 3.75 × 2 = 7.5 rounds half-up to 8
  //    static round(0.6 × 20) = 12; accommodation 0 + unemployed 0 + activities 0 + drugs round(3.75 × 2) = 8 + thinking round(5/6 × 0) = 0 + attitudes 0
  //    points 12 + 8 = 20; p1 = 0.07935083977983158 → 8 %; p2 = 0.13616669293589342 → 14 % → low
  {
    input: {
      ogrs3TwoYearPercent: 20,
      noFixedAbodeOrTransient: false,
      unemployed: false,
      activitiesEncourageOffending: 0,
      currentDrugMisuse: 1,
      motivationToTackleDrugMisuse: 1,
      problemSolving: 0,
      awarenessOfConsequences: 0,
      understandsOthersViews: 0,
      proCriminalAttitudes: 0,
    },
    staticPoints: 12,
    dynamicPoints: 8,
    oneYear: 0.07935083977983158,
    twoYear: 0.13616669293589342,
    oneYearPercent: 8,
    twoYearPercent: 14,
    band: 'low',
  },
  // 7. drug items 2 + 1: 3.75 × 3 = 11.25 → 11
  //    static round(0.6 × 33) = 20; accommodation 0 + unemployed 0 + activities 0 + drugs round(3.75 × 3) = 11 + thinking round(5/6 × 0) = 0 + attitudes 0
  //    points 20 + 11 = 31; p1 = 0.14509520483757177 → 15 %; p2 = 0.23687306021885884 → 24 % → low
  {
    input: {
      ogrs3TwoYearPercent: 33,
      noFixedAbodeOrTransient: false,
      unemployed: false,
      activitiesEncourageOffending: 0,
      currentDrugMisuse: 2,
      motivationToTackleDrugMisuse: 1,
      problemSolving: 0,
      awarenessOfConsequences: 0,
      understandsOthersViews: 0,
      proCriminalAttitudes: 0,
    },
    staticPoints: 20,
    dynamicPoints: 11,
    oneYear: 0.14509520483757177,
    twoYear: 0.23687306021885884,
    oneYearPercent: 15,
    twoYearPercent: 24,
    band: 'low',
  },
  // 8. thinking 1 + 1 + 1: 5/6 × 3 = 2.5 rounds half-up to 3
  //    static round(0.6 × 41) = 25; accommodation 0 + unemployed 0 + activities 0 + drugs round(3.75 × 0) = 0 + thinking round(5/6 × 3) = 3 + attitudes 0
  //    points 25 + 3 = 28; p1 = 0.12364030860701743 → 12 %; p2 = 0.20510304149745257 → 21 % → low
  {
    input: {
      ogrs3TwoYearPercent: 41,
      noFixedAbodeOrTransient: false,
      unemployed: false,
      activitiesEncourageOffending: 0,
      currentDrugMisuse: 0,
      motivationToTackleDrugMisuse: 0,
      problemSolving: 1,
      awarenessOfConsequences: 1,
      understandsOthersViews: 1,
      proCriminalAttitudes: 0,
    },
    staticPoints: 25,
    dynamicPoints: 3,
    oneYear: 0.12364030860701743,
    twoYear: 0.20510304149745257,
    oneYearPercent: 12,
    twoYearPercent: 21,
    band: 'low',
  },
  // 9. thinking 2 + 2 + 1: 5/6 × 5 = 4.17 → 4; activities 1 → 3
  //    static round(0.6 × 62) = 37; accommodation 0 + unemployed 0 + activities 3 + drugs round(3.75 × 0) = 0 + thinking round(5/6 × 5) = 4 + attitudes 0
  //    points 37 + 7 = 44; p1 = 0.2743227547492895 → 27 %; p2 = 0.4087585111845174 → 41 % → medium
  {
    input: {
      ogrs3TwoYearPercent: 62,
      noFixedAbodeOrTransient: false,
      unemployed: false,
      activitiesEncourageOffending: 1,
      currentDrugMisuse: 0,
      motivationToTackleDrugMisuse: 0,
      problemSolving: 2,
      awarenessOfConsequences: 2,
      understandsOthersViews: 1,
      proCriminalAttitudes: 0,
    },
    staticPoints: 37,
    dynamicPoints: 7,
    oneYear: 0.2743227547492895,
    twoYear: 0.4087585111845174,
    oneYearPercent: 27,
    twoYearPercent: 41,
    band: 'medium',
  },
  // 10. pro-criminal attitudes 1 → 3, accommodation 5
  //    static round(0.6 × 74) = 44; accommodation 5 + unemployed 0 + activities 0 + drugs round(3.75 × 0) = 0 + thinking round(5/6 × 0) = 0 + attitudes 3
  //    points 44 + 8 = 52; p1 = 0.38225212523075114 → 38 %; p2 = 0.5308856265167156 → 53 % → medium
  {
    input: {
      ogrs3TwoYearPercent: 74,
      noFixedAbodeOrTransient: true,
      unemployed: false,
      activitiesEncourageOffending: 0,
      currentDrugMisuse: 0,
      motivationToTackleDrugMisuse: 0,
      problemSolving: 0,
      awarenessOfConsequences: 0,
      understandsOthersViews: 0,
      proCriminalAttitudes: 1,
    },
    staticPoints: 44,
    dynamicPoints: 8,
    oneYear: 0.38225212523075114,
    twoYear: 0.5308856265167156,
    oneYearPercent: 38,
    twoYearPercent: 53,
    band: 'medium',
  },
  // 11. rounds across a band boundary: 39 points, p2 0.33691 → 34 %, medium
  //    static round(0.6 × 50) = 30; accommodation 0 + unemployed 5 + activities 0 + drugs round(3.75 × 1) = 4 + thinking round(5/6 × 0) = 0 + attitudes 0
  //    points 30 + 9 = 39; p1 = 0.2174140766488454 → 22 %; p2 = 0.3369088595822363 → 34 % → medium
  {
    input: {
      ogrs3TwoYearPercent: 50,
      noFixedAbodeOrTransient: false,
      unemployed: true,
      activitiesEncourageOffending: 0,
      currentDrugMisuse: 1,
      motivationToTackleDrugMisuse: 0,
      problemSolving: 0,
      awarenessOfConsequences: 0,
      understandsOthersViews: 0,
      proCriminalAttitudes: 0,
    },
    staticPoints: 30,
    dynamicPoints: 9,
    oneYear: 0.2174140766488454,
    twoYear: 0.3369088595822363,
    oneYearPercent: 22,
    twoYearPercent: 34,
    band: 'medium',
  },
  // 12. rounds across a band boundary: 78 points, p2 0.84881 → 85 %, very high
  //    static round(0.6 × 87) = 52; accommodation 5 + unemployed 5 + activities 5 + drugs round(3.75 × 2) = 8 + thinking round(5/6 × 3) = 3 + attitudes 0
  //    points 52 + 26 = 78; p1 = 0.7542853793982599 → 75 %; p2 = 0.8488102509424079 → 85 % → very_high
  {
    input: {
      ogrs3TwoYearPercent: 87,
      noFixedAbodeOrTransient: true,
      unemployed: true,
      activitiesEncourageOffending: 2,
      currentDrugMisuse: 1,
      motivationToTackleDrugMisuse: 1,
      problemSolving: 1,
      awarenessOfConsequences: 1,
      understandsOthersViews: 1,
      proCriminalAttitudes: 0,
    },
    staticPoints: 52,
    dynamicPoints: 26,
    oneYear: 0.7542853793982599,
    twoYear: 0.8488102509424079,
    oneYearPercent: 75,
    twoYearPercent: 85,
    band: 'very_high',
  },
  // 13. OGRS3 75 %, drugs 2 + 2 = 15, attitudes 2 → 5
  //    static round(0.6 × 75) = 45; accommodation 0 + unemployed 0 + activities 0 + drugs round(3.75 × 4) = 15 + thinking round(5/6 × 0) = 0 + attitudes 5
  //    points 45 + 20 = 65; p1 = 0.5795192058971207 → 58 %; p2 = 0.7159581237516733 → 72 % → high
  {
    input: {
      ogrs3TwoYearPercent: 75,
      noFixedAbodeOrTransient: false,
      unemployed: false,
      activitiesEncourageOffending: 0,
      currentDrugMisuse: 2,
      motivationToTackleDrugMisuse: 2,
      problemSolving: 0,
      awarenessOfConsequences: 0,
      understandsOthersViews: 0,
      proCriminalAttitudes: 2,
    },
    staticPoints: 45,
    dynamicPoints: 20,
    oneYear: 0.5795192058971207,
    twoYear: 0.7159581237516733,
    oneYearPercent: 58,
    twoYearPercent: 72,
    band: 'high',
  },
  // 14. OGRS3 88 %, activities 2 → 5, thinking 6 → 5
  //    static round(0.6 × 88) = 53; accommodation 0 + unemployed 0 + activities 5 + drugs round(3.75 × 0) = 0 + thinking round(5/6 × 6) = 5 + attitudes 0
  //    points 53 + 10 = 63; p1 = 0.5492398867665745 → 55 %; p2 = 0.6902524950337234 → 69 % → high
  {
    input: {
      ogrs3TwoYearPercent: 88,
      noFixedAbodeOrTransient: false,
      unemployed: false,
      activitiesEncourageOffending: 2,
      currentDrugMisuse: 0,
      motivationToTackleDrugMisuse: 0,
      problemSolving: 2,
      awarenessOfConsequences: 2,
      understandsOthersViews: 2,
      proCriminalAttitudes: 0,
    },
    staticPoints: 53,
    dynamicPoints: 10,
    oneYear: 0.5492398867665745,
    twoYear: 0.6902524950337234,
    oneYearPercent: 55,
    twoYearPercent: 69,
    band: 'high',
  },
  // 15. OGRS3 13 %, thinking 1 → round(0.83) = 1
  //    static round(0.6 × 13) = 8; accommodation 0 + unemployed 0 + activities 0 + drugs round(3.75 × 0) = 0 + thinking round(5/6 × 1) = 1 + attitudes 0
  //    points 8 + 1 = 9; p1 = 0.04193479208410595 → 4 %; p2 = 0.07411720251411873 → 7 % → low
  {
    input: {
      ogrs3TwoYearPercent: 13,
      noFixedAbodeOrTransient: false,
      unemployed: false,
      activitiesEncourageOffending: 0,
      currentDrugMisuse: 0,
      motivationToTackleDrugMisuse: 0,
      problemSolving: 0,
      awarenessOfConsequences: 0,
      understandsOthersViews: 1,
      proCriminalAttitudes: 0,
    },
    staticPoints: 8,
    dynamicPoints: 1,
    oneYear: 0.04193479208410595,
    twoYear: 0.07411720251411873,
    oneYearPercent: 4,
    twoYearPercent: 7,
    band: 'low',
  },
  // 16. OGRS3 26 %, drugs 0 + 1 → round(3.75) = 4, unemployed
  //    static round(0.6 × 26) = 16; accommodation 0 + unemployed 5 + activities 0 + drugs round(3.75 × 1) = 4 + thinking round(5/6 × 0) = 0 + attitudes 0
  //    points 16 + 9 = 25; p1 = 0.10496836922505628 → 10 %; p2 = 0.17660797182083543 → 18 % → low
  {
    input: {
      ogrs3TwoYearPercent: 26,
      noFixedAbodeOrTransient: false,
      unemployed: true,
      activitiesEncourageOffending: 0,
      currentDrugMisuse: 0,
      motivationToTackleDrugMisuse: 1,
      problemSolving: 0,
      awarenessOfConsequences: 0,
      understandsOthersViews: 0,
      proCriminalAttitudes: 0,
    },
    staticPoints: 16,
    dynamicPoints: 9,
    oneYear: 0.10496836922505628,
    twoYear: 0.17660797182083543,
    oneYearPercent: 10,
    twoYearPercent: 18,
    band: 'low',
  },
]

describe('OGP', () => {
  cases.forEach((c, i) => {
    it(`case ${i + 1}`, () => {
      const result = calculateOgp(c.input)
      assert.equal(result.staticPoints, c.staticPoints)
      assert.equal(result.dynamicPoints, c.dynamicPoints)
      assert.equal(
        result.points,
        Object.values(result.pointTerms).reduce((a, b) => a + b, 0),
      )
      assert.ok(Math.abs(result.oneYear - c.oneYear) < 1e-12, `${result.oneYear} is not ${c.oneYear}`)
      assert.ok(Math.abs(result.twoYear - c.twoYear) < 1e-12, `${result.twoYear} is not ${c.twoYear}`)
      assert.equal(result.oneYearPercent, c.oneYearPercent)
      assert.equal(result.twoYearPercent, c.twoYearPercent)
      assert.equal(result.band, c.band)
    })
  })
})
