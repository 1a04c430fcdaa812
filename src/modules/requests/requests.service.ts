// Requests between teams (issue 10): raise one (risk escalation, transfer, or any other kind), read it,
// list a team's incoming and outgoing requests, and move it on (accept, decline, mark as done,
// withdraw). Every change and its timeline entry and audit entry are written in one transaction; a
// request on a case the caller may not see is "not found", exactly like the case.
import type { Transaction } from 'kysely'
import type { Actor } from '../../platform/actor'
import type { Database } from '../../platform/db/schema'
import { NotFoundError, StaleVersionError, ValidationError } from '../../platform/errors'
import { newId } from '../../platform/ids'
import { parseInput } from '../../platform/validation'
import { can, onlyVisibleCases, requirePermission, requireRecordAccess } from '../access'
import { createContactsService } from '../contacts'
import type { ServiceDeps } from '../deps'
import { findCaseRef } from '../people'
import { createRegistersService } from '../registers'
import { createSentencesService } from '../sentences'
import { checkRaise, evidenceRows } from './raise.checks'
import { type EvidenceChoice, evidenceChoices, toKind, toRequest } from './requests.present'
import * as repo from './requests.repository'
import { defaultDeadline, type Mover, nextState, type RequestAction } from './requests.rules'
import {
  type ListQuery,
  listQuery,
  type Request,
  type RequestKind,
  raiseInput,
  transitionInput,
} from './requests.schema'
import { onTransferAccepted } from './transfer'

type Trx = Transaction<Database>
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const target = (r: { id: string; crn: string }) => ({ type: 'request', id: r.id, crn: r.crn })

