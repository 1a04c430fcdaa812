// The one way people are written: a single new person (createPerson) or many at once (importPeople,
// the CSV import and the demo-data seeder). CRNs come from the sequence in one round trip and every
// table is filled with a few bulk statements, whatever the number of people. Rows are built as plain
// literals with unknowns left undefined: at 20,000 people a second, every allocation shows.
import { newId } from '../../platform/ids'
import { crnFromSequence } from './identifiers.rules'
import { addressesOf } from './people.presenter'
import * as repo from './people.repository'
import type { PersonInput } from './people.schema'
import type { AddressRecord, AliasRecord, CircumstanceRecord } from './person-record.schema'
import { refreshNameKeys } from './search.repository'

type Executor = Parameters<typeof repo.insertPeople>[0]

/** People per batch: big enough to be fast, small enough to keep each statement's JSON modest. */
const BATCH = 5_000

interface Batch {
  people: repo.NewPerson[]
  aliases: repo.PersonChild<AliasRecord>[]
  addresses: repo.PersonChild<AddressRecord>[]
  circumstances: repo.PersonChild<CircumstanceRecord>[]
}

export async function writePeople(
  trx: Executor,
  inputs: readonly PersonInput[],
  at: Date,
): Promise<{ id: string; crn: string }[]> {
  const numbers = await repo.nextCrnNumbers(trx, inputs.length)
  const created: { id: string; crn: string }[] = []
  for (let start = 0; start < inputs.length; start += BATCH) {
    const batch = rowsFor(inputs.slice(start, start + BATCH), numbers.slice(start, start + BATCH))
    // Each batch's people go in before the lists that refer to them.
    await repo.insertPeople(trx, batch.people, at)
    await repo.insertAliases(trx, batch.aliases)
    await repo.insertAddresses(trx, batch.addresses)
    await repo.insertCircumstances(trx, batch.circumstances)
    // The search keys of every name form, in the same transaction.
    await refreshNameKeys(
      trx,
      batch.people.map((p) => p.id),
    )
    for (const { id, crn } of batch.people) created.push({ id, crn })
  }
  return created
}

function rowsFor(inputs: readonly PersonInput[], numbers: readonly number[]): Batch {
  const batch: Batch = { people: [], aliases: [], addresses: [], circumstances: [] }
  inputs.forEach((p, index) => {
    const personId = newId()
    batch.people.push({
      id: personId,
      crn: crnFromSequence(numbers[index] as number),
      firstName: p.firstName,
      middleNames: p.middleNames,
      surname: p.surname,
      dateOfBirth: p.dateOfBirth,
      sex: p.sex,
      genderIdentity: p.genderIdentity,
      ethnicity: p.ethnicity,
      nationality: p.nationality,
      phoneNumber: p.phoneNumber,
      mobileNumber: p.mobileNumber,
      emailAddress: p.emailAddress,
      pnc: p.pnc,
      cro: p.cro,
      prisonNumber: p.prisonNumber,
      niNumber: p.niNumber,
    })
    p.aliases?.forEach((a, ordinal) => {
      batch.aliases.push({ personId, ordinal, ...a })
    })
    addressesOf(p.addresses ?? [], p.postcode).forEach((a, ordinal) => {
      batch.addresses.push({ personId, ordinal, ...a })
    })
    p.circumstances?.forEach((c, ordinal) => {
      batch.circumstances.push({ personId, ordinal, ...c })
    })
  })
  return batch
}
