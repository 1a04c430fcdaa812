// ARP test vectors worked by hand from docs/reference/predictors.md §4.1 (not from this module's code):
// each case lists every non-zero term, Σ, p = e^Σ / (1 + e^Σ) and 100 × p rounded half-up to 2 places.
// (node was the calculator; the coefficients were read from the reference tables.)
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { LogisticPredictorInput } from './logistic-predictor.rules'
import { calculateArp } from './oasys-r.rules'

interface Case {
  input: LogisticPredictorInput
  version: 'static' | 'dynamic'
  probability: number
  percent: number
  band: string
}

const cases: Case[] = [
  // 1. male aged 17, first sanction, static (burglary_domestic)
  //    intercept 5.01702292499072
  //    age 17 (male) = -0.142428460338541·17^1 + 0.0011000413899151·17^2 + 0.0000198538471606·17^3 + -2.648918335e-7·17^4 = -2.027953943795459
  //    offence burglary_domestic 0.155944202809011
  //    N = 1: first sanction -3.94357049933093
  //    N = 1 × -0.0042757301284995 = -0.0042757301284995
  //    offence-free months 0 = -0.0762086223169624·0^1 + 0.0016230134182902·0^2 + 0.0000224473135387·0^3 + -0.0000012808638685·0^4 = 0
  //    Σ = -0.8028330454551569 → p = 0.30941982936988993 → 30.94 %
  //    → low
  {
    input: {
      sex: 'male',
      ageAtStartOfFollowUp: 17,
      ageAtCurrentConviction: 17,
      ageAtFirstSanction: 17,
      totalSanctions: 1,
      offenceCategory: 'burglary_domestic',
      offenceFreeMonths: 0,
    },
    version: 'static',
    probability: 0.30941982936988993,
    percent: 30.94,
    band: 'low',
  },
  // 2. male aged 18, first sanction, static (burglary_other)
  //    intercept 5.01702292499072
  //    age 18 (male) = -0.142428460338541·18^1 + 0.0011000413899151·18^2 + 0.0000198538471606·18^3 + -2.648918335e-7·18^4 = -2.119318524234123
  //    offence burglary_other 0.2060248043228
  //    N = 1: first sanction -3.94357049933093
  //    N = 1 × -0.0042757301284995 = -0.0042757301284995
  //    offence-free months 0 = -0.0762086223169624·0^1 + 0.0016230134182902·0^2 + 0.0000224473135387·0^3 + -0.0000012808638685·0^4 = 0
  //    Σ = -0.8441170243800322 → p = 0.3006684002122415 → 30.07 %
  //    → low
  {
    input: {
      sex: 'male',
      ageAtStartOfFollowUp: 18,
      ageAtCurrentConviction: 18,
      ageAtFirstSanction: 18,
      totalSanctions: 1,
      offenceCategory: 'burglary_other',
      offenceFreeMonths: 0,
    },
    version: 'static',
    probability: 0.3006684002122415,
    percent: 30.07,
    band: 'low',
  },
  // 3. male aged 49, 10 sanctions, static (drunkenness)
  //    intercept 5.01702292499072
  //    age 49 (male) = -0.142428460338541·49^1 + 0.0011000413899151·49^2 + 0.0000198538471606·49^3 + -2.648918335e-7·49^4 = -3.5290586214575583
  //    offence drunkenness 0.587490417262633
  //    N = 10 × -0.0042757301284995 = -0.042757301284995004
  //    offence-free months 5 = -0.0762086223169624·5^1 + 0.0016230134182902·5^2 + 0.0000224473135387·5^3 + -0.0000012808638685·5^4 = -0.338462401853032
  //    Copas 1.55298303083717 × ln(10/(32+26)) = 1.55298303083717 × -1.7578579175523736 = -2.7299235165816014
  //    Copas² 0.129334968245905 × -1.7578579175523736² = 0.3996533885922329
  //    Σ = -0.6360351103316004 → p = 0.3461433572159464 → 34.61 %
  //    → low
  {
    input: {
      sex: 'male',
      ageAtStartOfFollowUp: 49,
      ageAtCurrentConviction: 48,
      ageAtFirstSanction: 16,
      totalSanctions: 10,
      offenceCategory: 'drunkenness',
      offenceFreeMonths: 5,
    },
    version: 'static',
    probability: 0.3461433572159464,
    percent: 34.61,
    band: 'low',
  },
  // 4. male aged 50, 14 sanctions, dynamic (drink_driving)
  //    intercept 3.83654148692014
  //    age 50 (male) = -0.110202179628585·50^1 + 0.0006726723443858·50^2 + 0.0000138719445957·50^3 + -1.610775422e-7·50^4 = -3.10116968475225
  //    offence drink_driving -0.196918572042409
  //    N = 14 × -0.0030262875646805 = -0.042368025905527004
  //    offence-free months 12 = -0.0531180383905312·12^1 + 0.0004075218530422·12^2 = -0.5787333138482975
  //    Copas 1.24540523044696 × ln(14/(36+26)) = 1.24540523044696 × -1.488077055429833 = -1.853258948140425
  //    Copas² 0.0801894262854395 × -1.488077055429833² = 0.17756932634487044
  //    accommodationSuitability 0.0848049158355753 × 2 = 0.1696098316711506
  //    unemployed 0.0317783733809377 × 2 = 0.0635567467618754
  //    livingWithPartner -0.266331545877519 × 1 = -0.266331545877519
  //    partnerRelationship 0.0364051885005138 × 1 = 0.0364051885005138
  //    livingWithPartnerRelationship 0.141655261924428 × 1 = 0.141655261924428
  //    activitiesEncourageOffending 0.126491602592029 × 1 = 0.126491602592029
  //    motivationToTackleDrugMisuse 0.08615424993393 × 2 = 0.17230849986786
  //    bingeDrinking 0.0338427436465108 × 1 = 0.0338427436465108
  //    impulsivity 0.0421988370095297 × 2 = 0.0843976740190594
  //    proCriminalAttitudes 0.0439083095441417 × 1 = 0.0439083095441417
  //    drugs.heroin 0.182096496867273 × 1 = 0.182096496867273
  //    drugs.crack 0.109095964190426 × 1 = 0.109095964190426
  //    Σ = -0.861300957716149 → p = 0.29706760998621734 → 29.71 %
  //    → low
  {
    input: {
      sex: 'male',
      ageAtStartOfFollowUp: 50,
      ageAtCurrentConviction: 50,
      ageAtFirstSanction: 14,
      totalSanctions: 14,
      offenceCategory: 'drink_driving',
      offenceFreeMonths: 12,
      dynamic: {
        accommodationSuitability: 2,
        unemployed: true,
        livingWithPartner: true,
        partnerRelationship: 1,
        domesticAbusePerpetrator: false,
        activitiesEncourageOffending: 1,
        motivationToTackleDrugMisuse: 2,
        currentAlcoholUse: 0,
        bingeDrinking: 1,
        impulsivity: 2,
        proCriminalAttitudes: 1,
        drugs: { heroin: true, crack: true },
      },
    },
    version: 'dynamic',
    probability: 0.29706760998621734,
    percent: 29.71,
    band: 'low',
  },
  // 5. female aged 17, second sanction, static (motoring_offences)
  //    intercept 5.01702292499072
  //    female -2.95224200717183
  //    age 17 (female) = -0.0175014516689226·17^1 + 0.0001625346907234·17^2 + 3.645241305e-7·17^3 + -7.46220588e-8·17^4 = -0.25499375467250984
  //    offence motoring_offences -0.0439980822830184
  //    N = 2: second sanction -3.06189212045904
  //    gap Y = 2 × -0.0427998315841607 = -0.0855996631683214
  //    N = 2 × -0.0042757301284995 = -0.008551460256999
  //    offence-free months 2 = -0.0762086223169624·2^1 + 0.0016230134182902·2^2 + 0.0000224473135387·2^3 + -0.0000012808638685·2^4 = -0.1457661062743504
  //    Σ = -1.5360202692953484 → p = 0.17711455545110882 → 17.71 %
  //    → low
  {
    input: {
      sex: 'female',
      ageAtStartOfFollowUp: 17,
      ageAtCurrentConviction: 17,
      ageAtFirstSanction: 15,
      totalSanctions: 2,
      offenceCategory: 'motoring_offences',
      offenceFreeMonths: 2,
    },
    version: 'static',
    probability: 0.17711455545110882,
    percent: 17.71,
    band: 'low',
  },
  // 6. female aged 18, 3 sanctions, dynamic (vehicle_related_theft)
  //    intercept 3.83654148692014
  //    female -2.68801056322021
  //    age 18 (female) = -0.0097677485919972·18^1 + 0.000126702732348·18^2 + -6.094926795e-7·18^3 + -7.13415862e-8·18^4 = -0.14581150503497278
  //    offence vehicle_related_theft 0.164192212478264
  //    N = 3 × -0.0030262875646805 = -0.009078862694041501
  //    offence-free months 0 = -0.0531180383905312·0^1 + 0.0004075218530422·0^2 = 0
  //    Copas 0.829951359317464 × ln(3/(4+26)) = 0.829951359317464 × -2.3025850929940455 = -1.9110336278745372
  //    Copas² -0.0430018109602918 × -2.3025850929940455² = -0.2279912202775203
  //    accommodationSuitability 0.0848049158355753 × 1 = 0.0848049158355753
  //    unemployed 0.0317783733809377 × 2 = 0.0635567467618754
  //    partnerRelationship 0.0364051885005138 × 2 = 0.0728103770010276
  //    domesticAbusePerpetrator 0.0635669196833949 × 1 = 0.0635669196833949
  //    activitiesEncourageOffending 0.126491602592029 × 2 = 0.252983205184058
  //    motivationToTackleDrugMisuse 0.08615424993393 × 1 = 0.08615424993393
  //    currentAlcoholUse 0.0745006703601772 × 2 = 0.1490013407203544
  //    bingeDrinking 0.0338427436465108 × 2 = 0.0676854872930216
  //    impulsivity 0.0421988370095297 × 1 = 0.0421988370095297
  //    proCriminalAttitudes 0.0439083095441417 × 2 = 0.0878166190882834
  //    drugs.otherOpiates 0.17892958261215 × 1 = 0.17892958261215
  //    drugs.powderCocaine 0.0605135470691152 × 1 = 0.0605135470691152
  //    drugs.misusedPrescribed 0.0252240614607483 × 1 = 0.0252240614607483
  //    drugs.benzodiazepines 0.0764353348164513 × 1 = 0.0764353348164513
  //    drugs.cannabis 0.049300440360878 × 1 = 0.049300440360878
  //    drugs.steroids 0.202231737251706 × 1 = 0.202231737251706
  //    drugs.other 0.0267794308651123 × 1 = 0.0267794308651123
  //    Σ = 0.6088007532443338 → p = 0.647667189172037 → 64.77 %
  //    → medium
  {
    input: {
      sex: 'female',
      ageAtStartOfFollowUp: 18,
      ageAtCurrentConviction: 18,
      ageAtFirstSanction: 14,
      totalSanctions: 3,
      offenceCategory: 'vehicle_related_theft',
      offenceFreeMonths: 0,
      dynamic: {
        accommodationSuitability: 1,
        unemployed: true,
        livingWithPartner: false,
        partnerRelationship: 2,
        domesticAbusePerpetrator: true,
        activitiesEncourageOffending: 2,
        motivationToTackleDrugMisuse: 1,
        currentAlcoholUse: 2,
        bingeDrinking: 2,
        impulsivity: 1,
        proCriminalAttitudes: 2,
        drugs: {
          otherOpiates: true,
          powderCocaine: true,
          misusedPrescribed: true,
          benzodiazepines: true,
          cannabis: true,
          steroids: true,
          other: true,
        },
      },
    },
    version: 'dynamic',
    probability: 0.647667189172037,
    percent: 64.77,
    band: 'medium',
  },
  // 7. female aged 49, 11 sanctions, dynamic (fraud_and_forgery)
  //    intercept 3.83654148692014
  //    female -2.68801056322021
  //    age 49 (female) = -0.0097677485919972·49^1 + 0.000126702732348·49^2 + -6.094926795e-7·49^3 + -7.13415862e-8·49^4 = -0.6573826723581565
  //    offence fraud_and_forgery -0.322533218006326
  //    N = 11 × -0.0030262875646805 = -0.0332891632114855
  //    offence-free months 8 = -0.0531180383905312·8^1 + 0.0004075218530422·8^2 = -0.39886290852954875
  //    Copas 0.829951359317464 × ln(11/(30+26)) = 0.829951359317464 × -1.6274564179367788 = -1.3507096662965603
  //    Copas² -0.0430018109602918 × -1.6274564179367788² = -0.113895215403688
  //    accommodationSuitability 0.0848049158355753 × 2 = 0.1696098316711506
  //    unemployed 0.0317783733809377 × 2 = 0.0635567467618754
  //    livingWithPartner -0.266331545877519 × 1 = -0.266331545877519
  //    partnerRelationship 0.0364051885005138 × 1 = 0.0364051885005138
  //    livingWithPartnerRelationship 0.141655261924428 × 1 = 0.141655261924428
  //    activitiesEncourageOffending 0.126491602592029 × 1 = 0.126491602592029
  //    motivationToTackleDrugMisuse 0.08615424993393 × 2 = 0.17230849986786
  //    bingeDrinking 0.0338427436465108 × 1 = 0.0338427436465108
  //    impulsivity 0.0421988370095297 × 2 = 0.0843976740190594
  //    proCriminalAttitudes 0.0439083095441417 × 1 = 0.0439083095441417
  //    drugs.heroin 0.182096496867273 × 1 = 0.182096496867273
  //    drugs.crack 0.109095964190426 × 1 = 0.109095964190426
  //    Σ = -0.8311051463980861 → p = 0.3034114435026523 → 30.34 %
  //    → low
  {
    input: {
      sex: 'female',
      ageAtStartOfFollowUp: 49,
      ageAtCurrentConviction: 49,
      ageAtFirstSanction: 19,
      totalSanctions: 11,
      offenceCategory: 'fraud_and_forgery',
      offenceFreeMonths: 8,
      dynamic: {
        accommodationSuitability: 2,
        unemployed: true,
        livingWithPartner: true,
        partnerRelationship: 1,
        domesticAbusePerpetrator: false,
        activitiesEncourageOffending: 1,
        motivationToTackleDrugMisuse: 2,
        currentAlcoholUse: 0,
        bingeDrinking: 1,
        impulsivity: 2,
        proCriminalAttitudes: 1,
        drugs: { heroin: true, crack: true },
      },
    },
    version: 'dynamic',
    probability: 0.3034114435026523,
    percent: 30.34,
    band: 'low',
  },
  // 8. female aged 50, first sanction, static (welfare_fraud)
  //    intercept 5.01702292499072
  //    female -2.95224200717183
  //    age 50 (female) = -0.0175014516689226·50^1 + 0.0001625346907234·50^2 + 3.645241305e-7·50^3 + -7.46220588e-8·50^4 = -0.8895582078251298
  //    offence welfare_fraud -1.15395495579948
  //    N = 1: first sanction -3.94357049933093
  //    N = 1 × -0.0042757301284995 = -0.0042757301284995
  //    offence-free months 1 = -0.0762086223169624·1^1 + 0.0016230134182902·1^2 + 0.0000224473135387·1^3 + -0.0000012808638685·1^4 = -0.074564442449002
  //    Σ = -4.0011429177141515 → p = 0.017966034059423912 → 1.8 %
  //    → low
  {
    input: {
      sex: 'female',
      ageAtStartOfFollowUp: 50,
      ageAtCurrentConviction: 50,
      ageAtFirstSanction: 50,
      totalSanctions: 1,
      offenceCategory: 'welfare_fraud',
      offenceFreeMonths: 1,
    },
    version: 'static',
    probability: 0.017966034059423912,
    percent: 1.8,
    band: 'low',
  },
  // 9. male aged 30, second sanction, dynamic with every item at 0 (drug_import_export_production)
  //    intercept 3.83654148692014
  //    age 30 (male) = -0.110202179628585·30^1 + 0.0006726723443858·30^2 + 0.0000138719445957·30^3 + -1.610775422e-7·30^4 = -2.4565905840084303
  //    offence drug_import_export_production -0.437670727296335
  //    N = 2: second sanction -2.60344581288004
  //    gap Y = 3 × -0.0319725028712099 = -0.09591750861362972
  //    N = 2 × -0.0030262875646805 = -0.006052575129361
  //    offence-free months 0 = -0.0531180383905312·0^1 + 0.0004075218530422·0^2 = 0
  //    Σ = -1.7631357210076557 → p = 0.1463980477072885 → 14.64 %
  //    → low
  {
    input: {
      sex: 'male',
      ageAtStartOfFollowUp: 30,
      ageAtCurrentConviction: 30,
      ageAtFirstSanction: 27,
      totalSanctions: 2,
      offenceCategory: 'drug_import_export_production',
      offenceFreeMonths: 0,
      dynamic: {
        accommodationSuitability: 0,
        unemployed: false,
        livingWithPartner: false,
        partnerRelationship: 0,
        domesticAbusePerpetrator: false,
        activitiesEncourageOffending: 0,
        motivationToTackleDrugMisuse: 0,
        currentAlcoholUse: 0,
        bingeDrinking: 0,
        impulsivity: 0,
        proCriminalAttitudes: 0,
      },
    },
    version: 'dynamic',
    probability: 0.1463980477072885,
    percent: 14.64,
    band: 'low',
  },
  // 10. male aged 25, 6 sanctions, dynamic (drug_possession_supply)
  //    intercept 3.83654148692014
  //    age 25 (male) = -0.110202179628585·25^1 + 0.0006726723443858·25^2 + 0.0000138719445957·25^3 + -1.610775422e-7·25^4 = -2.180806056087562
  //    offence drug_possession_supply 0.0049716912817919
  //    N = 6 × -0.0030262875646805 = -0.018157725388083003
  //    offence-free months 3 = -0.0531180383905312·3^1 + 0.0004075218530422·3^2 = -0.1556864184942138
  //    Copas 1.24540523044696 × ln(6/(10+26)) = 1.24540523044696 × -1.791759469228055 = -2.231466614679489
  //    Copas² 0.0801894262854395 × -1.791759469228055² = 0.25744029417026015
  //    accommodationSuitability 0.0848049158355753 × 1 = 0.0848049158355753
  //    unemployed 0.0317783733809377 × 2 = 0.0635567467618754
  //    partnerRelationship 0.0364051885005138 × 2 = 0.0728103770010276
  //    domesticAbusePerpetrator 0.0635669196833949 × 1 = 0.0635669196833949
  //    activitiesEncourageOffending 0.126491602592029 × 2 = 0.252983205184058
  //    motivationToTackleDrugMisuse 0.08615424993393 × 1 = 0.08615424993393
  //    currentAlcoholUse 0.0745006703601772 × 2 = 0.1490013407203544
  //    bingeDrinking 0.0338427436465108 × 2 = 0.0676854872930216
  //    impulsivity 0.0421988370095297 × 1 = 0.0421988370095297
  //    proCriminalAttitudes 0.0439083095441417 × 2 = 0.0878166190882834
  //    drugs.otherOpiates 0.17892958261215 × 1 = 0.17892958261215
  //    drugs.powderCocaine 0.0605135470691152 × 1 = 0.0605135470691152
  //    drugs.misusedPrescribed 0.0252240614607483 × 1 = 0.0252240614607483
  //    drugs.benzodiazepines 0.0764353348164513 × 1 = 0.0764353348164513
  //    drugs.cannabis 0.049300440360878 × 1 = 0.049300440360878
  //    drugs.steroids 0.202231737251706 × 1 = 0.202231737251706
  //    drugs.other 0.0267794308651123 × 1 = 0.0267794308651123
  //    Σ = 1.102829490670056 → p = 0.7507898914217727 → 75.08 %
  //    → high
  {
    input: {
      sex: 'male',
      ageAtStartOfFollowUp: 25,
      ageAtCurrentConviction: 25,
      ageAtFirstSanction: 15,
      totalSanctions: 6,
      offenceCategory: 'drug_possession_supply',
      offenceFreeMonths: 3,
      dynamic: {
        accommodationSuitability: 1,
        unemployed: true,
        livingWithPartner: false,
        partnerRelationship: 2,
        domesticAbusePerpetrator: true,
        activitiesEncourageOffending: 2,
        motivationToTackleDrugMisuse: 1,
        currentAlcoholUse: 2,
        bingeDrinking: 2,
        impulsivity: 1,
        proCriminalAttitudes: 2,
        drugs: {
          otherOpiates: true,
          powderCocaine: true,
          misusedPrescribed: true,
          benzodiazepines: true,
          cannabis: true,
          steroids: true,
          other: true,
        },
      },
    },
    version: 'dynamic',
    probability: 0.7507898914217727,
    percent: 75.08,
    band: 'high',
  },
  // 11. male aged 40, 40 offence-free months (capped at 36), static (violence_against_the_person_abh_plus)
  //    intercept 5.01702292499072
  //    age 40 (male) = -0.142428460338541·40^1 + 0.0011000413899151·40^2 + 0.0000198538471606·40^3 + -2.648918335e-7·40^4 = -3.3445490651590806
  //    offence violence_against_the_person_abh_plus -0.110075583936778
  //    N = 4 × -0.0042757301284995 = -0.017102920513998
  //    offence-free months 36 = -0.0762086223169624·36^1 + 0.0016230134182902·36^2 + 0.0000224473135387·36^3 + -0.0000012808638685·36^4 = -1.744142600199456
  //    Copas 1.55298303083717 × ln(4/(17+26)) = 1.55298303083717 × -2.374905754573672 = -3.688188336690457
  //    Copas² 0.129334968245905 × -2.374905754573672² = 0.7294721575720351
  //    Σ = -3.157563423937014 → p = 0.040794290469573065 → 4.08 %
  //    → low
  {
    input: {
      sex: 'male',
      ageAtStartOfFollowUp: 40,
      ageAtCurrentConviction: 37,
      ageAtFirstSanction: 20,
      totalSanctions: 4,
      offenceCategory: 'violence_against_the_person_abh_plus',
      offenceFreeMonths: 40,
    },
    version: 'static',
    probability: 0.040794290469573065,
    percent: 4.08,
    band: 'low',
  },
  // 12. male aged 22, follow-up not started (months −3 → 0), dynamic (public_order_and_harassment)
  //    intercept 3.83654148692014
  //    age 22 (male) = -0.110202179628585·22^1 + 0.0006726723443858·22^2 + 0.0000138719445957·22^3 + -1.610775422e-7·22^4 = -1.9888994518167327
  //    offence public_order_and_harassment 0.0629726265569029
  //    N = 9 × -0.0030262875646805 = -0.0272365880821245
  //    offence-free months 0 = -0.0531180383905312·0^1 + 0.0004075218530422·0^2 = 0
  //    Copas 1.24540523044696 × ln(9/(8+26)) = 1.24540523044696 × -1.329135947279942 = -1.6553128607175147
  //    Copas² 0.0801894262854395 × -1.329135947279942² = 0.14166283023224654
  //    accommodationSuitability 0.0848049158355753 × 2 = 0.1696098316711506
  //    unemployed 0.0317783733809377 × 2 = 0.0635567467618754
  //    livingWithPartner -0.266331545877519 × 1 = -0.266331545877519
  //    partnerRelationship 0.0364051885005138 × 1 = 0.0364051885005138
  //    livingWithPartnerRelationship 0.141655261924428 × 1 = 0.141655261924428
  //    activitiesEncourageOffending 0.126491602592029 × 1 = 0.126491602592029
  //    motivationToTackleDrugMisuse 0.08615424993393 × 2 = 0.17230849986786
  //    bingeDrinking 0.0338427436465108 × 1 = 0.0338427436465108
  //    impulsivity 0.0421988370095297 × 2 = 0.0843976740190594
  //    proCriminalAttitudes 0.0439083095441417 × 1 = 0.0439083095441417
  //    drugs.heroin 0.182096496867273 × 1 = 0.182096496867273
  //    drugs.crack 0.109095964190426 × 1 = 0.109095964190426
  //    Σ = 1.2667648168006664 → p = 0.7801884349245692 → 78.02 %
  //    → high
  {
    input: {
      sex: 'male',
      ageAtStartOfFollowUp: 22,
      ageAtCurrentConviction: 21,
      ageAtFirstSanction: 13,
      totalSanctions: 9,
      offenceCategory: 'public_order_and_harassment',
      offenceFreeMonths: -3,
      dynamic: {
        accommodationSuitability: 2,
        unemployed: true,
        livingWithPartner: true,
        partnerRelationship: 1,
        domesticAbusePerpetrator: false,
        activitiesEncourageOffending: 1,
        motivationToTackleDrugMisuse: 2,
        currentAlcoholUse: 0,
        bingeDrinking: 1,
        impulsivity: 2,
        proCriminalAttitudes: 1,
        drugs: { heroin: true, crack: true },
      },
    },
    version: 'dynamic',
    probability: 0.7801884349245692,
    percent: 78.02,
    band: 'high',
  },
  // 13. female aged 35, 25 sanctions, static (handling_stolen_goods)
  //    intercept 5.01702292499072
  //    female -2.95224200717183
  //    age 35 (female) = -0.0175014516689226·35^1 + 0.0001625346907234·35^2 + 3.645241305e-7·35^3 + -7.46220588e-8·35^4 = -0.5097965671676884
  //    offence handling_stolen_goods 0.088414958679896
  //    N = 25 × -0.0042757301284995 = -0.10689325321248751
  //    offence-free months 18 = -0.0762086223169624·18^1 + 0.0016230134182902·18^2 + 0.0000224473135387·18^3 + -0.0000012808638685·18^4 = -0.8494460870812561
  //    Copas 1.01980307124196 × ln(25/(23+26)) = 1.01980307124196 × -0.6729444732424258 = -0.6862708405879288
  //    Copas² -0.039439197041062 × -0.6729444732424258² = -0.01786020855144428
  //    Σ = -0.017071080102018812 → p = 0.4957323336149016 → 49.57 %
  //    → low
  {
    input: {
      sex: 'female',
      ageAtStartOfFollowUp: 35,
      ageAtCurrentConviction: 35,
      ageAtFirstSanction: 12,
      totalSanctions: 25,
      offenceCategory: 'handling_stolen_goods',
      offenceFreeMonths: 18,
    },
    version: 'static',
    probability: 0.4957323336149016,
    percent: 49.57,
    band: 'low',
  },
  // 14. male aged 28, 4 sanctions never violent, static (criminal_damage)
  //    intercept 5.01702292499072
  //    age 28 (male) = -0.142428460338541·28^1 + 0.0011000413899151·28^2 + 0.0000198538471606·28^3 + -2.648918335e-7·28^4 = -2.8525501417279946
  //    offence criminal_damage 0.12167599899735
  //    N = 4 × -0.0042757301284995 = -0.017102920513998
  //    offence-free months 6 = -0.0762086223169624·6^1 + 0.0016230134182902·6^2 + 0.0000224473135387·6^3 + -0.0000012808638685·6^4 = -0.395634630692544
  //    Copas 1.55298303083717 × ln(4/(8+26)) = 1.55298303083717 × -2.1400661634962708 = -3.323486436778513
  //    Copas² 0.129334968245905 × -2.1400661634962708² = 0.5923390461909143
  //    Σ = -0.8577361595340648 → p = 0.2978125437055124 → 29.78 %
  //    → low
  {
    input: {
      sex: 'male',
      ageAtStartOfFollowUp: 28,
      ageAtCurrentConviction: 28,
      ageAtFirstSanction: 20,
      totalSanctions: 4,
      offenceCategory: 'criminal_damage',
      offenceFreeMonths: 6,
    },
    version: 'static',
    probability: 0.2978125437055124,
    percent: 29.78,
    band: 'low',
  },
  // 15. male aged 33, 7 sanctions, dynamic (acquisitive_violence)
  //    intercept 3.83654148692014
  //    age 33 (male) = -0.110202179628585·33^1 + 0.0006726723443858·33^2 + 0.0000138719445957·33^3 + -1.610775422e-7·33^4 = -2.5966409116948643
  //    offence acquisitive_violence -0.177705019766066
  //    N = 7 × -0.0030262875646805 = -0.021184012952763502
  //    offence-free months 24 = -0.0531180383905312·24^1 + 0.0004075218530422·24^2 = -1.0401003340204416
  //    Copas 1.24540523044696 × ln(7/(15+26)) = 1.24540523044696 × -1.7676619176489945 = -2.2014553979019613
  //    Copas² 0.0801894262854395 × -1.7676619176489945² = 0.2505621792080363
  //    Σ = -1.9499820102079202 → p = 0.12455531980434051 → 12.46 %
  //    → low
  {
    input: {
      sex: 'male',
      ageAtStartOfFollowUp: 33,
      ageAtCurrentConviction: 32,
      ageAtFirstSanction: 17,
      totalSanctions: 7,
      offenceCategory: 'acquisitive_violence',
      offenceFreeMonths: 24,
      dynamic: {
        accommodationSuitability: 0,
        unemployed: false,
        livingWithPartner: false,
        partnerRelationship: 0,
        domesticAbusePerpetrator: false,
        activitiesEncourageOffending: 0,
        motivationToTackleDrugMisuse: 0,
        currentAlcoholUse: 0,
        bingeDrinking: 0,
        impulsivity: 0,
        proCriminalAttitudes: 0,
      },
    },
    version: 'dynamic',
    probability: 0.12455531980434051,
    percent: 12.46,
    band: 'low',
  },
  // 16. female aged 60, 5 sanctions, dynamic (other_offences)
  //    intercept 3.83654148692014
  //    female -2.68801056322021
  //    age 60 (female) = -0.0097677485919972·60^1 + 0.000126702732348·60^2 + -6.094926795e-7·60^3 + -7.13415862e-8·60^4 = -1.186172454991032
  //    offence other_offences 0.0971157179525287
  //    N = 5 × -0.0030262875646805 = -0.0151314378234025
  //    offence-free months 36 = -0.0531180383905312·36^1 + 0.0004075218530422·36^2 = -1.384101060516432
  //    Copas 0.829951359317464 × ln(5/(29+26)) = 0.829951359317464 × -2.3978952727983707 = -1.990136441159929
  //    Copas² -0.0430018109602918 × -2.3978952727983707² = -0.24725618763400886
  //    accommodationSuitability 0.0848049158355753 × 1 = 0.0848049158355753
  //    unemployed 0.0317783733809377 × 2 = 0.0635567467618754
  //    partnerRelationship 0.0364051885005138 × 2 = 0.0728103770010276
  //    domesticAbusePerpetrator 0.0635669196833949 × 1 = 0.0635669196833949
  //    activitiesEncourageOffending 0.126491602592029 × 2 = 0.252983205184058
  //    motivationToTackleDrugMisuse 0.08615424993393 × 1 = 0.08615424993393
  //    currentAlcoholUse 0.0745006703601772 × 2 = 0.1490013407203544
  //    bingeDrinking 0.0338427436465108 × 2 = 0.0676854872930216
  //    impulsivity 0.0421988370095297 × 1 = 0.0421988370095297
  //    proCriminalAttitudes 0.0439083095441417 × 2 = 0.0878166190882834
  //    drugs.otherOpiates 0.17892958261215 × 1 = 0.17892958261215
  //    drugs.powderCocaine 0.0605135470691152 × 1 = 0.0605135470691152
  //    drugs.misusedPrescribed 0.0252240614607483 × 1 = 0.0252240614607483
  //    drugs.benzodiazepines 0.0764353348164513 × 1 = 0.0764353348164513
  //    drugs.cannabis 0.049300440360878 × 1 = 0.049300440360878
  //    drugs.steroids 0.202231737251706 × 1 = 0.202231737251706
  //    drugs.other 0.0267794308651123 × 1 = 0.0267794308651123
  //    Σ = -1.9871581075251323 → p = 0.12055784552206493 → 12.06 %
  //    → low
  {
    input: {
      sex: 'female',
      ageAtStartOfFollowUp: 60,
      ageAtCurrentConviction: 59,
      ageAtFirstSanction: 30,
      totalSanctions: 5,
      offenceCategory: 'other_offences',
      offenceFreeMonths: 36,
      dynamic: {
        accommodationSuitability: 1,
        unemployed: true,
        livingWithPartner: false,
        partnerRelationship: 2,
        domesticAbusePerpetrator: true,
        activitiesEncourageOffending: 2,
        motivationToTackleDrugMisuse: 1,
        currentAlcoholUse: 2,
        bingeDrinking: 2,
        impulsivity: 1,
        proCriminalAttitudes: 2,
        drugs: {
          otherOpiates: true,
          powderCocaine: true,
          misusedPrescribed: true,
          benzodiazepines: true,
          cannabis: true,
          steroids: true,
          other: true,
        },
      },
    },
    version: 'dynamic',
    probability: 0.12055784552206493,
    percent: 12.06,
    band: 'low',
  },
  // 17. rounds across a band boundary: p 0.499951 is below 0.5 but is 50.00 %, medium (theft_non_motor)
  //    intercept 5.01702292499072
  //    age 18 (male) = -0.142428460338541·18^1 + 0.0011000413899151·18^2 + 0.0000198538471606·18^3 + -2.648918335e-7·18^4 = -2.119318524234123
  //    offence theft_non_motor 0.462548123919817
  //    N = 5 × -0.0042757301284995 = -0.021378650642497502
  //    offence-free months 24 = -0.0762086223169624·24^1 + 0.0016230134182902·24^2 + 0.0000224473135387·24^3 + -0.0000012808638685·24^4 = -1.0087994351484095
  //    Copas 1.55298303083717 × ln(5/(3+26)) = 1.55298303083717 × -1.7578579175523736 = -2.7299235165816014
  //    Copas² 0.129334968245905 × -1.7578579175523736² = 0.3996533885922329
  //    Σ = -0.0001956891038611963 → p = 0.4999510777241908 → 50 %
  //    → medium
  {
    input: {
      sex: 'male',
      ageAtStartOfFollowUp: 18,
      ageAtCurrentConviction: 18,
      ageAtFirstSanction: 15,
      totalSanctions: 5,
      offenceCategory: 'theft_non_motor',
      offenceFreeMonths: 24,
    },
    version: 'static',
    probability: 0.4999510777241908,
    percent: 50,
    band: 'medium',
  },
]

describe('ARP', () => {
  cases.forEach((c, i) => {
    it(`case ${i + 1}: ${c.input.sex} ${c.input.ageAtStartOfFollowUp}, ${c.input.totalSanctions} sanctions, ${c.input.offenceCategory}, ${c.version}`, () => {
      const result = calculateArp(c.input)
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
