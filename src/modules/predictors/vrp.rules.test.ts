// VRP test vectors worked by hand from docs/reference/predictors.md §4.1 (not from this module's code):
// each case lists every non-zero term, Σ, p = e^Σ / (1 + e^Σ) and 100 × p rounded half-up to 2 places.
// (node was the calculator; the coefficients were read from the reference tables.)
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { LogisticPredictorInput } from './logistic-predictor.rules'
import { calculateVrp } from './oasys-r.rules'

interface Case {
  input: LogisticPredictorInput
  version: 'static' | 'dynamic'
  probability: number
  percent: number
  band: string
}

const cases: Case[] = [
  // 1. male aged 17, first sanction, static (absconding_or_bail)
  //    intercept 3.12324433235579
  //    age 17 (male) = -0.104477239763612·17^1 + 0.0008606154365776·17^2 + 0.000013815779629·17^3 + -1.960154357e-7·17^4 = -1.4758896946983002
  //    offence absconding_or_bail 0.351192370764659
  //    N = 1: first sanction -1.90092364059771
  //    N = 1 × -0.0067658067744931 = -0.0067658067744931
  //    offence-free months 0 = -0.073627004774941·0^1 + 0.0015286971037078·0^2 + 0.0000095033186151·0^3 + -8.860433091e-7·0^4 = 0
  //    V = 1: once violent 0.164824968220639
  //    V = 1 × 0.0185294325031695 = 0.0185294325031695
  //    violent rate 0.522272685793084 × ln(1/(0+30)) = -1.7763524914330988
  //    Σ = -1.5021405296593444 → p = 0.18210648839704882 → 18.21 %
  //    → low
  {
    input: {
      sex: 'male',
      ageAtStartOfFollowUp: 17,
      ageAtCurrentConviction: 17,
      ageAtFirstSanction: 17,
      totalSanctions: 1,
      offenceCategory: 'absconding_or_bail',
      offenceFreeMonths: 0,
      violentSanctions: 1,
    },
    version: 'static',
    probability: 0.18210648839704882,
    percent: 18.21,
    band: 'low',
  },
  // 2. male aged 18, first sanction, static (sexual_against_child)
  //    intercept 3.12324433235579
  //    age 18 (male) = -0.104477239763612·18^1 + 0.0008606154365776·18^2 + 0.000013815779629·18^3 + -1.960154357e-7·18^4 = -1.541754203875589
  //    offence sexual_against_child -0.930849896127774
  //    N = 1: first sanction -1.90092364059771
  //    N = 1 × -0.0067658067744931 = -0.0067658067744931
  //    offence-free months 0 = -0.073627004774941·0^1 + 0.0015286971037078·0^2 + 0.0000095033186151·0^3 + -8.860433091e-7·0^4 = 0
  //    V = 1: once violent 0.164824968220639
  //    V = 1 × 0.0185294325031695 = 0.0185294325031695
  //    violent rate 0.522272685793084 × ln(1/(0+30)) = -1.7763524914330988
  //    Σ = -2.850047305729066 → p = 0.054678871974203166 → 5.47 %
  //    → low
  {
    input: {
      sex: 'male',
      ageAtStartOfFollowUp: 18,
      ageAtCurrentConviction: 18,
      ageAtFirstSanction: 18,
      totalSanctions: 1,
      offenceCategory: 'sexual_against_child',
      offenceFreeMonths: 0,
      violentSanctions: 1,
    },
    version: 'static',
    probability: 0.054678871974203166,
    percent: 5.47,
    band: 'low',
  },
  // 3. male aged 49, 10 sanctions, static (sexual_not_against_child)
  //    intercept 3.12324433235579
  //    age 49 (male) = -0.104477239763612·49^1 + 0.0008606154365776·49^2 + 0.000013815779629·49^3 + -1.960154357e-7·49^4 = -2.557624407360745
  //    offence sexual_not_against_child -0.159028472471635
  //    N = 10 × -0.0067658067744931 = -0.067658067744931
  //    offence-free months 5 = -0.073627004774941·5^1 + 0.0015286971037078·5^2 + 0.0000095033186151·5^3 + -8.860433091e-7·5^4 = -0.32928345852331
  //    Copas 0.620598396891494 × ln(10/(32+12)) = 0.620598396891494 × -1.4816045409242156 = -0.919481402924726
  //    V = 3 × 0.0185294325031695 = 0.0555882975095085
  //    violent rate 0.522272685793084 × ln(3/(32+30)) = -1.5817143692585072
  //    Σ = -2.435957548418555 → p = 0.08047153002604134 → 8.05 %
  //    → low
  {
    input: {
      sex: 'male',
      ageAtStartOfFollowUp: 49,
      ageAtCurrentConviction: 48,
      ageAtFirstSanction: 16,
      totalSanctions: 10,
      offenceCategory: 'sexual_not_against_child',
      offenceFreeMonths: 5,
      violentSanctions: 3,
    },
    version: 'static',
    probability: 0.08047153002604134,
    percent: 8.05,
    band: 'low',
  },
  // 4. male aged 50, 14 sanctions, dynamic (theft_non_motor)
  //    intercept 1.81687448362791
  //    age 50 (male) = -0.0645236564493287·50^1 + 0.0004644696772777·50^2 = -2.065008629272185
  //    offence theft_non_motor 0.257081681109148
  //    N = 14 × -0.0068338285932122 = -0.0956736003049708
  //    offence-free months 12 = -0.0527396206616632·12^1 + 0.0004145060463894·12^2 = -0.5731865772598848
  //    Copas 0.599255596112212 × ln(14/(36+12)) = 0.599255596112212 × -1.2321436812926323 = -0.7383689962289117
  //    V = 4 × 0.0143780957599777 = 0.0575123830399108
  //    violent rate 0.417038098120116 × ln(4/(36+30)) = -1.1691080815985453
  //    accommodationSuitability 0.105430245512805 × 2 = 0.21086049102561
  //    unemployed 0.0331815664323161 × 2 = 0.0663631328646322
  //    livingWithPartner -0.257910738309657 × 1 = -0.257910738309657
  //    partnerRelationship 0.0289758277705754 × 2 = 0.0579516555411508
  //    livingWithPartnerRelationship 0.117527515244771 × 2 = 0.235055030489542
  //    domesticAbusePerpetrator 0.108473730672409 × 1 = 0.108473730672409
  //    activitiesEncourageOffending 0.0655491304584261 × 1 = 0.0655491304584261
  //    currentAlcoholUse 0.122533179215598 × 1 = 0.122533179215598
  //    bingeDrinking 0.0981126172766304 × 2 = 0.1962252345532608
  //    impulsivity 0.0323581330157977 × 2 = 0.0647162660315954
  //    temperControl 0.091904896744703 × 2 = 0.183809793489406
  //    drugs.methadone 0.0576906845544844 × 1 = 0.0576906845544844
  //    drugs.cannabis 0.001864706197971 × 1 = 0.001864706197971
  //    Σ = -1.3966950401031004 → p = 0.19834108247757165 → 19.83 %
  //    → low
  {
    input: {
      sex: 'male',
      ageAtStartOfFollowUp: 50,
      ageAtCurrentConviction: 50,
      ageAtFirstSanction: 14,
      totalSanctions: 14,
      offenceCategory: 'theft_non_motor',
      offenceFreeMonths: 12,
      violentSanctions: 4,
      dynamic: {
        accommodationSuitability: 2,
        unemployed: true,
        livingWithPartner: true,
        partnerRelationship: 2,
        domesticAbusePerpetrator: true,
        activitiesEncourageOffending: 1,
        motivationToTackleDrugMisuse: 0,
        currentAlcoholUse: 1,
        bingeDrinking: 2,
        impulsivity: 2,
        temperControl: 2,
        drugs: { methadone: true, cannabis: true },
      },
    },
    version: 'dynamic',
    probability: 0.19834108247757165,
    percent: 19.83,
    band: 'low',
  },
  // 5. female aged 17, second sanction, static (weapons_non_firearm)
  //    intercept 3.12324433235579
  //    female -1.84281451035478
  //    age 17 (female) = -0.0151569773369266·17^1 + -0.0000517057104954·17^2 + -7.587337191e-7·17^3 + 2.03053155e-8·17^4 = -0.27464330356698563
  //    offence weapons_non_firearm 0.109809951520084
  //    N = 2: second sanction -1.10995084554834
  //    gap Y = 2 × -0.0524808327112117 = -0.1049616654224234
  //    N = 2 × -0.0067658067744931 = -0.0135316135489862
  //    offence-free months 2 = -0.073627004774941·2^1 + 0.0015286971037078·2^2 + 0.0000095033186151·2^3 + -8.860433091e-7·2^4 = -0.14107737127907558
  //    V = 0: never violent -2.8090905835064
  //    V = 0 × 0.0185294325031695 = 0
  //    Σ = -3.0630156093511163 → p = 0.04465886691654977 → 4.47 %
  //    → low
  {
    input: {
      sex: 'female',
      ageAtStartOfFollowUp: 17,
      ageAtCurrentConviction: 17,
      ageAtFirstSanction: 15,
      totalSanctions: 2,
      offenceCategory: 'weapons_non_firearm',
      offenceFreeMonths: 2,
      violentSanctions: 0,
    },
    version: 'static',
    probability: 0.04465886691654977,
    percent: 4.47,
    band: 'low',
  },
  // 6. female aged 18, 3 sanctions, dynamic (firearms_most_serious)
  //    intercept 1.81687448362791
  //    female -1.47587262099647
  //    age 18 (female) = -0.0106819944976555·18^1 + -0.0000220033910434·18^2 + -3.141984277e-7·18^3 + -1.74402455e-8·18^4 = -0.203068212097815
  //    offence firearms_most_serious 0.077028816727511
  //    N = 3 × -0.0068338285932122 = -0.020501485779636598
  //    offence-free months 0 = -0.0527396206616632·0^1 + 0.0004145060463894·0^2 = 0
  //    Copas 0.477448279367104 × ln(3/(4+12)) = 0.477448279367104 × -1.6739764335716716 = -0.7992371679098759
  //    V = 1: once violent 0.158357795142317
  //    V = 1 × 0.0143780957599777 = 0.0143780957599777
  //    violent rate 0.417038098120116 × ln(1/(4+30)) = -1.4706266864717785
  //    accommodationSuitability 0.105430245512805 × 1 = 0.105430245512805
  //    livingWithPartner -0.257910738309657 × 1 = -0.257910738309657
  //    partnerRelationship 0.0289758277705754 × 1 = 0.0289758277705754
  //    livingWithPartnerRelationship 0.117527515244771 × 1 = 0.117527515244771
  //    activitiesEncourageOffending 0.0655491304584261 × 2 = 0.1310982609168522
  //    motivationToTackleDrugMisuse 0.0566501342651779 × 2 = 0.1133002685303558
  //    bingeDrinking 0.0981126172766304 × 1 = 0.0981126172766304
  //    impulsivity 0.0323581330157977 × 1 = 0.0323581330157977
  //    temperControl 0.091904896744703 × 1 = 0.091904896744703
  //    drugs.otherOpiates 0.0753935224854228 × 1 = 0.0753935224854228
  //    drugs.crack 0.0902595215602798 × 1 = 0.0902595215602798
  //    drugs.powderCocaine 0.087313111600886 × 1 = 0.087313111600886
  //    drugs.misusedPrescribed 0.139018812980245 × 1 = 0.139018812980245
  //    drugs.benzodiazepines 0.0587469123708279 × 1 = 0.0587469123708279
  //    drugs.steroids 0.342197551153158 × 1 = 0.342197551153158
  //    drugs.other 0.150053208890266 × 1 = 0.150053208890266
  //    Σ = -0.4988873142539414 → p = 0.3778021896865112 → 37.78 %
  //    → medium
  {
    input: {
      sex: 'female',
      ageAtStartOfFollowUp: 18,
      ageAtCurrentConviction: 18,
      ageAtFirstSanction: 14,
      totalSanctions: 3,
      offenceCategory: 'firearms_most_serious',
      offenceFreeMonths: 0,
      violentSanctions: 1,
      dynamic: {
        accommodationSuitability: 1,
        unemployed: false,
        livingWithPartner: true,
        partnerRelationship: 1,
        domesticAbusePerpetrator: false,
        activitiesEncourageOffending: 2,
        motivationToTackleDrugMisuse: 2,
        currentAlcoholUse: 0,
        bingeDrinking: 1,
        impulsivity: 1,
        temperControl: 1,
        drugs: {
          otherOpiates: true,
          crack: true,
          powderCocaine: true,
          misusedPrescribed: true,
          benzodiazepines: true,
          steroids: true,
          other: true,
        },
      },
    },
    version: 'dynamic',
    probability: 0.3778021896865112,
    percent: 37.78,
    band: 'medium',
  },
  // 7. female aged 49, 11 sanctions, dynamic (firearms_other)
  //    intercept 1.81687448362791
  //    female -1.47587262099647
  //    age 49 (female) = -0.0106819944976555·49^1 + -0.0000220033910434·49^2 + -3.141984277e-7·49^3 + -1.74402455e-8·49^4 = -0.7137525477994456
  //    offence firearms_other 0.077028816727511
  //    N = 11 × -0.0068338285932122 = -0.0751721145253342
  //    offence-free months 8 = -0.0527396206616632·8^1 + 0.0004145060463894·8^2 = -0.39538857832438395
  //    Copas 0.477448279367104 × ln(11/(30+12)) = 0.477448279367104 × -1.3397743454849977 = -0.6396729559920001
  //    V = 2 × 0.0143780957599777 = 0.0287561915199554
  //    violent rate 0.417038098120116 × ln(2/(30+30)) = -1.4184288873795037
  //    accommodationSuitability 0.105430245512805 × 2 = 0.21086049102561
  //    unemployed 0.0331815664323161 × 2 = 0.0663631328646322
  //    livingWithPartner -0.257910738309657 × 1 = -0.257910738309657
  //    partnerRelationship 0.0289758277705754 × 2 = 0.0579516555411508
  //    livingWithPartnerRelationship 0.117527515244771 × 2 = 0.235055030489542
  //    domesticAbusePerpetrator 0.108473730672409 × 1 = 0.108473730672409
  //    activitiesEncourageOffending 0.0655491304584261 × 1 = 0.0655491304584261
  //    currentAlcoholUse 0.122533179215598 × 1 = 0.122533179215598
  //    bingeDrinking 0.0981126172766304 × 2 = 0.1962252345532608
  //    impulsivity 0.0323581330157977 × 2 = 0.0647162660315954
  //    temperControl 0.091904896744703 × 2 = 0.183809793489406
  //    drugs.methadone 0.0576906845544844 × 1 = 0.0576906845544844
  //    drugs.cannabis 0.001864706197971 × 1 = 0.001864706197971
  //    Σ = -1.682445916357332 → p = 0.15677186082135422 → 15.68 %
  //    → low
  {
    input: {
      sex: 'female',
      ageAtStartOfFollowUp: 49,
      ageAtCurrentConviction: 49,
      ageAtFirstSanction: 19,
      totalSanctions: 11,
      offenceCategory: 'firearms_other',
      offenceFreeMonths: 8,
      violentSanctions: 2,
      dynamic: {
        accommodationSuitability: 2,
        unemployed: true,
        livingWithPartner: true,
        partnerRelationship: 2,
        domesticAbusePerpetrator: true,
        activitiesEncourageOffending: 1,
        motivationToTackleDrugMisuse: 0,
        currentAlcoholUse: 1,
        bingeDrinking: 2,
        impulsivity: 2,
        temperControl: 2,
        drugs: { methadone: true, cannabis: true },
      },
    },
    version: 'dynamic',
    probability: 0.15677186082135422,
    percent: 15.68,
    band: 'low',
  },
  // 8. female aged 50, first sanction, static (violence_against_the_person_sub_abh)
  //    intercept 3.12324433235579
  //    female -1.84281451035478
  //    age 50 (female) = -0.0151569773369266·50^1 + -0.0000517057104954·50^2 + -7.587337191e-7·50^3 + 2.03053155e-8·50^4 = -0.8550466360973301
  //    offence violence_against_the_person_sub_abh 0.109809951520084
  //    N = 1: first sanction -1.90092364059771
  //    N = 1 × -0.0067658067744931 = -0.0067658067744931
  //    offence-free months 1 = -0.073627004774941·1^1 + 0.0015286971037078·1^2 + 0.0000095033186151·1^3 + -8.860433091e-7·1^4 = -0.07208969039592719
  //    V = 0: never violent -2.8090905835064
  //    V = 0 × 0.0185294325031695 = 0
  //    Σ = -4.2536765838507655 → p = 0.014012739087560865 → 1.4 %
  //    → low
  {
    input: {
      sex: 'female',
      ageAtStartOfFollowUp: 50,
      ageAtCurrentConviction: 50,
      ageAtFirstSanction: 50,
      totalSanctions: 1,
      offenceCategory: 'violence_against_the_person_sub_abh',
      offenceFreeMonths: 1,
      violentSanctions: 0,
    },
    version: 'static',
    probability: 0.014012739087560865,
    percent: 1.4,
    band: 'low',
  },
  // 9. male aged 30, second sanction, dynamic with every item at 0 (burglary_domestic)
  //    intercept 1.81687448362791
  //    age 30 (male) = -0.0645236564493287·30^1 + 0.0004644696772777·30^2 = -1.517686983929931
  //    offence burglary_domestic 0.235304808003462
  //    N = 2: second sanction -1.08289822438739
  //    gap Y = 3 × -0.0448978159143418 = -0.13469344774302539
  //    N = 2 × -0.0068338285932122 = -0.0136676571864244
  //    offence-free months 0 = -0.0527396206616632·0^1 + 0.0004145060463894·0^2 = 0
  //    V = 1: once violent 0.158357795142317
  //    V = 1 × 0.0143780957599777 = 0.0143780957599777
  //    violent rate 0.417038098120116 × ln(1/(3+30)) = -1.4581768634965855
  //    Σ = -1.9822079942096895 → p = 0.12108366116682165 → 12.11 %
  //    → low
  {
    input: {
      sex: 'male',
      ageAtStartOfFollowUp: 30,
      ageAtCurrentConviction: 30,
      ageAtFirstSanction: 27,
      totalSanctions: 2,
      offenceCategory: 'burglary_domestic',
      offenceFreeMonths: 0,
      violentSanctions: 1,
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
        temperControl: 0,
      },
    },
    version: 'dynamic',
    probability: 0.12108366116682165,
    percent: 12.11,
    band: 'low',
  },
  // 10. male aged 25, 6 sanctions, dynamic (drunkenness)
  //    intercept 1.81687448362791
  //    age 25 (male) = -0.0645236564493287·25^1 + 0.0004644696772777·25^2 = -1.322797862934655
  //    offence drunkenness 0.832786589840741
  //    N = 6 × -0.0068338285932122 = -0.041002971559273196
  //    offence-free months 3 = -0.0527396206616632·3^1 + 0.0004145060463894·3^2 = -0.15448830756748497
  //    Copas 0.599255596112212 × ln(6/(10+12)) = 0.599255596112212 × -1.2992829841302609 = -0.7786025991734332
  //    V = 2 × 0.0143780957599777 = 0.0287561915199554
  //    violent rate 0.417038098120116 × ln(2/(10+30)) = -1.2493344898400074
  //    accommodationSuitability 0.105430245512805 × 1 = 0.105430245512805
  //    livingWithPartner -0.257910738309657 × 1 = -0.257910738309657
  //    partnerRelationship 0.0289758277705754 × 1 = 0.0289758277705754
  //    livingWithPartnerRelationship 0.117527515244771 × 1 = 0.117527515244771
  //    activitiesEncourageOffending 0.0655491304584261 × 2 = 0.1310982609168522
  //    motivationToTackleDrugMisuse 0.0566501342651779 × 2 = 0.1133002685303558
  //    bingeDrinking 0.0981126172766304 × 1 = 0.0981126172766304
  //    impulsivity 0.0323581330157977 × 1 = 0.0323581330157977
  //    temperControl 0.091904896744703 × 1 = 0.091904896744703
  //    drugs.otherOpiates 0.0753935224854228 × 1 = 0.0753935224854228
  //    drugs.crack 0.0902595215602798 × 1 = 0.0902595215602798
  //    drugs.powderCocaine 0.087313111600886 × 1 = 0.087313111600886
  //    drugs.misusedPrescribed 0.139018812980245 × 1 = 0.139018812980245
  //    drugs.benzodiazepines 0.0587469123708279 × 1 = 0.0587469123708279
  //    drugs.steroids 0.342197551153158 × 1 = 0.342197551153158
  //    drugs.other 0.150053208890266 × 1 = 0.150053208890266
  //    Σ = 0.5359707016576715 → p = 0.6308746034336304 → 63.09 %
  //    → high
  {
    input: {
      sex: 'male',
      ageAtStartOfFollowUp: 25,
      ageAtCurrentConviction: 25,
      ageAtFirstSanction: 15,
      totalSanctions: 6,
      offenceCategory: 'drunkenness',
      offenceFreeMonths: 3,
      violentSanctions: 2,
      dynamic: {
        accommodationSuitability: 1,
        unemployed: false,
        livingWithPartner: true,
        partnerRelationship: 1,
        domesticAbusePerpetrator: false,
        activitiesEncourageOffending: 2,
        motivationToTackleDrugMisuse: 2,
        currentAlcoholUse: 0,
        bingeDrinking: 1,
        impulsivity: 1,
        temperControl: 1,
        drugs: {
          otherOpiates: true,
          crack: true,
          powderCocaine: true,
          misusedPrescribed: true,
          benzodiazepines: true,
          steroids: true,
          other: true,
        },
      },
    },
    version: 'dynamic',
    probability: 0.6308746034336304,
    percent: 63.09,
    band: 'high',
  },
  // 11. male aged 40, 40 offence-free months (capped at 36), static (criminal_damage)
  //    intercept 3.12324433235579
  //    age 40 (male) = -0.104477239763612·40^1 + 0.0008606154365776·40^2 + 0.000013815779629·40^3 + -1.960154357e-7·40^4 = -2.4196945111563206
  //    offence criminal_damage 0.371503082545136
  //    N = 4 × -0.0067658067744931 = -0.0270632270979724
  //    offence-free months 36 = -0.073627004774941·36^1 + 0.0015286971037078·36^2 + 0.0000095033186151·36^3 + -8.860433091e-7·36^4 = -1.714206410843767
  //    Copas 0.620598396891494 × ln(4/(17+12)) = 0.620598396891494 × -1.9810014688665833 = -1.2294063358182965
  //    V = 0: never violent -2.19912021141319
  //    V = 0 × 0.0185294325031695 = 0
  //    Σ = -4.09474328142862 → p = 0.01638701463584404 → 1.64 %
  //    → low
  {
    input: {
      sex: 'male',
      ageAtStartOfFollowUp: 40,
      ageAtCurrentConviction: 37,
      ageAtFirstSanction: 20,
      totalSanctions: 4,
      offenceCategory: 'criminal_damage',
      offenceFreeMonths: 40,
      violentSanctions: 0,
    },
    version: 'static',
    probability: 0.01638701463584404,
    percent: 1.64,
    band: 'low',
  },
  // 12. male aged 22, follow-up not started (months −3 → 0), dynamic (public_order_and_harassment)
  //    intercept 1.81687448362791
  //    age 22 (male) = -0.0645236564493287·22^1 + 0.0004644696772777·22^2 = -1.1947171180828247
  //    offence public_order_and_harassment 0.348649087179239
  //    N = 9 × -0.0068338285932122 = -0.0615044573389098
  //    offence-free months 0 = -0.0527396206616632·0^1 + 0.0004145060463894·0^2 = 0
  //    Copas 0.599255596112212 × ln(9/(8+12)) = 0.599255596112212 × -0.7985076962177716 = -0.4785102054971698
  //    V = 5 × 0.0143780957599777 = 0.0718904787998885
  //    violent rate 0.417038098120116 × ln(5/(8+30)) = -0.8458150877564214
  //    accommodationSuitability 0.105430245512805 × 2 = 0.21086049102561
  //    unemployed 0.0331815664323161 × 2 = 0.0663631328646322
  //    livingWithPartner -0.257910738309657 × 1 = -0.257910738309657
  //    partnerRelationship 0.0289758277705754 × 2 = 0.0579516555411508
  //    livingWithPartnerRelationship 0.117527515244771 × 2 = 0.235055030489542
  //    domesticAbusePerpetrator 0.108473730672409 × 1 = 0.108473730672409
  //    activitiesEncourageOffending 0.0655491304584261 × 1 = 0.0655491304584261
  //    currentAlcoholUse 0.122533179215598 × 1 = 0.122533179215598
  //    bingeDrinking 0.0981126172766304 × 2 = 0.1962252345532608
  //    impulsivity 0.0323581330157977 × 2 = 0.0647162660315954
  //    temperControl 0.091904896744703 × 2 = 0.183809793489406
  //    drugs.methadone 0.0576906845544844 × 1 = 0.0576906845544844
  //    drugs.cannabis 0.001864706197971 × 1 = 0.001864706197971
  //    Σ = 0.7700494777161403 → p = 0.6835315966627198 → 68.35 %
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
      violentSanctions: 5,
      dynamic: {
        accommodationSuitability: 2,
        unemployed: true,
        livingWithPartner: true,
        partnerRelationship: 2,
        domesticAbusePerpetrator: true,
        activitiesEncourageOffending: 1,
        motivationToTackleDrugMisuse: 0,
        currentAlcoholUse: 1,
        bingeDrinking: 2,
        impulsivity: 2,
        temperControl: 2,
        drugs: { methadone: true, cannabis: true },
      },
    },
    version: 'dynamic',
    probability: 0.6835315966627198,
    percent: 68.35,
    band: 'high',
  },
  // 13. female aged 35, 25 sanctions, static (fraud_and_forgery)
  //    intercept 3.12324433235579
  //    female -1.84281451035478
  //    age 35 (female) = -0.0151569773369266·35^1 + -0.0000517057104954·35^2 + -7.587337191e-7·35^3 + 2.03053155e-8·35^4 = -0.595893746283521
  //    offence fraud_and_forgery -0.362999252067375
  //    N = 25 × -0.0067658067744931 = -0.16914516936232749
  //    offence-free months 18 = -0.073627004774941·18^1 + 0.0015286971037078·18^2 + 0.0000095033186151·18^3 + -8.860433091e-7·18^4 = -0.8675781526004291
  //    Copas 0.507851479286236 × ln(25/(23+12)) = 0.507851479286236 × -0.3364722366212129 = -0.1708779231068314
  //    V = 6 × 0.0185294325031695 = 0.111176595019017
  //    violent rate 0.522272685793084 × ln(6/(23+30)) = -1.1377879907845025
  //    Σ = -1.9126758171849594 → p = 0.12868053634788973 → 12.87 %
  //    → low
  {
    input: {
      sex: 'female',
      ageAtStartOfFollowUp: 35,
      ageAtCurrentConviction: 35,
      ageAtFirstSanction: 12,
      totalSanctions: 25,
      offenceCategory: 'fraud_and_forgery',
      offenceFreeMonths: 18,
      violentSanctions: 6,
    },
    version: 'static',
    probability: 0.12868053634788973,
    percent: 12.87,
    band: 'low',
  },
  // 14. male aged 28, 4 sanctions never violent, static (welfare_fraud)
  //    intercept 3.12324433235579
  //    age 28 (male) = -0.104477239763612·28^1 + 0.0008606154365776·28^2 + 0.000013815779629·28^3 + -1.960154357e-7·28^4 = -2.067838280334109
  //    offence welfare_fraud -0.987504454326342
  //    N = 4 × -0.0067658067744931 = -0.0270632270979724
  //    offence-free months 6 = -0.073627004774941·6^1 + 0.0015286971037078·6^2 + 0.0000095033186151·6^3 + -8.860433091e-7·6^4 = -0.3858245282238972
  //    Copas 0.620598396891494 × ln(4/(8+12)) = 0.620598396891494 × -1.6094379124341003 = -0.9988145883529953
  //    V = 0: never violent -2.19912021141319
  //    V = 0 × 0.0185294325031695 = 0
  //    Σ = -3.5429209573927154 → p = 0.02811536302436873 → 2.81 %
  //    → low
  {
    input: {
      sex: 'male',
      ageAtStartOfFollowUp: 28,
      ageAtCurrentConviction: 28,
      ageAtFirstSanction: 20,
      totalSanctions: 4,
      offenceCategory: 'welfare_fraud',
      offenceFreeMonths: 6,
      violentSanctions: 0,
    },
    version: 'static',
    probability: 0.02811536302436873,
    percent: 2.81,
    band: 'low',
  },
  // 15. male aged 33, 7 sanctions, dynamic (other_offences)
  //    intercept 1.81687448362791
  //    age 33 (male) = -0.0645236564493287·33^1 + 0.0004644696772777·33^2 = -1.6234731842724317
  //    offence other_offences 0.186300883246964
  //    N = 7 × -0.0068338285932122 = -0.0478368001524854
  //    offence-free months 24 = -0.0527396206616632·24^1 + 0.0004145060463894·24^2 = -1.0269954131596222
  //    Copas 0.599255596112212 × ln(7/(15+12)) = 0.599255596112212 × -1.349926716949016 = -0.8089511394730838
  //    V = 3 × 0.0143780957599777 = 0.0431342872799331
  //    violent rate 0.417038098120116 × ln(3/(15+30)) = -1.1293601054814633
  //    Σ = -2.5903069883842793 → p = 0.06976485739819355 → 6.98 %
  //    → low
  {
    input: {
      sex: 'male',
      ageAtStartOfFollowUp: 33,
      ageAtCurrentConviction: 32,
      ageAtFirstSanction: 17,
      totalSanctions: 7,
      offenceCategory: 'other_offences',
      offenceFreeMonths: 24,
      violentSanctions: 3,
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
        temperControl: 0,
      },
    },
    version: 'dynamic',
    probability: 0.06976485739819355,
    percent: 6.98,
    band: 'low',
  },
  // 16. female aged 60, 5 sanctions, dynamic (handling_stolen_goods)
  //    intercept 1.81687448362791
  //    female -1.47587262099647
  //    age 60 (female) = -0.0106819944976555·60^1 + -0.0000220033910434·60^2 + -3.141984277e-7·60^3 + -1.74402455e-8·60^4 = -1.0140243196787702
  //    offence handling_stolen_goods 0.160583400555203
  //    N = 5 × -0.0068338285932122 = -0.034169142966061
  //    offence-free months 36 = -0.0527396206616632·36^1 + 0.0004145060463894·36^2 = -1.3614265076992127
  //    Copas 0.477448279367104 × ln(5/(29+12)) = 0.477448279367104 × -2.1041341542702074 = -1.004615231513867
  //    V = 1: once violent 0.158357795142317
  //    V = 1 × 0.0143780957599777 = 0.0143780957599777
  //    violent rate 0.417038098120116 × ln(1/(29+30)) = -1.7004884606200006
  //    accommodationSuitability 0.105430245512805 × 1 = 0.105430245512805
  //    livingWithPartner -0.257910738309657 × 1 = -0.257910738309657
  //    partnerRelationship 0.0289758277705754 × 1 = 0.0289758277705754
  //    livingWithPartnerRelationship 0.117527515244771 × 1 = 0.117527515244771
  //    activitiesEncourageOffending 0.0655491304584261 × 2 = 0.1310982609168522
  //    motivationToTackleDrugMisuse 0.0566501342651779 × 2 = 0.1133002685303558
  //    bingeDrinking 0.0981126172766304 × 1 = 0.0981126172766304
  //    impulsivity 0.0323581330157977 × 1 = 0.0323581330157977
  //    temperControl 0.091904896744703 × 1 = 0.091904896744703
  //    drugs.otherOpiates 0.0753935224854228 × 1 = 0.0753935224854228
  //    drugs.crack 0.0902595215602798 × 1 = 0.0902595215602798
  //    drugs.powderCocaine 0.087313111600886 × 1 = 0.087313111600886
  //    drugs.misusedPrescribed 0.139018812980245 × 1 = 0.139018812980245
  //    drugs.benzodiazepines 0.0587469123708279 × 1 = 0.0587469123708279
  //    drugs.steroids 0.342197551153158 × 1 = 0.342197551153158
  //    drugs.other 0.150053208890266 × 1 = 0.150053208890266
  //    Σ = -3.0366228406450544 → p = 0.045798529932618286 → 4.58 %
  //    → low
  {
    input: {
      sex: 'female',
      ageAtStartOfFollowUp: 60,
      ageAtCurrentConviction: 59,
      ageAtFirstSanction: 30,
      totalSanctions: 5,
      offenceCategory: 'handling_stolen_goods',
      offenceFreeMonths: 36,
      violentSanctions: 1,
      dynamic: {
        accommodationSuitability: 1,
        unemployed: false,
        livingWithPartner: true,
        partnerRelationship: 1,
        domesticAbusePerpetrator: false,
        activitiesEncourageOffending: 2,
        motivationToTackleDrugMisuse: 2,
        currentAlcoholUse: 0,
        bingeDrinking: 1,
        impulsivity: 1,
        temperControl: 1,
        drugs: {
          otherOpiates: true,
          crack: true,
          powderCocaine: true,
          misusedPrescribed: true,
          benzodiazepines: true,
          steroids: true,
          other: true,
        },
      },
    },
    version: 'dynamic',
    probability: 0.045798529932618286,
    percent: 4.58,
    band: 'low',
  },
  // 17. rounds across a band boundary: p 0.299963 is 30.00 %, medium (theft_non_motor)
  //    intercept 3.12324433235579
  //    age 19 (male) = -0.104477239763612·19^1 + 0.0008606154365776·19^2 + 0.000013815779629·19^3 + -1.960154357e-7·19^4 = -1.6051678780246632
  //    offence theft_non_motor 0.260179775875471
  //    N = 12 × -0.0067658067744931 = -0.0811896812939172
  //    offence-free months 3 = -0.073627004774941·3^1 + 0.0015286971037078·3^2 + 0.0000095033186151·3^3 + -8.860433091e-7·3^4 = -0.2069379202968822
  //    Copas 0.620598396891494 × ln(12/(3+12)) = 0.620598396891494 × -0.2231435513142097 = -0.13848253022227336
  //    V = 0: never violent -2.19912021141319
  //    V = 0 × 0.0185294325031695 = 0
  //    Σ = -0.8474741130196648 → p = 0.2999629882519626 → 30 %
  //    → medium
  {
    input: {
      sex: 'male',
      ageAtStartOfFollowUp: 19,
      ageAtCurrentConviction: 19,
      ageAtFirstSanction: 16,
      totalSanctions: 12,
      offenceCategory: 'theft_non_motor',
      offenceFreeMonths: 3,
      violentSanctions: 0,
    },
    version: 'static',
    probability: 0.2999629882519626,
    percent: 30,
    band: 'medium',
  },
]

describe('VRP', () => {
  cases.forEach((c, i) => {
    it(`case ${i + 1}: ${c.input.sex} ${c.input.ageAtStartOfFollowUp}, ${c.input.totalSanctions} sanctions, ${c.input.offenceCategory}, ${c.version}`, () => {
      const result = calculateVrp(c.input)
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
