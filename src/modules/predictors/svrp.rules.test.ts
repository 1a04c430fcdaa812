// SVRP test vectors worked by hand from docs/reference/predictors.md §4.1 (not from this module's code):
// each case lists every non-zero term, Σ, p = e^Σ / (1 + e^Σ) and 100 × p rounded half-up to 2 places.
// (node was the calculator; the coefficients were read from the reference tables.)
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { LogisticPredictorInput } from './logistic-predictor.rules'
import { calculateSvrp } from './oasys-r.rules'

interface Case {
  input: LogisticPredictorInput
  version: 'static' | 'dynamic'
  probability: number
  percent: number
  band: string
}

const cases: Case[] = [
  // 1. male aged 17, first sanction, static (weapons_non_firearm)
  //    intercept -0.970734555223987
  //    age 17 (male) = -0.035211251525685·17^1 + -0.0002101460036267·17^2 = -0.6593234709847614
  //    offence weapons_non_firearm 0.40509688353291573
  //    N = 1: first sanction -2.3335499201698
  //    N = 1 × -0.0250462590018653 = -0.0250462590018653
  //    offence-free months 0 = -0.0318548411238394·0^1 + 0.0002165688028517·0^2 + 0.0000046604929835·0^3 + -1.52324083e-7·0^4 = 0
  //    V = 1: once violent -0.0013488533112443
  //    V = 1 × 0.0141947749755811 = 0.0141947749755811
  //    violent rate 0.250478471909382 × ln(1/(0+30)) = -0.8519267228209279
  //    Σ = -4.42263812300409 → p = 0.011860174285910633 → 1.19 %
  //    → medium
  {
    input: {
      sex: 'male',
      ageAtStartOfFollowUp: 17,
      ageAtCurrentConviction: 17,
      ageAtFirstSanction: 17,
      totalSanctions: 1,
      offenceCategory: 'weapons_non_firearm',
      offenceFreeMonths: 0,
      violentSanctions: 1,
    },
    version: 'static',
    probability: 0.011860174285910633,
    percent: 1.19,
    band: 'medium',
  },
  // 2. male aged 18, first sanction, static (firearms_most_serious)
  //    intercept -0.970734555223987
  //    age 18 (male) = -0.035211251525685·18^1 + -0.0002101460036267·18^2 = -0.7018898326373808
  //    offence firearms_most_serious -0.02113300646929929
  //    N = 1: first sanction -2.3335499201698
  //    N = 1 × -0.0250462590018653 = -0.0250462590018653
  //    offence-free months 0 = -0.0318548411238394·0^1 + 0.0002165688028517·0^2 + 0.0000046604929835·0^3 + -1.52324083e-7·0^4 = 0
  //    V = 1: once violent -0.0013488533112443
  //    V = 1 × 0.0141947749755811 = 0.0141947749755811
  //    violent rate 0.250478471909382 × ln(1/(0+30)) = -0.8519267228209279
  //    Σ = -4.891434374658923 → p = 0.0074546524475856595 → 0.75 %
  //    → low
  {
    input: {
      sex: 'male',
      ageAtStartOfFollowUp: 18,
      ageAtCurrentConviction: 18,
      ageAtFirstSanction: 18,
      totalSanctions: 1,
      offenceCategory: 'firearms_most_serious',
      offenceFreeMonths: 0,
      violentSanctions: 1,
    },
    version: 'static',
    probability: 0.0074546524475856595,
    percent: 0.75,
    band: 'low',
  },
  // 3. male aged 49, 10 sanctions, static (firearms_other)
  //    intercept -0.970734555223987
  //    age 49 (male) = -0.035211251525685·49^1 + -0.0002101460036267·49^2 = -2.229911879466272
  //    offence firearms_other 0.3539581212971587
  //    N = 10 × -0.0250462590018653 = -0.250462590018653
  //    offence-free months 5 = -0.0318548411238394·5^1 + 0.0002165688028517·5^2 + 0.0000046604929835·5^3 + -1.52324083e-7·5^4 = -0.15337262647684202
  //    Copas 0.936944231003216 × ln(10/(32+12)) = 0.936944231003216 × -1.4816045409242156 = -1.3881808272471121
  //    V = 3 × 0.0141947749755811 = 0.0425843249267433
  //    violent rate 0.250478471909382 × ln(3/(32+30)) = -0.7585795868443045
  //    Σ = -5.354699619053269 → p = 0.004703659877513435 → 0.47 %
  //    → low
  {
    input: {
      sex: 'male',
      ageAtStartOfFollowUp: 49,
      ageAtCurrentConviction: 48,
      ageAtFirstSanction: 16,
      totalSanctions: 10,
      offenceCategory: 'firearms_other',
      offenceFreeMonths: 5,
      violentSanctions: 3,
    },
    version: 'static',
    probability: 0.004703659877513435,
    percent: 0.47,
    band: 'low',
  },
  // 4. male aged 50, 14 sanctions, dynamic (violence_against_the_person_abh_plus)
  //    intercept -1.70588696906607
  //    age 50 (male) = -0.0343861125060411·50^1 + -0.0002060693939063·50^2 = -2.234479110067805
  //    offence violence_against_the_person_abh_plus -0.04835369561990599
  //    N = 14 × -0.025992075782348 = -0.363889060952872
  //    offence-free months 12 = -0.029248960074744·12^1 + 0.0003119515647398·12^2 + 0.0000022269607594·12^3 + -2.955293324e-7·12^4 = -0.3083464036188
  //    Copas 0.858101289182386 × ln(14/(36+12)) = 0.858101289182386 × -1.2321436812926323 = -1.0573040813751389
  //    V = 4 × 0.006532999224634 = 0.026131996898536
  //    violent rate 0.165137054547059 × ln(4/(36+30)) = -0.4629386761368265
  //    weaponUsed 0.385215247009075 × 1 = 0.385215247009075
  //    accommodationSuitability 0.0442239531567977 × 1 = 0.0442239531567977
  //    unemployed 0.0734628466183293 × 2 = 0.1469256932366586
  //    currentAlcoholUse 0.0765545992903705 × 2 = 0.153109198580741
  //    temperControl 0.124207407357376 × 2 = 0.248414814714752
  //    proCriminalAttitudes 0.0982315473681468 × 1 = 0.0982315473681468
  //    previousConvictions.woundingGbh 0.399845826788494 × 1 = 0.399845826788494
  //    previousConvictions.arson 0.0073649024927637 × 1 = 0.0073649024927637
  //    Σ = -4.671734816591454 → p = 0.009269300649968682 → 0.93 %
  //    → low
  {
    input: {
      sex: 'male',
      ageAtStartOfFollowUp: 50,
      ageAtCurrentConviction: 50,
      ageAtFirstSanction: 14,
      totalSanctions: 14,
      offenceCategory: 'violence_against_the_person_abh_plus',
      offenceFreeMonths: 12,
      violentSanctions: 4,
      dynamic: {
        weaponUsed: true,
        accommodationSuitability: 1,
        unemployed: true,
        currentAlcoholUse: 2,
        temperControl: 2,
        proCriminalAttitudes: 1,
        previousConvictions: { woundingGbh: true, arson: true },
      },
    },
    version: 'dynamic',
    probability: 0.009269300649968682,
    percent: 0.93,
    band: 'low',
  },
  // 5. female aged 17, second sanction, static (violence_against_the_person_sub_abh)
  //    intercept -0.970734555223987
  //    female -1.55855151937225
  //    age 17 (female) = -0.0194307797540929·17^1 + -0.0000241385941049·17^2 = -0.33729930951589543
  //    offence violence_against_the_person_sub_abh 0.0881806276607277
  //    N = 2: second sanction -1.36161428849118
  //    gap Y = 2 × -0.0402256071602197 = -0.0804512143204394
  //    N = 2 × -0.0250462590018653 = -0.0500925180037306
  //    offence-free months 2 = -0.0318548411238394·2^1 + 0.0002165688028517·2^2 + 0.0000046604929835·2^3 + -1.52324083e-7·2^4 = -0.062808560277732
  //    V = 0: never violent -2.33948463970808
  //    V = 0 × 0.0141947749755811 = 0
  //    Σ = -6.672855977252567 → p = 0.0012631837497078886 → 0.13 %
  //    → low
  {
    input: {
      sex: 'female',
      ageAtStartOfFollowUp: 17,
      ageAtCurrentConviction: 17,
      ageAtFirstSanction: 15,
      totalSanctions: 2,
      offenceCategory: 'violence_against_the_person_sub_abh',
      offenceFreeMonths: 2,
      violentSanctions: 0,
    },
    version: 'static',
    probability: 0.0012631837497078886,
    percent: 0.13,
    band: 'low',
  },
  // 6. female aged 18, 3 sanctions, dynamic (acquisitive_violence)
  //    intercept -1.70588696906607
  //    female -1.609748656497
  //    age 18 (female) = -0.0215931881507551·18^1 + -0.0000539574087783·18^2 = -0.40615958715776096
  //    offence acquisitive_violence 0.0719174180811535
  //    N = 3 × -0.025992075782348 = -0.077976227347044
  //    offence-free months 0 = -0.029248960074744·0^1 + 0.0003119515647398·0^2 + 0.0000022269607594·0^3 + -2.955293324e-7·0^4 = 0
  //    Copas 0.848200474467235 × ln(3/(4+12)) = 0.848200474467235 × -1.6739764335716716 = -1.4198676052024617
  //    V = 1: once violent 0.077746849480619
  //    V = 1 × 0.006532999224634 = 0.006532999224634
  //    violent rate 0.165137054547059 × ln(1/(4+30)) = -0.5823327903061346
  //    accommodationSuitability 0.0442239531567977 × 2 = 0.0884479063135954
  //    currentAlcoholUse 0.0765545992903705 × 1 = 0.0765545992903705
  //    temperControl 0.124207407357376 × 1 = 0.124207407357376
  //    proCriminalAttitudes 0.0982315473681468 × 2 = 0.1964630947362936
  //    previousConvictions.homicide 0.355308819798017 × 1 = 0.355308819798017
  //    previousConvictions.kidnapping 0.534510912919277 × 1 = 0.534510912919277
  //    previousConvictions.firearms 0.780403925884582 × 1 = 0.780403925884582
  //    previousConvictions.robbery 0.290562230335504 × 1 = 0.290562230335504
  //    previousConvictions.aggravatedBurglary 0.183891831607701 × 1 = 0.183891831607701
  //    previousConvictions.weapon 0.231407077551008 × 1 = 0.231407077551008
  //    previousConvictions.criminalDamageEndangeringLife 1.01491061134195 × 1 = 1.01491061134195
  //    Σ = -1.7691061516543902 → p = 0.14565352292453107 → 14.57 %
  //    → very_high
  {
    input: {
      sex: 'female',
      ageAtStartOfFollowUp: 18,
      ageAtCurrentConviction: 18,
      ageAtFirstSanction: 14,
      totalSanctions: 3,
      offenceCategory: 'acquisitive_violence',
      offenceFreeMonths: 0,
      violentSanctions: 1,
      dynamic: {
        weaponUsed: false,
        accommodationSuitability: 2,
        unemployed: false,
        currentAlcoholUse: 1,
        temperControl: 1,
        proCriminalAttitudes: 2,
        previousConvictions: {
          homicide: true,
          kidnapping: true,
          firearms: true,
          robbery: true,
          aggravatedBurglary: true,
          weapon: true,
          criminalDamageEndangeringLife: true,
        },
      },
    },
    version: 'dynamic',
    probability: 0.14565352292453107,
    percent: 14.57,
    band: 'very_high',
  },
  // 7. female aged 49, 11 sanctions, dynamic (sexual_against_child)
  //    intercept -1.70588696906607
  //    female -1.609748656497
  //    age 49 (female) = -0.0215931881507551·49^1 + -0.0000539574087783·49^2 = -1.187617957863698
  //    offence sexual_against_child -0.60993507861302
  //    N = 11 × -0.025992075782348 = -0.285912833605828
  //    offence-free months 8 = -0.029248960074744·8^1 + 0.0003119515647398·8^2 + 0.0000022269607594·8^3 + -2.955293324e-7·8^4 = -0.21409706469130238
  //    Copas 0.848200474467235 × ln(11/(30+12)) = 0.848200474467235 × -1.3397743454849977 = -1.1363972355194043
  //    V = 2 × 0.006532999224634 = 0.013065998449268
  //    violent rate 0.165137054547059 × ln(2/(30+30)) = -0.5616637175408575
  //    weaponUsed 0.385215247009075 × 1 = 0.385215247009075
  //    accommodationSuitability 0.0442239531567977 × 1 = 0.0442239531567977
  //    unemployed 0.0734628466183293 × 2 = 0.1469256932366586
  //    currentAlcoholUse 0.0765545992903705 × 2 = 0.153109198580741
  //    temperControl 0.124207407357376 × 2 = 0.248414814714752
  //    proCriminalAttitudes 0.0982315473681468 × 1 = 0.0982315473681468
  //    previousConvictions.woundingGbh 0.399845826788494 × 1 = 0.399845826788494
  //    previousConvictions.arson 0.0073649024927637 × 1 = 0.0073649024927637
  //    Σ = -5.814862331600484 → p = 0.002974019772367826 → 0.3 %
  //    → low
  {
    input: {
      sex: 'female',
      ageAtStartOfFollowUp: 49,
      ageAtCurrentConviction: 49,
      ageAtFirstSanction: 19,
      totalSanctions: 11,
      offenceCategory: 'sexual_against_child',
      offenceFreeMonths: 8,
      violentSanctions: 2,
      dynamic: {
        weaponUsed: true,
        accommodationSuitability: 1,
        unemployed: true,
        currentAlcoholUse: 2,
        temperControl: 2,
        proCriminalAttitudes: 1,
        previousConvictions: { woundingGbh: true, arson: true },
      },
    },
    version: 'dynamic',
    probability: 0.002974019772367826,
    percent: 0.3,
    band: 'low',
  },
  // 8. female aged 50, first sanction, static (sexual_not_against_child)
  //    intercept -0.970734555223987
  //    female -1.55855151937225
  //    age 50 (female) = -0.0194307797540929·50^1 + -0.0000241385941049·50^2 = -1.0318854729668951
  //    offence sexual_not_against_child -0.481426313870417
  //    N = 1: first sanction -2.3335499201698
  //    N = 1 × -0.0250462590018653 = -0.0250462590018653
  //    offence-free months 1 = -0.0318548411238394·1^1 + 0.0002165688028517·1^2 + 0.0000046604929835·1^3 + -1.52324083e-7·1^4 = -0.0316337641520872
  //    V = 0: never violent -2.33948463970808
  //    V = 0 × 0.0141947749755811 = 0
  //    Σ = -8.772312444465381 → p = 0.0001549408080889628 → 0.02 %
  //    → low
  {
    input: {
      sex: 'female',
      ageAtStartOfFollowUp: 50,
      ageAtCurrentConviction: 50,
      ageAtFirstSanction: 50,
      totalSanctions: 1,
      offenceCategory: 'sexual_not_against_child',
      offenceFreeMonths: 1,
      violentSanctions: 0,
    },
    version: 'static',
    probability: 0.0001549408080889628,
    percent: 0.02,
    band: 'low',
  },
  // 9. male aged 30, second sanction, dynamic with every item at 0 (burglary_other)
  //    intercept -1.70588696906607
  //    age 30 (male) = -0.0343861125060411·30^1 + -0.0002060693939063·30^2 = -1.2170458296969031
  //    offence burglary_other 0.210475686624578
  //    N = 2: second sanction -1.17946726635964
  //    gap Y = 3 × -0.0967640128116584 = -0.2902920384349752
  //    N = 2 × -0.025992075782348 = -0.051984151564696
  //    offence-free months 0 = -0.029248960074744·0^1 + 0.0003119515647398·0^2 + 0.0000022269607594·0^3 + -2.955293324e-7·0^4 = 0
  //    V = 1: once violent 0.077746849480619
  //    V = 1 × 0.006532999224634 = 0.006532999224634
  //    violent rate 0.165137054547059 × ln(1/(3+30)) = -0.5774029599020943
  //    Σ = -4.727323679694549 → p = 0.008772487529806703 → 0.88 %
  //    → low
  {
    input: {
      sex: 'male',
      ageAtStartOfFollowUp: 30,
      ageAtCurrentConviction: 30,
      ageAtFirstSanction: 27,
      totalSanctions: 2,
      offenceCategory: 'burglary_other',
      offenceFreeMonths: 0,
      violentSanctions: 1,
      dynamic: {
        weaponUsed: false,
        accommodationSuitability: 0,
        unemployed: false,
        currentAlcoholUse: 0,
        temperControl: 0,
        proCriminalAttitudes: 0,
      },
    },
    version: 'dynamic',
    probability: 0.008772487529806703,
    percent: 0.88,
    band: 'low',
  },
  // 10. male aged 25, 6 sanctions, dynamic (drug_possession_supply)
  //    intercept -1.70588696906607
  //    age 25 (male) = -0.0343861125060411·25^1 + -0.0002060693939063·25^2 = -0.9884461838424651
  //    offence drug_possession_supply 0.210481894371787
  //    N = 6 × -0.025992075782348 = -0.155952454694088
  //    offence-free months 3 = -0.029248960074744·3^1 + 0.0003119515647398·3^2 + 0.0000022269607594·3^3 + -2.955293324e-7·3^4 = -0.08490312607699439
  //    Copas 0.858101289182386 × ln(6/(10+12)) = 0.858101289182386 × -1.2992829841302609 = -1.1149164036949144
  //    V = 2 × 0.006532999224634 = 0.013065998449268
  //    violent rate 0.165137054547059 × ln(2/(10+30)) = -0.4947064038662704
  //    accommodationSuitability 0.0442239531567977 × 2 = 0.0884479063135954
  //    currentAlcoholUse 0.0765545992903705 × 1 = 0.0765545992903705
  //    temperControl 0.124207407357376 × 1 = 0.124207407357376
  //    proCriminalAttitudes 0.0982315473681468 × 2 = 0.1964630947362936
  //    previousConvictions.homicide 0.355308819798017 × 1 = 0.355308819798017
  //    previousConvictions.kidnapping 0.534510912919277 × 1 = 0.534510912919277
  //    previousConvictions.firearms 0.780403925884582 × 1 = 0.780403925884582
  //    previousConvictions.robbery 0.290562230335504 × 1 = 0.290562230335504
  //    previousConvictions.aggravatedBurglary 0.183891831607701 × 1 = 0.183891831607701
  //    previousConvictions.weapon 0.231407077551008 × 1 = 0.231407077551008
  //    previousConvictions.criminalDamageEndangeringLife 1.01491061134195 × 1 = 1.01491061134195
  //    Σ = -0.4445952312840731 → p = 0.3906465639899994 → 39.06 %
  //    → very_high
  {
    input: {
      sex: 'male',
      ageAtStartOfFollowUp: 25,
      ageAtCurrentConviction: 25,
      ageAtFirstSanction: 15,
      totalSanctions: 6,
      offenceCategory: 'drug_possession_supply',
      offenceFreeMonths: 3,
      violentSanctions: 2,
      dynamic: {
        weaponUsed: false,
        accommodationSuitability: 2,
        unemployed: false,
        currentAlcoholUse: 1,
        temperControl: 1,
        proCriminalAttitudes: 2,
        previousConvictions: {
          homicide: true,
          kidnapping: true,
          firearms: true,
          robbery: true,
          aggravatedBurglary: true,
          weapon: true,
          criminalDamageEndangeringLife: true,
        },
      },
    },
    version: 'dynamic',
    probability: 0.3906465639899994,
    percent: 39.06,
    band: 'very_high',
  },
  // 11. male aged 40, 40 offence-free months (capped at 36), static (motoring_offences)
  //    intercept -0.970734555223987
  //    age 40 (male) = -0.035211251525685·40^1 + -0.0002101460036267·40^2 = -1.74468366683012
  //    offence motoring_offences 0.0805237507490763
  //    N = 4 × -0.0250462590018653 = -0.1001850360074612
  //    offence-free months 36 = -0.0318548411238394·36^1 + 0.0002165688028517·36^2 + 0.0000046604929835·36^3 + -1.52324083e-7·36^4 = -0.9045071183163671
  //    Copas 0.936944231003216 × ln(4/(17+12)) = 0.936944231003216 × -1.9810014688665833 = -1.8560878978634423
  //    V = 0: never violent -1.5382238276355
  //    V = 0 × 0.0141947749755811 = 0
  //    Σ = -7.033898351127801 → p = 0.0008807123832458542 → 0.09 %
  //    → low
  {
    input: {
      sex: 'male',
      ageAtStartOfFollowUp: 40,
      ageAtCurrentConviction: 37,
      ageAtFirstSanction: 20,
      totalSanctions: 4,
      offenceCategory: 'motoring_offences',
      offenceFreeMonths: 40,
      violentSanctions: 0,
    },
    version: 'static',
    probability: 0.0008807123832458542,
    percent: 0.09,
    band: 'low',
  },
  // 12. male aged 22, follow-up not started (months −3 → 0), dynamic (vehicle_related_theft)
  //    intercept -1.70588696906607
  //    age 22 (male) = -0.0343861125060411·22^1 + -0.0002060693939063·22^2 = -0.8562320617835535
  //    offence vehicle_related_theft 0.335872011000959
  //    N = 9 × -0.025992075782348 = -0.23392868204113199
  //    offence-free months 0 = -0.029248960074744·0^1 + 0.0003119515647398·0^2 + 0.0000022269607594·0^3 + -2.955293324e-7·0^4 = 0
  //    Copas 0.858101289182386 × ln(9/(8+12)) = 0.858101289182386 × -0.7985076962177716 = -0.685200483546527
  //    V = 5 × 0.006532999224634 = 0.032664996123170004
  //    violent rate 0.165137054547059 × ln(5/(8+30)) = -0.33492242774262826
  //    weaponUsed 0.385215247009075 × 1 = 0.385215247009075
  //    accommodationSuitability 0.0442239531567977 × 1 = 0.0442239531567977
  //    unemployed 0.0734628466183293 × 2 = 0.1469256932366586
  //    currentAlcoholUse 0.0765545992903705 × 2 = 0.153109198580741
  //    temperControl 0.124207407357376 × 2 = 0.248414814714752
  //    proCriminalAttitudes 0.0982315473681468 × 1 = 0.0982315473681468
  //    previousConvictions.woundingGbh 0.399845826788494 × 1 = 0.399845826788494
  //    previousConvictions.arson 0.0073649024927637 × 1 = 0.0073649024927637
  //    Σ = -1.9643024337083521 → p = 0.12300217936584744 → 12.3 %
  //    → very_high
  {
    input: {
      sex: 'male',
      ageAtStartOfFollowUp: 22,
      ageAtCurrentConviction: 21,
      ageAtFirstSanction: 13,
      totalSanctions: 9,
      offenceCategory: 'vehicle_related_theft',
      offenceFreeMonths: -3,
      violentSanctions: 5,
      dynamic: {
        weaponUsed: true,
        accommodationSuitability: 1,
        unemployed: true,
        currentAlcoholUse: 2,
        temperControl: 2,
        proCriminalAttitudes: 1,
        previousConvictions: { woundingGbh: true, arson: true },
      },
    },
    version: 'dynamic',
    probability: 0.12300217936584744,
    percent: 12.3,
    band: 'very_high',
  },
  // 13. female aged 35, 25 sanctions, static (drink_driving)
  //    intercept -0.970734555223987
  //    female -1.55855151937225
  //    age 35 (female) = -0.0194307797540929·35^1 + -0.0000241385941049·35^2 = -0.709647069171754
  //    offence drink_driving -0.0870700781552191
  //    N = 25 × -0.0250462590018653 = -0.6261564750466325
  //    offence-free months 18 = -0.0318548411238394·18^1 + 0.0002165688028517·18^2 + 0.0000046604929835·18^3 + -1.52324083e-7·18^4 = -0.4920292259623944
  //    Copas 0.853626611755616 × ln(25/(23+12)) = 0.853626611755616 × -0.3364722366212129 = -0.2872216552967999
  //    V = 6 × 0.0141947749755811 = 0.0851686498534866
  //    violent rate 0.250478471909382 × ln(6/(23+30)) = -0.5456754776593031
  //    Σ = -5.191917406034853 → p = 0.005530575875955619 → 0.55 %
  //    → low
  {
    input: {
      sex: 'female',
      ageAtStartOfFollowUp: 35,
      ageAtCurrentConviction: 35,
      ageAtFirstSanction: 12,
      totalSanctions: 25,
      offenceCategory: 'drink_driving',
      offenceFreeMonths: 18,
      violentSanctions: 6,
    },
    version: 'static',
    probability: 0.005530575875955619,
    percent: 0.55,
    band: 'low',
  },
  // 14. male aged 28, 4 sanctions never violent, static (theft_non_motor)
  //    intercept -0.970734555223987
  //    age 28 (male) = -0.035211251525685·28^1 + -0.0002101460036267·28^2 = -1.1506695095625128
  //    offence theft_non_motor -0.126315026107379
  //    N = 4 × -0.0250462590018653 = -0.1001850360074612
  //    offence-free months 6 = -0.0318548411238394·6^1 + 0.0002165688028517·6^2 + 0.0000046604929835·6^3 + -1.52324083e-7·6^4 = -0.18252331536750718
  //    Copas 0.936944231003216 × ln(4/(8+12)) = 0.936944231003216 × -1.6094379124341003 = -1.5079535672129893
  //    V = 0: never violent -1.5382238276355
  //    V = 0 × 0.0141947749755811 = 0
  //    Σ = -5.576604837117336 → p = 0.0037711205774218774 → 0.38 %
  //    → low
  {
    input: {
      sex: 'male',
      ageAtStartOfFollowUp: 28,
      ageAtCurrentConviction: 28,
      ageAtFirstSanction: 20,
      totalSanctions: 4,
      offenceCategory: 'theft_non_motor',
      offenceFreeMonths: 6,
      violentSanctions: 0,
    },
    version: 'static',
    probability: 0.0037711205774218774,
    percent: 0.38,
    band: 'low',
  },
  // 15. male aged 33, 7 sanctions, dynamic (absconding_or_bail)
  //    intercept -1.70588696906607
  //    age 33 (male) = -0.0343861125060411·33^1 + -0.0002060693939063·33^2 = -1.3591512826633172
  //    offence absconding_or_bail 0.414243541008181
  //    N = 7 × -0.025992075782348 = -0.181944530476436
  //    offence-free months 24 = -0.029248960074744·24^1 + 0.0003119515647398·24^2 + 0.0000022269607594·24^3 + -2.955293324e-7·24^4 = -0.5895549747521279
  //    Copas 0.858101289182386 × ln(7/(15+12)) = 0.858101289182386 × -1.349926716949016 = -1.1583738561156964
  //    V = 3 × 0.006532999224634 = 0.019598997673902
  //    violent rate 0.165137054547059 × ln(3/(15+30)) = -0.44719943377558974
  //    Σ = -5.008268508167155 → p = 0.006638105029121697 → 0.66 %
  //    → low
  {
    input: {
      sex: 'male',
      ageAtStartOfFollowUp: 33,
      ageAtCurrentConviction: 32,
      ageAtFirstSanction: 17,
      totalSanctions: 7,
      offenceCategory: 'absconding_or_bail',
      offenceFreeMonths: 24,
      violentSanctions: 3,
      dynamic: {
        weaponUsed: false,
        accommodationSuitability: 0,
        unemployed: false,
        currentAlcoholUse: 0,
        temperControl: 0,
        proCriminalAttitudes: 0,
      },
    },
    version: 'dynamic',
    probability: 0.006638105029121697,
    percent: 0.66,
    band: 'low',
  },
  // 16. female aged 60, 5 sanctions, dynamic (drug_import_export_production)
  //    intercept -1.70588696906607
  //    female -1.609748656497
  //    age 60 (female) = -0.0215931881507551·60^1 + -0.0000539574087783·60^2 = -1.4898379606471859
  //    offence drug_import_export_production 0.146018219011484
  //    N = 5 × -0.025992075782348 = -0.12996037891174
  //    offence-free months 36 = -0.029248960074744·36^1 + 0.0003119515647398·36^2 + 0.0000022269607594·36^3 + -2.955293324e-7·36^4 = -1.0411480487657951
  //    Copas 0.848200474467235 × ln(5/(29+12)) = 0.848200474467235 × -2.1041341542702074 = -1.7847275879947042
  //    V = 1: once violent 0.077746849480619
  //    V = 1 × 0.006532999224634 = 0.006532999224634
  //    violent rate 0.165137054547059 × ln(1/(29+30)) = -0.6733525232919343
  //    accommodationSuitability 0.0442239531567977 × 2 = 0.0884479063135954
  //    currentAlcoholUse 0.0765545992903705 × 1 = 0.0765545992903705
  //    temperControl 0.124207407357376 × 1 = 0.124207407357376
  //    proCriminalAttitudes 0.0982315473681468 × 2 = 0.1964630947362936
  //    previousConvictions.homicide 0.355308819798017 × 1 = 0.355308819798017
  //    previousConvictions.kidnapping 0.534510912919277 × 1 = 0.534510912919277
  //    previousConvictions.firearms 0.780403925884582 × 1 = 0.780403925884582
  //    previousConvictions.robbery 0.290562230335504 × 1 = 0.290562230335504
  //    previousConvictions.aggravatedBurglary 0.183891831607701 × 1 = 0.183891831607701
  //    previousConvictions.weapon 0.231407077551008 × 1 = 0.231407077551008
  //    previousConvictions.criminalDamageEndangeringLife 1.01491061134195 × 1 = 1.01491061134195
  //    Σ = -4.327695640322018 → p = 0.013026008950426342 → 1.3 %
  //    → medium
  {
    input: {
      sex: 'female',
      ageAtStartOfFollowUp: 60,
      ageAtCurrentConviction: 59,
      ageAtFirstSanction: 30,
      totalSanctions: 5,
      offenceCategory: 'drug_import_export_production',
      offenceFreeMonths: 36,
      violentSanctions: 1,
      dynamic: {
        weaponUsed: false,
        accommodationSuitability: 2,
        unemployed: false,
        currentAlcoholUse: 1,
        temperControl: 1,
        proCriminalAttitudes: 2,
        previousConvictions: {
          homicide: true,
          kidnapping: true,
          firearms: true,
          robbery: true,
          aggravatedBurglary: true,
          weapon: true,
          criminalDamageEndangeringLife: true,
        },
      },
    },
    version: 'dynamic',
    probability: 0.013026008950426342,
    percent: 1.3,
    band: 'medium',
  },
  // 17. rounds across a band boundary: p 0.0099957 is 1.00 %, medium (burglary_domestic)
  //    intercept -0.970734555223987
  //    age 18 (male) = -0.035211251525685·18^1 + -0.0002101460036267·18^2 = -0.7018898326373808
  //    offence burglary_domestic 0.427440297941078
  //    N = 2: second sanction -1.36161428849118
  //    gap Y = 6 × -0.117956562302911 = -0.707739373817466
  //    N = 2 × -0.0250462590018653 = -0.0500925180037306
  //    offence-free months 12 = -0.0318548411238394·12^1 + 0.0002165688028517·12^2 + 0.0000046604929835·12^3 + -1.52324083e-7·12^4 = -0.346177446185028
  //    V = 1: once violent -0.0013488533112443
  //    V = 1 × 0.0141947749755811 = 0.0141947749755811
  //    violent rate 0.250478471909382 × ln(1/(6+30)) = -0.8975943477628171
  //    Σ = -4.595556142516175 → p = 0.009995681628686335 → 1 %
  //    → medium
  {
    input: {
      sex: 'male',
      ageAtStartOfFollowUp: 18,
      ageAtCurrentConviction: 18,
      ageAtFirstSanction: 12,
      totalSanctions: 2,
      offenceCategory: 'burglary_domestic',
      offenceFreeMonths: 12,
      violentSanctions: 1,
    },
    version: 'static',
    probability: 0.009995681628686335,
    percent: 1,
    band: 'medium',
  },
]

describe('SVRP', () => {
  cases.forEach((c, i) => {
    it(`case ${i + 1}: ${c.input.sex} ${c.input.ageAtStartOfFollowUp}, ${c.input.totalSanctions} sanctions, ${c.input.offenceCategory}, ${c.version}`, () => {
      const result = calculateSvrp(c.input)
      assert.ok(
        Math.abs(result.probability - c.probability) < 1e-12,
        `${result.probability} is not ${c.probability}`,
      )
      assert.equal(result.version, c.version)
      assert.equal(result.percent, c.percent)
      assert.equal(result.band, c.band)
      const sum = Object.values(result.terms).reduce((a, b) => a + b, 0)
      assert.equal(result.score, sum)
    })
  })
})
