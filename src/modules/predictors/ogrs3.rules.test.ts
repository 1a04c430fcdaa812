// OGRS3 test vectors worked by hand from docs/reference/predictors.md §1 (not from this module's code):
// each case shows the terms, the scores y = A + age/sex + criminal career + Copas + offence, the
// probabilities p = e^y / (1 + e^y), their half-up rounding to 5 places and the percentage and band.
// (node was the calculator; the coefficients were read from the reference tables.)
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { DomainError } from '../../platform/errors'
import { calculateOgrs3, type Ogrs3Input, ogrs3Band } from './ogrs3.rules'

interface Case {
  input: Ogrs3Input
  oneYear: number
  twoYear: number
  oneYearPercent: number
  twoYearPercent: number
  band: string
  copas: number
}

const cases: Case[] = [
  // 1. male aged 17 (16-17 group), first sanction, robbery
  //    published set; age 17 → group 16-17, male term -0.061594199
  //    S = 1 − 1 = 0 → criminal career 0.126142106; Y = 17 − 17 = 0
  //    Copas = 1.251124464 × ln(1/10) = 1.251124464 × -2.3025850929940455 = -2.8808205402865656
  //    offence Robbery = -0.634795912
  //    y1 = 1.402562384 + -0.061594199 + 0.126142106 + -2.8808205402865656 + -0.634795912 = -2.048506161286565 → p1 = 0.11420341241740722 → 0.1142 → 11 %
  //    y2 = 2.121705678 + -0.061594199 + 0.126142106 + -2.8808205402865656 + -0.634795912 = -1.3293628672865654 → p2 = 0.20926477396345236 → 0.20926 → 21 % → low
  {
    input: {
      sex: 'male',
      ageAtStartOfFollowUp: 17,
      ageAtCurrentConviction: 17,
      ageAtFirstSanction: 17,
      totalSanctions: 1,
      offenceCategory: 'robbery',
    },
    oneYear: 0.11420341241740722,
    twoYear: 0.20926477396345236,
    oneYearPercent: 11,
    twoYearPercent: 21,
    band: 'low',
    copas: -2.8808205402865656,
  },
  // 2. male aged 18 (18-20 group), third sanction, public order
  //    published set; age 18 → group 18-20, male term -0.625103618
  //    S = 3 − 1 = 2 → criminal career 0.463062792; Y = 18 − 15 = 3
  //    Copas = 1.251124464 × ln(3/13) = 1.251124464 × -1.466337068793427 = -1.8345701792375075
  //    offence Public order = 0.181917975
  //    y1 = 1.402562384 + -0.625103618 + 0.463062792 + -1.8345701792375075 + 0.181917975 = -0.41213064623750734 → p1 = 0.3984013423592491 → 0.3984 → 40 %
  //    y2 = 2.121705678 + -0.625103618 + 0.463062792 + -1.8345701792375075 + 0.181917975 = 0.30701264776249243 → p2 = 0.5761559153613621 → 0.57616 → 58 % → medium
  {
    input: {
      sex: 'male',
      ageAtStartOfFollowUp: 18,
      ageAtCurrentConviction: 18,
      ageAtFirstSanction: 15,
      totalSanctions: 3,
      offenceCategory: 'public_order',
    },
    oneYear: 0.3984013423592491,
    twoYear: 0.5761559153613621,
    oneYearPercent: 40,
    twoYearPercent: 58,
    band: 'medium',
    copas: -1.8345701792375075,
  },
  // 3. male aged 49 (40-49 group), 10 sanctions, sexual not against child, published 0.003276327
  //    published set; age 49 → group 40-49, male term -1.499690953
  //    S = 10 − 1 = 9 → criminal career 0.463062792; Y = 49 − 20 = 29
  //    Copas = 1.251124464 × ln(10/39) = 1.251124464 × -1.3609765531356008 = -1.7027510605583462
  //    offence Sexual (not against child) = 0.003276327
  //    y1 = 1.402562384 + -1.499690953 + 0.463062792 + -1.7027510605583462 + 0.003276327 = -1.333540510558346 → p1 = 0.2085743262936181 → 0.20857 → 21 %
  //    y2 = 2.121705678 + -1.499690953 + 0.463062792 + -1.7027510605583462 + 0.003276327 = -0.614397216558346 → p2 = 0.3510567870873043 → 0.35106 → 35 % → low
  {
    input: {
      sex: 'male',
      ageAtStartOfFollowUp: 49,
      ageAtCurrentConviction: 49,
      ageAtFirstSanction: 20,
      totalSanctions: 10,
      offenceCategory: 'sexual_not_against_child',
    },
    oneYear: 0.2085743262936181,
    twoYear: 0.3510567870873043,
    oneYearPercent: 21,
    twoYearPercent: 35,
    band: 'low',
    copas: -1.7027510605583462,
  },
  // 4. the same with the oasys set: 0.0328 for sexual not against child
  //    oasys set; age 49 → group 40-49, male term -1.4997
  //    S = 10 − 1 = 9 → criminal career 0.46306; Y = 49 − 20 = 29
  //    Copas = 1.25112 × ln(10/39) = 1.25112 × -1.3609765531356008 = -1.7027449851590128
  //    offence Sexual (not against child) = 0.0328
  //    y1 = 1.40256 + -1.4997 + 0.46306 + -1.7027449851590128 + 0.0328 = -1.3040249851590129 → p1 = 0.2134883978974361 → 0.21349 → 21 %
  //    y2 = 2.1217 + -1.4997 + 0.46306 + -1.7027449851590128 + 0.0328 = -0.5848849851590127 → p2 = 0.3578093349292177 → 0.35781 → 36 % → low
  {
    input: {
      sex: 'male',
      ageAtStartOfFollowUp: 49,
      ageAtCurrentConviction: 49,
      ageAtFirstSanction: 20,
      totalSanctions: 10,
      offenceCategory: 'sexual_not_against_child',
      coefficientSet: 'oasys',
    },
    oneYear: 0.2134883978974361,
    twoYear: 0.3578093349292177,
    oneYearPercent: 21,
    twoYearPercent: 36,
    band: 'low',
    copas: -1.7027449851590128,
  },
  // 5. male aged 50 (50+ group) released after conviction at 47, 11 sanctions, sexual against child
  //    published set; age 50 → group 50+, male term -2.025261458
  //    S = 11 − 1 = 10 → criminal career 0.463062792; Y = 47 − 30 = 17
  //    Copas = 1.251124464 × ln(11/27) = 1.251124464 × -0.8979415932059586 = -1.1234366945031111
  //    offence Sexual (against child) = -0.653434071
  //    y1 = 1.402562384 + -2.025261458 + 0.463062792 + -1.1234366945031111 + -0.653434071 = -1.936507047503111 → p1 = 0.12603209596629433 → 0.12603 → 13 %
  //    y2 = 2.121705678 + -2.025261458 + 0.463062792 + -1.1234366945031111 + -0.653434071 = -1.2173637535031112 → p2 = 0.2284007137015608 → 0.2284 → 23 % → low
  {
    input: {
      sex: 'male',
      ageAtStartOfFollowUp: 50,
      ageAtCurrentConviction: 47,
      ageAtFirstSanction: 30,
      totalSanctions: 11,
      offenceCategory: 'sexual_against_child',
    },
    oneYear: 0.12603209596629433,
    twoYear: 0.2284007137015608,
    oneYearPercent: 13,
    twoYearPercent: 23,
    band: 'low',
    copas: -1.1234366945031111,
  },
  // 6. female aged 17, second sanction, soliciting or prostitution
  //    published set; age 17 → group 16-17, female term -0.959179629
  //    S = 2 − 1 = 1 → criminal career 0.463062792; Y = 17 − 15 = 2
  //    Copas = 1.251124464 × ln(2/12) = 1.251124464 × -1.791759469228055 = -2.241714105554875
  //    offence Soliciting or prostitution = 0.760608858
  //    y1 = 1.402562384 + -0.959179629 + 0.463062792 + -2.241714105554875 + 0.760608858 = -0.5746597005548749 → p1 = 0.3601623199795799 → 0.36016 → 36 %
  //    y2 = 2.121705678 + -0.959179629 + 0.463062792 + -2.241714105554875 + 0.760608858 = 0.1444835934451253 → p2 = 0.5360581924156561 → 0.53606 → 54 % → medium
  {
    input: {
      sex: 'female',
      ageAtStartOfFollowUp: 17,
      ageAtCurrentConviction: 17,
      ageAtFirstSanction: 15,
      totalSanctions: 2,
      offenceCategory: 'soliciting_or_prostitution',
    },
    oneYear: 0.3601623199795799,
    twoYear: 0.5360581924156561,
    oneYearPercent: 36,
    twoYearPercent: 54,
    band: 'medium',
    copas: -2.241714105554875,
  },
  // 7. female aged 18, 4 sanctions, domestic burglary
  //    published set; age 18 → group 18-20, female term -0.897480934
  //    S = 4 − 1 = 3 → criminal career 0.463062792; Y = 18 − 14 = 4
  //    Copas = 1.251124464 × ln(4/14) = 1.251124464 × -1.252762968495368 = -1.5673623974778164
  //    offence Burglary (domestic) = -0.12394352
  //    y1 = 1.402562384 + -0.897480934 + 0.463062792 + -1.5673623974778164 + -0.12394352 = -0.7231616754778162 → p1 = 0.32669714075656947 → 0.3267 → 33 %
  //    y2 = 2.121705678 + -0.897480934 + 0.463062792 + -1.5673623974778164 + -0.12394352 = -0.0040183814778159965 → p2 = 0.49899540598234327 → 0.499 → 50 % → medium
  {
    input: {
      sex: 'female',
      ageAtStartOfFollowUp: 18,
      ageAtCurrentConviction: 18,
      ageAtFirstSanction: 14,
      totalSanctions: 4,
      offenceCategory: 'burglary_domestic',
    },
    oneYear: 0.32669714075656947,
    twoYear: 0.49899540598234327,
    oneYearPercent: 33,
    twoYearPercent: 50,
    band: 'medium',
    copas: -1.5673623974778164,
  },
  // 8. female aged 49, first sanction, other burglary
  //    published set; age 49 → group 40-49, female term -1.524652221
  //    S = 1 − 1 = 0 → criminal career 0.126142106; Y = 49 − 49 = 0
  //    Copas = 1.251124464 × ln(1/10) = 1.251124464 × -2.3025850929940455 = -2.8808205402865656
  //    offence Burglary (other) = 0.240604429
  //    y1 = 1.402562384 + -1.524652221 + 0.126142106 + -2.8808205402865656 + 0.240604429 = -2.6361638422865656 → p1 = 0.06684693177687943 → 0.06685 → 7 %
  //    y2 = 2.121705678 + -1.524652221 + 0.126142106 + -2.8808205402865656 + 0.240604429 = -1.9170205482865657 → p2 = 0.1281941824250205 → 0.12819 → 13 % → low
  {
    input: {
      sex: 'female',
      ageAtStartOfFollowUp: 49,
      ageAtCurrentConviction: 49,
      ageAtFirstSanction: 49,
      totalSanctions: 1,
      offenceCategory: 'burglary_other',
    },
    oneYear: 0.06684693177687943,
    twoYear: 0.1281941824250205,
    oneYearPercent: 7,
    twoYearPercent: 13,
    band: 'low',
    copas: -2.8808205402865656,
  },
  // 9. female aged 50, 15 sanctions, theft (non-motor)
  //    published set; age 50 → group 50+, female term -2.44983716
  //    S = 15 − 1 = 14 → criminal career 0.463062792; Y = 50 − 16 = 34
  //    Copas = 1.251124464 × ln(15/44) = 1.251124464 × -1.0761394328160512 = -1.3463843710712462
  //    offence Theft (non-motor) = 0.661244321
  //    y1 = 1.402562384 + -2.44983716 + 0.463062792 + -1.3463843710712462 + 0.661244321 = -1.2693520340712463 → p1 = 0.21936819334722416 → 0.21937 → 22 %
  //    y2 = 2.121705678 + -2.44983716 + 0.463062792 + -1.3463843710712462 + 0.661244321 = -0.550208740071246 → p2 = 0.3658159810533556 → 0.36582 → 37 % → low
  {
    input: {
      sex: 'female',
      ageAtStartOfFollowUp: 50,
      ageAtCurrentConviction: 50,
      ageAtFirstSanction: 16,
      totalSanctions: 15,
      offenceCategory: 'theft_non_motor',
    },
    oneYear: 0.21936819334722416,
    twoYear: 0.3658159810533556,
    oneYearPercent: 22,
    twoYearPercent: 37,
    band: 'low',
    copas: -1.3463843710712462,
  },
  // 10. male aged 30, 6 sanctions, handling stolen goods, oasys set
  //    oasys set; age 30 → group 30-34, male term -1.326
  //    S = 6 − 1 = 5 → criminal career 0.46306; Y = 30 − 18 = 12
  //    Copas = 1.25112 × ln(6/22) = 1.25112 × -1.2992829841302609 = -1.6255589271050521
  //    offence Handling stolen goods = 0.3519
  //    y1 = 1.40256 + -1.326 + 0.46306 + -1.6255589271050521 + 0.3519 = -0.7340389271050521 → p1 = 0.3243090391884344 → 0.32431 → 32 %
  //    y2 = 2.1217 + -1.326 + 0.46306 + -1.6255589271050521 + 0.3519 = -0.014898927105052029 → p2 = 0.49627533712292576 → 0.49628 → 50 % → medium
  {
    input: {
      sex: 'male',
      ageAtStartOfFollowUp: 30,
      ageAtCurrentConviction: 30,
      ageAtFirstSanction: 18,
      totalSanctions: 6,
      offenceCategory: 'handling_stolen_goods',
      coefficientSet: 'oasys',
    },
    oneYear: 0.3243090391884344,
    twoYear: 0.49627533712292576,
    oneYearPercent: 32,
    twoYearPercent: 50,
    band: 'medium',
    copas: -1.6255589271050521,
  },
  // 11. male aged 35, second sanction, fraud and forgery
  //    published set; age 35 → group 35-39, male term -1.368045933
  //    S = 2 − 1 = 1 → criminal career 0.463062792; Y = 35 − 34 = 1
  //    Copas = 1.251124464 × ln(2/11) = 1.251124464 × -1.7047480922384253 = -2.1328520431568228
  //    offence Fraud and forgery = 0.159910192
  //    y1 = 1.402562384 + -1.368045933 + 0.463062792 + -2.1328520431568228 + 0.159910192 = -1.4753626081568227 → p1 = 0.1861288919793657 → 0.18613 → 19 %
  //    y2 = 2.121705678 + -1.368045933 + 0.463062792 + -2.1328520431568228 + 0.159910192 = -0.7562193141568229 → p2 = 0.3194676562274956 → 0.31947 → 32 % → low
  {
    input: {
      sex: 'male',
      ageAtStartOfFollowUp: 35,
      ageAtCurrentConviction: 35,
      ageAtFirstSanction: 34,
      totalSanctions: 2,
      offenceCategory: 'fraud_and_forgery',
    },
    oneYear: 0.1861288919793657,
    twoYear: 0.3194676562274956,
    oneYearPercent: 19,
    twoYearPercent: 32,
    band: 'low',
    copas: -2.1328520431568228,
  },
  // 12. female aged 40, 25 sanctions, absconding or bail, oasys set
  //    oasys set; age 40 → group 40-49, female term -1.5247
  //    S = 25 − 1 = 24 → criminal career 0.46306; Y = 40 − 13 = 27
  //    Copas = 1.25112 × ln(25/37) = 1.25112 × -0.39204208777602373 = -0.4904916968583388
  //    offence Absconding or bail offences = 0.7334
  //    y1 = 1.40256 + -1.5247 + 0.46306 + -0.4904916968583388 + 0.7334 = 0.5838283031416613 → p1 = 0.6419478222945955 → 0.64195 → 64 %
  //    y2 = 2.1217 + -1.5247 + 0.46306 + -0.4904916968583388 + 0.7334 = 1.3029683031416615 → p2 = 0.7863341197441502 → 0.78633 → 79 % → high
  {
    input: {
      sex: 'female',
      ageAtStartOfFollowUp: 40,
      ageAtCurrentConviction: 40,
      ageAtFirstSanction: 13,
      totalSanctions: 25,
      offenceCategory: 'absconding_or_bail',
      coefficientSet: 'oasys',
    },
    oneYear: 0.6419478222945955,
    twoYear: 0.7863341197441502,
    oneYearPercent: 64,
    twoYearPercent: 79,
    band: 'high',
    copas: -0.4904916968583388,
  },
  // 13. male aged 22, 8 sanctions, taking and driving away
  //    published set; age 22 → group 21-24, male term -1.051515067
  //    S = 8 − 1 = 7 → criminal career 0.463062792; Y = 22 − 14 = 8
  //    Copas = 1.251124464 × ln(8/18) = 1.251124464 × -0.8109302162163288 = -1.0145746321050586
  //    offence Taking & driving away and related offences = 0.380059431
  //    y1 = 1.402562384 + -1.051515067 + 0.463062792 + -1.0145746321050586 + 0.380059431 = 0.17959490789494154 → p1 = 0.5447784334244143 → 0.54478 → 54 %
  //    y2 = 2.121705678 + -1.051515067 + 0.463062792 + -1.0145746321050586 + 0.380059431 = 0.8987382018949417 → p2 = 0.7106901337233286 → 0.71069 → 71 % → medium
  {
    input: {
      sex: 'male',
      ageAtStartOfFollowUp: 22,
      ageAtCurrentConviction: 22,
      ageAtFirstSanction: 14,
      totalSanctions: 8,
      offenceCategory: 'taking_and_driving_away',
    },
    oneYear: 0.5447784334244143,
    twoYear: 0.7106901337233286,
    oneYearPercent: 54,
    twoYearPercent: 71,
    band: 'medium',
    copas: -1.0145746321050586,
  },
  // 14. male aged 27, 5 sanctions, theft from vehicles
  //    published set; age 27 → group 25-29, male term -1.166679288
  //    S = 5 − 1 = 4 → criminal career 0.463062792; Y = 26 − 19 = 7
  //    Copas = 1.251124464 × ln(5/17) = 1.251124464 × -1.2237754316221157 = -1.5310953809445882
  //    offence Theft from vehicles = 0.427225615
  //    y1 = 1.402562384 + -1.166679288 + 0.463062792 + -1.5310953809445882 + 0.427225615 = -0.4049238779445882 → p1 = 0.4001299022667898 → 0.40013 → 40 %
  //    y2 = 2.121705678 + -1.166679288 + 0.463062792 + -1.5310953809445882 + 0.427225615 = 0.3142194160554119 → p2 = 0.5779148371955307 → 0.57791 → 58 % → medium
  {
    input: {
      sex: 'male',
      ageAtStartOfFollowUp: 27,
      ageAtCurrentConviction: 26,
      ageAtFirstSanction: 19,
      totalSanctions: 5,
      offenceCategory: 'theft_from_vehicles',
    },
    oneYear: 0.4001299022667898,
    twoYear: 0.5779148371955307,
    oneYearPercent: 40,
    twoYearPercent: 58,
    band: 'medium',
    copas: -1.5310953809445882,
  },
  // 15. female aged 33, 3 sanctions, other motoring
  //    published set; age 33 → group 30-34, female term -1.129127959
  //    S = 3 − 1 = 2 → criminal career 0.463062792; Y = 33 − 25 = 8
  //    Copas = 1.251124464 × ln(3/18) = 1.251124464 × -1.791759469228055 = -2.241714105554875
  //    offence Other motoring = 0.262228428
  //    y1 = 1.402562384 + -1.129127959 + 0.463062792 + -2.241714105554875 + 0.262228428 = -1.2429884605548749 → p1 = 0.2239162293288088 → 0.22392 → 22 %
  //    y2 = 2.121705678 + -1.129127959 + 0.463062792 + -2.241714105554875 + 0.262228428 = -0.5238451665548751 → p2 = 0.3719535456224486 → 0.37195 → 37 % → low
  {
    input: {
      sex: 'female',
      ageAtStartOfFollowUp: 33,
      ageAtCurrentConviction: 33,
      ageAtFirstSanction: 25,
      totalSanctions: 3,
      offenceCategory: 'other_motoring',
    },
    oneYear: 0.2239162293288088,
    twoYear: 0.3719535456224486,
    oneYearPercent: 22,
    twoYearPercent: 37,
    band: 'low',
    copas: -2.241714105554875,
  },
  // 16. male aged 45, first sanction, drink driving
  //    published set; age 45 → group 40-49, male term -1.499690953
  //    S = 1 − 1 = 0 → criminal career 0.126142106; Y = 45 − 45 = 0
  //    Copas = 1.251124464 × ln(1/10) = 1.251124464 × -2.3025850929940455 = -2.8808205402865656
  //    offence Drink driving = -0.121439408
  //    y1 = 1.402562384 + -1.499690953 + 0.126142106 + -2.8808205402865656 + -0.121439408 = -2.9732464112865657 → p1 = 0.04864925061454742 → 0.04865 → 5 %
  //    y2 = 2.121705678 + -1.499690953 + 0.126142106 + -2.8808205402865656 + -0.121439408 = -2.2541031172865655 → p2 = 0.09499612559124622 → 0.095 → 10 % → low
  {
    input: {
      sex: 'male',
      ageAtStartOfFollowUp: 45,
      ageAtCurrentConviction: 45,
      ageAtFirstSanction: 45,
      totalSanctions: 1,
      offenceCategory: 'drink_driving',
    },
    oneYear: 0.04864925061454742,
    twoYear: 0.09499612559124622,
    oneYearPercent: 5,
    twoYearPercent: 10,
    band: 'low',
    copas: -2.8808205402865656,
  },
  // 17. male aged 19, 7 sanctions, criminal damage, oasys set
  //    oasys set; age 19 → group 18-20, male term -0.6251
  //    S = 7 − 1 = 6 → criminal career 0.46306; Y = 19 − 12 = 7
  //    Copas = 1.25112 × ln(7/17) = 1.25112 × -0.8873031950009028 = -1.1101227733295296
  //    offence Criminal damage = 0.205
  //    y1 = 1.40256 + -0.6251 + 0.46306 + -1.1101227733295296 + 0.205 = 0.33539722667047045 → p1 = 0.5830720228084085 → 0.58307 → 58 %
  //    y2 = 2.1217 + -0.6251 + 0.46306 + -1.1101227733295296 + 0.205 = 1.0545372266704707 → p2 = 0.7416452189661684 → 0.74165 → 74 % → medium
  {
    input: {
      sex: 'male',
      ageAtStartOfFollowUp: 19,
      ageAtCurrentConviction: 19,
      ageAtFirstSanction: 12,
      totalSanctions: 7,
      offenceCategory: 'criminal_damage',
      coefficientSet: 'oasys',
    },
    oneYear: 0.5830720228084085,
    twoYear: 0.7416452189661684,
    oneYearPercent: 58,
    twoYearPercent: 74,
    band: 'medium',
    copas: -1.1101227733295296,
  },
  // 18. female aged 26, first sanction, drug import/export/production
  //    published set; age 26 → group 25-29, female term -1.052777806
  //    S = 1 − 1 = 0 → criminal career 0.126142106; Y = 26 − 26 = 0
  //    Copas = 1.251124464 × ln(1/10) = 1.251124464 × -2.3025850929940455 = -2.8808205402865656
  //    offence Drug import/export/production = -0.795556373
  //    y1 = 1.402562384 + -1.052777806 + 0.126142106 + -2.8808205402865656 + -0.795556373 = -3.2004502292865658 → p1 = 0.03914878338716901 → 0.03915 → 4 %
  //    y2 = 2.121705678 + -1.052777806 + 0.126142106 + -2.8808205402865656 + -0.795556373 = -2.4813069352865655 → p2 = 0.07717906753881745 → 0.07718 → 8 % → low
  {
    input: {
      sex: 'female',
      ageAtStartOfFollowUp: 26,
      ageAtCurrentConviction: 26,
      ageAtFirstSanction: 26,
      totalSanctions: 1,
      offenceCategory: 'drug_import_export_production',
    },
    oneYear: 0.03914878338716901,
    twoYear: 0.07717906753881745,
    oneYearPercent: 4,
    twoYearPercent: 8,
    band: 'low',
    copas: -2.8808205402865656,
  },
  // 19. male aged 38, 20 sanctions, drug possession/supply
  //    published set; age 38 → group 35-39, male term -1.368045933
  //    S = 20 − 1 = 19 → criminal career 0.463062792; Y = 38 − 15 = 23
  //    Copas = 1.251124464 × ln(20/33) = 1.251124464 × -0.5007752879124892 = -0.6265322136739587
  //    offence Drug possession/supply = 0.077165871
  //    y1 = 1.402562384 + -1.368045933 + 0.463062792 + -0.6265322136739587 + 0.077165871 = -0.051787099673958725 → p1 = 0.48705611780600044 → 0.48706 → 49 %
  //    y2 = 2.121705678 + -1.368045933 + 0.463062792 + -0.6265322136739587 + 0.077165871 = 0.6673561943260411 → p2 = 0.66091091434933 → 0.66091 → 66 % → medium
  {
    input: {
      sex: 'male',
      ageAtStartOfFollowUp: 38,
      ageAtCurrentConviction: 38,
      ageAtFirstSanction: 15,
      totalSanctions: 20,
      offenceCategory: 'drug_possession_supply',
    },
    oneYear: 0.48705611780600044,
    twoYear: 0.66091091434933,
    oneYearPercent: 49,
    twoYearPercent: 66,
    band: 'medium',
    copas: -0.6265322136739587,
  },
  // 20. male aged 60, 30 sanctions, other offence
  //    published set; age 60 → group 50+, male term -2.025261458
  //    S = 30 − 1 = 29 → criminal career 0.463062792; Y = 60 − 14 = 46
  //    Copas = 1.251124464 × ln(30/56) = 1.251124464 × -0.6241543090729939 = -0.7808947253922398
  //    offence Other offence = -0.060667525
  //    y1 = 1.402562384 + -2.025261458 + 0.463062792 + -0.7808947253922398 + -0.060667525 = -1.0011985323922399 → p1 = 0.2687058408670941 → 0.26871 → 27 %
  //    y2 = 2.121705678 + -2.025261458 + 0.463062792 + -0.7808947253922398 + -0.060667525 = -0.28205523839223984 → p2 = 0.4299499791745911 → 0.42995 → 43 % → low
  {
    input: {
      sex: 'male',
      ageAtStartOfFollowUp: 60,
      ageAtCurrentConviction: 60,
      ageAtFirstSanction: 14,
      totalSanctions: 30,
      offenceCategory: 'other_offence',
    },
    oneYear: 0.2687058408670941,
    twoYear: 0.4299499791745911,
    oneYearPercent: 27,
    twoYearPercent: 43,
    band: 'low',
    copas: -0.7808947253922398,
  },
  // 21. rounds across a band boundary: p2 0.74979 is below 0.75 but rounds to 75 %, high
  //    published set; age 21 → group 21-24, male term -1.051515067
  //    S = 12 − 1 = 11 → criminal career 0.463062792; Y = 21 − 14 = 7
  //    Copas = 1.251124464 × ln(12/17) = 1.251124464 × -0.3483066942682157 = -0.43577502617393327
  //    offence Violence = 0
  //    y1 = 1.402562384 + -1.051515067 + 0.463062792 + -0.43577502617393327 + 0 = 0.37833508282606687 → p1 = 0.5934714824794084 → 0.59347 → 59 %
  //    y2 = 2.121705678 + -1.051515067 + 0.463062792 + -0.43577502617393327 + 0 = 1.097478376826067 → p2 = 0.7497873312655046 → 0.74979 → 75 % → high
  {
    input: {
      sex: 'male',
      ageAtStartOfFollowUp: 21,
      ageAtCurrentConviction: 21,
      ageAtFirstSanction: 14,
      totalSanctions: 12,
      offenceCategory: 'violence',
    },
    oneYear: 0.5934714824794084,
    twoYear: 0.7497873312655046,
    oneYearPercent: 59,
    twoYearPercent: 75,
    band: 'high',
    copas: -0.43577502617393327,
  },
  // 22. rounds across a band boundary: p2 0.89975 rounds to 90 %, very high
  //    published set; age 21 → group 21-24, male term -1.051515067
  //    S = 21 − 1 = 20 → criminal career 0.463062792; Y = 21 − 10 = 11
  //    Copas = 1.251124464 × ln(21/21) = 1.251124464 × 0 = 0
  //    offence Theft (non-motor) = 0.661244321
  //    y1 = 1.402562384 + -1.051515067 + 0.463062792 + 0 + 0.661244321 = 1.47535443 → p1 = 0.8138698691499605 → 0.81387 → 81 %
  //    y2 = 2.121705678 + -1.051515067 + 0.463062792 + 0 + 0.661244321 = 2.194497724 → p2 = 0.8997543153736001 → 0.89975 → 90 % → very_high
  {
    input: {
      sex: 'male',
      ageAtStartOfFollowUp: 21,
      ageAtCurrentConviction: 21,
      ageAtFirstSanction: 10,
      totalSanctions: 21,
      offenceCategory: 'theft_non_motor',
    },
    oneYear: 0.8138698691499605,
    twoYear: 0.8997543153736001,
    oneYearPercent: 81,
    twoYearPercent: 90,
    band: 'very_high',
    copas: 0,
  },
  // 23. female aged 12 (12-13 group, negative female term), first sanction, violence
  //    published set; age 12 → group 12-13, female term -0.613852078
  //    S = 1 − 1 = 0 → criminal career 0.126142106; Y = 12 − 12 = 0
  //    Copas = 1.251124464 × ln(1/10) = 1.251124464 × -2.3025850929940455 = -2.8808205402865656
  //    offence Violence = 0
  //    y1 = 1.402562384 + -0.613852078 + 0.126142106 + -2.8808205402865656 + 0 = -1.9659681282865655 → p1 = 0.12282260929379023 → 0.12282 → 12 %
  //    y2 = 2.121705678 + -0.613852078 + 0.126142106 + -2.8808205402865656 + 0 = -1.2468248342865653 → p2 = 0.223250259113688 → 0.22325 → 22 % → low
  {
    input: {
      sex: 'female',
      ageAtStartOfFollowUp: 12,
      ageAtCurrentConviction: 12,
      ageAtFirstSanction: 12,
      totalSanctions: 1,
      offenceCategory: 'violence',
    },
    oneYear: 0.12282260929379023,
    twoYear: 0.223250259113688,
    oneYearPercent: 12,
    twoYearPercent: 22,
    band: 'low',
    copas: -2.8808205402865656,
  },
  // 24. female aged 25, 5 sanctions, sexual not against child, oasys set
  //    oasys set; age 25 → group 25-29, female term -1.0528
  //    S = 5 − 1 = 4 → criminal career 0.46306; Y = 24 − 16 = 8
  //    Copas = 1.25112 × ln(5/18) = 1.25112 × -1.2809338454620642 = -1.602601952734498
  //    offence Sexual (not against child) = 0.0328
  //    y1 = 1.40256 + -1.0528 + 0.46306 + -1.602601952734498 + 0.0328 = -0.7569819527344978 → p1 = 0.31930187527695125 → 0.3193 → 32 %
  //    y2 = 2.1217 + -1.0528 + 0.46306 + -1.602601952734498 + 0.0328 = -0.03784195273449769 → p2 = 0.4905406406168738 → 0.49054 → 49 % → low
  {
    input: {
      sex: 'female',
      ageAtStartOfFollowUp: 25,
      ageAtCurrentConviction: 24,
      ageAtFirstSanction: 16,
      totalSanctions: 5,
      offenceCategory: 'sexual_not_against_child',
      coefficientSet: 'oasys',
    },
    oneYear: 0.31930187527695125,
    twoYear: 0.4905406406168738,
    oneYearPercent: 32,
    twoYearPercent: 49,
    band: 'low',
    copas: -1.602601952734498,
  },
]

