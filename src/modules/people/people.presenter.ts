// Shapes: what an update changes, the addresses a person ends up with, and a stored row as the person
// the record gives back.
import type { PersonColumns, PersonRow } from './people.repository'
import { withMainPostcode } from './people.rules'
import type { AddressInput, PersonUpdate } from './people.schema'
import type { PersonRecord } from './person-record.schema'

export const COLUMN_KEYS: readonly (keyof PersonColumns)[] = [
  'firstName',
  'middleNames',
  'surname',
  'dateOfBirth',
  'sex',
  'genderIdentity',
  'ethnicity',
  'nationality',
  'phoneNumber',
  'mobileNumber',
  'emailAddress',
  'pnc',
  'cro',
  'prisonNumber',
  'niNumber',
]

/** Only the columns an update names: absent means unchanged, null means no longer known. */
export function columnChanges(input: PersonUpdate): Partial<PersonColumns> {
  const changes: Partial<Record<keyof PersonColumns, string | null>> = {}
  for (const key of COLUMN_KEYS) if (input[key] !== undefined) changes[key] = input[key]
  return changes as Partial<PersonColumns>
}

/** A person's addresses with the top-level postcode applied to the main one (people.rules.ts). */
export function addressesOf(
  addresses: readonly AddressInput[],
  postcode: string | null | undefined,
): AddressInput[] {
  return withMainPostcode(addresses, postcode, (main) => ({
    status: 'main',
    noFixedAbode: false,
    postcode: main,
  }))
}

export function presentPerson(row: PersonRow): PersonRecord {
  const record = { crn: row.crn, version: row.version } as PersonRecord
  for (const key of COLUMN_KEYS) (record as Record<string, unknown>)[key] = row[key]
  record.postcode = row.addresses.find((a) => a.status === 'main')?.postcode ?? null
  record.aliases = row.aliases
  record.addresses = row.addresses
  record.circumstances = row.circumstances
  record.createdAt = row.createdAt.toISOString()
  record.updatedAt = row.updatedAt.toISOString()
  record.deletedAt = row.deletedAt?.toISOString() ?? null
  return record
}
