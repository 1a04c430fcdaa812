// The person as the API, the CLI import and the seeder give it: zod schemas that refuse unknown
// fields, check every identifier, name and date with the module's rules, and hand back canonical
// values. Dates of birth depend on today, so the schemas are built for a given day (and cached).
import type { ErrorDetail } from '../../platform/errors'
import { issuesToDetails } from '../../platform/validation'
import { z } from '../../platform/zod'
import {
  type Checked,
  checkCro,
  checkNiNumber,
  checkPnc,
  checkPostcode,
  checkPrisonNumber,
} from './identifiers.rules'
import { checkDate, checkDateOfBirth, checkDateOrder, checkName } from './people.rules'

export const SEXES = ['male', 'female', 'other', 'unknown'] as const
export const ADDRESS_STATUSES = ['main', 'previous', 'secondary', 'postal'] as const
export const CIRCUMSTANCE_KINDS = ['circumstance', 'disability', 'reasonable_adjustment'] as const

/** A string checked by a rule: the rule's reason on failure, its canonical value on success. */
function checked(rule: (raw: string) => Checked, example: string) {
  return z
    .string()
    .transform((raw, ctx) => {
      const result = rule(raw)
      if (result.ok) return result.value
      ctx.addIssue({ code: 'custom', message: result.reason })
      return z.NEVER
    })
    .openapi({ example })
}

/** An optional checked string: absent, null or blank all mean "not known". */
function optional(rule: (raw: string) => Checked, example: string) {
  return z
    .string()
    .transform((raw, ctx) => {
      if (raw.trim() === '') return null
      const result = rule(raw)
      if (result.ok) return result.value
      ctx.addIssue({ code: 'custom', message: result.reason })
      return z.NEVER
    })
    .nullable()
    .optional()
    .openapi({ example })
}

/** Free text: line breaks and tabs are fine, other control characters (NUL among them) are not. */
const plainText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `must be ${max} characters or fewer`)
    .refine((text) => !/(?![\t\n\r])\p{Cc}/u.test(text), 'cannot contain control characters')

function optionalText(max: number) {
  return plainText(max)
    .transform((text) => (text === '' ? null : text))
    .nullable()
    .optional()
}

const phoneRule = (raw: string): Checked => {
  const text = raw.trim()
  const digits = text.replace(/\D/g, '').length
  if (!/^\+?[\d ()-]+$/.test(text) || digits < 7 || digits > 15)
    return { ok: false, reason: 'must be a telephone number: 7 to 15 digits, with spaces, brackets or a +' }
  return { ok: true, value: text }
}
const email = z.email()
const emailRule = (raw: string): Checked =>
  email.safeParse(raw.trim()).success
    ? { ok: true, value: raw.trim() }
    : { ok: false, reason: 'must be an email address, e.g. name@example.org' }

function dateRange<T extends { startDate?: string | null; endDate?: string | null }>(
  value: T,
  ctx: z.RefinementCtx,
) {
  const problem = checkDateOrder(value.startDate, value.endDate)
  if (problem) ctx.addIssue({ code: 'custom', path: ['endDate'], message: problem })
}