export function createRequestsService(deps: ServiceDeps) {
  const { db, clock, audit } = deps
  const contacts = createContactsService(deps)
  const registers = createRegistersService(deps)
  const sentences = createSentencesService(deps)

  async function present(trx: repo.Executor, rows: repo.RequestRow[]): Promise<Request[]> {
    const ids = rows.map((r) => r.id)
    const [evidence, transitions] = await Promise.all([
      repo.evidenceOf(trx, ids),
      repo.transitionsOf(trx, ids),
    ])
    const today = clock.today()
    return rows.map((r) =>
      toRequest(
        r,
        evidence.filter((e) => e.request_id === r.id),
        transitions.filter((t) => t.request_id === r.id),
        today,
      ),
    )
  }

  /** The request, if it exists and the caller may see its case; "not found" otherwise. */
  async function load(trx: repo.Executor, actor: Actor, id: string): Promise<repo.RequestRow> {
    const row = UUID.test(id) ? await repo.findRequest(trx, id) : undefined
    if (!row) throw new NotFoundError('request', id)
    await requireRecordAccess(trx, actor, { personId: row.person_id, what: 'request', id })
    return row
  }

  async function kindOf(trx: repo.Executor, code: string): Promise<repo.KindRow> {
    const kinds = await repo.kindsOn(trx, clock.today())
    const kind = kinds.find((k) => k.code === code)
    if (!kind)
      throw new ValidationError([
        { path: 'kind', message: `must be one of ${[...new Set(kinds.map((k) => k.code))].join(', ')}` },
      ])
    return kind
  }

  /** The records a request on this case may cite (audited reads through their own modules). */
  async function choicesFor(actor: Actor, crn: string): Promise<EvidenceChoice[]> {
    const [contactList, registerList, events] = [
      await contacts.listContacts(actor, crn),
      await registers.listRegisters(actor, crn),
      await sentences.listEvents(actor, crn),
    ]
    return evidenceChoices({ contacts: contactList, registers: registerList, events })
  }

  function moverOf(actor: Actor, row: repo.RequestRow): Mover {
    const system = actor.kind === 'system'
    return {
      isDecisionMaker: actor.staffCode !== null && actor.staffCode === row.decision_maker,
      canDecide: can(actor, 'request:decide'),
      isRaiser: system || actor.id === row.raised_by_id,
    }
  }

  async function writeTransition(
    trx: Trx,
    actor: Actor,
    row: { id: string },
    move: { action: string; from: string | null; to: string; reason: string | null },
  ) {
    await repo.insertTransition(trx, {
      id: newId(),
      request_id: row.id,
      action: move.action,
      from_state: move.from,
      to_state: move.to,
      reason: move.reason,
      actor_id: actor.id,
      actor_name: actor.name,
      occurred_at: clock.now(),
    })
  }

  return {
    /** The kinds of request in force today (versioned reference data). */
    async requestKinds(actor: Actor): Promise<RequestKind[]> {
      requirePermission(actor, 'person:read')
      const rows = await repo.kindsOn(db, clock.today())
      return rows.filter((k, i) => rows.findIndex((o) => o.code === k.code) === i).map(toKind)
    },

    /** What the raising form offers: the case's records to tick as evidence, newest first. */
    evidenceChoices: (actor: Actor, crn: string) => {
      requirePermission(actor, 'request:raise')
      return choicesFor(actor, crn)
    },

    async raiseRequest(actor: Actor, crn: string, raw: unknown): Promise<Request> {
      requirePermission(actor, 'request:raise')
      const input = parseInput(raiseInput, raw)
      const evidence = evidenceRows(input, await choicesFor(actor, crn))
      return db.transaction().execute(async (trx) => {
        const person = await findCaseRef(trx, actor, crn)
        const kind = await kindOf(trx, input.kind)
        const { fromCode, senderStaffCode } = await checkRaise(trx, actor, input, {
          personId: person.id,
          isTransfer: kind.is_transfer,
          today: clock.today(),
        })
        const id = newId()
        const now = clock.now()
        await repo.insertRequest(
          trx,
          {
            id,
            kind: kind.code,
            kind_version: kind.version,
            person_id: person.id,
            from_team_code: fromCode,
            to_team_code: input.toTeamCode,
            reason: input.reason,
            decision_maker: input.decisionMaker,
            deadline: input.deadline ?? defaultDeadline(clock.today(), { deadlineDays: kind.deadline_days }),
            state: 'raised',
            decision_reason: null,
            sender_staff_code: kind.is_transfer ? senderStaffCode : null,
            sender_notes: input.senderNotes ?? null,
            acknowledged_at: null,
            acknowledged_by_id: null,
            acknowledged_by_name: null,
            raised_by_id: actor.id,
            raised_by_name: actor.name,
            raised_by_staff_code: actor.staffCode,
            raised_at: now,
            updated_at: now,
          },
          evidence,
        )
        await writeTransition(trx, actor, { id }, { action: 'raise', from: null, to: 'raised', reason: null })
        const [created] = await present(trx, [(await repo.findRequest(trx, id)) as repo.RequestRow])
        await audit.record(trx, actor, 'request.raised', target({ id, crn: person.crn }), created)
        return created as Request
      })
    },

    async getRequest(actor: Actor, id: string): Promise<Request> {
      requirePermission(actor, 'person:read')
      return db.transaction().execute(async (trx) => {
        const row = await load(trx, actor, id)
        await audit.record(trx, actor, 'request.read', target(row))
        return (await present(trx, [row]))[0] as Request
      })
    },

    /** A team's requests, incoming, outgoing or both, by state and overdue; hidden cases left out. */
    async listRequests(actor: Actor, raw: unknown): Promise<Request[]> {
      requirePermission(actor, 'person:read')
      const query: ListQuery = parseInput(listQuery, raw ?? {})
      return db.transaction().execute(async (trx) => {
        const rows = await onlyVisibleCases(
          trx,
          actor,
          await repo.listRequests(trx, query),
          (r) => r.person_id,
        )
        const requests = (await present(trx, rows)).filter(
          (r) => query.overdue === undefined || r.overdue.overdue === query.overdue,
        )
        await audit.record(
          trx,
          actor,
          'requests.listed',
          { type: 'team', id: query.team },
          {
            query,
            count: requests.length,
          },
        )
        return requests
      })
    },

    /** The requests on one case, newest first (the case's "open actions"). */
    async requestsOfCase(actor: Actor, crn: string): Promise<Request[]> {
      requirePermission(actor, 'person:read')
      return db.transaction().execute(async (trx) => {
        const person = await findCaseRef(trx, actor, crn)
        const requests = await present(trx, await repo.requestsOfPerson(trx, person.id))
        await audit.record(trx, actor, 'requests.read', { type: 'person', id: person.id, crn: person.crn })
        return requests
      })
    },

    /** Accept, decline (with a reason), mark as done, or withdraw; refused with the state it is in. */
    async moveRequest(actor: Actor, id: string, action: RequestAction, raw: unknown): Promise<Request> {
      requirePermission(actor, 'person:read')
      const input = parseInput(transitionInput, raw ?? {})
      return db.transaction().execute(async (trx) => {
        if (UUID.test(id)) await repo.lockRequest(trx, id)
        const row = await load(trx, actor, id)
        if (row.version !== input.version)
          throw new StaleVersionError(input.version, (await present(trx, [row]))[0] as Request)
        const facts = {
          state: row.state,
          isTransfer: row.is_transfer,
          acknowledged: row.acknowledged_at !== null,
        }
        const to = nextState(facts, action, moverOf(actor, row), input.reason ?? null)
        const reason = input.reason ?? null
        await repo.updateRequest(trx, id, {
          state: to,
          updated_at: clock.now(),
          ...(action === 'accept' || action === 'decline' ? { decision_reason: reason } : {}),
        })
        await writeTransition(trx, actor, row, { action, from: row.state, to, reason })
        if (action === 'accept' && row.is_transfer) await onTransferAccepted(trx, deps, actor, row)
        const [moved] = await present(trx, [(await repo.findRequest(trx, id)) as repo.RequestRow])
        await audit.record(trx, actor, `request.${to}`, target(row), moved)
        return moved as Request
      })
    },
  }
}

export type RequestsCoreService = ReturnType<typeof createRequestsService>
