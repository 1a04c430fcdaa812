// The tier calculator's contract (issue 8): field names are fixed because outside checks call it. The
// input schema refuses unknown fields; fields other than sex, mandateForChange, hasActiveEvent and
// calculationDate may be left out and then mean null, false or empty (see normaliseTierInput).
import { z } from '../../platform/zod'

export const ROSH_LEVELS = ['low', 'medium', 'high', 'very_high'] as const
export const COMPLEXITY_FACTORS = [
  'mental_health',
  'suicide_self_harm',
  'vulnerability',
  'child_concerns',
  'child_protection',
  'risk_to_children',
  'public_interest',
  'adult_at_risk',
  'street_gangs',
  'terrorism',
] as const
export const NEEDS = [
  'accommodation',
  'education_training_employment',
  'relationships',
  'lifestyle_associates',
  'drug_misuse',
  'alcohol_misuse',
  'thinking_behaviour',
  'attitudes',
] as const
export const NEED_SEVERITIES = ['none', 'standard', 'severe'] as const
export const DC_SRP_BANDS = ['low', 'medium', 'high', 'very_high'] as const
export const TIERS = ['A', 'B', 'C', 'D', 'E', 'F', 'G'] as const

export type RoshLevel = (typeof ROSH_LEVELS)[number]
export type ComplexityFactor = (typeof COMPLEXITY_FACTORS)[number]
export type Need = (typeof NEEDS)[number]
export type NeedSeverity = (typeof NEED_SEVERITIES)[number]
export type Tier = (typeof TIERS)[number]

const oneOf = (values: readonly string[]) => ({ message: `must be one of ${values.join(', ')}` })
const percent = (what: string) =>
  z
    .number({ message: 'must be a number' })
    .min(0, 'must be at least 0')
    .max(100, 'must be at most 100')
    .openapi({ description: what })

