// RSR test vectors worked by hand from docs/reference/predictors.md §2 and §4 (not from this module's
// code): the violent component's terms (every non-zero one), the OSP/DC points and probability, the IIC
// rule, the female constant, each as a percentage to 2 places (half-up), their sum and the band.
// (node was the calculator; the coefficients were read from the reference tables.)
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { calculateRsr, type RsrInput } from './serious.rules'

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
  //    SNSV intercept 3.60407707356772
  //    SNSV age 17 (male) = -0.546062410902905·17^1 + 0.0170043887737295·17^2 + -0.000232716989498981·17^3 + 0.000001094922933981·17^4 = -5.420682140781026
  //    SNSV offence violence_against_the_person_sub_abh 0.0192703822415124
  //    SNSV N = 1: first sanction -2.09447596484765
  //    SNSV N = 1 × -0.0147495874606046 = -0.0147495874606046
  //    SNSV offence-free months 0 = -0.038382727965819·0^1 + 0.000548515180678996·0^2 + 0.0000662558757635182·0^3 + -0.00000159636460181398·0^4 = 0
  //    SNSV V = 1: once violent -0.0633592949212861
  //    SNSV V = 1 × 0.0188685880078656 = 0.0188685880078656
  //    SNSV violent rate 0.207442427665471 × ln(1/(0+30)) = -0.7055526418214411
  //    SNSV Σ = -4.65660358601491 → p = 0.009409293325991977 → 0.94 %
  //    RSR = 0.94 + 0 + 0 + 0 = 0.94 % → low
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
    violence: 0.009409293325991977,
    components: [0.94, 0, 0, 0],
    percent: 0.94,
    band: 'low',
  },
  // 2. male aged 18, static, no sexual history (burglary_domestic)
  //    SNSV intercept 3.60407707356772
  //    SNSV age 18 (male) = -0.546062410902905·18^1 + 0.0170043887737295·18^2 + -0.000232716989498981·18^3 + 0.000001094922933981·18^4 = -5.561966286404399
  //    SNSV offence burglary_domestic 0.151649692548355
  //    SNSV N = 3 × -0.0147495874606046 = -0.0442487623818138
  //    SNSV offence-free months 4 = -0.038382727965819·4^1 + 0.000548515180678996·4^2 + 0.0000662558757635182·4^3 + -0.00000159636460181398·4^4 = -0.1409229622616113
  //    SNSV Copas 0.769213898314811 × ln(3/(3+12)) = 0.769213898314811 × -1.6094379124341003 = -1.2380020107190857
  //    SNSV V = 1: once violent -0.0633592949212861
  //    SNSV V = 1 × 0.0188685880078656 = 0.0188685880078656
  //    SNSV violent rate 0.207442427665471 × ln(1/(3+30)) = -0.7253240169012827
  //    SNSV Σ = -3.999227979465538 → p = 0.017999851009473405 → 1.8 %
  //    RSR = 1.8 + 0 + 0 + 0 = 1.8 % → low
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
    violence: 0.017999851009473405,
    components: [1.8, 0, 0, 0],
    percent: 1.8,
    band: 'low',
  },
  // 3. male aged 49, 10 sanctions, dynamic (other_offences)
  //    SNSV intercept 2.39022796091603
  //    SNSV age 49 (male) = -0.508802063507919·49^1 + 0.0153890192629454·49^2 + -0.000208800171123703·49^3 + 9.83824143383739e-7·49^4 = -6.8758467884859416
  //    SNSV offence other_offences 0.123617390798186
  //    SNSV N = 10 × -0.0182592921752245 = -0.182592921752245
  //    SNSV offence-free months 12 = -0.0368447371150021·12^1 + 0.000557887384281899·12^2 + 0.0000615531052486415·12^3 + -0.00000149652694510477·12^4 = -0.2864692789074717
  //    SNSV Copas 0.689153313085879 × ln(10/(31+12)) = 0.689153313085879 × -1.4586150226995167 = -1.0052093754102065
  //    SNSV V = 4 × 0.021160895925655 = 0.08464358370262
  //    SNSV violent rate 0.0549319831836878 × ln(4/(31+30)) = -0.14966655544435095
  //    SNSV weaponUsed 0.15071282416667 × 1 = 0.15071282416667
  //    SNSV accommodationSuitability 0.0619710049121293 × 1 = 0.0619710049121293
  //    SNSV unemployed 0.0389109699626767 × 2 = 0.0778219399253534
  //    SNSV partnerRelationship 0.0259107268767618 × 2 = 0.0518214537535236
  //    SNSV domesticAbusePerpetrator 0.0847839330659903 × 1 = 0.0847839330659903
  //    SNSV currentAlcoholUse 0.0935672441515258 × 1 = 0.0935672441515258
  //    SNSV bingeDrinking 0.0567127896345591 × 2 = 0.1134255792691182
  //    SNSV impulsivity 0.077212834605957 × 1 = 0.077212834605957
  //    SNSV temperControl 0.0482892034688302 × 2 = 0.0965784069376604
  //    SNSV proCriminalAttitudes 0.130830533773332 × 1 = 0.130830533773332
  //    SNSV previousConvictions.woundingGbh 0.451029720739399 × 1 = 0.451029720739399
  //    SNSV previousConvictions.robbery 0.163248217650296 × 1 = 0.163248217650296
  //    SNSV Σ = -4.348292291632423 → p = 0.012763850290109562 → 1.28 %
  //    RSR = 1.28 + 0 + 0 + 0 = 1.28 % → low
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
        accommodationSuitability: 1,
        unemployed: true,
        partnerRelationship: 2,
        domesticAbusePerpetrator: true,
        currentAlcoholUse: 1,
        bingeDrinking: 2,
        impulsivity: 1,
        temperControl: 2,
        proCriminalAttitudes: 1,
        previousConvictions: { woundingGbh: true, robbery: true },
      },
    },
    version: 'dynamic',
    violence: 0.012763850290109562,
    components: [1.28, 0, 0, 0],
    percent: 1.28,
    band: 'low',
  },
  // 4. the same with the noms labels of the dynamic offence weights (other_offences)
  //    SNSV intercept 2.39022796091603
  //    SNSV age 49 (male) = -0.508802063507919·49^1 + 0.0153890192629454·49^2 + -0.000208800171123703·49^3 + 9.83824143383739e-7·49^4 = -6.8758467884859416
  //    SNSV offence other_offences -0.226808217378264
  //    SNSV N = 10 × -0.0182592921752245 = -0.182592921752245
  //    SNSV offence-free months 12 = -0.0368447371150021·12^1 + 0.000557887384281899·12^2 + 0.0000615531052486415·12^3 + -0.00000149652694510477·12^4 = -0.2864692789074717
  //    SNSV Copas 0.689153313085879 × ln(10/(31+12)) = 0.689153313085879 × -1.4586150226995167 = -1.0052093754102065
  //    SNSV V = 4 × 0.021160895925655 = 0.08464358370262
  //    SNSV violent rate 0.0549319831836878 × ln(4/(31+30)) = -0.14966655544435095
  //    SNSV weaponUsed 0.15071282416667 × 1 = 0.15071282416667
  //    SNSV accommodationSuitability 0.0619710049121293 × 1 = 0.0619710049121293
  //    SNSV unemployed 0.0389109699626767 × 2 = 0.0778219399253534
  //    SNSV partnerRelationship 0.0259107268767618 × 2 = 0.0518214537535236
  //    SNSV domesticAbusePerpetrator 0.0847839330659903 × 1 = 0.0847839330659903
  //    SNSV currentAlcoholUse 0.0935672441515258 × 1 = 0.0935672441515258
  //    SNSV bingeDrinking 0.0567127896345591 × 2 = 0.1134255792691182
  //    SNSV impulsivity 0.077212834605957 × 1 = 0.077212834605957
  //    SNSV temperControl 0.0482892034688302 × 2 = 0.0965784069376604
  //    SNSV proCriminalAttitudes 0.130830533773332 × 1 = 0.130830533773332
  //    SNSV previousConvictions.woundingGbh 0.451029720739399 × 1 = 0.451029720739399
  //    SNSV previousConvictions.robbery 0.163248217650296 × 1 = 0.163248217650296
  //    SNSV Σ = -4.698717899808873 → p = 0.009024757659335202 → 0.9 %
  //    RSR = 0.9 + 0 + 0 + 0 = 0.9 % → low
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
        accommodationSuitability: 1,
        unemployed: true,
        partnerRelationship: 2,
        domesticAbusePerpetrator: true,
        currentAlcoholUse: 1,
        bingeDrinking: 2,
        impulsivity: 1,
        temperControl: 2,
        proCriminalAttitudes: 1,
        previousConvictions: { woundingGbh: true, robbery: true },
      },
      coefficientSet: 'noms',
    },
    version: 'dynamic',
    violence: 0.009024757659335202,
    components: [0.9, 0, 0, 0],
    percent: 0.9,
    band: 'low',
  },
  // 5. male aged 50, static, firearms (most serious) (firearms_most_serious)
  //    SNSV intercept 3.60407707356772
  //    SNSV age 50 (male) = -0.546062410902905·50^1 + 0.0170043887737295·50^2 + -0.000232716989498981·50^3 + 0.000001094922933981·50^4 = -7.038503960812871
  //    SNSV offence firearms_most_serious 0.0192703822415124
  //    SNSV violence add-on 0.503126183131338
  //    SNSV N = 6 × -0.0147495874606046 = -0.0884975247636276
  //    SNSV offence-free months 0 = -0.038382727965819·0^1 + 0.000548515180678996·0^2 + 0.0000662558757635182·0^3 + -0.00000159636460181398·0^4 = 0
  //    SNSV Copas 0.769213898314811 × ln(6/(30+12)) = 0.769213898314811 × -1.9459101490553135 = -1.4968211315251927
  //    SNSV V = 3 × 0.0188685880078656 = 0.056605764023596794
  //    SNSV violent rate 0.207442427665471 × ln(3/(30+30)) = -0.6214419754618408
  //    SNSV Σ = -5.062185189599365 → p = 0.006291870114558367 → 0.63 %
  //    RSR = 0.63 + 0 + 0 + 0 = 0.63 % → low
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
    violence: 0.006291870114558367,
    components: [0.63, 0, 0, 0],
    percent: 0.63,
    band: 'low',
  },
  // 6. female aged 18 with a sexual offence history (+1/261) (sexual_not_against_child)
  //    SNSV intercept 3.60407707356772
  //    SNSV female -16.6220270089011
  //    SNSV age 18 (female) = 1.09365106131567·18^1 + -0.042733609488121·18^2 + 0.000697583963826421·18^3 + -0.00000404895085233227·18^4 = 9.483296641892112
  //    SNSV offence sexual_not_against_child -0.0455228893277184
  //    SNSV N = 2: second sanction -1.67613460779912
  //    SNSV gap Y = 2 × -0.0841673003341906 = -0.1683346006683812
  //    SNSV N = 2 × -0.0147495874606046 = -0.0294991749212092
  //    SNSV offence-free months 0 = -0.038382727965819·0^1 + 0.000548515180678996·0^2 + 0.0000662558757635182·0^3 + -0.00000159636460181398·0^4 = 0
  //    SNSV V = 0: never violent -2.32321324569237
  //    SNSV V = 0 × 0.0188685880078656 = 0
  //    SNSV Σ = -7.777357811850067 → p = 0.00041894251542395363 → 0.04 %
  //    female sexual history 100/261 = 0.3831417624521073 → 0.38 %
  //    RSR = 0.04 + 0 + 0 + 0.38 = 0.42 % → low
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
    violence: 0.00041894251542395363,
    components: [0.04, 0, 0, 0.38],
    percent: 0.42,
    band: 'low',
  },
  // 7. female aged 50, dynamic, no sexual history (violence_against_the_person_abh_plus)
  //    SNSV intercept 2.39022796091603
  //    SNSV female -16.6927292697847
  //    SNSV age 50 (female) = 1.1436499550056·50^1 + -0.0448159815299769·50^2 + 0.000731812620052307·50^3 + -0.00000424504210770651·50^4 = 10.087608258710453
  //    SNSV offence violence_against_the_person_abh_plus -0.00653849840412098
  //    SNSV violence add-on 0.204895023669854
  //    SNSV N = 4 × -0.0182592921752245 = -0.073037168700898
  //    SNSV offence-free months 20 = -0.0368447371150021·20^1 + 0.000557887384281899·20^2 + 0.0000615531052486415·20^3 + -0.00000149652694510477·20^4 = -0.26075925781491355
  //    SNSV Copas 0.76704149890481 × ln(4/(19+12)) = 0.76704149890481 × -2.0476928433652555 = -1.570665387871538
  //    SNSV V = 2 × 0.021160895925655 = 0.04232179185131
  //    SNSV violent rate 0.0549319831836878 × ln(2/(19+30)) = -0.17570945790340825
  //    SNSV Σ = -6.05438600533193 → p = 0.002342045005690599 → 0.23 %
  //    RSR = 0.23 + 0 + 0 + 0 = 0.23 % → low
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
        partnerRelationship: 0,
        domesticAbusePerpetrator: false,
        currentAlcoholUse: 0,
        bingeDrinking: 0,
        impulsivity: 0,
        temperControl: 0,
        proCriminalAttitudes: 0,
      },
    },
    version: 'dynamic',
    violence: 0.002342045005690599,
    components: [0.23, 0, 0, 0],
    percent: 0.23,
    band: 'low',
  },
  // 8. male aged 30, contact adult 1 against a stranger (sexual_not_against_child)
  //    SNSV intercept 3.60407707356772
  //    SNSV age 30 (male) = -0.546062410902905·30^1 + 0.0170043887737295·30^2 + -0.000232716989498981·30^3 + 0.000001094922933981·30^4 = -6.474393570678475
  //    SNSV offence sexual_not_against_child -0.0455228893277184
  //    SNSV N = 3 × -0.0147495874606046 = -0.0442487623818138
  //    SNSV offence-free months 6 = -0.038382727965819·6^1 + 0.000548515180678996·6^2 + 0.0000662558757635182·6^3 + -0.00000159636460181398·6^4 = -0.19830744064950115
  //    SNSV Copas 0.769213898314811 × ln(3/(8+12)) = 0.769213898314811 × -1.8971199848858813 = -1.4592910591450041
  //    SNSV V = 1: once violent -0.0633592949212861
  //    SNSV V = 1 × 0.0188685880078656 = 0.0188685880078656
  //    SNSV violent rate 0.207442427665471 × ln(1/(8+30)) = -0.7545897038159591
  //    SNSV Σ = -5.4167670593441715 → p = 0.0044218429729980125 → 0.44 %
  //    DC points: contact adult 5 + contact child 0 + non-contact 0 + age 30: 10 + most recent sexual sanction 10 + total sanctions 6 + stranger 4 = 35
  //    DC p = logistic(−8.633 + 0.1598 × 35) = 0.045651170784443765 → 4.57 %; band high
  //    IIC rule "all others" → 0.00281 → 0.28 %
  //    RSR = 0.44 + 4.57 + 0.28 + 0 = 5.29 % → medium
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
    violence: 0.0044218429729980125,
    components: [0.44, 4.57, 0.28, 0],
    percent: 5.29,
    band: 'medium',
    dcBand: 'high',
    dcPoints: 35,
  },
  // 9. male aged 45, 2 indecent-image sanctions (other_offences)
  //    SNSV intercept 3.60407707356772
  //    SNSV age 45 (male) = -0.546062410902905·45^1 + 0.0170043887737295·45^2 + -0.000232716989498981·45^3 + 0.000001094922933981·45^4 = -6.85538853576729
  //    SNSV offence other_offences -0.215779995107354
  //    SNSV N = 2: second sanction -1.67613460779912
  //    SNSV gap Y = 5 × -0.0292205730647305 = -0.1461028653236525
  //    SNSV N = 2 × -0.0147495874606046 = -0.0294991749212092
  //    SNSV offence-free months 3 = -0.038382727965819·3^1 + 0.000548515180678996·3^2 + 0.0000662558757635182·3^3 + -0.00000159636460181398·3^4 = -0.10855194415847796
  //    SNSV V = 0: never violent -0.942816163300621
  //    SNSV V = 0 × 0.0188685880078656 = 0
  //    SNSV Σ = -6.370196212810004 → p = 0.0017088979795517223 → 0.17 %
  //    DC points: contact adult 0 + contact child 0 + non-contact 0 + age 45: 5 + most recent sexual sanction 10 + total sanctions 6 + stranger 0 = 21
  //    DC p = logistic(−8.633 + 0.1598 × 21) = 0.005080763595764363 → 0.51 %; band low
  //    IIC rule "2+ IIOC" → 0.1031 → 10.31 %
  //    RSR = 0.17 + 0.51 + 10.31 + 0 = 10.99 % → high
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
    violence: 0.0017088979795517223,
    components: [0.17, 0.51, 10.31, 0],
    percent: 10.99,
    band: 'high',
    dcBand: 'low',
    dcPoints: 21,
  },
  // 10. male aged 38, 1 indecent-image and 2 contact child sanctions (sexual_against_child)
  //    SNSV intercept 3.60407707356772
  //    SNSV age 38 (male) = -0.546062410902905·38^1 + 0.0170043887737295·38^2 + -0.000232716989498981·38^3 + 0.000001094922933981·38^4 = -6.682617645963671
  //    SNSV offence sexual_against_child -0.442179128494551
  //    SNSV N = 4 × -0.0147495874606046 = -0.0589983498424184
  //    SNSV offence-free months 0 = -0.038382727965819·0^1 + 0.000548515180678996·0^2 + 0.0000662558757635182·0^3 + -0.00000159636460181398·0^4 = 0
  //    SNSV Copas 0.769213898314811 × ln(4/(13+12)) = 0.769213898314811 × -1.8325814637483102 = -1.4096471317093002
  //    SNSV V = 0: never violent -0.942816163300621
  //    SNSV V = 0 × 0.0188685880078656 = 0
  //    SNSV Σ = -5.9321813457428405 → p = 0.0026456710974432523 → 0.26 %
  //    DC points: contact adult 0 + contact child 6 + non-contact 0 + age 38: 8 + most recent sexual sanction 10 + total sanctions 6 + stranger 0 = 30
  //    DC p = logistic(−8.633 + 0.1598 × 30) = 0.021061955498095634 → 2.11 %; band high
  //    IIC rule "1 IIOC" → 0.03328 → 3.33 %
  //    RSR = 0.26 + 2.11 + 3.33 + 0 = 5.7 % → medium
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
    violence: 0.0026456710974432523,
    components: [0.26, 2.11, 3.33, 0],
    percent: 5.7,
    band: 'medium',
    dcBand: 'high',
    dcPoints: 30,
  },
  // 11. male aged 52, 2 contact child sanctions, dynamic (sexual_against_child)
  //    SNSV intercept 2.39022796091603
  //    SNSV age 52 (male) = -0.508802063507919·52^1 + 0.0153890192629454·52^2 + -0.000208800171123703·52^3 + 9.83824143383739e-7·52^4 = -7.011429328818218
  //    SNSV offence sexual_against_child -0.407005679932105
  //    SNSV N = 2: second sanction -1.51763151836726
  //    SNSV gap Y = 17 × -0.0271828619470523 = -0.46210865309988913
  //    SNSV N = 2 × -0.0182592921752245 = -0.036518584350449
  //    SNSV offence-free months 10 = -0.0368447371150021·10^1 + 0.000557887384281899·10^2 + 0.0000615531052486415·10^3 + -0.00000149652694510477·10^4 = -0.26607079692423735
  //    SNSV V = 0: never violent -0.35940007303088
  //    SNSV V = 0 × 0.021160895925655 = 0
  //    SNSV Σ = -7.669936673607009 → p = 0.00046642971566051704 → 0.05 %
  //    DC points: contact adult 0 + contact child 6 + non-contact 0 + age 52: 3 + most recent sexual sanction 10 + total sanctions 6 + stranger 0 = 25
  //    DC p = logistic(−8.633 + 0.1598 × 25) = 0.00958428491587864 → 0.96 %; band medium
  //    IIC rule "2+ contact child" → 0.00926 → 0.93 %
  //    RSR = 0.05 + 0.96 + 0.93 + 0 = 1.94 % → low
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
        partnerRelationship: 0,
        domesticAbusePerpetrator: false,
        currentAlcoholUse: 0,
        bingeDrinking: 0,
        impulsivity: 0,
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
    violence: 0.00046642971566051704,
    components: [0.05, 0.96, 0.93, 0],
    percent: 1.94,
    band: 'low',
    dcBand: 'medium',
    dcPoints: 25,
  },
  // 12. male aged 24, 1 contact child sanction at 17 (drunkenness)
  //    SNSV intercept 3.60407707356772
  //    SNSV age 24 (male) = -0.546062410902905·24^1 + 0.0170043887737295·24^2 + -0.000232716989498981·24^3 + 0.000001094922933981·24^4 = -6.1647804394909596
  //    SNSV offence drunkenness 0.0841789642942883
  //    SNSV N = 2: second sanction -1.67613460779912
  //    SNSV gap Y = 7 × -0.0292205730647305 = -0.2045440114531135
  //    SNSV N = 2 × -0.0147495874606046 = -0.0294991749212092
  //    SNSV offence-free months 2 = -0.038382727965819·2^1 + 0.000548515180678996·2^2 + 0.0000662558757635182·2^3 + -0.00000159636460181398·2^4 = -0.07406689003644289
  //    SNSV V = 0: never violent -0.942816163300621
  //    SNSV V = 0 × 0.0188685880078656 = 0
  //    SNSV Σ = -5.403585249139457 → p = 0.004480253858070156 → 0.45 %
  //    DC points: contact adult 0 + contact child 3 + non-contact 0 + age 24: 12 + most recent sexual sanction 5 + total sanctions 6 + stranger 0 = 26
  //    DC p = logistic(−8.633 + 0.1598 × 26) = 0.01122636936150602 → 1.12 %; band medium
  //    IIC rule "1 contact child" → 0.00634 → 0.63 %
  //    RSR = 0.45 + 1.12 + 0.63 + 0 = 2.2 % → low
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
    violence: 0.004480253858070156,
    components: [0.45, 1.12, 0.63, 0],
    percent: 2.2,
    band: 'low',
    dcBand: 'medium',
    dcPoints: 26,
  },
  // 13. male aged 33, sexually motivated offence, no sexual sanctions (violence_against_the_person_abh_plus)
  //    SNSV intercept 3.60407707356772
  //    SNSV age 33 (male) = -0.546062410902905·33^1 + 0.0170043887737295·33^2 + -0.000232716989498981·33^3 + 0.000001094922933981·33^4 = -6.566938536039638
  //    SNSV offence violence_against_the_person_abh_plus 0.0192703822415124
  //    SNSV violence add-on 0.238802610774108
  //    SNSV N = 5 × -0.0147495874606046 = -0.073747937303023
  //    SNSV offence-free months 0 = -0.038382727965819·0^1 + 0.000548515180678996·0^2 + 0.0000662558757635182·0^3 + -0.00000159636460181398·0^4 = 0
  //    SNSV Copas 0.769213898314811 × ln(5/(13+12)) = 0.769213898314811 × -1.6094379124341003 = -1.2380020107190857
  //    SNSV V = 2 × 0.0188685880078656 = 0.0377371760157312
  //    SNSV violent rate 0.207442427665471 × ln(2/(13+30)) = -0.6364443490702913
  //    SNSV Σ = -4.615245590532966 → p = 0.009802707452096276 → 0.98 %
  //    DC points: contact adult 0 + contact child 0 + non-contact 0 + age 33: 9 + most recent sexual sanction 0 + total sanctions 6 + stranger 0 = 15
  //    DC p = logistic(−8.633 + 0.1598 × 15) = 0.0019538455786229166 → 0.2 %; band low
  //    IIC rule "no sexual sanctions" → 0.00062 → 0.06 %
  //    RSR = 0.98 + 0.2 + 0.06 + 0 = 1.24 % → low
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
    violence: 0.009802707452096276,
    components: [0.98, 0.2, 0.06, 0],
    percent: 1.24,
    band: 'low',
    dcBand: 'low',
    dcPoints: 15,
  },
  // 14. male aged 20, contact adult 3 + non-contact 2, stranger, in the community 5+ years: band reduced (sexual_not_against_child)
  //    SNSV intercept 3.60407707356772
  //    SNSV age 20 (male) = -0.546062410902905·20^1 + 0.0170043887737295·20^2 + -0.000232716989498981·20^3 + 0.000001094922933981·20^4 = -5.806040955121188
  //    SNSV offence sexual_not_against_child -0.0455228893277184
  //    SNSV N = 6 × -0.0147495874606046 = -0.0884975247636276
  //    SNSV offence-free months 36 = -0.038382727965819·36^1 + 0.000548515180678996·36^2 + 0.0000662558757635182·36^3 + -0.00000159636460181398·36^4 = -0.2609479200271889
  //    SNSV Copas 0.769213898314811 × ln(6/(6+12)) = 0.769213898314811 × -1.0986122886681098 = -0.8450678413029532
  //    SNSV V = 2 × 0.0188685880078656 = 0.0377371760157312
  //    SNSV violent rate 0.207442427665471 × ln(2/(6+30)) = -0.5995857343136954
  //    SNSV Σ = -4.00384861527292 → p = 0.017918358954377486 → 1.79 %
  //    DC points: contact adult 15 + contact child 0 + non-contact 4 + age 20: 14 + most recent sexual sanction 0 + total sanctions 6 + stranger 4 = 43
  //    DC p = logistic(−8.633 + 0.1598 × 43) = 0.14659006432937033 → 14.66 %; band very_high reduced to high
  //    IIC rule "all others" → 0.00281 → 0.28 %
  //    RSR = 1.79 + 14.66 + 0.28 + 0 = 16.73 % → high
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
    violence: 0.017918358954377486,
    components: [1.79, 14.66, 0.28, 0],
    percent: 16.73,
    band: 'high',
    dcBand: 'high',
    dcPoints: 43,
  },
  // 15. the same in custody: no reduction (sexual_not_against_child)
  //    SNSV intercept 3.60407707356772
  //    SNSV age 20 (male) = -0.546062410902905·20^1 + 0.0170043887737295·20^2 + -0.000232716989498981·20^3 + 0.000001094922933981·20^4 = -5.806040955121188
  //    SNSV offence sexual_not_against_child -0.0455228893277184
  //    SNSV N = 6 × -0.0147495874606046 = -0.0884975247636276
  //    SNSV offence-free months 36 = -0.038382727965819·36^1 + 0.000548515180678996·36^2 + 0.0000662558757635182·36^3 + -0.00000159636460181398·36^4 = -0.2609479200271889
  //    SNSV Copas 0.769213898314811 × ln(6/(6+12)) = 0.769213898314811 × -1.0986122886681098 = -0.8450678413029532
  //    SNSV V = 2 × 0.0188685880078656 = 0.0377371760157312
  //    SNSV violent rate 0.207442427665471 × ln(2/(6+30)) = -0.5995857343136954
  //    SNSV Σ = -4.00384861527292 → p = 0.017918358954377486 → 1.79 %
  //    DC points: contact adult 15 + contact child 0 + non-contact 4 + age 20: 14 + most recent sexual sanction 0 + total sanctions 6 + stranger 4 = 43
  //    DC p = logistic(−8.633 + 0.1598 × 43) = 0.14659006432937033 → 14.66 %; band very_high
  //    IIC rule "all others" → 0.00281 → 0.28 %
  //    RSR = 1.79 + 14.66 + 0.28 + 0 = 16.73 % → high
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
    violence: 0.017918358954377486,
    components: [1.79, 14.66, 0.28, 0],
    percent: 16.73,
    band: 'high',
    dcBand: 'very_high',
    dcPoints: 43,
  },
  // 16. male aged 61, non-contact 1, dynamic (public_order_and_harassment)
  //    SNSV intercept 2.39022796091603
  //    SNSV age 61 (male) = -0.508802063507919·61^1 + 0.0153890192629454·61^2 + -0.000208800171123703·61^3 + 9.83824143383739e-7·61^4 = -7.546184177140001
  //    SNSV offence public_order_and_harassment 0.0206396832377319
  //    SNSV N = 8 × -0.0182592921752245 = -0.146074337401796
  //    SNSV offence-free months 30 = -0.0368447371150021·30^1 + 0.000557887384281899·30^2 + 0.0000615531052486415·30^3 + -0.00000149652694510477·30^4 = -0.1534964514178967
  //    SNSV Copas 0.689153313085879 × ln(8/(42+12)) = 0.689153313085879 × -1.9095425048844386 = -1.3159675437194192
  //    SNSV V = 1: once violent -0.101514048705338
  //    SNSV V = 1 × 0.021160895925655 = 0.021160895925655
  //    SNSV violent rate 0.0549319831836878 × ln(1/(42+30)) = -0.2349257513320373
  //    SNSV weaponUsed 0.15071282416667 × 1 = 0.15071282416667
  //    SNSV accommodationSuitability 0.0619710049121293 × 1 = 0.0619710049121293
  //    SNSV unemployed 0.0389109699626767 × 2 = 0.0778219399253534
  //    SNSV partnerRelationship 0.0259107268767618 × 2 = 0.0518214537535236
  //    SNSV domesticAbusePerpetrator 0.0847839330659903 × 1 = 0.0847839330659903
  //    SNSV currentAlcoholUse 0.0935672441515258 × 1 = 0.0935672441515258
  //    SNSV bingeDrinking 0.0567127896345591 × 2 = 0.1134255792691182
  //    SNSV impulsivity 0.077212834605957 × 1 = 0.077212834605957
  //    SNSV temperControl 0.0482892034688302 × 2 = 0.0965784069376604
  //    SNSV proCriminalAttitudes 0.130830533773332 × 1 = 0.130830533773332
  //    SNSV previousConvictions.woundingGbh 0.451029720739399 × 1 = 0.451029720739399
  //    SNSV previousConvictions.robbery 0.163248217650296 × 1 = 0.163248217650296
  //    SNSV Σ = -5.513130076686114 → p = 0.004017259092663308 → 0.4 %
  //    DC points: contact adult 0 + contact child 0 + non-contact 2 + age 61: 0 + most recent sexual sanction 10 + total sanctions 6 + stranger 0 = 18
  //    DC p = logistic(−8.633 + 0.1598 × 18) = 0.003151877867063968 → 0.32 %; band low
  //    IIC rule "all others" → 0.00281 → 0.28 %
  //    RSR = 0.4 + 0.32 + 0.28 + 0 = 1 % → low
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
        accommodationSuitability: 1,
        unemployed: true,
        partnerRelationship: 2,
        domesticAbusePerpetrator: true,
        currentAlcoholUse: 1,
        bingeDrinking: 2,
        impulsivity: 1,
        temperControl: 2,
        proCriminalAttitudes: 1,
        previousConvictions: { woundingGbh: true, robbery: true },
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
    violence: 0.004017259092663308,
    components: [0.4, 0.32, 0.28, 0],
    percent: 1,
    band: 'low',
    dcBand: 'low',
    dcPoints: 18,
  },
  // 17. female aged 17, first sanction, static, sexual history (sexual_against_child)
  //    SNSV intercept 3.60407707356772
  //    SNSV female -16.6220270089011
  //    SNSV age 17 (female) = 1.09365106131567·17^1 + -0.042733609488121·17^2 + 0.000697583963826421·17^3 + -0.00000404895085233227·17^4 = 9.331112490440983
  //    SNSV offence sexual_against_child -0.442179128494551
  //    SNSV N = 1: first sanction -2.09447596484765
  //    SNSV N = 1 × -0.0147495874606046 = -0.0147495874606046
  //    SNSV offence-free months 0 = -0.038382727965819·0^1 + 0.000548515180678996·0^2 + 0.0000662558757635182·0^3 + -0.00000159636460181398·0^4 = 0
  //    SNSV V = 0: never violent -2.32321324569237
  //    SNSV V = 0 × 0.0188685880078656 = 0
  //    SNSV Σ = -8.561455371387574 → p = 0.00019130401501105357 → 0.02 %
  //    female sexual history 100/261 = 0.3831417624521073 → 0.38 %
  //    RSR = 0.02 + 0 + 0 + 0.38 = 0.4 % → low
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
    violence: 0.00019130401501105357,
    components: [0.02, 0, 0, 0.38],
    percent: 0.4,
    band: 'low',
  },
  // 18. male aged 27, weapons (non-firearm), dynamic (weapons_non_firearm)
  //    SNSV intercept 2.39022796091603
  //    SNSV age 27 (male) = -0.508802063507919·27^1 + 0.0153890192629454·27^2 + -0.000208800171123703·27^3 + 9.83824143383739e-7·27^4 = -6.106029953670465
  //    SNSV offence weapons_non_firearm -0.00653849840412098
  //    SNSV violence add-on 0.200143106218146
  //    SNSV N = 7 × -0.0182592921752245 = -0.1278150452265715
  //    SNSV offence-free months 5 = -0.0368447371150021·5^1 + 0.000557887384281899·5^2 + 0.0000615531052486415·5^3 + -0.00000149652694510477·5^4 = -0.16351769215257334
  //    SNSV Copas 0.689153313085879 × ln(7/(11+12)) = 0.689153313085879 × -1.1895840668738362 = -0.8198058008802781
  //    SNSV V = 3 × 0.021160895925655 = 0.063482687776965
  //    SNSV violent rate 0.0549319831836878 × ln(3/(11+30)) = -0.1436449265531044
  //    SNSV weaponUsed 0.15071282416667 × 1 = 0.15071282416667
  //    SNSV accommodationSuitability 0.0619710049121293 × 1 = 0.0619710049121293
  //    SNSV unemployed 0.0389109699626767 × 2 = 0.0778219399253534
  //    SNSV partnerRelationship 0.0259107268767618 × 2 = 0.0518214537535236
  //    SNSV domesticAbusePerpetrator 0.0847839330659903 × 1 = 0.0847839330659903
  //    SNSV currentAlcoholUse 0.0935672441515258 × 1 = 0.0935672441515258
  //    SNSV bingeDrinking 0.0567127896345591 × 2 = 0.1134255792691182
  //    SNSV impulsivity 0.077212834605957 × 1 = 0.077212834605957
  //    SNSV temperControl 0.0482892034688302 × 2 = 0.0965784069376604
  //    SNSV proCriminalAttitudes 0.130830533773332 × 1 = 0.130830533773332
  //    SNSV previousConvictions.woundingGbh 0.451029720739399 × 1 = 0.451029720739399
  //    SNSV previousConvictions.robbery 0.163248217650296 × 1 = 0.163248217650296
  //    SNSV Σ = -3.160494469025015 → p = 0.04067975257887357 → 4.07 %
  //    RSR = 4.07 + 0 + 0 + 0 = 4.07 % → medium
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
        accommodationSuitability: 1,
        unemployed: true,
        partnerRelationship: 2,
        domesticAbusePerpetrator: true,
        currentAlcoholUse: 1,
        bingeDrinking: 2,
        impulsivity: 1,
        temperControl: 2,
        proCriminalAttitudes: 1,
        previousConvictions: { woundingGbh: true, robbery: true },
      },
    },
    version: 'dynamic',
    violence: 0.04067975257887357,
    components: [4.07, 0, 0, 0],
    percent: 4.07,
    band: 'medium',
  },
  // 19. rounds across a band boundary: SNSV p 0.0299989 is 3.00 %, medium (criminal_damage)
  //    SNSV intercept 3.60407707356772
  //    SNSV age 19 (male) = -0.546062410902905·19^1 + 0.0170043887737295·19^2 + -0.000232716989498981·19^3 + 0.000001094922933981·19^4 = -5.690115839133019
  //    SNSV offence criminal_damage 0.186977546333514
  //    SNSV N = 6 × -0.0147495874606046 = -0.0884975247636276
  //    SNSV offence-free months 9 = -0.038382727965819·9^1 + 0.000548515180678996·9^2 + 0.0000662558757635182·9^3 + -0.00000159636460181398·9^4 = -0.263188036778269
  //    SNSV Copas 0.769213898314811 × ln(6/(6+12)) = 0.769213898314811 × -1.0986122886681098 = -0.8450678413029532
  //    SNSV V = 4 × 0.0188685880078656 = 0.0754743520314624
  //    SNSV violent rate 0.207442427665471 × ln(4/(6+30)) = -0.4557976004488638
  //    SNSV Σ = -3.476137870494036 → p = 0.02999885986382565 → 3 %
  //    RSR = 3 + 0 + 0 + 0 = 3 % → medium
  {
    input: {
      sex: 'male',
      ageAtStartOfFollowUp: 19,
      ageAtCurrentConviction: 19,
      ageAtFirstSanction: 13,
      totalSanctions: 6,
      violentSanctions: 4,
      offenceCategory: 'criminal_damage',
      offenceFreeMonths: 9,
    },
    version: 'static',
    violence: 0.02999885986382565,
    components: [3, 0, 0, 0],
    percent: 3,
    band: 'medium',
  },
]

describe('RSR', () => {
  cases.forEach((c, i) => {
    it(`case ${i + 1}: ${c.input.sex} ${c.input.ageAtStartOfFollowUp}, ${c.input.offenceCategory}, ${c.version}`, () => {
      const result = calculateRsr(c.input)
      assert.ok(
        Math.abs(result.snsv.probability - c.violence) < 1e-12,
        `${result.snsv.probability} is not ${c.violence}`,
      )
      assert.equal(result.snsv.version, c.version)
      const { violence, directContact, imagesAndIndirectContact, femaleSexualHistory } = result.components
      assert.deepEqual([violence, directContact, imagesAndIndirectContact, femaleSexualHistory], c.components)
      assert.equal(result.percent, c.percent)
      assert.equal(result.band, c.band)
      if (c.dcBand) {
        assert.equal(result.ospDc?.band, c.dcBand)
        assert.equal(result.ospDc?.points, c.dcPoints)
      } else assert.equal(result.ospDc, null)
    })
  })
})
