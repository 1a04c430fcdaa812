// A new person read as search criteria, to find the people already on record who look like them.
// Pure.
import { normaliseName } from './matching.names.rules'
import type { SearchCriteria } from './matching.score.rules'
import type { PersonInput } from './people.schema'

/** The main postcode of a new person: the top-level one, else the main address's. */
function mainPostcode(input: PersonInput): string | null {
  return input.postcode ?? input.addresses?.find((a) => a.status === 'main')?.postcode ?? null
}

export function criteriaOfPerson(input: PersonInput): SearchCriteria {
  const middle = input.middleNames ? normaliseName(input.middleNames) : ''
  return {
    firstName: normaliseName(input.firstName) || null,
    middleNames: middle ? middle.split(' ') : [],
    surname: normaliseName(input.surname) || null,
    words: [],
    dateOfBirth: input.dateOfBirth ?? null,
    crn: null,
    pnc: input.pnc ?? null,
    cro: input.cro ?? null,
    prisonNumber: input.prisonNumber ?? null,
    niNumber: input.niNumber ?? null,
    postcode: mainPostcode(input),
  }
}
