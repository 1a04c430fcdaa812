// Zod fields shared by the predictor calculators: the same names and descriptions everywhere.
import { z } from '../../platform/zod'
import { actuarialOffenceCategories } from './actuarial-categories'
import type { DynamicItems, ItemWeight } from './dynamic-items'

export const sexField = z.enum(['male', 'female']).openapi({
  description:
    'The sex to score with; the predictors have only male and female terms (docs/DECISIONS.md, 12)',
})
export const ageField = (description: string) =>
  z.int().openapi({ description: `${description}, in whole years` })

export const historyFields = {
  sex: sexField,
  ageAtStartOfFollowUp: ageField(
    'Age at the start of follow-up: the date of a community sentence or of discharge from custody',
  ),
  ageAtCurrentConviction: ageField('Age at the current conviction (at least 10)'),
  ageAtFirstSanction: ageField(
    'Age at the first sanction (caution, reprimand, final warning or conviction); not after the current conviction',
  ),
  totalSanctions: z.int().openapi({ description: 'All sanctions including the current one (at least 1)' }),
}

export const actuarialFields = {
  ...historyFields,
  offenceCategory: z.enum(actuarialOffenceCategories).openapi({
    description: 'The current offence in the 24 actuarial categories (violence split by sub-category)',
  }),
  offenceFreeMonths: z.int().openapi({
    description:
      'Whole months from the start of follow-up to the assessment; negative or 0 if not yet started; capped at 36',
  }),
}

export const violentSanctionsField = z.int().openapi({
  description: 'Sanctions for violent offences, including the current one if it is violent',
})

const itemScore = (description: string) =>
  z.literal([0, 1, 2]).openapi({ description: `${description}: 0 no problems, 1 some, 2 significant` })

const itemFields = {
  weaponUsed: z
    .boolean()
    .openapi({ description: '2.2: a weapon was carried or used in the current offence' }),
  accommodationSuitability: itemScore('3.4 suitability of accommodation'),
  unemployed: z
    .boolean()
    .openapi({ description: '4.2: unemployed or will be on release (scored 2 when yes)' }),
  livingWithPartner: z.boolean().openapi({ description: '6.8: living with a partner' }),
  partnerRelationship: itemScore('6.4 current relationship with partner'),
  domesticAbusePerpetrator: z.boolean().openapi({
    description: '6.7: evidence of domestic abuse, as perpetrator, against a partner',
  }),
  activitiesEncourageOffending: itemScore('7.2 regular activities encourage offending'),
  motivationToTackleDrugMisuse: itemScore('8.8 motivation to tackle drug misuse'),
  currentAlcoholUse: itemScore('9.1 current alcohol use'),
  bingeDrinking: itemScore('9.2 binge drinking or excessive use of alcohol'),
  impulsivity: itemScore('11.2 impulsivity'),
  temperControl: itemScore('11.4 temper control'),
  proCriminalAttitudes: itemScore('12.1 pro-criminal attitudes'),
} as const

/** The strict schema of the assessment items one dynamic predictor uses, built from its weights. */
export function dynamicItemsSchema(
  weights: readonly ItemWeight[],
  what: string,
): z.ZodOptional<z.ZodType<DynamicItems>> {
  const shape: Record<string, z.ZodType> = {}
  const drugs: Record<string, z.ZodType> = {}
  const convictions: Record<string, z.ZodType> = {}
  for (const { item } of weights) {
    if (item.startsWith('drugs.')) drugs[item.slice(6)] = z.boolean().optional()
    else if (item.startsWith('previousConvictions.')) convictions[item.slice(20)] = z.boolean().optional()
    else if (item in itemFields) shape[item] = itemFields[item as keyof typeof itemFields]
  }
  if (Object.keys(drugs).length)
    shape.drugs = z
      .strictObject(drugs)
      .optional()
      .openapi({ description: `Drugs misused (${Object.keys(drugs).join(', ')}); unanswered counts as no` })
  if (Object.keys(convictions).length)
    shape.previousConvictions = z
      .strictObject(convictions)
      .optional()
      .openapi({
        description: `Previous convictions for these offences (${Object.keys(convictions).join(', ')}); unanswered counts as no`,
      })
  return z
    .strictObject(shape)
    .optional()
    .openapi({
      description: `The OASys assessment items: give them for the dynamic ${what}; leave out for the static`,
    }) as unknown as z.ZodOptional<z.ZodType<DynamicItems>> // built from the weights, so typed by hand
}

export const termsSchema = z.record(z.string(), z.number()).openapi({
  description: 'Each term of the sum, by name; dynamic item terms are named by their input path',
})
