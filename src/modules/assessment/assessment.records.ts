// The assessment's records as its use cases handle them: loaded only if the caller may see the case,
// drafts only by their holder at the version read, every change saved with a new version and its audit
// entry, and completion locking the assessment and recalculating the tier in the same transaction.
import type { Transaction } from 'kysely'
import type { Actor } from '../../platform/actor'
import type { Database } from '../../platform/db/schema'
import { DomainError, NotFoundError, StaleVersionError } from '../../platform/errors'
import { requireRecordAccess } from '../access'
import type { ServiceDeps } from '../deps'
import { presentAssessment } from './assessment.present'
import * as repo from './assessment.repository'
import { type Answers, allNeeds } from './scoring.rules'

type Trx = Transaction<Database>
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

export function assessmentRecords(deps: ServiceDeps) {
  const { clock, audit } = deps
  const target = (row: repo.AssessmentRow, crn: string) => ({ type: 'assessment', id: row.id, crn })

  async function view(trx: Trx, row: repo.AssessmentRow) {
    return presentAssessment(
      row,
      await repo.personCrn(trx, row.person_id),
      await repo.ownershipRequests(trx, row.id),
    )
  }
  /** The assessment, if the caller may see its case; "not found" otherwise, as for an unknown id. */
  async function load(trx: Trx, actor: Actor, id: string, forUpdate = false) {
    const row = UUID.test(id) ? await repo.findAssessment(trx, id, forUpdate) : undefined
    if (!row) throw new NotFoundError('assessment', id)
    await requireRecordAccess(trx, actor, { personId: row.person_id, what: 'assessment', id })
    return row
  }
  /** A draft the caller holds, at the version they read. */
  async function loadDraft(trx: Trx, actor: Actor, id: string, version: number) {
    const row = await load(trx, actor, id, true)
    if (row.version !== version) throw new StaleVersionError(version, await view(trx, row))
    if (row.status !== 'draft')
      throw new DomainError(
        'assessment.locked',
        `Assessment ${id} is ${row.status.replaceAll('_', ' ')}: it cannot be changed`,
      )
    if (actor.kind === 'user' && row.owner_id !== actor.id)
      throw new DomainError(
        'assessment.not_owner',
        `${row.owner_name} holds this assessment: request ownership to work on it`,
        [],
        { owner: { id: row.owner_id, name: row.owner_name, setting: row.owner_setting } },
      )
    return row
  }
  async function save(
    trx: Trx,
    actor: Actor,
    row: repo.AssessmentRow,
    action: string,
    changes: Record<string, unknown>,
    data?: unknown,
  ) {
    await repo.updateAssessment(trx, row.id, row.version, changes)
    const updated = (await repo.findAssessment(trx, row.id)) as repo.AssessmentRow
    const shown = await view(trx, updated)
    await audit.record(trx, actor, action, target(updated, shown.crn), data ?? { version: updated.version })
    return shown
  }
  /** Completed: locked, its needs kept with it, and the tier recalculated in this transaction. */
  async function lock(trx: Trx, actor: Actor, row: repo.AssessmentRow, extra: Record<string, unknown>) {
    const needs = allNeeds(row.answers as Answers)
    const shown = await save(trx, actor, row, 'assessment.completed', {
      ...extra,
      status: 'completed',
      needs: JSON.stringify(needs),
      completed_at: row.completed_at ?? clock.now(),
      completed_by_id: row.completed_by_id ?? actor.id,
      completed_by_name: row.completed_by_name ?? actor.name,
    })
    await deps.caseChanged?.(trx, actor, row.person_id, 'assessment.completed')
    return shown
  }

  return { target, view, load, loadDraft, save, lock }
}
