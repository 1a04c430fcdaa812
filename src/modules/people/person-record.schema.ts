// The person as the record gives it back (GET /api/v1/people/{crn}, history snapshots, the 409 body):
// the same fields as the create body, unknown values as null, identifiers in canonical form.
import { z } from '../../platform/zod'
import { ADDRESS_STATUSES, CIRCUMSTANCE_KINDS, SEXES } from './people.schema'

const date = z.string().nullable().openapi({ example: '1990-04-25' })
const text = z.string().nullable()

export const aliasRecord = z.object({
  firstName: z.string(),
  middleNames: text,
  surname: z.string(),
  dateOfBirth: date,
})

export const addressRecord = z.object({
  status: z.enum(ADDRESS_STATUSES),
  noFixedAbode: z.boolean(),
  buildingName: text,
  addressNumber: text,
  streetName: text,
  district: text,
  town: text,
  county: text,
  postcode: text,
  startDate: date,
  endDate: date,
  notes: text,
})

export const circumstanceRecord = z.object({
  kind: z.enum(CIRCUMSTANCE_KINDS),
  type: z.string(),
  startDate: date,
  endDate: date,
  notes: text,
})

export const personRecord = z
  .object({
    crn: z.string().openapi({ example: 'A000001' }),
    version: z.number().int(),
    firstName: z.string(),
    middleNames: text,
    surname: z.string(),
    dateOfBirth: date,
    sex: z.enum(SEXES),
    genderIdentity: text,
    ethnicity: text,
    nationality: text,
    phoneNumber: text,
    mobileNumber: text,
    emailAddress: text,
    pnc: text.openapi({ example: '2001/0123456F' }),
    cro: text,
    prisonNumber: text,
    niNumber: text,
    postcode: text.openapi({ description: "the main address's postcode" }),
    aliases: z.array(aliasRecord),
    addresses: z.array(addressRecord),
    circumstances: z.array(circumstanceRecord),
    createdAt: z.string(),
    updatedAt: z.string(),
    deletedAt: z.string().nullable().openapi({ description: 'set only in history, after a delete' }),
  })
  .openapi('Person')

export const personHistoryEntry = z
  .object({
    version: z.number().int(),
    action: z.enum(['person.created', 'person.updated', 'person.deleted', 'person.restored']),
    occurredAt: z.string(),
    actor: z.object({ kind: z.string(), id: z.string(), name: z.string() }),
    source: z.string(),
    requestId: z.string().nullable(),
    record: personRecord
      .nullable()
      .openapi({ description: 'the whole record after the change (null if it was not kept)' }),
  })
  .openapi('PersonHistoryEntry')

export type PersonRecord = z.infer<typeof personRecord>
export type AliasRecord = z.infer<typeof aliasRecord>
export type AddressRecord = z.infer<typeof addressRecord>
export type CircumstanceRecord = z.infer<typeof circumstanceRecord>
export type PersonHistoryEntry = z.infer<typeof personHistoryEntry>
