// Registers that need vetting (ViSOR): their details only for staff whose user account is linked to a
// staff record holding current ViSOR vetting. Others see that the register exists (its type, whether it
// is active, "restricted") and nothing else, and may not change it. Decided here, in the service, so the
// API, the web pages, the chronology and exports all get the same answer.
import type { Actor } from '../../platform/actor'
import { ForbiddenError } from '../../platform/errors'
import { staffClearance } from '../organisation'
import { withheld } from './registers.present'
import type { RegisterRow } from './registers.repository'
import { REGISTER_CLEARANCE, REGISTER_TYPES, type RegisterTypeCode } from './registers.rules'
import type { Register } from './registers.schema'

type Executor = Parameters<typeof staffClearance>[0]

export interface Vetting {
  vetted: boolean
  reason: string
}

export const needsVetting = (r: { type: string }): boolean =>
  REGISTER_TYPES[r.type as RegisterTypeCode]?.requiresVetting ?? false

/** Whether the caller holds the vetting gated registers need, with the reason either way. */
export async function vettingOf(db: Executor, actor: Actor, today: string): Promise<Vetting> {
  // The operator at the machine and named jobs (exports, recalculations) work on every record.
  if (actor.kind === 'system') return { vetted: true, reason: 'system actor' }
  if (!actor.staffCode) return { vetted: false, reason: 'the user is not linked to a staff record' }
  const { current, reason } = await staffClearance(db, actor.staffCode, REGISTER_CLEARANCE, today)
  return { vetted: current, reason: `${actor.staffCode}: ${reason}` }
}

/**
 * The registers as this caller may see them. Vetting is read only when a gated register is among them;
 * `withheld` maps the id of each register whose details were held back to the reason, for the audit.
 */
export async function asSeenBy(
  db: Executor,
  actor: Actor,
  registers: Register[],
  today: string,
): Promise<{ registers: Register[]; withheld: Map<string, string> }> {
  const reasons = new Map<string, string>()
  if (!registers.some(needsVetting)) return { registers, withheld: reasons }
  const vetting = await vettingOf(db, actor, today)
  if (vetting.vetted) return { registers, withheld: reasons }
  const seen = registers.map((r) => {
    if (!needsVetting(r)) return r
    reasons.set(r.id, vetting.reason)
    return withheld(r)
  })
  return { registers: seen, withheld: reasons }
}

/** Refuses a change to a gated register by a caller without the vetting (before anything is shown). */
export async function requireVettingFor(
  db: Executor,
  actor: Actor,
  register: Pick<RegisterRow, 'type'>,
  today: string,
): Promise<void> {
  if (!needsVetting(register)) return
  const vetting = await vettingOf(db, actor, today)
  if (!vetting.vetted)
    throw new ForbiddenError(
      `A ${REGISTER_TYPES[register.type as RegisterTypeCode].label} register needs current ${REGISTER_CLEARANCE} vetting to see or change (${vetting.reason})`,
    )
}