/** A calendar date written YYYY-MM-DD that exists (no 30 February). */
const isoDate = z
  .string({ message: 'must be a date written YYYY-MM-DD' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD, e.g. 2026-11-23')
  .refine((text) => {
    const date = new Date(`${text}T00:00:00Z`)
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text
  }, 'is not a real date')

const predictor = (name: string) =>
  z
    .strictObject({
      percent: percent(`the ${name} score, a percentage`),
      dynamic: z
        .boolean({ message: 'must be true or false' })
        .openapi({ description: 'true for the dynamic version (with assessment items), false for static' }),
    })
    .nullable()
    .optional()

const severity = z.enum(NEED_SEVERITIES, oneOf(NEED_SEVERITIES)).optional()

export const tierInputSchema = z
  .strictObject({
    sex: z.enum(['male', 'female'], {
      message: 'must be male or female: choose the sex to use for scoring and record why (DECISIONS 12)',
    }),
    rsrPercent: percent('Risk of Serious Recidivism, %').nullable().optional(),
    roshLevel: z
      .enum(ROSH_LEVELS, oneOf(ROSH_LEVELS))
      .nullable()
      .optional()
      .openapi({ description: 'the RoSH register level; null when none is recorded' }),
    mappa: z
      .strictObject({
        level: z.number().int('must be 1, 2 or 3').min(1, 'must be 1, 2 or 3').max(3, 'must be 1, 2 or 3'),
        category: z
          .number()
          .int('must be 1, 2, 3 or 4')
          .min(1, 'must be 1, 2, 3 or 4')
          .max(4, 'must be 1, 2, 3 or 4'),
      })
      .nullable()
      .optional()
      .openapi({ description: 'the MAPPA register: level 1-3 and category 1-4; null when not MAPPA' }),
    complexityFactors: z
      .array(z.enum(COMPLEXITY_FACTORS, oneOf(COMPLEXITY_FACTORS)))
      .optional()
      .openapi({ description: 'complexity factor registers; each distinct one scores 2 protect points' }),
    femaleFactors: z
      .strictObject({
        parenting: z.boolean().optional(),
        impulsivityOrTemperControl: z.boolean().optional(),
        breachOrRecallInLast12Months: z.boolean().optional(),
      })
      .optional()
      .openapi({ description: 'women-only protect factors (2 points each); ignored when sex is male' }),
    mandateForChange: z.boolean({ message: 'must be true or false' }).openapi({
      description:
        'a current custodial sentence, or a requirement other than unpaid work that is not restrictive',
    }),
    needs: z
      .strictObject(
        Object.fromEntries(NEEDS.map((need) => [need, severity])) as Record<Need, typeof severity>,
      )
      .nullable()
      .optional()
      .openapi({ description: 'assessed needs; null (or absent) means no valid assessment' }),
    ogrsPercent: percent('OGRS, %; each full 10% scores a change point').nullable().optional(),
    iomNominal: z.boolean().optional(),
    unsupervised: z.boolean().optional().openapi({ description: 'appends S to the protect-by-change tier' }),
    hasActiveEvent: z.boolean({ message: 'must be true or false' }),
    arp: predictor('All Reoffending Predictor (ARP)'),
    csrp: predictor('Combined Serious Reoffending Predictor (CSRP)'),
    dcSrp: z
      .strictObject({
        band: z.enum(DC_SRP_BANDS, oneOf(DC_SRP_BANDS)),
        percent: percent('the DC-SRP score, a percentage'),
        riskReduction: z
          .boolean()
          .optional()
          .openapi({ description: 'recorded; not consulted (DECISIONS 20)' }),
      })
      .nullable()
      .optional(),
    liferOrIppReleaseDate: isoDate
      .nullable()
      .optional()
      .openapi({ description: 'release date of a lifer or IPP case (INLL register); null otherwise' }),
    calculationDate: isoDate.openapi({ description: 'the day of the calculation, YYYY-MM-DD' }),
    domesticAbuse: z.boolean().optional(),
    stalking: z.boolean().optional(),
    childProtection: z.boolean().optional().openapi({ description: 'the child protection register (A-G)' }),
    everSexualOffence: z.boolean().optional(),
  })
  .openapi('TierCalculatorInput')

export type TierRequest = z.output<typeof tierInputSchema>

/** The input with every optional field filled in: what the rules work on. */
export interface TierInput {
  sex: 'male' | 'female'
  rsrPercent: number | null
  roshLevel: RoshLevel | null
  mappa: { level: number; category: number } | null
  complexityFactors: ComplexityFactor[]
  femaleFactors: {
    parenting: boolean
    impulsivityOrTemperControl: boolean
    breachOrRecallInLast12Months: boolean
  }
  mandateForChange: boolean
  needs: Partial<Record<Need, NeedSeverity>> | null
  ogrsPercent: number | null
  iomNominal: boolean
  unsupervised: boolean
  hasActiveEvent: boolean
  arp: { percent: number; dynamic: boolean } | null
  csrp: { percent: number; dynamic: boolean } | null
  dcSrp: { band: (typeof DC_SRP_BANDS)[number]; percent: number; riskReduction: boolean } | null
  liferOrIppReleaseDate: string | null
  calculationDate: string
  domesticAbuse: boolean
  stalking: boolean
  childProtection: boolean
  everSexualOffence: boolean
}

export function normaliseTierInput(request: TierRequest): TierInput {
  const women = request.femaleFactors ?? {}
  return {
    sex: request.sex,
    rsrPercent: request.rsrPercent ?? null,
    roshLevel: request.roshLevel ?? null,
    mappa: request.mappa ?? null,
    complexityFactors: request.complexityFactors ?? [],
    femaleFactors: {
      parenting: women.parenting ?? false,
      impulsivityOrTemperControl: women.impulsivityOrTemperControl ?? false,
      breachOrRecallInLast12Months: women.breachOrRecallInLast12Months ?? false,
    },
    mandateForChange: request.mandateForChange,
    needs: request.needs ?? null,
    ogrsPercent: request.ogrsPercent ?? null,
    iomNominal: request.iomNominal ?? false,
    unsupervised: request.unsupervised ?? false,
    hasActiveEvent: request.hasActiveEvent,
    arp: request.arp ?? null,
    csrp: request.csrp ?? null,
    dcSrp: request.dcSrp ? { ...request.dcSrp, riskReduction: request.dcSrp.riskReduction ?? false } : null,
    liferOrIppReleaseDate: request.liferOrIppReleaseDate ?? null,
    calculationDate: request.calculationDate,
    domesticAbuse: request.domesticAbuse ?? false,
    stalking: request.stalking ?? false,
    childProtection: request.childProtection ?? false,
    everSexualOffence: request.everSexualOffence ?? false,
  }
}
