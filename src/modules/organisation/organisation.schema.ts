// Input schemas of the organisation: regions, probation delivery units (PDUs), teams and staff.
import { z } from '../../platform/zod'

export const GRADES = ['PO', 'PSO', 'PQiP', 'NQO', 'SPO'] as const
export type Grade = (typeof GRADES)[number]

/** Clearances a member of staff may hold; `visor` is police vetting for ViSOR access (docs/GLOSSARY.md). */
export const VETTING = ['visor', 'npvv', 'ctc', 'sc', 'dv'] as const

/** What a practitioner is trained for, so allocation can match cases to people. */
export const SPECIALISMS = [
  'domestic_abuse',
  'sexual_offences',
  'women',
  'transition_to_adulthood',
  'mental_health',
  'substance_misuse',
  'extremism',
  'mappa',
  'integrated_offender_management',
  'foreign_nationals',
  'court',
  'custody',
  'unpaid_work',
  'accredited_programmes',
  'victims',
] as const

// Codes are kept upper case, as the national systems write them (e.g. N07, N07CEN, N07T01).
export const orgCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9]{2,20}$/, 'must be 2 to 20 letters or digits')
  .openapi({ example: 'N07' })
const name = z.string().trim().min(1, 'is required').max(200, 'must be 200 characters or fewer')
const isoDate = z.iso.date('must be a date as YYYY-MM-DD')

export const regionInput = z.strictObject({ code: orgCode, name }).openapi('RegionInput')
export const pduInput = z
  .strictObject({ code: orgCode, regionCode: orgCode, name })
  .openapi('ProbationDeliveryUnitInput')
export const teamInput = z.strictObject({ code: orgCode, pduCode: orgCode, name }).openapi('TeamInput')

const contractedHours = z
  .number({ message: 'must be a number of hours' })
  .min(0, 'must be between 0 and 80')
  .max(80, 'must be between 0 and 80')
  .refine((n) => Number(n.toFixed(2)) === n, 'may have at most 2 decimal places')
  .openapi({ example: 37 })

const uniqueList = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .array(z.enum(values, { message: `must be one of ${values.join(', ')}` }))
    .refine((list) => new Set(list).size === list.length, 'must not repeat a value')

const staffFields = {
  teamCode: orgCode.nullable().optional(),
  firstName: name,
  surname: name,
  email: z.email('must be an email address').max(320).nullable().optional(),
  grade: z.enum(GRADES, { message: `must be one of ${GRADES.join(', ')}` }),
  contractedHours,
  vetting: uniqueList(VETTING).optional(),
  vettingExpiresOn: isoDate.nullable().optional(),
  specialisms: uniqueList(SPECIALISMS).optional(),
}

export const staffInput = z.strictObject({ code: orgCode, ...staffFields }).openapi('StaffInput')
export type StaffInput = z.output<typeof staffInput>

export const staffUpdate = z
  .strictObject({
    version: z.number().int().positive(),
    teamCode: staffFields.teamCode,
    firstName: name.optional(),
    surname: name.optional(),
    email: staffFields.email,
    grade: staffFields.grade.optional(),
    contractedHours: contractedHours.optional(),
    vetting: staffFields.vetting,
    vettingExpiresOn: staffFields.vettingExpiresOn,
    specialisms: staffFields.specialisms,
  })
  .openapi('StaffUpdate')
export type StaffUpdate = z.output<typeof staffUpdate>

export const staffDelete = z.strictObject({ version: z.number().int().positive().optional() })

export const organisationImport = z.strictObject({
  regions: z.array(regionInput).default([]),
  probationDeliveryUnits: z.array(pduInput).default([]),
  teams: z.array(teamInput).default([]),
  staff: z.array(staffInput).default([]),
})
export type OrganisationImport = z.input<typeof organisationImport>

// Output shapes, for the OpenAPI document.
export const regionOutput = z
  .object({ code: z.string(), name: z.string(), createdAt: z.string() })
  .openapi('Region')
export const pduOutput = z
  .object({ code: z.string(), regionCode: z.string(), name: z.string(), createdAt: z.string() })
  .openapi('ProbationDeliveryUnit')
export const staffOutput = z
  .object({
    code: z.string(),
    teamCode: z.string().nullable(),
    firstName: z.string(),
    surname: z.string(),
    email: z.string().nullable(),
    grade: z.enum(GRADES),
    contractedHours: z.number(),
    vetting: z.array(z.string()),
    vettingExpiresOn: z.string().nullable(),
    specialisms: z.array(z.string()),
    version: z.number(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('Staff')
export const teamOutput = z
  .object({
    code: z.string(),
    pduCode: z.string(),
    regionCode: z.string(),
    name: z.string(),
    createdAt: z.string(),
    staff: z.array(staffOutput).optional(),
  })
  .openapi('Team')
