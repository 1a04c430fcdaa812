// CSRP test vectors worked by hand from docs/reference/predictors.md §2 and §4 (not from this module's
// code): the violent component's terms (every non-zero one), the OSP/DC points and probability, the IIC
// rule, the female constant, each as a percentage to 2 places (half-up), their sum and the band.
// (node was the calculator; the coefficients were read from the reference tables.)
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { calculateCsrp, type RsrInput } from './serious.rules'

interface Case {
  input: RsrInput
  version: 'static' | 'dynamic'
  violence: number
  components: [number, number, number, number]
  percent: number
  band: string
  dcBand?: string
  dcPoints?: number
}

const cases: Case[] = [
  // 1. male aged 17, first sanction, static, no sexual history (violence_against_the_person_sub_abh)
  //    SVRP intercept -0.970734555223987
  //    SVRP age 17 (male) = -0.035211251525685·17^1 + -0.0002101460036267·17^2 = -0.6593234709847614
  //    SVRP offence violence_against_the_person_sub_abh 0.0881806276607277
  //    SVRP N = 1: first sanction -2.3335499201698
  //    SVRP N = 1 × -0.0250462590018653 = -0.0250462590018653
  //    SVRP offence-free months 0 = -0.0318548411238394·0^1 + 0.0002165688028517·0^2 + 0.0000046604929835·0^3 + -1.52324083e-7·0^4 = 0
  //    SVRP V = 1: once violent -0.0013488533112443
  //    SVRP V = 1 × 0.0141947749755811 = 0.0141947749755811
  //    SVRP violent rate 0.250478471909382 × ln(1/(0+30)) = -0.8519267228209279
  //    SVRP Σ = -4.739554378876277 → p = 0.008666771571240448 → 0.87 %
  //    CSRP = 0.87 + 0 + 0 + 0 = 0.87 % → low
  {
    input: {
      sex: 'male',
      ageAtStartOfFollowUp: 17,
      ageAtCurrentConviction: 17,
      ageAtFirstSanction: 17,
      totalSanctions: 1,
      violentSanctions: 1,
      offenceCategory: 'violence_against_the_person_sub_abh',
      offenceFreeMonths: 0,
    },
    version: 'static',
    violence: 0.008666771571240448,
    components: [0.87, 0, 0, 0],
    percent: 0.87,
    band: 'low',
  },
  // 2. male aged 18, static, no sexual history (burglary_domestic)
  //    SVRP intercept -0.970734555223987
  //    SVRP age 18 (male) = -0.035211251525685·18^1 + -0.0002101460036267·18^2 = -0.7018898326373808
  //    SVRP offence burglary_domestic 0.427440297941078
  //    SVRP N = 3 × -0.0250462590018653 = -0.0751387770055959
  //    SVRP offence-free months 4 = -0.0318548411238394·4^1 + 0.0002165688028517·4^2 + 0.0000046604929835·4^3 + -1.52324083e-7·4^4 = -0.12369498706403438
  //    SVRP Copas 0.936944231003216 × ln(3/(3+12)) = 0.936944231003216 × -1.6094379124341003 = -1.5079535672129893
  //    SVRP V = 1: once violent -0.0013488533112443
  //    SVRP V = 1 × 0.0141947749755811 = 0.0141947749755811
  //    SVRP violent rate 0.250478471909382 × ln(1/(3+30)) = -0.8757998710157235
  //    SVRP Σ = -3.8149253705542963 → p = 0.021564100227185735 → 2.16 %
  //    CSRP = 2.16 + 0 + 0 + 0 = 2.16 % → medium
  {
    input: {
      sex: 'male',
      ageAtStartOfFollowUp: 18,
      ageAtCurrentConviction: 18,
      ageAtFirstSanction: 15,
      totalSanctions: 3,
      violentSanctions: 1,
      offenceCategory: 'burglary_domestic',
      offenceFreeMonths: 4,
    },
    version: 'static',
    violence: 0.021564100227185735,
    components: [2.16, 0, 0, 0],
    percent: 2.16,
    band: 'medium',
  },
  // 3. male aged 49, 10 sanctions, dynamic (other_offences)
  //    SVRP intercept -1.70588696906607
  //    SVRP age 49 (male) = -0.0343861125060411·49^1 + -0.0002060693939063·49^2 = -2.17969212756504
  //    SVRP offence other_offences 0.135286411622716
  //    SVRP N = 10 × -0.025992075782348 = -0.25992075782348
  //    SVRP offence-free months 12 = -0.029248960074744·12^1 + 0.0003119515647398·12^2 + 0.0000022269607594·12^3 + -2.955293324e-7·12^4 = -0.3083464036188
  //    SVRP Copas 0.858101289182386 × ln(10/(31+12)) = 0.858101289182386 × -1.4586150226995167 = -1.2516394313992505
  //    SVRP V = 4 × 0.006532999224634 = 0.026131996898536
  //    SVRP violent rate 0.165137054547059 × ln(4/(31+30)) = -0.44992903401353157
  //    SVRP weaponUsed 0.385215247009075 × 1 = 0.385215247009075
  //    SVRP accommodationSuitability 0.0442239531567977 × 2 = 0.0884479063135954
  //    SVRP unemployed 0.0734628466183293 × 2 = 0.1469256932366586
  //    SVRP currentAlcoholUse 0.0765545992903705 × 1 = 0.0765545992903705
  //    SVRP temperControl 0.124207407357376 × 2 = 0.248414814714752
  //    SVRP proCriminalAttitudes 0.0982315473681468 × 2 = 0.1964630947362936
  //    SVRP previousConvictions.homicide 0.355308819798017 × 1 = 0.355308819798017
  //    SVRP Σ = -4.496666139866157 → p = 0.011023228243536918 → 1.1 %
  //    CSRP = 1.1 + 0 + 0 + 0 = 1.1 % → medium
  {
    input: {
      sex: 'male',
      ageAtStartOfFollowUp: 49,
      ageAtCurrentConviction: 49,
      ageAtFirstSanction: 18,
      totalSanctions: 10,
      violentSanctions: 4,
      offenceCategory: 'other_offences',
      offenceFreeMonths: 12,
      dynamic: {
        weaponUsed: true,
        accommodationSuitability: 2,
        unemployed: true,
        currentAlcoholUse: 1,
        temperControl: 2,
        proCriminalAttitudes: 2,
        previousConvictions: { homicide: true },
      },
    },
    version: 'dynamic',
    violence: 0.011023228243536918,
    components: [1.1, 0, 0, 0],
    percent: 1.1,
    band: 'medium',
  },
  // 4. male aged 50, static, firearms (most serious) (firearms_most_serious)
  //    SVRP intercept -0.970734555223987
  //    SVRP age 50 (male) = -0.035211251525685·50^1 + -0.0002101460036267·50^2 = -2.285927585351
  //    SVRP offence firearms_most_serious -0.02113300646929929
  //    SVRP N = 6 × -0.0250462590018653 = -0.1502775540111918
  //    SVRP offence-free months 0 = -0.0318548411238394·0^1 + 0.0002165688028517·0^2 + 0.0000046604929835·0^3 + -1.52324083e-7·0^4 = 0
  //    SVRP Copas 0.936944231003216 × ln(6/(30+12)) = 0.936944231003216 × -1.9459101490553135 = -1.823209288207984
  //    SVRP V = 3 × 0.0141947749755811 = 0.0425843249267433
  //    SVRP violent rate 0.250478471909382 × ln(3/(30+30)) = -0.7503664421294224
  //    SVRP Σ = -5.959064106466141 → p = 0.0025756763848982385 → 0.26 %
  //    CSRP = 0.26 + 0 + 0 + 0 = 0.26 % → low
  {
    input: {
      sex: 'male',
      ageAtStartOfFollowUp: 50,
      ageAtCurrentConviction: 50,
      ageAtFirstSanction: 20,
      totalSanctions: 6,
      violentSanctions: 3,
      offenceCategory: 'firearms_most_serious',
      offenceFreeMonths: 0,
    },
    version: 'static',
    violence: 0.0025756763848982385,
    components: [0.26, 0, 0, 0],
    percent: 0.26,
    band: 'low',
  },
  // 5. female aged 18 with a sexual offence history (+1/261) (sexual_not_against_child)
  //    SVRP intercept -0.970734555223987
  //    SVRP female -1.55855151937225
  //    SVRP age 18 (female) = -0.0194307797540929·18^1 + -0.0000241385941049·18^2 = -0.35757494006365986
  //    SVRP offence sexual_not_against_child -0.481426313870417
  //    SVRP N = 2: second sanction -1.36161428849118
  //    SVRP gap Y = 2 × -0.0402256071602197 = -0.0804512143204394
  //    SVRP N = 2 × -0.0250462590018653 = -0.0500925180037306
  //    SVRP offence-free months 0 = -0.0318548411238394·0^1 + 0.0002165688028517·0^2 + 0.0000046604929835·0^3 + -1.52324083e-7·0^4 = 0
  //    SVRP V = 0: never violent -2.33948463970808
  //    SVRP V = 0 × 0.0141947749755811 = 0
  //    SVRP Σ = -7.199929989053744 → p = 0.0007460810268803596 → 0.07 %
  //    female sexual history 100/261 = 0.3831417624521073 → 0.38 %
  //    CSRP = 0.07 + 0 + 0 + 0.38 = 0.45 % → low
  {
    input: {
      sex: 'female',
      ageAtStartOfFollowUp: 18,
      ageAtCurrentConviction: 18,
      ageAtFirstSanction: 16,
      totalSanctions: 2,
      violentSanctions: 0,
      offenceCategory: 'sexual_not_against_child',
      offenceFreeMonths: 0,
      sexualHistory: {
        contactAdultSanctions: 1,
        contactChildSanctions: 0,
        indecentImageSanctions: 0,
        nonContactSanctions: 0,
        currentOffenceAgainstStranger: false,
      },
    },
    version: 'static',
    violence: 0.0007460810268803596,
    components: [0.07, 0, 0, 0.38],
    percent: 0.45,
    band: 'low',
  },
  // 6. female aged 50, dynamic, no sexual history (violence_against_the_person_abh_plus)
  //    SVRP intercept -1.70588696906607
  //    SVRP female -1.609748656497
  //    SVRP age 50 (female) = -0.0215931881507551·50^1 + -0.0000539574087783·50^2 = -1.2145529294835051
  //    SVRP offence violence_against_the_person_abh_plus -0.04835369561990599
  //    SVRP N = 4 × -0.025992075782348 = -0.103968303129392
  //    SVRP offence-free months 20 = -0.029248960074744·20^1 + 0.0003119515647398·20^2 + 0.0000022269607594·20^3 + -2.955293324e-7·20^4 = -0.48966758270776
  //    SVRP Copas 0.848200474467235 × ln(4/(19+12)) = 0.848200474467235 × -2.0476928433652555 = -1.7368540413055713
  //    SVRP V = 2 × 0.006532999224634 = 0.013065998449268
  //    SVRP violent rate 0.165137054547059 × ln(2/(19+30)) = -0.5282194570911781
  //    SVRP Σ = -7.4241856364511145 → p = 0.0005962907912556369 → 0.06 %
  //    CSRP = 0.06 + 0 + 0 + 0 = 0.06 % → low
  {
    input: {
      sex: 'female',
      ageAtStartOfFollowUp: 50,
      ageAtCurrentConviction: 49,
      ageAtFirstSanction: 30,
      totalSanctions: 4,
      violentSanctions: 2,
      offenceCategory: 'violence_against_the_person_abh_plus',
      offenceFreeMonths: 20,
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
    violence: 0.0005962907912556369,
    components: [0.06, 0, 0, 0],
    percent: 0.06,
    band: 'low',
  },
  // 7. male aged 30, contact adult 1 against a stranger (sexual_not_against_child)
  //    SVRP intercept -0.970734555223987
  //    SVRP age 30 (male) = -0.035211251525685·30^1 + -0.0002101460036267·30^2 = -1.24546894903458
  //    SVRP offence sexual_not_against_child -0.481426313870417
  //    SVRP N = 3 × -0.0250462590018653 = -0.0751387770055959
  //    SVRP offence-free months 6 = -0.0318548411238394·6^1 + 0.0002165688028517·6^2 + 0.0000046604929835·6^3 + -1.52324083e-7·6^4 = -0.18252331536750718
  //    SVRP Copas 0.936944231003216 × ln(3/(8+12)) = 0.936944231003216 × -1.8971199848858813 = -1.7774956253597347
  //    SVRP V = 1: once violent -0.0013488533112443
  //    SVRP V = 1 × 0.0141947749755811 = 0.0141947749755811
  //    SVRP violent rate 0.250478471909382 × ln(1/(8+30)) = -0.9111370227269823
  //    SVRP Σ = -5.6310786369244665 → p = 0.0035719024219601167 → 0.36 %
  //    DC points: contact adult 5 + contact child 0 + non-contact 0 + age 30: 10 + most recent sexual sanction 10 + total sanctions 6 + stranger 4 = 35
  //    DC p = logistic(−8.633 + 0.1598 × 35) = 0.045651170784443765 → 4.57 %; band high
  //    IIC rule "else" → 0 → 0 %
  //    CSRP = 0.36 + 4.57 + 0 + 0 = 4.93 % → high
  {
    input: {
      sex: 'male',
      ageAtStartOfFollowUp: 30,
      ageAtCurrentConviction: 30,
      ageAtFirstSanction: 22,
      totalSanctions: 3,
      violentSanctions: 1,
      offenceCategory: 'sexual_not_against_child',
      offenceFreeMonths: 6,
      sexualHistory: {
        contactAdultSanctions: 1,
        contactChildSanctions: 0,
        indecentImageSanctions: 0,
        nonContactSanctions: 0,
        currentOffenceAgainstStranger: true,
        ageAtMostRecentSexualSanction: 30,
      },
    },
    version: 'static',
    violence: 0.0035719024219601167,
    components: [0.36, 4.57, 0, 0],
    percent: 4.93,
    band: 'high',
    dcBand: 'high',
    dcPoints: 35,
  },
  // 8. male aged 45, 2 indecent-image sanctions (other_offences)
  //    SVRP intercept -0.970734555223987
  //    SVRP age 45 (male) = -0.035211251525685·45^1 + -0.0002101460036267·45^2 = -2.0100519759998923
  //    SVRP offence other_offences 0.175156031546492
  //    SVRP N = 2: second sanction -1.36161428849118
  //    SVRP gap Y = 5 × -0.117956562302911 = -0.589782811514555
  //    SVRP N = 2 × -0.0250462590018653 = -0.0500925180037306
  //    SVRP offence-free months 3 = -0.0318548411238394·3^1 + 0.0002165688028517·3^2 + 0.0000046604929835·3^3 + -1.52324083e-7·3^4 = -0.09350190908602138
  //    SVRP V = 0: never violent -1.5382238276355
  //    SVRP V = 0 × 0.0141947749755811 = 0
  //    SVRP Σ = -6.438845854408374 → p = 0.0015956999022668646 → 0.16 %
  //    DC points: contact adult 0 + contact child 0 + non-contact 0 + age 45: 5 + most recent sexual sanction 10 + total sanctions 6 + stranger 0 = 21
  //    DC p = logistic(−8.633 + 0.1598 × 21) = 0.005080763595764363 → 0.51 %; band low
  //    IIC rule "2+ IIOC" → 0.1031 → 10.31 %
  //    CSRP = 0.16 + 0.51 + 10.31 + 0 = 10.98 % → very_high
  {
    input: {
      sex: 'male',
      ageAtStartOfFollowUp: 45,
      ageAtCurrentConviction: 45,
      ageAtFirstSanction: 40,
      totalSanctions: 2,
      violentSanctions: 0,
      offenceCategory: 'other_offences',
      offenceFreeMonths: 3,
      sexualHistory: {
        contactAdultSanctions: 0,
        contactChildSanctions: 0,
        indecentImageSanctions: 2,
        nonContactSanctions: 0,
        currentOffenceAgainstStranger: false,
        ageAtMostRecentSexualSanction: 45,
      },
    },
    version: 'static',
    violence: 0.0015956999022668646,
    components: [0.16, 0.51, 10.31, 0],
    percent: 10.98,
    band: 'very_high',
    dcBand: 'low',
    dcPoints: 21,
  },
  // 9. male aged 38, 1 indecent-image and 2 contact child sanctions (sexual_against_child)
  //    SVRP intercept -0.970734555223987
  //    SVRP age 38 (male) = -0.035211251525685·38^1 + -0.0002101460036267·38^2 = -1.641478387212985
  //    SVRP offence sexual_against_child -0.269534814977957
  //    SVRP N = 4 × -0.0250462590018653 = -0.1001850360074612
  //    SVRP offence-free months 0 = -0.0318548411238394·0^1 + 0.0002165688028517·0^2 + 0.0000046604929835·0^3 + -1.52324083e-7·0^4 = 0
  //    SVRP Copas 0.936944231003216 × ln(4/(13+12)) = 0.936944231003216 × -1.8325814637483102 = -1.7170266303024084
  //    SVRP V = 0: never violent -1.5382238276355
  //    SVRP V = 0 × 0.0141947749755811 = 0
  //    SVRP Σ = -6.237183251360299 → p = 0.0019515395644960824 → 0.2 %
  //    DC points: contact adult 0 + contact child 6 + non-contact 0 + age 38: 8 + most recent sexual sanction 10 + total sanctions 6 + stranger 0 = 30
  //    DC p = logistic(−8.633 + 0.1598 × 30) = 0.021061955498095634 → 2.11 %; band high
  //    IIC rule "1 IIOC" → 0.03328 → 3.33 %
  //    CSRP = 0.2 + 2.11 + 3.33 + 0 = 5.64 % → high
  {
    input: {
      sex: 'male',
      ageAtStartOfFollowUp: 38,
      ageAtCurrentConviction: 38,
      ageAtFirstSanction: 25,
      totalSanctions: 4,
      violentSanctions: 0,
      offenceCategory: 'sexual_against_child',
      offenceFreeMonths: 0,
      sexualHistory: {
        contactAdultSanctions: 0,
        contactChildSanctions: 2,
        indecentImageSanctions: 1,
        nonContactSanctions: 0,
        currentOffenceAgainstStranger: false,
        ageAtMostRecentSexualSanction: 38,
      },
    },
    version: 'static',
    violence: 0.0019515395644960824,
    components: [0.2, 2.11, 3.33, 0],
    percent: 5.64,
    band: 'high',
    dcBand: 'high',
    dcPoints: 30,
  },
  // 10. male aged 52, 2 contact child sanctions, dynamic (sexual_against_child)
  //    SVRP intercept -1.70588696906607
  //    SVRP age 52 (male) = -0.0343861125060411·52^1 + -0.0002060693939063·52^2 = -2.3452894914367723
  //    SVRP offence sexual_against_child -0.60993507861302
  //    SVRP N = 2: second sanction -1.17946726635964
  //    SVRP gap Y = 17 × -0.0967640128116584 = -1.644988217798193
  //    SVRP N = 2 × -0.025992075782348 = -0.051984151564696
  //    SVRP offence-free months 10 = -0.029248960074744·10^1 + 0.0003119515647398·10^2 + 0.0000022269607594·10^3 + -2.955293324e-7·10^4 = -0.26202277683806
  //    SVRP V = 0: never violent -1.09871100777043
  //    SVRP V = 0 × 0.006532999224634 = 0
  //    SVRP Σ = -8.898284959446881 → p = 0.0001366043764162446 → 0.01 %
  //    DC points: contact adult 0 + contact child 6 + non-contact 0 + age 52: 3 + most recent sexual sanction 10 + total sanctions 6 + stranger 0 = 25
  //    DC p = logistic(−8.633 + 0.1598 × 25) = 0.00958428491587864 → 0.96 %; band medium
  //    IIC rule "2+ contact child" → 0.00926 → 0.93 %
  //    CSRP = 0.01 + 0.96 + 0.93 + 0 = 1.9 % → medium
  {
    input: {
      sex: 'male',
      ageAtStartOfFollowUp: 52,
      ageAtCurrentConviction: 52,
      ageAtFirstSanction: 35,
      totalSanctions: 2,
      violentSanctions: 0,
      offenceCategory: 'sexual_against_child',
      offenceFreeMonths: 10,
      dynamic: {
        weaponUsed: false,
        accommodationSuitability: 0,
        unemployed: false,
        currentAlcoholUse: 0,
        temperControl: 0,
        proCriminalAttitudes: 0,
      },
      sexualHistory: {
        contactAdultSanctions: 0,
        contactChildSanctions: 2,
        indecentImageSanctions: 0,
        nonContactSanctions: 0,
        currentOffenceAgainstStranger: false,
        ageAtMostRecentSexualSanction: 52,
      },
    },
    version: 'dynamic',
    violence: 0.0001366043764162446,
    components: [0.01, 0.96, 0.93, 0],
    percent: 1.9,
    band: 'medium',
    dcBand: 'medium',
    dcPoints: 25,
  },
  // 11. male aged 24, 1 contact child sanction at 17 (drunkenness)
  //    SVRP intercept -0.970734555223987
  //    SVRP age 24 (male) = -0.035211251525685·24^1 + -0.0002101460036267·24^2 = -0.9661141347054193
  //    SVRP offence drunkenness -0.169817158710549
  //    SVRP N = 2: second sanction -1.36161428849118
  //    SVRP gap Y = 7 × -0.117956562302911 = -0.8256959361203771
  //    SVRP N = 2 × -0.0250462590018653 = -0.0500925180037306
  //    SVRP offence-free months 2 = -0.0318548411238394·2^1 + 0.0002165688028517·2^2 + 0.0000046604929835·2^3 + -1.52324083e-7·2^4 = -0.062808560277732
  //    SVRP V = 0: never violent -1.5382238276355
  //    SVRP V = 0 × 0.0141947749755811 = 0
  //    SVRP Σ = -5.945100979168475 → p = 0.0026117985524383787 → 0.26 %
  //    DC points: contact adult 0 + contact child 3 + non-contact 0 + age 24: 12 + most recent sexual sanction 5 + total sanctions 6 + stranger 0 = 26
  //    DC p = logistic(−8.633 + 0.1598 × 26) = 0.01122636936150602 → 1.12 %; band medium
  //    IIC rule "1 contact child" → 0.00634 → 0.63 %
  //    CSRP = 0.26 + 1.12 + 0.63 + 0 = 2.01 % → medium
  {
    input: {
      sex: 'male',
      ageAtStartOfFollowUp: 24,
      ageAtCurrentConviction: 24,
      ageAtFirstSanction: 17,
      totalSanctions: 2,
      violentSanctions: 0,
      offenceCategory: 'drunkenness',
      offenceFreeMonths: 2,
      sexualHistory: {
        contactAdultSanctions: 0,
        contactChildSanctions: 1,
        indecentImageSanctions: 0,
        nonContactSanctions: 0,
        currentOffenceAgainstStranger: false,
        ageAtMostRecentSexualSanction: 17,
      },
    },
    version: 'static',
    violence: 0.0026117985524383787,
    components: [0.26, 1.12, 0.63, 0],
    percent: 2.01,
    band: 'medium',
    dcBand: 'medium',
    dcPoints: 26,
  },
  // 12. male aged 33, sexually motivated offence, no sexual sanctions (violence_against_the_person_abh_plus)
  //    SVRP intercept -0.970734555223987
  //    SVRP age 33 (male) = -0.035211251525685·33^1 + -0.0002101460036267·33^2 = -1.3908202982970814
  //    SVRP offence violence_against_the_person_abh_plus 0.0914232846880801
  //    SVRP N = 5 × -0.0250462590018653 = -0.1252312950093265
  //    SVRP offence-free months 0 = -0.0318548411238394·0^1 + 0.0002165688028517·0^2 + 0.0000046604929835·0^3 + -1.52324083e-7·0^4 = 0
  //    SVRP Copas 0.936944231003216 × ln(5/(13+12)) = 0.936944231003216 × -1.6094379124341003 = -1.5079535672129893
  //    SVRP V = 2 × 0.0141947749755811 = 0.0283895499511622
  //    SVRP violent rate 0.250478471909382 × ln(2/(13+30)) = -0.7684812109293626
  //    SVRP Σ = -4.643408092033505 → p = 0.009533084918398597 → 0.95 %
  //    DC points: contact adult 0 + contact child 0 + non-contact 0 + age 33: 9 + most recent sexual sanction 0 + total sanctions 6 + stranger 0 = 15
  //    DC p = logistic(−8.633 + 0.1598 × 15) = 0.0019538455786229166 → 0.2 %; band low
  //    IIC rule "else" → 0 → 0 %
  //    CSRP = 0.95 + 0.2 + 0 + 0 = 1.15 % → medium
  {
    input: {
      sex: 'male',
      ageAtStartOfFollowUp: 33,
      ageAtCurrentConviction: 33,
      ageAtFirstSanction: 20,
      totalSanctions: 5,
      violentSanctions: 2,
      offenceCategory: 'violence_against_the_person_abh_plus',
      offenceFreeMonths: 0,
      sexualHistory: {
        contactAdultSanctions: 0,
        contactChildSanctions: 0,
        indecentImageSanctions: 0,
        nonContactSanctions: 0,
        currentOffenceAgainstStranger: false,
      },
    },
    version: 'static',
    violence: 0.009533084918398597,
    components: [0.95, 0.2, 0, 0],
    percent: 1.15,
    band: 'medium',
    dcBand: 'low',
    dcPoints: 15,
  },
  // 13. male aged 20, contact adult 3 + non-contact 2, stranger, in the community 5+ years: band reduced (sexual_not_against_child)
  //    SVRP intercept -0.970734555223987
  //    SVRP age 20 (male) = -0.035211251525685·20^1 + -0.0002101460036267·20^2 = -0.78828343196438
  //    SVRP offence sexual_not_against_child -0.481426313870417
  //    SVRP N = 6 × -0.0250462590018653 = -0.1502775540111918
  //    SVRP offence-free months 36 = -0.0318548411238394·36^1 + 0.0002165688028517·36^2 + 0.0000046604929835·36^3 + -1.52324083e-7·36^4 = -0.9045071183163671
  //    SVRP Copas 0.936944231003216 × ln(6/(6+12)) = 0.936944231003216 × -1.0986122886681098 = -1.0293384459768253
  //    SVRP V = 2 × 0.0141947749755811 = 0.0283895499511622
  //    SVRP violent rate 0.250478471909382 × ln(2/(6+30)) = -0.7239759011678656
  //    SVRP Σ = -5.0201537705798716 → p = 0.0065601909112993125 → 0.66 %
  //    DC points: contact adult 15 + contact child 0 + non-contact 4 + age 20: 14 + most recent sexual sanction 0 + total sanctions 6 + stranger 4 = 43
  //    DC p = logistic(−8.633 + 0.1598 × 43) = 0.14659006432937033 → 14.66 %; band very_high reduced to high
  //    IIC rule "non-contact and contact adult" → 0.00281 → 0.28 %
  //    CSRP = 0.66 + 14.66 + 0.28 + 0 = 15.6 % → very_high
  {
    input: {
      sex: 'male',
      ageAtStartOfFollowUp: 20,
      ageAtCurrentConviction: 20,
      ageAtFirstSanction: 14,
      totalSanctions: 6,
      violentSanctions: 2,
      offenceCategory: 'sexual_not_against_child',
      offenceFreeMonths: 36,
      sexualHistory: {
        contactAdultSanctions: 3,
        contactChildSanctions: 0,
        indecentImageSanctions: 0,
        nonContactSanctions: 2,
        currentOffenceAgainstStranger: true,
        ageAtMostRecentSexualSanction: 15,
        inCustody: false,
        yearsSinceMostRecentOffence: 5,
        yearsSinceMostRecentSexualOffence: 5,
        yearsSinceStartOfFollowUp: 5,
      },
    },
    version: 'static',
    violence: 0.0065601909112993125,
    components: [0.66, 14.66, 0.28, 0],
    percent: 15.6,
    band: 'very_high',
    dcBand: 'high',
    dcPoints: 43,
  },
  // 14. the same in custody: no reduction (sexual_not_against_child)
  //    SVRP intercept -0.970734555223987
  //    SVRP age 20 (male) = -0.035211251525685·20^1 + -0.0002101460036267·20^2 = -0.78828343196438
  //    SVRP offence sexual_not_against_child -0.481426313870417
  //    SVRP N = 6 × -0.0250462590018653 = -0.1502775540111918
  //    SVRP offence-free months 36 = -0.0318548411238394·36^1 + 0.0002165688028517·36^2 + 0.0000046604929835·36^3 + -1.52324083e-7·36^4 = -0.9045071183163671
  //    SVRP Copas 0.936944231003216 × ln(6/(6+12)) = 0.936944231003216 × -1.0986122886681098 = -1.0293384459768253
  //    SVRP V = 2 × 0.0141947749755811 = 0.0283895499511622
  //    SVRP violent rate 0.250478471909382 × ln(2/(6+30)) = -0.7239759011678656
  //    SVRP Σ = -5.0201537705798716 → p = 0.0065601909112993125 → 0.66 %
  //    DC points: contact adult 15 + contact child 0 + non-contact 4 + age 20: 14 + most recent sexual sanction 0 + total sanctions 6 + stranger 4 = 43
  //    DC p = logistic(−8.633 + 0.1598 × 43) = 0.14659006432937033 → 14.66 %; band very_high
  //    IIC rule "non-contact and contact adult" → 0.00281 → 0.28 %
  //    CSRP = 0.66 + 14.66 + 0.28 + 0 = 15.6 % → very_high
  {
    input: {
      sex: 'male',
      ageAtStartOfFollowUp: 20,
      ageAtCurrentConviction: 20,
      ageAtFirstSanction: 14,
      totalSanctions: 6,
      violentSanctions: 2,
      offenceCategory: 'sexual_not_against_child',
      offenceFreeMonths: 36,
      sexualHistory: {
        contactAdultSanctions: 3,
        contactChildSanctions: 0,
        indecentImageSanctions: 0,
        nonContactSanctions: 2,
        currentOffenceAgainstStranger: true,
        ageAtMostRecentSexualSanction: 15,
        inCustody: true,
        yearsSinceMostRecentOffence: 5,
        yearsSinceMostRecentSexualOffence: 5,
        yearsSinceStartOfFollowUp: 5,
      },
    },
    version: 'static',
    violence: 0.0065601909112993125,
    components: [0.66, 14.66, 0.28, 0],
    percent: 15.6,
    band: 'very_high',
    dcBand: 'very_high',
    dcPoints: 43,
  },
  // 15. male aged 61, non-contact 1, dynamic (public_order_and_harassment)
  //    SVRP intercept -1.70588696906607
  //    SVRP age 61 (male) = -0.0343861125060411·61^1 + -0.0002060693939063·61^2 = -2.8643370775938495
  //    SVRP offence public_order_and_harassment -0.165010485104843
  //    SVRP N = 8 × -0.025992075782348 = -0.207936606258784
  //    SVRP offence-free months 30 = -0.029248960074744·30^1 + 0.0003119515647398·30^2 + 0.0000022269607594·30^3 + -2.955293324e-7·30^4 = -0.7759632127167
  //    SVRP Copas 0.858101289182386 × ln(8/(42+12)) = 0.858101289182386 × -1.9095425048844386 = -1.6385808851898993
  //    SVRP V = 1: once violent 0.077746849480619
  //    SVRP V = 1 × 0.006532999224634 = 0.006532999224634
  //    SVRP violent rate 0.165137054547059 × ln(1/(42+30)) = -0.7062360461755134
  //    SVRP weaponUsed 0.385215247009075 × 1 = 0.385215247009075
  //    SVRP accommodationSuitability 0.0442239531567977 × 2 = 0.0884479063135954
  //    SVRP unemployed 0.0734628466183293 × 2 = 0.1469256932366586
  //    SVRP currentAlcoholUse 0.0765545992903705 × 1 = 0.0765545992903705
  //    SVRP temperControl 0.124207407357376 × 2 = 0.248414814714752
  //    SVRP proCriminalAttitudes 0.0982315473681468 × 2 = 0.1964630947362936
  //    SVRP previousConvictions.homicide 0.355308819798017 × 1 = 0.355308819798017
  //    SVRP Σ = -6.482341258301645 → p = 0.001527885825539727 → 0.15 %
  //    DC points: contact adult 0 + contact child 0 + non-contact 2 + age 61: 0 + most recent sexual sanction 10 + total sanctions 6 + stranger 0 = 18
  //    DC p = logistic(−8.633 + 0.1598 × 18) = 0.003151877867063968 → 0.32 %; band low
  //    IIC rule "else" → 0 → 0 %
  //    CSRP = 0.15 + 0.32 + 0 + 0 = 0.47 % → low
  {
    input: {
      sex: 'male',
      ageAtStartOfFollowUp: 61,
      ageAtCurrentConviction: 61,
      ageAtFirstSanction: 19,
      totalSanctions: 8,
      violentSanctions: 1,
      offenceCategory: 'public_order_and_harassment',
      offenceFreeMonths: 30,
      dynamic: {
        weaponUsed: true,
        accommodationSuitability: 2,
        unemployed: true,
        currentAlcoholUse: 1,
        temperControl: 2,
        proCriminalAttitudes: 2,
        previousConvictions: { homicide: true },
      },
      sexualHistory: {
        contactAdultSanctions: 0,
        contactChildSanctions: 0,
        indecentImageSanctions: 0,
        nonContactSanctions: 1,
        currentOffenceAgainstStranger: false,
        ageAtMostRecentSexualSanction: 60,
      },
    },
    version: 'dynamic',
    violence: 0.001527885825539727,
    components: [0.15, 0.32, 0, 0],
    percent: 0.47,
    band: 'low',
    dcBand: 'low',
    dcPoints: 18,
  },
  // 16. female aged 17, first sanction, static, sexual history (sexual_against_child)
  //    SVRP intercept -0.970734555223987
  //    SVRP female -1.55855151937225
  //    SVRP age 17 (female) = -0.0194307797540929·17^1 + -0.0000241385941049·17^2 = -0.33729930951589543
  //    SVRP offence sexual_against_child -0.269534814977957
  //    SVRP N = 1: first sanction -2.3335499201698
  //    SVRP N = 1 × -0.0250462590018653 = -0.0250462590018653
  //    SVRP offence-free months 0 = -0.0318548411238394·0^1 + 0.0002165688028517·0^2 + 0.0000046604929835·0^3 + -1.52324083e-7·0^4 = 0
  //    SVRP V = 0: never violent -2.33948463970808
  //    SVRP V = 0 × 0.0141947749755811 = 0
  //    SVRP Σ = -7.834201017969834 → p = 0.0003958018312301393 → 0.04 %
  //    female sexual history 100/261 = 0.3831417624521073 → 0.38 %
  //    CSRP = 0.04 + 0 + 0 + 0.38 = 0.42 % → low
  {
    input: {
      sex: 'female',
      ageAtStartOfFollowUp: 17,
      ageAtCurrentConviction: 17,
      ageAtFirstSanction: 17,
      totalSanctions: 1,
      violentSanctions: 0,
      offenceCategory: 'sexual_against_child',
      offenceFreeMonths: 0,
      sexualHistory: {
        contactAdultSanctions: 0,
        contactChildSanctions: 1,
        indecentImageSanctions: 0,
        nonContactSanctions: 0,
        currentOffenceAgainstStranger: false,
        ageAtMostRecentSexualSanction: 17,
      },
    },
    version: 'static',
    violence: 0.0003958018312301393,
    components: [0.04, 0, 0, 0.38],
    percent: 0.42,
    band: 'low',
  },
  // 17. male aged 27, weapons (non-firearm), dynamic (weapons_non_firearm)
  //    SVRP intercept -1.70588696906607
  //    SVRP age 27 (male) = -0.0343861125060411·27^1 + -0.0002060693939063·27^2 = -1.0786496258208023
  //    SVRP offence weapons_non_firearm 0.024328277478775695
  //    SVRP N = 7 × -0.025992075782348 = -0.181944530476436
  //    SVRP offence-free months 5 = -0.029248960074744·5^1 + 0.0003119515647398·5^2 + 0.0000022269607594·5^3 + -2.955293324e-7·5^4 = -0.13835234699305
  //    SVRP Copas 0.858101289182386 × ln(7/(11+12)) = 0.858101289182386 × -1.1895840668738362 = -1.0207836213752646
  //    SVRP V = 3 × 0.006532999224634 = 0.019598997673902
  //    SVRP violent rate 0.165137054547059 × ln(3/(11+30)) = -0.4318267555039289
  //    SVRP weaponUsed 0.385215247009075 × 1 = 0.385215247009075
  //    SVRP accommodationSuitability 0.0442239531567977 × 2 = 0.0884479063135954
  //    SVRP unemployed 0.0734628466183293 × 2 = 0.1469256932366586
  //    SVRP currentAlcoholUse 0.0765545992903705 × 1 = 0.0765545992903705
  //    SVRP temperControl 0.124207407357376 × 2 = 0.248414814714752
  //    SVRP proCriminalAttitudes 0.0982315473681468 × 2 = 0.1964630947362936
  //    SVRP previousConvictions.homicide 0.355308819798017 × 1 = 0.355308819798017
  //    SVRP Σ = -3.016186398984112 → p = 0.0466999593024526 → 4.67 %
  //    CSRP = 4.67 + 0 + 0 + 0 = 4.67 % → high
  {
    input: {
      sex: 'male',
      ageAtStartOfFollowUp: 27,
      ageAtCurrentConviction: 27,
      ageAtFirstSanction: 16,
      totalSanctions: 7,
      violentSanctions: 3,
      offenceCategory: 'weapons_non_firearm',
      offenceFreeMonths: 5,
      dynamic: {
        weaponUsed: true,
        accommodationSuitability: 2,
        unemployed: true,
        currentAlcoholUse: 1,
        temperControl: 2,
        proCriminalAttitudes: 2,
        previousConvictions: { homicide: true },
      },
    },
    version: 'dynamic',
    violence: 0.0466999593024526,
    components: [4.67, 0, 0, 0],
    percent: 4.67,
    band: 'high',
  },
  // 18. rounds across a band boundary: SVRP p 0.0099957 is 1.00 %, medium (burglary_domestic)
  //    SVRP intercept -0.970734555223987
  //    SVRP age 18 (male) = -0.035211251525685·18^1 + -0.0002101460036267·18^2 = -0.7018898326373808
  //    SVRP offence burglary_domestic 0.427440297941078
  //    SVRP N = 2: second sanction -1.36161428849118
  //    SVRP gap Y = 6 × -0.117956562302911 = -0.707739373817466
  //    SVRP N = 2 × -0.0250462590018653 = -0.0500925180037306
  //    SVRP offence-free months 12 = -0.0318548411238394·12^1 + 0.0002165688028517·12^2 + 0.0000046604929835·12^3 + -1.52324083e-7·12^4 = -0.346177446185028
  //    SVRP V = 1: once violent -0.0013488533112443
  //    SVRP V = 1 × 0.0141947749755811 = 0.0141947749755811
  //    SVRP violent rate 0.250478471909382 × ln(1/(6+30)) = -0.8975943477628171
  //    SVRP Σ = -4.595556142516175 → p = 0.009995681628686335 → 1 %
  //    CSRP = 1 + 0 + 0 + 0 = 1 % → medium
  {
    input: {
      sex: 'male',
      ageAtStartOfFollowUp: 18,
      ageAtCurrentConviction: 18,
      ageAtFirstSanction: 12,
      totalSanctions: 2,
      violentSanctions: 1,
      offenceCategory: 'burglary_domestic',
      offenceFreeMonths: 12,
    },
    version: 'static',
    violence: 0.009995681628686335,
    components: [1, 0, 0, 0],
    percent: 1,
    band: 'medium',
  },
]

describe('CSRP', () => {
  cases.forEach((c, i) => {
    it(`case ${i + 1}: ${c.input.sex} ${c.input.ageAtStartOfFollowUp}, ${c.input.offenceCategory}, ${c.version}`, () => {
      const result = calculateCsrp(c.input)
      assert.ok(
        Math.abs(result.svrp.probability - c.violence) < 1e-12,
        `${result.svrp.probability} is not ${c.violence}`,
      )
      assert.equal(result.svrp.version, c.version)
      const { violence, directContact, imagesAndIndirectContact, femaleSexualHistory } = result.components
      assert.deepEqual([violence, directContact, imagesAndIndirectContact, femaleSexualHistory], c.components)
      assert.equal(result.percent, c.percent)
      assert.equal(result.band, c.band)
      if (c.dcBand) {
        assert.equal(result.dcSrp?.band, c.dcBand)
        assert.equal(result.dcSrp?.points, c.dcPoints)
      } else assert.equal(result.dcSrp, null)
    })
  })
})
