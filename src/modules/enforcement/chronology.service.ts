// The chronology of a case, read in one go: the contact log, outcomes, enforcement decisions, breach
// packs sent, register changes (through the registers module's list) and events. One audit entry.
import type { Actor } from '../../platform/actor'
import { parseInput } from '../../platform/validation'
import { requirePermission } from '../access'
import type { ServiceDeps } from '../deps'
import { createRegistersService } from '../registers'
import { chronologyEntries, filterChronology } from './chronology.rules'
import { type ChronologyEntry, chronologyQuery } from './chronology.schema'
import { caseFacts } from './enforcement.service'

export function createChronologyService(deps: ServiceDeps) {
  const { db, audit } = deps
  const registers = createRegistersService(deps)
  return {
    async chronology(actor: Actor, crn: string, rawQuery: unknown = {}): Promise<ChronologyEntry[]> {
      requirePermission(actor, 'person:read')
      const query = parseInput(chronologyQuery, rawQuery ?? {})
      const registerList = await registers.listRegisters(actor, crn)
      return db.transaction().execute(async (trx) => {
        const facts = await caseFacts(trx, actor, crn)
        const entries = filterChronology(
          chronologyEntries({
            contacts: facts.contacts,
            events: facts.events,
            registers: registerList,
            actions: facts.actionRows.map((a) => ({
              id: a.id,
              eventId: a.event_id,
              action: a.action,
              decidedOn: a.decided_on,
              responseDueOn: a.response_due_on,
              override: a.override,
              proposedAction: a.proposed_action,
              staffCode: a.staff_code,
            })),
            packs: facts.packs.map((p) => ({
              id: p.id,
              eventId: p.event_id,
              kind: p.kind,
              submittedOn: p.submitted_at ? p.submitted_at.toISOString().slice(0, 10) : null,
            })),
          }),
          query,
        )
        await audit.record(
          trx,
          actor,
          'chronology.read',
          { type: 'person', id: facts.person.id, crn: facts.person.crn },
          { query, count: entries.length },
        )
        return entries
      })
    },
  }
}
