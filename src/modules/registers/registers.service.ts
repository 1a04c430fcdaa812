// Use cases of registers: flag a person, list their flags (active and ended), update with version,
// de-register, soft delete, restore, history. Every change is audited with the person's CRN and the
// register as it stood afterwards.
import type { Actor } from '../../platform/actor'
import { DomainError, NotFoundError, StaleVersionError, ValidationError } from '../../platform/errors'
import { newId } from '../../platform/ids'
import { parseInput } from '../../platform/validation'
import { requirePermission, requireRecordAccess } from '../access'
import type { AuditEntry } from '../audit'
import type { ServiceDeps } from '../deps'
import { findCaseRef } from '../people'
import { type FullRegister, factsOf, rowOf, toRegister } from './registers.present'
import * as repo from './registers.repository'
import { REGISTER_TYPES, type RegisterFacts, registerProblems } from './registers.rules'
import {
  deleteInput,
  deregisterInput,
  type Register,
  registerInput,
  registerUpdate,
} from './registers.schema'
import { asSeenBy, needsVetting, requireVettingFor, vettingOf } from './registers.vetting'

type Executor = Parameters<typeof repo.findRegister>[0]
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

export function createRegistersService({ db, clock, audit, caseChanged }: ServiceDeps) {
  const target = (r: { id: string; crn: string }) => ({ type: 'register', id: r.id, crn: r.crn })

  /** The register; given the caller, "not found" too when its case is hidden from them. */
  async function load(
    trx: Executor,
    id: string,
    options: { forUpdate?: boolean; deleted?: boolean; actor?: Actor } = {},
  ) {
    const row = UUID.test(id) ? await repo.findRegister(trx, id, options) : undefined
    if (!row || (row.deleted_at !== null) !== (options.deleted ?? false))
      throw new NotFoundError('register', id)
    if (options.actor) await visible(trx, options.actor, row)
    return row
  }

  async function visible(trx: Executor, actor: Actor, row: { id: string; person_id: string }) {
    await requireRecordAccess(trx, actor, { personId: row.person_id, what: 'register', id: row.id })
  }

  function validate(facts: RegisterFacts): void {
    const problems = registerProblems(facts, clock.today())
    if (problems.length > 0) throw new ValidationError(problems)
  }

  async function change(
    actor: Actor,
    id: string,
    version: number,
    apply: (current: FullRegister) => RegisterFacts & { notes: string | null },
  ): Promise<Register> {
    return db.transaction().execute(async (trx) => {
      const row = await load(trx, id, { forUpdate: true, actor })
      await requireVettingFor(trx, actor, row, clock.today())
      const current = toRegister(row)
      if (row.version !== version) throw new StaleVersionError(version, current)
      const next = apply(current)
      validate(next)
      await repo.updateRegister(
        trx,
        row.id,
        {
          level: next.level,
          category: next.category,
          registered_on: next.registeredDate,
          next_review_on: next.nextReviewDate,
          deregistered_on: next.deregisteredDate,
          deregistration_reason: next.deregistrationReason,
          notes: next.notes,
        },
        clock.now(),
      )
      const updated = toRegister(await load(trx, row.id))
      const action =
        !current.deregisteredDate && updated.deregisteredDate ? 'register.deregistered' : 'register.updated'
      await audit.record(trx, actor, action, target(updated), updated)
      await caseChanged?.(trx, actor, row.person_id, action)
      return updated
    })
  }

  return {
    async createRegister(actor: Actor, crn: string, raw: unknown): Promise<Register> {
      requirePermission(actor, 'person:write')
      const input = parseInput(registerInput, raw)
      const facts = factsOf(input)
      validate(facts)
      return db.transaction().execute(async (trx) => {
        const person = await findCaseRef(trx, actor, crn)
        await requireVettingFor(trx, actor, input, clock.today())
        const active = facts.deregisteredDate
          ? undefined
          : await repo.findActiveOfType(trx, person.id, input.type)
        if (active)
          throw new DomainError(
            'register.already_active',
            `${person.crn} already has an active ${REGISTER_TYPES[input.type].label} register: update or de-register it`,
            [{ path: 'type', message: `an active ${input.type} register exists (${active.id})` }],
          )
        const id = newId()
        await repo.insertRegisters(trx, [rowOf(id, person.id, facts, input.notes ?? null, clock.now())])
        const register = toRegister(await load(trx, id))
        await audit.record(trx, actor, 'register.created', target(register), register)
        await caseChanged?.(trx, actor, person.id, 'register.created')
        return register
      })
    },

    async getRegister(actor: Actor, id: string): Promise<Register> {
      requirePermission(actor, 'person:read')
      return db.transaction().execute(async (trx) => {
        const seen = await asSeenBy(trx, actor, [toRegister(await load(trx, id, { actor }))], clock.today())
        const register = seen.registers[0] as Register
        const reason = seen.withheld.get(register.id)
        await audit.record(
          trx,
          actor,
          'register.read',
          target(register),
          reason && { detailsWithheld: reason },
        )
        return register
      })
    },

    /** The person's registers, active and de-registered, newest first. */
    async listRegisters(actor: Actor, crn: string): Promise<Register[]> {
      requirePermission(actor, 'person:read')
      return db.transaction().execute(async (trx) => {
        const person = await findCaseRef(trx, actor, crn)
        const all = (await repo.listRegistersOfPerson(trx, person.id)).map(toRegister)
        const { registers, withheld } = await asSeenBy(trx, actor, all, clock.today())
        const targets = registers.map((r) => {
          const reason = withheld.get(r.id)
          return { ...target(r), ...(reason && { data: { detailsWithheld: reason } }) }
        })
        await audit.recordMany(trx, actor, 'register.read', targets)
        return registers
      })
    },

    async updateRegister(actor: Actor, id: string, raw: unknown): Promise<Register> {
      requirePermission(actor, 'person:write')
      const patch = parseInput(registerUpdate, raw)
      return change(actor, id, patch.version, (current) => {
        const pick = <K extends keyof typeof patch & keyof FullRegister>(key: K) =>
          (patch[key] === undefined ? current[key] : patch[key]) as FullRegister[K]
        return {
          type: current.type,
          level: pick('level'),
          category: pick('category'),
          registeredDate: pick('registeredDate'),
          nextReviewDate: pick('nextReviewDate'),
          deregisteredDate: pick('deregisteredDate'),
          deregistrationReason: pick('deregistrationReason'),
          notes: pick('notes'),
        }
      })
    },

    async deregister(actor: Actor, id: string, raw: unknown): Promise<Register> {
      requirePermission(actor, 'person:write')
      const input = parseInput(deregisterInput, raw)
      return change(actor, id, input.version, (current) => {
        if (current.deregisteredDate)
          throw new DomainError(
            'register.already_deregistered',
            `Register ${id} was de-registered on ${current.deregisteredDate}`,
          )
        return { ...current, deregisteredDate: input.date, deregistrationReason: input.reason }
      })
    },

    /** Soft delete; a `version` in the body, when given, must be current. */
    async deleteRegister(actor: Actor, id: string, raw: unknown = {}): Promise<Register> {
      requirePermission(actor, 'person:delete')
      const input = parseInput(deleteInput, raw ?? {})
      return db.transaction().execute(async (trx) => {
        const row = await load(trx, id, { forUpdate: true, actor })
        await requireVettingFor(trx, actor, row, clock.today())
        if (input.version !== undefined && input.version !== row.version)
          throw new StaleVersionError(input.version, toRegister(row))
        await repo.updateRegister(trx, row.id, { deleted_at: clock.now() }, clock.now())
        const register = toRegister(await load(trx, row.id, { deleted: true }))
        await audit.record(trx, actor, 'register.deleted', target(register), register)
        await caseChanged?.(trx, actor, row.person_id, 'register.deleted')
        return register
      })
    },

    async restoreRegister(actor: Actor, id: string): Promise<Register> {
      requirePermission(actor, 'person:delete')
      return db.transaction().execute(async (trx) => {
        const row = UUID.test(id) ? await repo.findRegister(trx, id, { forUpdate: true }) : undefined
        if (!row) throw new NotFoundError('register', id)
        await visible(trx, actor, row)
        await requireVettingFor(trx, actor, row, clock.today())
        if (!row.deleted_at) throw new DomainError('register.not_deleted', `Register ${id} is not deleted`)
        await repo.updateRegister(trx, row.id, { deleted_at: null }, clock.now())
        const register = toRegister(await load(trx, row.id))
        await audit.record(trx, actor, 'register.restored', target(register), register)
        await caseChanged?.(trx, actor, row.person_id, 'register.restored')
        return register
      })
    },

    async registerHistory(actor: Actor, id: string): Promise<AuditEntry[]> {
      requirePermission(actor, 'person:read')
      const row = UUID.test(id) ? await repo.findRegister(db, id) : undefined
      if (!row) throw new NotFoundError('register', id)
      await visible(db, actor, row)
      const entries = await audit.entriesFor(db, {
        targetType: 'register',
        targetId: row.id,
        changesOnly: true,
      })
      // Without the vetting a gated register needs: when and by whom it changed, not what it said.
      if (needsVetting(row) && !(await vettingOf(db, actor, clock.today())).vetted)
        return entries.map((e) => ({ ...e, data: { restricted: true } }))
      return entries
    },
  }
}
