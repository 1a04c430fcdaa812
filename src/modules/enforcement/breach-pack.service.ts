// Use cases of breach packs: read one (assembled live from the record while a draft, frozen once sent),
// add the statement and the manager, and submit, refused with `breach.incomplete` naming each thing
// missing. A submitted pack is frozen as JSON and as printable HTML, and audited.
import type { Actor } from '../../platform/actor'
import { DomainError, NotFoundError, StaleVersionError, ValidationError } from '../../platform/errors'
import { parseInput } from '../../platform/validation'
import { requirePermission, requireRecordAccess } from '../access'
import type { ServiceDeps } from '../deps'
import { createOrganisationService } from '../organisation'
import { createPeopleService } from '../people'
import { renderPackHtml } from './breach-pack.html'
import { assemblePack, type BreachPackContent, missingFromPack, type StaffFacts } from './breach-pack.rules'
import * as repo from './enforcement.repository'
import { breachPackUpdate, versionInput } from './enforcement.schema'
import { caseFacts } from './enforcement.service'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

export interface BreachPack {
  id: string
  crn: string
  eventId: string
  enforcementActionId: string
  kind: 'breach' | 'recall'
  status: 'draft' | 'submitted'
  statement: string | null
  practitionerStaffCode: string | null
  managerStaffCode: string | null
  content: BreachPackContent
  /** Everything still needed before it can be sent, in plain words; empty once complete. */
  missing: { path: string; message: string }[]
  submittedAt: string | null
  version: number
  createdAt: string
  updatedAt: string
}

