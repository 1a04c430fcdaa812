// Steps of allocating that stand on their own: the 409 that names who allocated the case first, and the
// first appointment booked in the practitioner's diary inside the allocation's transaction.
import type { Transaction } from 'kysely'
import type { Actor } from '../../platform/actor'
import type { Database } from '../../platform/db/schema'
import { DomainError, ValidationError } from '../../platform/errors'
import { bookAppointmentInTransaction } from '../contacts'
import type { ServiceDeps } from '../deps'
import * as repo from './allocation.repository'
import type { AllocateInput } from './allocation.schema'

type Trx = Transaction<Database>
export type Current = NonNullable<Awaited<ReturnType<typeof repo.currentAllocation>>>

export async function conflict(db: repo.Executor, current: Current, crn: string): Promise<never> {
  const staff = await repo.findStaff(db, current.staff_code)
  const who = staff ? `${staff.first_name} ${staff.surname} (${staff.code})` : current.staff_code
  throw new DomainError(
    'record.conflict',
    `Case ${crn} was allocated to ${who} by ${current.allocated_by} at ${current.started_at.toISOString()}`,
    [],
    { crn, staffCode: current.staff_code, allocatedBy: current.allocated_by, version: current.version },
  )
}

/** The initial appointment in the practitioner's diary, at the team's office unless a place is given. */
export async function bookFirstAppointment(
  deps: Pick<ServiceDeps, 'clock' | 'audit'>,
  trx: Trx,
  actor: Actor,
  crn: string,
  staff: { code: string; team_code: string },
  first: NonNullable<AllocateInput['firstAppointment']>,
) {
  const [team] = await repo.teamNames(trx, [staff.team_code])
  const booking = {
    crn,
    type: first.type,
    date: first.date,
    startTime: first.startTime,
    endTime: first.endTime ?? addHour(first.startTime),
    location:
      first.location ?? (first.type === 'office_visit' ? `${team?.name ?? staff.team_code} office` : null),
    staffCode: staff.code,
    notes: 'Initial appointment, booked on allocation',
  }
  try {
    return (await bookAppointmentInTransaction(trx, actor, booking, deps))[0]
  } catch (error) {
    // The booking's problems belong to the form's first-appointment fields.
    if (error instanceof ValidationError)
      throw new ValidationError(error.details.map((d) => ({ ...d, path: `firstAppointment.${d.path}` })))
    throw error
  }
}

function addHour(time: string): string {
  const [h, m] = time.split(':').map(Number) as [number, number]
  return `${String(Math.min(h + 1, 23)).padStart(2, '0')}:${String(m).padStart(2, '0')}`
}
