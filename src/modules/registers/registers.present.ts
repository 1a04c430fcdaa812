// Between the rows of the registers table and the camelCase register the doors see.
import type { RegisterRow } from './registers.repository'
import { REGISTER_TYPES, type RegisterFacts, type RegisterTypeCode } from './registers.rules'
import type { Register, RegisterInput } from './registers.schema'

/** A register with its details, as stored (the only kind the service's writes work on). */
export type FullRegister = Register & { registeredDate: string }

export function toRegister(r: RegisterRow): FullRegister {
  const type = r.type as RegisterTypeCode
  return {
    id: r.id,
    crn: r.crn,
    type,
    level: r.level,
    category: r.category,
    registeredDate: r.registered_on,
    nextReviewDate: r.next_review_on,
    deregisteredDate: r.deregistered_on,
    deregistrationReason: r.deregistration_reason,
    notes: r.notes,
    active: r.deregistered_on === null,
    requiresVetting: REGISTER_TYPES[type]?.requiresVetting ?? false,
    restricted: false,
    version: r.version,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
  }
}

export function factsOf(input: RegisterInput): RegisterFacts {
  return {
    type: input.type,
    level: input.level ?? null,
    category: input.category ?? null,
    registeredDate: input.registeredDate,
    nextReviewDate: input.nextReviewDate ?? null,
    deregisteredDate: input.deregisteredDate ?? null,
    deregistrationReason: input.deregistrationReason ?? null,
  }
}

export function rowOf(id: string, personId: string, f: RegisterFacts, notes: string | null, at: Date) {
  return {
    id,
    person_id: personId,
    type: f.type,
    level: f.level,
    category: f.category,
    registered_on: f.registeredDate,
    next_review_on: f.nextReviewDate,
    deregistered_on: f.deregisteredDate,
    deregistration_reason: f.deregistrationReason,
    notes,
    created_at: at,
    updated_at: at,
  }
}

/** What a caller without the vetting a register needs may see of it: that it exists, its type, whether active. */
export function withheld(r: Register): Register {
  return {
    ...r,
    level: null,
    category: null,
    registeredDate: null,
    nextReviewDate: null,
    deregisteredDate: null,
    deregistrationReason: null,
    notes: null,
    restricted: true,
    createdAt: null,
    updatedAt: null,
  }
}
