// The calculator inputs and outputs of the predictors (POST /api/v1/calculators/<name>, openprobation
// calculate <name>). The ogrs3 contract is used by outside checks: keep it exactly.
import { z } from '../../platform/zod'
import {
  actuarialFields,
  ageField,
  historyFields,
  termsSchema,
  violentSanctionsField,
} from './history.schema'
import { ogrs3CoefficientSets, ogrs3OffenceCategories } from './ogrs3.coefficients'
import { snsvCoefficientSets } from './snsv.coefficients'

export const ogrs3InputSchema = z.strictObject({
  ...historyFields,
  offenceCategory: z
    .enum(ogrs3OffenceCategories)
    .openapi({ description: 'The current offence, in the 20 OGRS3 categories' }),
  coefficientSet: z.enum(ogrs3CoefficientSets).optional().openapi({
    description:
      'published (default): the 9-decimal-place coefficients; oasys: the 4/5 significant figure set with the OASys offence table (0.0328 for sexual offences not against a child)',
  }),
})

const bandSchema = z.enum(['low', 'medium', 'high', 'very_high'])

export const ogrs3OutputSchema = z.object({
  oneYear: z.number().openapi({ description: '1-year probability, unrounded' }),
  twoYear: z.number().openapi({ description: '2-year probability, unrounded' }),
  oneYearPercent: z
    .int()
    .openapi({ description: 'Rounded half-up to 5 places, then to a whole percentage; 1-99' }),
  twoYearPercent: z.int(),
  band: bandSchema.openapi({
    description: 'From the 2-year percentage: low 0-49, medium 50-74, high 75-89, very high 90-99',
  }),
  coefficientSet: z.string(),
  terms: z
    .object({
      ageGroup: z.string().openapi({ description: 'Age group at the start of follow-up' }),
      ageGender: z.number(),
      previousSanctions: z.int().openapi({ description: 'S: sanctions before the current one' }),
      criminalCareer: z.number().openapi({ description: 'First-sanction (S = 0) or repeat term' }),
      yearsSinceFirstSanction: z
        .int()
        .openapi({ description: 'Y: age at current conviction − age at first sanction' }),
      copasRate: z.number().openapi({ description: 'ln((S + 1) / (10 + Y))' }),
      copas: z.number().openapi({ description: 'Copas multiplier × copasRate' }),
      offence: z.number(),
      oneYearIntercept: z.number(),
      twoYearIntercept: z.number(),
      oneYearScore: z
        .number()
        .openapi({ description: 'Sum of the terms with the 1-year intercept, before the logistic link' }),
      twoYearScore: z.number(),
      oneYearRounded: z
        .number()
        .openapi({ description: 'The 1-year probability rounded half-up to 5 places' }),
      twoYearRounded: z.number(),
    })
    .openapi({ description: 'Every term of the calculation' }),
})

const count = (description: string) => z.int().openapi({ description })

export const sexualHistorySchema = z
  .strictObject({
    contactAdultSanctions: count('Sanctions for contact sexual offences against adults'),
    contactChildSanctions: count('Sanctions for contact sexual offences against children'),
    indecentImageSanctions: count('Sanctions for indecent images of children'),
    nonContactSanctions: count('Sanctions for non-contact sexual offences other than indecent images'),
    ageAtMostRecentSexualSanction: ageField('Age at the most recent sexual sanction').nullable().optional(),
    currentOffenceAgainstStranger: z
      .boolean()
      .openapi({ description: 'The current offence was against a stranger' }),
    inCustody: z
      .boolean()
      .optional()
      .openapi({ description: 'In custody (for the one-band reduction of OSP/DC)' }),
    yearsSinceMostRecentOffence: count(
      'Whole years from the most recent offence to the assessment',
    ).optional(),
    yearsSinceMostRecentSexualOffence: count(
      'Whole years from the most recent sexual offence to the assessment',
    ).optional(),
    yearsSinceStartOfFollowUp: count('Whole years from the start of follow-up to the assessment').optional(),
  })
  .nullable()
  .optional()
  .openapi({
    description:
      'Leave out (or null) when there is no sexual offence history. Present, even with all counts 0 (a sexually motivated offence), when there is one',
  })

const logisticOutput = z.object({
  version: z.enum(['static', 'dynamic']),
  probability: z.number(),
  score: z.number(),
  percent: z.number(),
  terms: termsSchema,
  derived: z.record(z.string(), z.number().nullable()),
})

export const oasysROutputSchema = logisticOutput.extend({ band: bandSchema })

const ospDcOutput = z
  .object({
    points: z.int(),
    pointTerms: z.record(z.string(), z.int()),
    probability: z.number(),
    percent: z.number(),
    bandBeforeReduction: bandSchema,
    band: bandSchema,
    reduced: z.boolean(),
    reductionReason: z.string(),
  })
  .nullable()
const iicOutput = z
  .object({
    probability: z.number(),
    percent: z.number(),
    band: z.enum(['low', 'medium', 'high']),
    rule: z.string(),
  })
  .nullable()
const components = z.object({
  violence: z.number(),
  directContact: z.number(),
  imagesAndIndirectContact: z.number(),
  femaleSexualHistory: z.number(),
})

export const rsrOutputSchema = z.object({
  percent: z.number().openapi({ description: 'RSR %, 2 places: the sum of the components' }),
  band: z.enum(['low', 'medium', 'high']).openapi({ description: 'low < 3, medium 3 to < 6.9, high ≥ 6.9' }),
  coefficientSet: z.enum(snsvCoefficientSets),
  components,
  snsv: logisticOutput,
  ospDc: ospDcOutput,
  ospIic: iicOutput,
})

export const csrpOutputSchema = z.object({
  percent: z.number().openapi({ description: 'CSRP %, 2 places: the sum of the components' }),
  band: bandSchema.openapi({ description: 'low < 1, medium 1 to < 3, high 3 to < 6.9, very high ≥ 6.9' }),
  components,
  svrp: oasysROutputSchema,
  dcSrp: ospDcOutput,
  iicSrp: iicOutput,
})

export const pointsOutputSchema = z.object({
  staticPoints: z.int(),
  dynamicPoints: z.int(),
  points: z.int(),
  pointTerms: z.record(z.string(), z.int()),
  derived: z.record(z.string(), z.number()).optional(),
  oneYear: z.number(),
  twoYear: z.number(),
  oneYearPercent: z.int(),
  twoYearPercent: z.int(),
  band: bandSchema,
})

export { actuarialFields, historyFields, violentSanctionsField }
