// Recording (or correcting) the outcome of an appointment that has taken place, and changing a
// contact's notes or sensitive flag. Unpaid-work hours are credited from the outcome.
import type { Actor } from '../../platform/actor'
import { DomainError, StaleVersionError, ValidationError } from '../../platform/errors'
import { parseInput } from '../../platform/validation'
import { requirePermission } from '../access'
import type { ServiceDeps } from '../deps'
import { contactTarget, loadContact } from './contacts.helpers'
import { toContact, typeOf } from './contacts.present'
import type { Executor } from './contacts.repository'
import * as repo from './contacts.repository'
import { creditedHours, durationHours, outcomeProblems } from './contacts.rules'
import { type Contact, contactUpdate, type OutcomeInput, outcomeInput } from './contacts.schema'

type OutcomeDeps = Pick<ServiceDeps, 'clock' | 'audit'>

/**
 * Records (or corrects) the outcome inside the caller's transaction, audited there: for enforcement,
 * which records the outcome and the decision it calls for in one transaction. No permission check.
 */
export async function recordOutcomeInTransaction(
  { clock, audit }: OutcomeDeps,
  trx: Executor,
  actor: Actor,
  id: string,
  input: OutcomeInput,
): Promise<Contact> {
  const row = await loadContact(trx, id, true, actor)
  if (row.version !== input.version) throw new StaleVersionError(input.version, toContact(row))
  if (row.status !== 'booked')
    throw new DomainError(
      'contact.no_outcome',
      `Contact ${id} was ${row.status}: record the outcome on the new appointment`,
    )
  if (row.contact_date > clock.today())
    throw new DomainError(
      'contact.outcome_in_future',
      `The appointment on ${row.contact_date} has not happened yet`,
      [{ path: 'outcome', message: `the appointment is on ${row.contact_date}` }],
    )
  const type = typeOf(row)
  const hours = durationHours(row.start_time, row.end_time)
  const problems = outcomeProblems(type, input, hours)
  if (problems.length > 0) throw new ValidationError(problems)
  const credited = creditedHours(type, input, hours)
  await repo.updateContact(
    trx,
    row.id,
    {
      outcome: input.outcome,
      absence_reason: input.absenceReason ?? null,
      outcome_recorded_at: clock.now(),
      hours_credited: credited === null ? null : credited.toFixed(2),
      ...(input.notes !== undefined ? { notes: input.notes } : {}),
      ...(input.sensitive !== undefined ? { sensitive: input.sensitive } : {}),
    },
    clock.now(),
  )
  const contact = toContact(await loadContact(trx, row.id))
  await audit.record(
    trx,
    actor,
    row.outcome ? 'contact.outcome_changed' : 'contact.outcome_recorded',
    contactTarget(contact),
    contact,
  )
  return contact
}

export function createOutcomesService(deps: ServiceDeps) {
  const { db, clock, audit } = deps
  return {
    /** Records (or corrects) the outcome of an appointment that has taken place. */
    async recordOutcome(actor: Actor, id: string, raw: unknown): Promise<Contact> {
      requirePermission(actor, 'person:write')
      const input = parseInput(outcomeInput, raw)
      return db.transaction().execute((trx) => recordOutcomeInTransaction(deps, trx, actor, id, input))
    },

    async updateContact(actor: Actor, id: string, raw: unknown): Promise<Contact> {
      requirePermission(actor, 'person:write')
      const input = parseInput(contactUpdate, raw)
      return db.transaction().execute(async (trx) => {
        const row = await loadContact(trx, id, true, actor)
        if (row.version !== input.version) throw new StaleVersionError(input.version, toContact(row))
        await repo.updateContact(
          trx,
          row.id,
          {
            ...(input.notes !== undefined ? { notes: input.notes } : {}),
            ...(input.sensitive !== undefined ? { sensitive: input.sensitive } : {}),
          },
          clock.now(),
        )
        const contact = toContact(await loadContact(trx, row.id))
        await audit.record(trx, actor, 'contact.updated', contactTarget(contact), contact)
        return contact
      })
    },
  }
}