export function createBreachPackService(deps: ServiceDeps) {
  const { db, clock, audit } = deps
  const organisation = createOrganisationService(deps)
  const people = createPeopleService(deps)
  const target = (p: { id: string; crn: string }) => ({ type: 'breach_pack', id: p.id, crn: p.crn })

  async function staff(actor: Actor, code: string | null): Promise<StaffFacts | null> {
    if (!code) return null
    try {
      return await organisation.getStaff(actor, code)
    } catch (error) {
      if (error instanceof DomainError && error.code === 'staff.not_found') return null
      throw error
    }
  }

  /** The manager named, else the only senior probation officer in the practitioner's team. */
  async function manager(actor: Actor, named: string | null, practitioner: StaffFacts | null) {
    if (named || !practitioner?.teamCode) return staff(actor, named)
    const spos = (await organisation.listStaff(actor, { teamCode: practitioner.teamCode })).filter(
      (s) => s.grade === 'SPO',
    )
    return spos.length === 1 ? (spos[0] as StaffFacts) : null
  }

  async function build(actor: Actor, row: repo.PackRow): Promise<BreachPack> {
    let content = row.content as BreachPackContent | null
    if (row.status !== 'submitted' || !content) {
      const person = await people.getPerson(actor, row.crn)
      const facts = await caseFacts(db, actor, row.crn)
      const event = facts.events.find((e) => e.id === row.event_id)
      if (!event) throw new NotFoundError('breach_pack', row.id)
      const practitioner = await staff(actor, row.practitioner_staff_code)
      content = assemblePack({
        kind: row.kind as 'breach' | 'recall',
        person: {
          crn: row.crn,
          name: [person.firstName, person.surname].join(' '),
          dateOfBirth: person.dateOfBirth ?? null,
        },
        event,
        contacts: facts.contacts,
        actions: facts.actionRows.map((a) => ({
          id: a.id,
          eventId: a.event_id,
          action: a.action as 'warning_issued',
          decidedOn: a.decided_on,
          contactIds: a.contact_ids,
          responseDueOn: a.response_due_on,
          rationale: a.rationale,
        })),
        statement: row.statement,
        practitioner,
        manager: await manager(actor, row.manager_staff_code, practitioner),
        generatedOn: clock.today(),
      })
    }
    return {
      id: row.id,
      crn: row.crn,
      eventId: row.event_id,
      enforcementActionId: row.enforcement_action_id,
      kind: row.kind as BreachPack['kind'],
      status: row.status as BreachPack['status'],
      statement: row.statement,
      practitionerStaffCode: row.practitioner_staff_code,
      managerStaffCode: row.manager_staff_code ?? content.manager?.code ?? null,
      content,
      missing: row.status === 'submitted' ? [] : missingFromPack(content),
      submittedAt: row.submitted_at?.toISOString() ?? null,
      version: row.version,
      createdAt: row.created_at.toISOString(),
      updatedAt: row.updated_at.toISOString(),
    }
  }

  /** The pack, "not found" too when its case is hidden from the caller (a sent pack is read without the case). */
  async function load(
    actor: Actor,
    id: string,
    forUpdate = false,
    executor: Parameters<typeof repo.findPack>[0] = db,
  ) {
    const row = UUID.test(id) ? await repo.findPack(executor, id, { forUpdate }) : undefined
    if (!row) throw new NotFoundError('breach_pack', id)
    await requireRecordAccess(executor, actor, { personId: row.person_id, what: 'breach_pack', id: row.id })
    return row
  }

  return {
    async getBreachPack(actor: Actor, id: string): Promise<BreachPack> {
      requirePermission(actor, 'person:read')
      const pack = await build(actor, await load(actor, id))
      await audit.record(db, actor, 'breach_pack.read', target(pack))
      return pack
    },

    /** The pack as printable HTML: the frozen document once sent, a preview while a draft. */
    async breachPackHtml(actor: Actor, id: string): Promise<string> {
      requirePermission(actor, 'person:read')
      const row = await load(actor, id)
      await audit.record(db, actor, 'breach_pack.read', target(row))
      if (row.status === 'submitted' && row.html) return row.html
      return renderPackHtml((await build(actor, row)).content, 'not yet submitted (draft)')
    },

    async updateBreachPack(actor: Actor, id: string, raw: unknown): Promise<BreachPack> {
      requirePermission(actor, 'person:write')
      const input = parseInput(breachPackUpdate, raw)
      for (const [path, code] of [
        ['practitionerStaffCode', input.practitionerStaffCode],
        ['managerStaffCode', input.managerStaffCode],
      ] as const)
        if (code && !(await staff(actor, code)))
          throw new ValidationError([{ path, message: `no member of staff has the code ${code}` }])
      const result = await db.transaction().execute(async (trx) => {
        const current = await load(actor, id, true, trx)
        // The current pack is built after the transaction: build reads through other services outside
        // it, which on the one-connection embedded database would wait for this transaction forever.
        if (current.version !== input.version) return { stale: true, row: current }
        if (current.status === 'submitted')
          throw new DomainError('breach.already_submitted', `Breach pack ${id} was submitted and is frozen`)
        await repo.updatePack(
          trx,
          current.id,
          {
            ...(input.statement !== undefined ? { statement: input.statement } : {}),
            ...(input.practitionerStaffCode !== undefined
              ? { practitioner_staff_code: input.practitionerStaffCode }
              : {}),
            ...(input.managerStaffCode !== undefined ? { manager_staff_code: input.managerStaffCode } : {}),
          },
          clock.now(),
        )
        const updated = await load(actor, id, false, trx)
        await audit.record(trx, actor, 'breach_pack.updated', target(updated), {
          statement: updated.statement,
          practitionerStaffCode: updated.practitioner_staff_code,
          managerStaffCode: updated.manager_staff_code,
        })
        return { stale: false, row: updated }
      })
      if (result.stale) throw new StaleVersionError(input.version, await build(actor, result.row))
      return build(actor, result.row)
    },

    /** Sends the pack: refused while anything required is missing; once sent it is frozen. */
    async submitBreachPack(actor: Actor, id: string, raw: unknown): Promise<BreachPack> {
      requirePermission(actor, 'person:write')
      const input = parseInput(versionInput, raw)
      const draft = await build(actor, await load(actor, id))
      if (draft.version !== input.version) throw new StaleVersionError(input.version, draft)
      if (draft.status === 'submitted')
        throw new DomainError('breach.already_submitted', `Breach pack ${id} was submitted and is frozen`)
      if (draft.missing.length > 0)
        throw new DomainError(
          'breach.incomplete',
          `The ${draft.kind} pack cannot be sent yet. Missing: ${draft.missing.map((m) => m.message).join('; ')}`,
          draft.missing,
        )
      const submittedAt = clock.now()
      const html = renderPackHtml(draft.content, submittedAt.toISOString())
      const row = await db.transaction().execute(async (trx) => {
        const current = await load(actor, id, true, trx)
        if (current.version !== input.version) throw new StaleVersionError(input.version, draft)
        await repo.updatePack(
          trx,
          current.id,
          {
            status: 'submitted',
            submitted_at: submittedAt,
            content: JSON.stringify(draft.content),
            html,
            manager_staff_code: draft.content.manager?.code ?? null,
          },
          clock.now(),
        )
        await audit.record(trx, actor, 'breach_pack.submitted', target(current), draft.content)
        return load(actor, id, false, trx)
      })
      return build(actor, row)
    },
  }
}