const close = (actual: number, expected: number, what: string) =>
  assert.ok(Math.abs(actual - expected) < 1e-12, `${what}: ${actual} is not ${expected}`)

describe('OGRS3', () => {
  cases.forEach((c, i) => {
    it(`case ${i + 1}: ${c.input.sex} ${c.input.ageAtStartOfFollowUp}, ${c.input.totalSanctions} sanctions, ${c.input.offenceCategory}, ${c.input.coefficientSet ?? 'published'}`, () => {
      const result = calculateOgrs3(c.input)
      close(result.oneYear, c.oneYear, 'oneYear')
      close(result.twoYear, c.twoYear, 'twoYear')
      close(result.terms.copas, c.copas, 'copas')
      assert.equal(result.oneYearPercent, c.oneYearPercent)
      assert.equal(result.twoYearPercent, c.twoYearPercent)
      assert.equal(result.band, c.band)
      assert.equal(result.coefficientSet, c.input.coefficientSet ?? 'published')
    })
  })

  it('covers every offence category and both sexes across the cases', () => {
    const categories = new Set(cases.map((c) => c.input.offenceCategory))
    assert.equal(categories.size, 20)
  })

  it('returns every term, and the terms add up to the scores', () => {
    const { terms, oneYear } = calculateOgrs3(cases[1]!.input)
    assert.equal(terms.ageGroup, '18-20')
    assert.equal(terms.ageGender, -0.625103618)
    assert.equal(terms.previousSanctions, 2)
    assert.equal(terms.criminalCareer, 0.463062792)
    assert.equal(terms.yearsSinceFirstSanction, 3)
    assert.equal(terms.offence, 0.181917975)
    const sum = terms.oneYearIntercept + terms.ageGender + terms.criminalCareer + terms.copas + terms.offence
    assert.equal(terms.oneYearScore, sum)
    assert.equal(oneYear, Math.exp(sum) / (1 + Math.exp(sum)))
    assert.equal(terms.oneYearRounded, 0.3984) // 0.3984013… to 5 places
  })

  it('places the age groups at 17/18 and 49/50', () => {
    const at = (age: number) =>
      calculateOgrs3({
        ...cases[0]!.input,
        ageAtStartOfFollowUp: age,
        ageAtCurrentConviction: age,
        ageAtFirstSanction: age,
      }).terms
    assert.deepEqual(
      [at(17).ageGroup, at(18).ageGroup, at(49).ageGroup, at(50).ageGroup],
      ['16-17', '18-20', '40-49', '50+'],
    )
    assert.deepEqual([at(17).ageGender, at(18).ageGender], [-0.061594199, -0.625103618])
    assert.deepEqual([at(49).ageGender, at(50).ageGender], [-1.499690953, -2.025261458])
  })

  it('bands the 2-year percentage: low 0-49, medium 50-74, high 75-89, very high 90-99', () => {
    const bands = [1, 49, 50, 74, 75, 89, 90, 99].map(ogrs3Band)
    assert.deepEqual(bands, ['low', 'low', 'medium', 'medium', 'high', 'high', 'very_high', 'very_high'])
  })

  it('refuses each impossible input with the field named', () => {
    const base = cases[1]!.input
    const refused = (input: Partial<Ogrs3Input> & Record<string, unknown>) => {
      try {
        calculateOgrs3({ ...base, ...input } as Ogrs3Input)
      } catch (error) {
        assert.ok(error instanceof DomainError)
        assert.equal(error.code, 'validation.failed')
        return error.details.map((d) => d.path)
      }
      assert.fail('was not refused')
    }
    assert.deepEqual(refused({ ageAtCurrentConviction: 9, ageAtFirstSanction: 9 }), [
      'ageAtCurrentConviction',
    ])
    assert.deepEqual(refused({ ageAtFirstSanction: 19 }), ['ageAtFirstSanction'])
    assert.deepEqual(refused({ totalSanctions: 0 }), ['totalSanctions'])
    assert.deepEqual(refused({ offenceCategory: 'arson' as never }), ['offenceCategory'])
    assert.deepEqual(refused({ coefficientSet: 'nomis' as never }), ['coefficientSet'])
    assert.deepEqual(refused({ ageAtCurrentConviction: 9, totalSanctions: 0 }), [
      'ageAtCurrentConviction',
      'ageAtFirstSanction',
      'totalSanctions',
    ])
  })
})
