// OVP test vectors worked by hand from docs/reference/predictors.md §3 (not from this module's code):
// each case shows the point items, the static and dynamic points, p = logistic(slope × points +
// intercept) for 1 and 2 years, the whole percentages (half-up, 1-99) and the band.
// (node was the calculator.)
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { calculateOvp, type OvpInput } from './points.rules'

interface Case {
  input: OvpInput
  staticPoints: number
  dynamicPoints: number
  oneYear: number
  twoYear: number
  oneYearPercent: number
  twoYearPercent: number
  band: string
}

const cases: Case[] = [
  // 1. the OASys example: 1 violent sanction (4), male (5), aged 55 (0), any sanction (5) = 14; dynamic 3 (temper 1) → 17 points → 4 % / 7 %
  //    static: any sanction 5 + violent 1 → 4 + non-violent 0 → 0 + age 55 → 0 + male 5 = 14
  //    dynamic: alcohol ceil(2.5 × 0) = 0; total dynamic 3
  //    points 14 + 3 = 17; p1 = 0.035774149511941404 → 4 %; p2 = 0.06599517320473737 → 7 % → low
  {
    input: {
      sex: 'male',
      ageAtStartOfFollowUp: 55,
      totalSanctions: 1,
      violentSanctions: 1,
      doesNotRecogniseImpactOnOthers: false,
      noFixedAbodeOrTransient: false,
      unemployed: false,
      currentAlcoholUse: 0,
      bingeDrinking: 0,
      currentPsychiatricTreatment: false,
      temperControl: 1,
      proCriminalAttitudes: 0,
    },
    staticPoints: 14,
    dynamicPoints: 3,
    oneYear: 0.035774149511941404,
    twoYear: 0.06599517320473737,
    oneYearPercent: 4,
    twoYearPercent: 7,
    band: 'low',
  },
  // 2. male aged 18 (20 points), first sanction, violent
  //    static: any sanction 5 + violent 1 → 4 + non-violent 0 → 0 + age 18 → 20 + male 5 = 34
  //    dynamic: alcohol ceil(2.5 × 0) = 0; total dynamic 0
  //    points 34 + 0 = 34; p1 = 0.11237578438281375 → 11 %; p2 = 0.19426996160997392 → 19 % → low
  {
    input: {
      sex: 'male',
      ageAtStartOfFollowUp: 18,
      totalSanctions: 1,
      violentSanctions: 1,
      doesNotRecogniseImpactOnOthers: false,
      noFixedAbodeOrTransient: false,
      unemployed: false,
      currentAlcoholUse: 0,
      bingeDrinking: 0,
      currentPsychiatricTreatment: false,
      temperControl: 0,
      proCriminalAttitudes: 0,
    },
    staticPoints: 34,
    dynamicPoints: 0,
    oneYear: 0.11237578438281375,
    twoYear: 0.19426996160997392,
    oneYearPercent: 11,
    twoYearPercent: 19,
    band: 'low',
  },
  // 3. male aged 19 (20), 3 sanctions, 2 violent (7), 1 non-violent (0)
  //    static: any sanction 5 + violent 2 → 7 + non-violent 1 → 0 + age 19 → 20 + male 5 = 37
  //    dynamic: alcohol ceil(2.5 × 0) = 0; total dynamic 0
  //    points 37 + 0 = 37; p1 = 0.13586115629132872 → 14 %; p2 = 0.230427302547107 → 23 % → low
  {
    input: {
      sex: 'male',
      ageAtStartOfFollowUp: 19,
      totalSanctions: 3,
      violentSanctions: 2,
      doesNotRecogniseImpactOnOthers: false,
      noFixedAbodeOrTransient: false,
      unemployed: false,
      currentAlcoholUse: 0,
      bingeDrinking: 0,
      currentPsychiatricTreatment: false,
      temperControl: 0,
      proCriminalAttitudes: 0,
    },
    staticPoints: 37,
    dynamicPoints: 0,
    oneYear: 0.13586115629132872,
    twoYear: 0.230427302547107,
    oneYearPercent: 14,
    twoYearPercent: 23,
    band: 'low',
  },
  // 4. female aged 20 (17), 5 sanctions none violent: 5 non-violent (3)
  //    static: any sanction 5 + violent 0 → 0 + non-violent 5 → 3 + age 20 → 17 + female 0 = 25
  //    dynamic: alcohol ceil(2.5 × 0) = 0; total dynamic 0
  //    points 25 + 0 = 25; p1 = 0.06200672107791708 → 6 %; p2 = 0.11181840991191777 → 11 % → low
  {
    input: {
      sex: 'female',
      ageAtStartOfFollowUp: 20,
      totalSanctions: 5,
      violentSanctions: 0,
      doesNotRecogniseImpactOnOthers: false,
      noFixedAbodeOrTransient: false,
      unemployed: false,
      currentAlcoholUse: 0,
      bingeDrinking: 0,
      currentPsychiatricTreatment: false,
      temperControl: 0,
      proCriminalAttitudes: 0,
    },
    staticPoints: 25,
    dynamicPoints: 0,
    oneYear: 0.06200672107791708,
    twoYear: 0.11181840991191777,
    oneYearPercent: 6,
    twoYearPercent: 11,
    band: 'low',
  },
  // 5. male aged 49 (2), 10 sanctions, 3 violent (9), 7 non-violent (3)
  //    static: any sanction 5 + violent 3 → 9 + non-violent 7 → 3 + age 49 → 2 + male 5 = 24
  //    dynamic: alcohol ceil(2.5 × 0) = 0; total dynamic 0
  //    points 24 + 0 = 24; p1 = 0.057937869908179035 → 6 %; p2 = 0.1048462969175042 → 10 % → low
  {
    input: {
      sex: 'male',
      ageAtStartOfFollowUp: 49,
      totalSanctions: 10,
      violentSanctions: 3,
      doesNotRecogniseImpactOnOthers: false,
      noFixedAbodeOrTransient: false,
      unemployed: false,
      currentAlcoholUse: 0,
      bingeDrinking: 0,
      currentPsychiatricTreatment: false,
      temperControl: 0,
      proCriminalAttitudes: 0,
    },
    staticPoints: 24,
    dynamicPoints: 0,
    oneYear: 0.057937869908179035,
    twoYear: 0.1048462969175042,
    oneYearPercent: 6,
    twoYearPercent: 10,
    band: 'low',
  },
  // 6. male aged 50 (2), 12 sanctions, 5 violent (12), 7 non-violent (3)
  //    static: any sanction 5 + violent 5 → 12 + non-violent 7 → 3 + age 50 → 2 + male 5 = 27
  //    dynamic: alcohol ceil(2.5 × 0) = 0; total dynamic 0
  //    points 27 + 0 = 27; p1 = 0.07095574513709986 → 7 %; p2 = 0.12698320059829188 → 13 % → low
  {
    input: {
      sex: 'male',
      ageAtStartOfFollowUp: 50,
      totalSanctions: 12,
      violentSanctions: 5,
      doesNotRecogniseImpactOnOthers: false,
      noFixedAbodeOrTransient: false,
      unemployed: false,
      currentAlcoholUse: 0,
      bingeDrinking: 0,
      currentPsychiatricTreatment: false,
      temperControl: 0,
      proCriminalAttitudes: 0,
    },
    staticPoints: 27,
    dynamicPoints: 0,
    oneYear: 0.07095574513709986,
    twoYear: 0.12698320059829188,
    oneYearPercent: 7,
    twoYearPercent: 13,
    band: 'low',
  },
  // 7. female aged 51 (0), 25 sanctions, 4 violent (11), 21 non-violent (5)
  //    static: any sanction 5 + violent 4 → 11 + non-violent 21 → 5 + age 51 → 0 + female 0 = 21
  //    dynamic: alcohol ceil(2.5 × 0) = 0; total dynamic 0
  //    points 21 + 0 = 21; p1 = 0.04718701038666151 → 5 %; p2 = 0.08618751989648069 → 9 % → low
  {
    input: {
      sex: 'female',
      ageAtStartOfFollowUp: 51,
      totalSanctions: 25,
      violentSanctions: 4,
      doesNotRecogniseImpactOnOthers: false,
      noFixedAbodeOrTransient: false,
      unemployed: false,
      currentAlcoholUse: 0,
      bingeDrinking: 0,
      currentPsychiatricTreatment: false,
      temperControl: 0,
      proCriminalAttitudes: 0,
    },
    staticPoints: 21,
    dynamicPoints: 0,
    oneYear: 0.04718701038666151,
    twoYear: 0.08618751989648069,
    oneYearPercent: 5,
    twoYearPercent: 9,
    band: 'low',
  },
  // 8. male aged 23 (14), 40 sanctions, 18 violent (25), 22 non-violent (5), every dynamic item at its highest
  //    static: any sanction 5 + violent 18 → 25 + non-violent 22 → 5 + age 23 → 14 + male 5 = 54
  //    dynamic: alcohol ceil(2.5 × 4) = 10; total dynamic 38
  //    points 54 + 38 = 92; p1 = 0.8929180138402955 → 89 %; p2 = 0.9407604976817454 → 94 % → very_high
  {
    input: {
      sex: 'male',
      ageAtStartOfFollowUp: 23,
      totalSanctions: 40,
      violentSanctions: 18,
      doesNotRecogniseImpactOnOthers: true,
      noFixedAbodeOrTransient: true,
      unemployed: true,
      currentAlcoholUse: 2,
      bingeDrinking: 2,
      currentPsychiatricTreatment: true,
      temperControl: 2,
      proCriminalAttitudes: 2,
    },
    staticPoints: 54,
    dynamicPoints: 38,
    oneYear: 0.8929180138402955,
    twoYear: 0.9407604976817454,
    oneYearPercent: 89,
    twoYearPercent: 94,
    band: 'very_high',
  },
  // 9. male aged 25 (12), 17 violent (24) of 30, 13 non-violent (4)
  //    static: any sanction 5 + violent 17 → 24 + non-violent 13 → 4 + age 25 → 12 + male 5 = 50
  //    dynamic: alcohol ceil(2.5 × 0) = 0; total dynamic 0
  //    points 50 + 0 = 50; p1 = 0.286692988947358 → 29 %; p2 = 0.43357006079227906 → 43 % → medium
  {
    input: {
      sex: 'male',
      ageAtStartOfFollowUp: 25,
      totalSanctions: 30,
      violentSanctions: 17,
      doesNotRecogniseImpactOnOthers: false,
      noFixedAbodeOrTransient: false,
      unemployed: false,
      currentAlcoholUse: 0,
      bingeDrinking: 0,
      currentPsychiatricTreatment: false,
      temperControl: 0,
      proCriminalAttitudes: 0,
    },
    staticPoints: 50,
    dynamicPoints: 0,
    oneYear: 0.286692988947358,
    twoYear: 0.43357006079227906,
    oneYearPercent: 29,
    twoYearPercent: 43,
    band: 'medium',
  },
  // 10. alcohol 1 + 0: ceil(2.5) = 3; female aged 33 (8)
  //    static: any sanction 5 + violent 1 → 4 + non-violent 0 → 0 + age 33 → 8 + female 0 = 17
  //    dynamic: alcohol ceil(2.5 × 1) = 3; total dynamic 3
  //    points 17 + 3 = 20; p1 = 0.044044957989804005 → 4 %; p2 = 0.08066839698892309 → 8 % → low
  {
    input: {
      sex: 'female',
      ageAtStartOfFollowUp: 33,
      totalSanctions: 1,
      violentSanctions: 1,
      doesNotRecogniseImpactOnOthers: false,
      noFixedAbodeOrTransient: false,
      unemployed: false,
      currentAlcoholUse: 1,
      bingeDrinking: 0,
      currentPsychiatricTreatment: false,
      temperControl: 0,
      proCriminalAttitudes: 0,
    },
    staticPoints: 17,
    dynamicPoints: 3,
    oneYear: 0.044044957989804005,
    twoYear: 0.08066839698892309,
    oneYearPercent: 4,
    twoYearPercent: 8,
    band: 'low',
  },
  // 11. alcohol 2 + 1: ceil(7.5) = 8; male aged 38 (6), 4 sanctions 1 violent, 3 non-violent (2)
  //    static: any sanction 5 + violent 1 → 4 + non-violent 3 → 2 + age 38 → 6 + male 5 = 22
  //    dynamic: alcohol ceil(2.5 × 3) = 8; total dynamic 8
  //    points 22 + 8 = 30; p1 = 0.08662959487894259 → 9 %; p2 = 0.15299517581180513 → 15 % → low
  {
    input: {
      sex: 'male',
      ageAtStartOfFollowUp: 38,
      totalSanctions: 4,
      violentSanctions: 1,
      doesNotRecogniseImpactOnOthers: false,
      noFixedAbodeOrTransient: false,
      unemployed: false,
      currentAlcoholUse: 2,
      bingeDrinking: 1,
      currentPsychiatricTreatment: false,
      temperControl: 0,
      proCriminalAttitudes: 0,
    },
    staticPoints: 22,
    dynamicPoints: 8,
    oneYear: 0.08662959487894259,
    twoYear: 0.15299517581180513,
    oneYearPercent: 9,
    twoYearPercent: 15,
    band: 'low',
  },
  // 12. male aged 43 (4), impact 4 + accommodation 4 + unemployed 4 + attitudes 2 × 3
  //    static: any sanction 5 + violent 2 → 7 + non-violent 4 → 2 + age 43 → 4 + male 5 = 23
  //    dynamic: alcohol ceil(2.5 × 0) = 0; total dynamic 18
  //    points 23 + 18 = 41; p1 = 0.17346018461798643 → 17 %; p2 = 0.28554915759854715 → 29 % → low
  {
    input: {
      sex: 'male',
      ageAtStartOfFollowUp: 43,
      totalSanctions: 6,
      violentSanctions: 2,
      doesNotRecogniseImpactOnOthers: true,
      noFixedAbodeOrTransient: true,
      unemployed: true,
      currentAlcoholUse: 0,
      bingeDrinking: 0,
      currentPsychiatricTreatment: false,
      temperControl: 0,
      proCriminalAttitudes: 2,
    },
    staticPoints: 23,
    dynamicPoints: 18,
    oneYear: 0.17346018461798643,
    twoYear: 0.28554915759854715,
    oneYearPercent: 17,
    twoYearPercent: 29,
    band: 'low',
  },
  // 13. female aged 27 (10), psychiatric treatment 4, temper 2 × 3
  //    static: any sanction 5 + violent 2 → 7 + non-violent 0 → 0 + age 27 → 10 + female 0 = 22
  //    dynamic: alcohol ceil(2.5 × 0) = 0; total dynamic 10
  //    points 22 + 10 = 32; p1 = 0.09875812450374202 → 10 %; p2 = 0.17265877040255395 → 17 % → low
  {
    input: {
      sex: 'female',
      ageAtStartOfFollowUp: 27,
      totalSanctions: 2,
      violentSanctions: 2,
      doesNotRecogniseImpactOnOthers: false,
      noFixedAbodeOrTransient: false,
      unemployed: false,
      currentAlcoholUse: 0,
      bingeDrinking: 0,
      currentPsychiatricTreatment: true,
      temperControl: 2,
      proCriminalAttitudes: 0,
    },
    staticPoints: 22,
    dynamicPoints: 10,
    oneYear: 0.09875812450374202,
    twoYear: 0.17265877040255395,
    oneYearPercent: 10,
    twoYearPercent: 17,
    band: 'low',
  },
  // 14. male aged 21 (17), 8 violent (15) of 20, 12 non-violent (4), dynamic 20
  //    static: any sanction 5 + violent 8 → 15 + non-violent 12 → 4 + age 21 → 17 + male 5 = 46
  //    dynamic: alcohol ceil(2.5 × 2) = 5; total dynamic 19
  //    points 46 + 19 = 65; p1 = 0.5427702206506254 → 54 %; p2 = 0.6933228078686682 → 69 % → high
  {
    input: {
      sex: 'male',
      ageAtStartOfFollowUp: 21,
      totalSanctions: 20,
      violentSanctions: 8,
      doesNotRecogniseImpactOnOthers: false,
      noFixedAbodeOrTransient: true,
      unemployed: true,
      currentAlcoholUse: 1,
      bingeDrinking: 1,
      currentPsychiatricTreatment: false,
      temperControl: 1,
      proCriminalAttitudes: 1,
    },
    staticPoints: 46,
    dynamicPoints: 19,
    oneYear: 0.5427702206506254,
    twoYear: 0.6933228078686682,
    oneYearPercent: 54,
    twoYearPercent: 69,
    band: 'high',
  },
  // 15. near the medium boundary (no whole number of OVP points rounds across one): male aged 18, 6 violent (13) of 9: 3 non-violent (2), alcohol 1
  //    static: any sanction 5 + violent 6 → 13 + non-violent 3 → 2 + age 18 → 20 + male 5 = 45
  //    dynamic: alcohol ceil(2.5 × 1) = 3; total dynamic 3
  //    points 45 + 3 = 48; p1 = 0.2580937493231041 → 26 %; p2 = 0.39850456317909955 → 40 % → medium
  {
    input: {
      sex: 'male',
      ageAtStartOfFollowUp: 18,
      totalSanctions: 9,
      violentSanctions: 6,
      doesNotRecogniseImpactOnOthers: false,
      noFixedAbodeOrTransient: false,
      unemployed: false,
      currentAlcoholUse: 1,
      bingeDrinking: 0,
      currentPsychiatricTreatment: false,
      temperControl: 0,
      proCriminalAttitudes: 0,
    },
    staticPoints: 45,
    dynamicPoints: 3,
    oneYear: 0.2580937493231041,
    twoYear: 0.39850456317909955,
    oneYearPercent: 26,
    twoYearPercent: 40,
    band: 'medium',
  },
  // 16. male aged 35 (8), no violent sanctions of 2
  //    static: any sanction 5 + violent 0 → 0 + non-violent 2 → 0 + age 35 → 8 + male 5 = 18
  //    dynamic: alcohol ceil(2.5 × 0) = 0; total dynamic 0
  //    points 18 + 0 = 18; p1 = 0.03834985363704108 → 4 %; p2 = 0.07058747317408136 → 7 % → low
  {
    input: {
      sex: 'male',
      ageAtStartOfFollowUp: 35,
      totalSanctions: 2,
      violentSanctions: 0,
      doesNotRecogniseImpactOnOthers: false,
      noFixedAbodeOrTransient: false,
      unemployed: false,
      currentAlcoholUse: 0,
      bingeDrinking: 0,
      currentPsychiatricTreatment: false,
      temperControl: 0,
      proCriminalAttitudes: 0,
    },
    staticPoints: 18,
    dynamicPoints: 0,
    oneYear: 0.03834985363704108,
    twoYear: 0.07058747317408136,
    oneYearPercent: 4,
    twoYearPercent: 7,
    band: 'low',
  },
]

describe('OVP', () => {
  cases.forEach((c, i) => {
    it(`case ${i + 1}`, () => {
      const result = calculateOvp(c.input)
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
