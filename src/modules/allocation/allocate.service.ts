// Allocating and reallocating a case, in one transaction: the allocation (at most one current per person,
// guaranteed by the database), the first appointment, the practitioner's notification, a domain event for
// other systems, the workload recalculation and the audit entry. Two managers allocating one case at the
// same moment: the person row is locked first, so the second waits, then sees the first allocation and
// is told who made it; the unique index is the last guard if anything else wrote in between.
import type { Transaction } from 'kysely'
import type { Actor } from '../../platform/actor'
import type { Database } from '../../platform/db/schema'
import { DomainError, StaleVersionError, ValidationError } from '../../platform/errors'
import { newId } from '../../platform/ids'
import { parseInput } from '../../platform/validation'
import { requirePermission } from '../access'
import type { ServiceDeps } from '../deps'
import { findCaseRef } from '../people'
import { bookFirstAppointment, type Current, conflict } from './allocate.steps'
import * as repo from './allocation.repository'
import { type AllocateInput, allocateInput, type ReallocateInput, reallocateInput } from './allocation.schema'
import * as queueRepo from './queue.repository'
import type { AllocationOptions } from './queue.service'
import { recommendationsFor } from './recommend.build'

type Trx = Transaction<Database>

export function createAllocateService(deps: ServiceDeps, options: AllocationOptions) {
  const { db, clock, audit } = deps

  /** The chosen practitioner judged by the same rules as the recommendations: refused if unsuitable. */
  async function judged(trx: Trx, person: { id: string; crn: string }, input: AllocateInput) {
    const staff = await repo.findStaff(trx, input.staffCode)
    if (!staff?.team_code)
      throw new ValidationError([
        { path: 'staffCode', message: `no practitioner in a team has the code ${input.staffCode}` },
      ])
    const found = await recommendationsFor(
      trx,
      person.id,
      staff.team_code,
      clock.today(),
      options.projectCapacity,
    )
    const { row, recommendations: ranked } = found
    const choice = ranked.find((r) => r.staffCode === staff.code)
    if (!choice?.suitable)
      throw new DomainError(
        'allocation.unsuitable',
        `${staff.first_name} ${staff.surname} may not hold this case`,
        choice
          ? choice.reasons
              .filter((r) => r.effect === 'blocks')
              .map((r) => ({ path: 'staffCode', message: r.text }))
          : [
              {
                path: 'staffCode',
                message: 'senior probation officers allocate cases; they do not hold them',
              },
            ],
      )
    if (choice.needsOversight && !input.oversightNote)
      throw new ValidationError([
        {
          path: 'oversightNote',
          message: `a ${staff.grade} may hold this case only with an SPO oversight note`,
        },
      ])
    return { staff: { ...staff, team_code: staff.team_code }, choice, row }
  }

  async function allocateInTransaction(
    trx: Trx,
    actor: Actor,
    person: { id: string; crn: string },
    input: AllocateInput,
    previous: Current | undefined,
    endReason: string,
  ) {
    const { staff, choice, row } = await judged(trx, person, input)
    const at = clock.now()
    if (previous) await repo.endAllocation(trx, previous.id, at, endReason)
    const id = newId()
    await repo.insertAllocation(trx, {
      id,
      person_id: person.id,
      event_id: row?.reason === 'sentence' || row?.reason === 'release' ? row.source_id : null,
      staff_code: staff.code,
      team_code: staff.team_code,
      started_at: at,
      rationale: input.rationale,
      oversight_note: input.oversightNote ?? null,
      oversight_sensitive: input.oversightSensitive,
      allocated_by: actor.name,
    })
    await queueRepo.leaveQueue(trx, person.id, at, 'allocated')
    const appointment = input.firstAppointment
      ? await bookFirstAppointment({ clock, audit }, trx, actor, person.crn, staff, input.firstAppointment)
      : undefined
    const when = appointment ? ` First appointment ${appointment.date} at ${appointment.startTime}.` : ''
    await repo.insertNotification(trx, {
      id: newId(),
      staff_code: staff.code,
      kind: previous ? 'case_reallocated' : 'case_allocated',
      title: `Case ${person.crn} allocated to you`,
      body: `${actor.name} allocated case ${person.crn} to you.${when}`,
      link: `/cases/${person.crn}`,
      person_id: person.id,
      created_at: at,
    })
    const allocation = {
      id,
      crn: person.crn,
      staffCode: staff.code,
      staffName: `${staff.first_name} ${staff.surname}`,
      teamCode: staff.team_code,
      startedAt: at.toISOString(),
      rationale: input.rationale,
      oversightNote: input.oversightNote ?? null,
      oversightSensitive: input.oversightSensitive,
      needsOversight: choice.needsOversight,
      reasons: choice.reasons,
      allocatedBy: actor.name,
      previous: previous ? { staffCode: previous.staff_code, endReason } : null,
      firstAppointment: appointment
        ? { id: appointment.id, date: appointment.date, startTime: appointment.startTime }
        : null,
    }
    await repo.insertDomainEvent(trx, {
      id: newId(),
      type: previous ? 'person.community.manager.reallocated' : 'person.community.manager.allocated',
      // Sensitive notes stay out of the event: other systems get who and when, not the note.
      payload: { ...allocation, oversightNote: input.oversightSensitive ? null : allocation.oversightNote },
      at,
    })
    const staffCodes = previous ? [previous.staff_code, staff.code] : [staff.code]
    await deps.workloadChanged?.(trx, actor, { staffCodes }, previous ? 'case.reallocated' : 'case.allocated')
    const action = previous ? 'case.reallocated' : 'case.allocated'
    await audit.record(trx, actor, action, { type: 'case_allocation', id, crn: person.crn }, allocation)
    return allocation
  }

  /**
   * Runs `decide` in one transaction on the case, locked, with its current allocation. Should two
   * managers still race past the lock, the unique index refuses the second, answered as the conflict
   * naming who allocated the case.
   */
  async function onLockedCase<T>(
    actor: Actor,
    crn: string,
    decide: (trx: Trx, person: { id: string; crn: string }, current: Current | undefined) => Promise<T>,
  ): Promise<T> {
    let personId: string | undefined
    try {
      return await db.transaction().execute(async (trx) => {
        const person = await findCaseRef(trx, actor, crn.trim().toUpperCase())
        personId = person.id
        await queueRepo.lockPerson(trx, person.id)
        return decide(trx, person, await repo.currentAllocation(trx, person.id))
      })
    } catch (error) {
      if ((error as { code?: string }).code === '23505' && personId) {
        const current = await repo.currentAllocation(db, personId)
        if (current) await conflict(db, current, crn)
      }
      throw error
    }
  }

  return {
    /** Allocates an unallocated case; refused with 409 naming who allocated it if someone did first. */
    async allocateCase(actor: Actor, crn: string, raw: unknown) {
      requirePermission(actor, 'allocation:allocate')
      const input = parseInput(allocateInput, raw)
      return onLockedCase(actor, crn, async (trx, person, current) => {
        if (current) await conflict(trx, current, person.crn)
        return allocateInTransaction(trx, actor, person, input, undefined, 'initial_allocation')
      })
    },

    /** Ends the current allocation with the reason and starts the new one. */
    async reallocateCase(actor: Actor, crn: string, raw: unknown) {
      requirePermission(actor, 'allocation:allocate')
      const input: ReallocateInput = parseInput(reallocateInput, raw)
      return onLockedCase(actor, crn, async (trx, person, current) => {
        if (!current)
          throw new DomainError(
            'allocation.not_allocated',
            `Case ${person.crn} has no practitioner to reallocate from`,
          )
        if (current.version !== input.version) throw new StaleVersionError(input.version, current)
        if (current.staff_code === input.staffCode)
          throw new ValidationError([{ path: 'staffCode', message: 'is already the case’s practitioner' }])
        return allocateInTransaction(trx, actor, person, input, current, input.reason)
      })
    },

    /** The signed-in practitioner's notifications, newest first. */
    async myNotifications(actor: Actor, limit = 50) {
      if (!actor.staffCode) return []
      const rows = await repo.notificationsOf(db, actor.staffCode, limit)
      return rows.map((n) => ({
        id: n.id,
        kind: n.kind,
        title: n.title,
        body: n.body,
        link: n.link,
        createdAt: new Date(n.created_at).toISOString(),
        read: n.read_at !== null,
      }))
    },
  }
}
