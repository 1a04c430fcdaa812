// What a transfer does beyond its state, inside the transaction of the request it belongs to: who hands
// the case over, and on acceptance: the current allocation ends ('transferred'), the case enters the
// receiving team's allocation queue, the sender's workload is recalculated, and the sender keeps read
// access to the case for the kind's number of days (docs/requests.md).
import type { Transaction } from 'kysely'
import type { Actor } from '../../platform/actor'
import type { Database } from '../../platform/db/schema'
import { newId } from '../../platform/ids'
import { currentAllocation, endAllocation, enqueueCase } from '../allocation'
import { addDays } from '../contacts'
import type { ServiceDeps } from '../deps'
import * as repo from './requests.repository'

type Trx = Transaction<Database>

/** The practitioner and team managing the case now, if it is allocated. */
export async function transferSender(
  trx: Trx,
  personId: string,
): Promise<{ staffCode: string; teamCode: string } | null> {
  const current = await currentAllocation(trx, personId)
  return current ? { staffCode: current.staff_code, teamCode: current.team_code } : null
}

export async function onTransferAccepted(
  trx: Trx,
  deps: ServiceDeps,
  actor: Actor,
  request: repo.RequestRow,
): Promise<void> {
  const now = deps.clock.now()
  const current = await currentAllocation(trx, request.person_id)
  if (current) await endAllocation(trx, current.id, now, 'transferred')
  const toTeam = await repo.findTeam(trx, request.to_team_code)
  await enqueueCase(
    trx,
    actor,
    {
      personId: request.person_id,
      teamCode: request.to_team_code,
      pduCode: toTeam?.pdu_code ?? null,
      reason: 'transfer',
      sourceId: request.id,
    },
    now,
  )
  const sender = current?.staff_code ?? request.sender_staff_code
  if (sender) await deps.workloadChanged?.(trx, actor, { staffCodes: [sender] }, 'request.transfer_accepted')
  // The grant is by staff code: the practitioner who held the case, else the staff member who raised it.
  const holder = sender ?? request.raised_by_staff_code
  if (!holder) return
  await repo.insertReadGrant(trx, {
    id: newId(),
    person_id: request.person_id,
    staff_code: holder,
    user_id: null,
    until: addDays(deps.clock.today(), request.sender_read_days ?? 30),
    request_id: request.id,
    created_at: now,
  })
}
