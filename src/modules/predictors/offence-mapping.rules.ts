// Home Office offence code (NNN/NN: offence and sub-offence) to each predictor's offence category,
// through a maintained mapping table (docs/DECISIONS.md, 13). Some codes cover offences that fall in
// different categories; OASys then asks for the exact offence, and so do we, rather than guess.
import { DomainError } from '../../platform/errors'
import type { ActuarialOffenceCategory } from './actuarial-categories'
import type { Ogrs3OffenceCategory } from './ogrs3.coefficients'

export interface OffenceMappingEntry {
  /** `NNN/NN`. */
  homeOfficeCode: string
  description: string
  ogrs3: Ogrs3OffenceCategory | null
  actuarial: ActuarialOffenceCategory | null
  /** The code spans categories: the exact offence must be chosen. */
  needsExactOffence: boolean
}

export type OffenceMapping = ReadonlyMap<string, OffenceMappingEntry>

const CODE = /^(\d{3})\/(\d{2})$/

/** The category a predictor uses for a Home Office code, or an error naming the field `path`. */
export function offenceCategoryFor<K extends 'ogrs3' | 'actuarial'>(
  mapping: OffenceMapping,
  homeOfficeCode: string,
  scale: K,
  path = 'offenceCode',
): NonNullable<OffenceMappingEntry[K]> {
  if (!CODE.test(homeOfficeCode))
    throw new DomainError(
      'predictor.invalid_offence_code',
      `"${homeOfficeCode}" is not a Home Office offence code`,
      [{ path, message: `"${homeOfficeCode}" is not a Home Office offence code (NNN/NN, such as 028/01)` }],
    )
  const entry = mapping.get(homeOfficeCode)
  if (entry?.needsExactOffence)
    throw new DomainError(
      'predictor.needs_exact_offence',
      `Home Office code ${homeOfficeCode} (${entry.description}) covers offences in different categories: choose the exact offence`,
      [{ path, message: `${homeOfficeCode} needs the exact offence to be chosen` }],
    )
  const category = entry?.[scale]
  if (!entry || !category)
    throw new DomainError(
      'predictor.unmapped_offence',
      `Home Office code ${homeOfficeCode} has no ${scale === 'ogrs3' ? 'OGRS3' : 'actuarial'} offence category in the mapping table`,
      [{ path, message: `${homeOfficeCode} is not in the offence mapping table` }],
    )
  return category as NonNullable<OffenceMappingEntry[K]>
}
