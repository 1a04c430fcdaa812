// A transfer's handover: the pack, built from the record each time it is read (so it is never out of
// date), and the receiver's acknowledgement. The pack's parts are read through each module's own
// service (each an audited read), then the pack read itself is audited.
import type { Actor } from '../../platform/actor'
import { NotFoundError, StaleVersionError } from '../../platform/errors'
import { newId } from '../../platform/ids'
import { parseInput } from '../../platform/validation'
import { can, requirePermission, requireRecordAccess } from '../access'
import { createContactsService } from '../contacts'
import type { ServiceDeps } from '../deps'
import { createEnforcementService } from '../enforcement'
import { createPredictorsService } from '../predictors'
import { createRegistersService } from '../registers'
import { createSentencesService } from '../sentences'
import { createTierService } from '../tiering'
import { buildHandoverPack, type HandoverPack, SIGNIFICANT_KINDS } from './handover.rules'
import * as repo from './requests.repository'
import { checkAcknowledge, TransitionRefused } from './requests.rules'
import { type Request, transitionInput } from './requests.schema'
import type { RequestsCoreService } from './requests.service'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

function predictorSummary(outcome: { status: string; result?: unknown }): string {
  if (outcome.status !== 'computed') return 'not calculated'
  const r = outcome.result as { percent?: number; twoYearPercent?: number; band?: string }
  const score = r.twoYearPercent ?? r.percent
  return [score !== undefined ? `${score}%` : null, r.band?.replace(/_/g, ' ') ?? null]
    .filter(Boolean)
    .join(', ')
}

export function createHandoverService(deps: ServiceDeps, requests: RequestsCoreService) {
  const { db, clock, audit } = deps
  const enforcement = createEnforcementService(deps)
  const registers = createRegistersService(deps)
  const contacts = createContactsService(deps)
  const sentences = createSentencesService(deps)
  const predictors = createPredictorsService(deps)
  const tiering = createTierService(deps)

  return {
    async handoverPack(actor: Actor, id: string): Promise<HandoverPack> {
      const request = await requests.getRequest(actor, id)
      if (!request.kind.isTransfer)
        throw new TransitionRefused('not_a_transfer', 'Only a transfer has a handover pack', 'id')
      const crn = request.crn
      const tier = await tiering.currentTier(actor, crn)
      const scored = await predictors.casePredictors(actor, crn)
      const pack = buildHandoverPack({
        request,
        chronology: await enforcement.chronology(actor, crn, { type: SIGNIFICANT_KINDS.join(',') }),
        registers: await registers.listRegisters(actor, crn),
        tier: tier.effective,
        predictors: Object.entries(scored.predictors).map(([name, outcome]) => ({
          name: name.toUpperCase(),
          summary: predictorSummary(outcome),
        })),
        events: await sentences.listEvents(actor, crn),
        contacts: await contacts.listContacts(actor, crn),
        requestsOfCase: await requests.requestsOfCase(actor, crn),
        today: clock.today(),
      })
      await db
        .transaction()
        .execute((trx) =>
          audit.record(trx, actor, 'request.handover_read', { type: 'request', id: request.id, crn }),
        )
      return pack
    },

    /** The receiver confirms they hold the handover; the transfer can then be marked as done. */
    async acknowledgeHandover(actor: Actor, id: string, raw: unknown): Promise<Request> {
      requirePermission(actor, 'person:read')
      const input = parseInput(transitionInput, raw ?? {})
      const acknowledged = await db.transaction().execute(async (trx) => {
        if (UUID.test(id)) await repo.lockRequest(trx, id)
        const row = UUID.test(id) ? await repo.findRequest(trx, id) : undefined
        if (!row) throw new NotFoundError('request', id)
        await requireRecordAccess(trx, actor, { personId: row.person_id, what: 'request', id })
        if (row.version !== input.version)
          throw new StaleVersionError(input.version, { version: row.version })
        checkAcknowledge(
          { state: row.state, isTransfer: row.is_transfer, acknowledged: row.acknowledged_at !== null },
          {
            isDecisionMaker: actor.staffCode !== null && actor.staffCode === row.decision_maker,
            canDecide: can(actor, 'request:decide'),
            isRaiser: false,
          },
        )
        const now = clock.now()
        await repo.updateRequest(trx, id, {
          acknowledged_at: now,
          acknowledged_by_id: actor.id,
          acknowledged_by_name: actor.name,
          updated_at: now,
        })
        await repo.insertTransition(trx, {
          id: newId(),
          request_id: id,
          action: 'acknowledge',
          from_state: row.state,
          to_state: row.state,
          reason: input.reason ?? null,
          actor_id: actor.id,
          actor_name: actor.name,
          occurred_at: now,
        })
        await audit.record(trx, actor, 'request.handover_acknowledged', { type: 'request', id, crn: row.crn })
        return id
      })
      return requests.getRequest(actor, acknowledged)
    },
  }
}
