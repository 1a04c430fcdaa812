// Rows to the camelCase shapes the doors return.
import type { Selectable } from 'kysely'
import type { Database } from '../../platform/db/schema'
import type { Grade } from './organisation.schema'

export interface Region {
  code: string
  name: string
  createdAt: string
}
export interface ProbationDeliveryUnit extends Region {
  regionCode: string
}
export interface Team extends Region {
  pduCode: string
  regionCode: string
  staff?: Staff[]
}
export interface Staff {
  code: string
  teamCode: string | null
  firstName: string
  surname: string
  email: string | null
  grade: Grade
  /** Exact to 2 decimal places; the column is numeric(5, 2). */
  contractedHours: number
  vetting: string[]
  vettingExpiresOn: string | null
  specialisms: string[]
  version: number
  createdAt: string
  updatedAt: string
}

const iso = (value: Date | string) => (value instanceof Date ? value.toISOString() : value)

export const toRegion = (r: Selectable<Database['regions']>): Region => ({
  code: r.code,
  name: r.name,
  createdAt: iso(r.created_at),
})

export const toPdu = (r: Selectable<Database['probation_delivery_units']>): ProbationDeliveryUnit => ({
  code: r.code,
  regionCode: r.region_code,
  name: r.name,
  createdAt: iso(r.created_at),
})

export const toTeam = (r: {
  code: string
  pdu_code: string
  region_code: string
  name: string
  created_at: Date
}): Team => ({
  code: r.code,
  pduCode: r.pdu_code,
  regionCode: r.region_code,
  name: r.name,
  createdAt: iso(r.created_at),
})

export const toStaff = (r: Selectable<Database['staff']>): Staff => ({
  code: r.code,
  teamCode: r.team_code,
  firstName: r.first_name,
  surname: r.surname,
  email: r.email,
  grade: r.grade as Grade,
  contractedHours: Number(r.contracted_hours),
  vetting: r.vetting,
  vettingExpiresOn: r.vetting_expires_on,
  specialisms: r.specialisms,
  version: r.version,
  createdAt: iso(r.created_at),
  updatedAt: iso(r.updated_at),
})