function buildSchemas(today: string) {
  const name = (example: string) => checked(checkName, example)
  const date = optional(checkDate, '2024-01-31')
  const dateOfBirth = optional((raw) => checkDateOfBirth(raw, today), '1990-04-25')

  const alias = z.strictObject({
    firstName: name('Bill'),
    middleNames: optional(checkName, 'Anne-Marie'),
    surname: name('O’Brien'),
    dateOfBirth,
  })

  const address = z
    .strictObject({
      status: z.enum(ADDRESS_STATUSES, { message: `must be one of ${ADDRESS_STATUSES.join(', ')}` }),
      noFixedAbode: z.boolean().default(false),
      buildingName: optionalText(200),
      addressNumber: optionalText(20),
      streetName: optionalText(200),
      district: optionalText(200),
      town: optionalText(200),
      county: optionalText(200),
      postcode: optional(checkPostcode, 'SW1A 1AA'),
      startDate: date,
      endDate: date,
      notes: optionalText(4000),
    })
    .superRefine((value, ctx) => {
      dateRange(value, ctx)
      // A person with no fixed abode has no street or postcode to give; anyone else's address
      // needs something a letter could be sent to.
      if (!value.noFixedAbode && !value.buildingName && !value.streetName && !value.postcode)
        ctx.addIssue({
          code: 'custom',
          message: 'needs a building name, a street name or a postcode (or noFixedAbode: true)',
        })
    })

  const circumstance = z
    .strictObject({
      kind: z.enum(CIRCUMSTANCE_KINDS, { message: `must be one of ${CIRCUMSTANCE_KINDS.join(', ')}` }),
      type: plainText(100).refine((text) => text !== '', 'cannot be blank'),
      startDate: date,
      endDate: date,
      notes: optionalText(4000),
    })
    .superRefine(dateRange)

  const addresses = z
    .array(address)
    .max(100, 'can hold at most 100 addresses')
    .superRefine((list, ctx) => {
      const first = list.findIndex((a) => a.status === 'main')
      list.forEach((a, index) => {
        if (a.status === 'main' && index !== first)
          ctx.addIssue({
            code: 'custom',
            path: [index, 'status'],
            message: `only one address can be the main address (addresses.${first} already is)`,
          })
      })
    })

  const fields = {
    firstName: name('Seán'),
    middleNames: optional(checkName, 'Anne-Marie'),
    surname: name('O’Brien-Smith'),
    dateOfBirth,
    sex: z.enum(SEXES, { message: `must be one of ${SEXES.join(', ')}` }),
    genderIdentity: optionalText(100),
    ethnicity: optionalText(100),
    nationality: optionalText(100),
    phoneNumber: optional(phoneRule, '0161 496 0000'),
    mobileNumber: optional(phoneRule, '07700 900123'),
    emailAddress: optional(emailRule, 'name@example.org'),
    pnc: optional((raw) => checkPnc(raw, today), '2001/0123456F'),
    cro: optional(checkCro, '123456/01X'),
    prisonNumber: optional(checkPrisonNumber, 'A1234BC'),
    niNumber: optional(checkNiNumber, 'AB123456C'),
    postcode: optional(checkPostcode, 'SW1A 1AA').openapi({ description: "the main address's postcode" }),
    aliases: z.array(alias).max(100, 'can hold at most 100 aliases').optional(),
    addresses: addresses.optional(),
    circumstances: z.array(circumstance).max(200, 'can hold at most 200 circumstances').optional(),
  }

  /** The top-level postcode is the main address's: when both are given they must agree. */
  function postcodeAgrees(
    value: { postcode?: string | null; addresses?: { status: string; postcode?: string | null }[] },
    ctx: z.RefinementCtx,
  ) {
    const main = value.addresses?.find((a) => a.status === 'main')
    if (value.postcode && main?.postcode && main.postcode !== value.postcode)
      ctx.addIssue({
        code: 'custom',
        path: ['postcode'],
        message: `differs from the main address's postcode ${main.postcode}`,
      })
  }

  const base = z.strictObject(fields)
  return {
    create: base.superRefine(postcodeAgrees),
    update: base
      .partial()
      .extend({
        version: z
          .number({ message: 'is required: the version of the record this change is based on' })
          .int()
          .positive(),
      })
      .superRefine(postcodeAgrees),
  }
}

type Schemas = ReturnType<typeof buildSchemas>
let cached: { today: string; schemas: Schemas } | undefined

/** The schemas for a given day, built once per day (imports validate many rows). */
export function personSchemas(today: string): Schemas {
  if (cached?.today !== today) cached = { today, schemas: buildSchemas(today) }
  return cached.schemas
}

/** A valid person to create, with canonical identifiers. */
export type PersonInput = z.output<Schemas['create']>
/** A partial change to a person, with the version it is based on. */
export type PersonUpdate = z.output<Schemas['update']>
export type AliasInput = NonNullable<PersonInput['aliases']>[number]
export type AddressInput = NonNullable<PersonInput['addresses']>[number]
export type CircumstanceInput = NonNullable<PersonInput['circumstances']>[number]

/** Checks one raw person (an API body, a CSV row) without throwing: the CSV import reports every row. */
export function validatePersonInput(
  raw: unknown,
  today: string,
): { ok: true; value: PersonInput } | { ok: false; details: ErrorDetail[] } {
  const result = personSchemas(today).create.safeParse(raw)
  if (result.success) return { ok: true, value: result.data }
  return { ok: false, details: issuesToDetails(result.error.issues) }
}
