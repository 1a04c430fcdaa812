// How cases enter and leave the allocation queue, inside the transaction of the write that caused it:
// a sentence recorded (through deps.caseChanged), a transfer in accepted (the requests module calls
// enqueueCase), a release approaching (a daily sweep), an allocation made.
import type { Transaction } from 'kysely'
import type { Actor } from '../../platform/actor'
import type { Database } from '../../platform/db/schema'
import { newId } from '../../platform/ids'
import * as allocations from './allocation.repository'
import * as repo from './queue.repository'
import { firstNeed, type QueueReason } from './queue.rules'

type Trx = Transaction<Database>

export interface EnqueueInput {
  personId: string
  teamCode: string | null
  pduCode: string | null
  reason: QueueReason
  sourceId: string | null
}

/** Puts the case in the queue; idempotent per person (one open entry, the first reason kept). */
export async function enqueueCase(
  trx: Trx,
  actor: Actor,
  input: EnqueueInput,
  at: Date = new Date(),
): Promise<void> {
  const pduCode =
    input.pduCode ?? (input.teamCode ? ((await repo.pduOfTeam(trx, input.teamCode))?.pdu_code ?? null) : null)
  await repo.insertEntry(trx, {
    id: newId(),
    personId: input.personId,
    reason: input.reason,
    sourceId: input.sourceId,
    teamCode: input.teamCode,
    pduCode,
    enteredAt: at,
    enteredBy: actor.name,
  })
}

/**
 * The team a new case is queued for: the team that managed the person last, or else the team of whoever
 * recorded the sentence (the court team), or else none yet (shown to the delivery unit and region).
 */
async function likelyTeam(trx: Trx, actor: Actor, personId: string): Promise<string | null> {
  const last = await allocations.lastAllocation(trx, personId)
  if (last) return last.team_code
  if (actor.staffCode) return (await repo.teamOfStaff(trx, actor.staffCode))?.team_code ?? null
  return null
}

/**
 * Called through deps.caseChanged after a write to a person's record: a case with a sentence needing
 * supervision and no practitioner enters the queue; a queued case whose sentence no longer needs one
 * (deleted, terminated) leaves it.
 */
export async function queueOnCaseChanged(
  trx: Trx,
  actor: Actor,
  personId: string,
  at: Date,
  today: string,
): Promise<void> {
  if (await allocations.currentAllocation(trx, personId)) return
  const windowDays = await repo.setting(trx, 'release_window_days', 56)
  const need = firstNeed(await repo.disposalsOf(trx, personId), today, windowDays)
  const open = await repo.openEntry(trx, personId)
  if (!need) {
    if (open && open.reason !== 'transfer')
      await repo.leaveQueue(trx, personId, at, 'no longer needs supervision')
    return
  }
  if (open) return
  const teamCode = await likelyTeam(trx, actor, personId)
  const entry = { personId, teamCode, pduCode: null, reason: need.reason, sourceId: need.eventId }
  await enqueueCase(trx, actor, entry, at)
}

/** The daily sweep: custody cases whose release is now within the window. Returns how many entered. */
export async function enqueueApproachingReleases(
  trx: Trx,
  actor: Actor,
  at: Date,
  today: string,
): Promise<number> {
  const windowDays = await repo.setting(trx, 'release_window_days', 56)
  const until = new Date(Date.parse(`${today}T00:00:00Z`) + windowDays * 86_400_000)
    .toISOString()
    .slice(0, 10)
  const due = await repo.releasesWithin(trx, today, until)
  for (const { personId, eventId } of due) {
    const teamCode = await likelyTeam(trx, actor, personId)
    await enqueueCase(
      trx,
      actor,
      { personId, teamCode, pduCode: null, reason: 'release', sourceId: eventId },
      at,
    )
  }
  return due.length
}
