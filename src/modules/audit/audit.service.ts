// The audit trail: append-only, written by the caller's transaction so that an entry exists exactly
// when the change it records does (rolled back with it). There is deliberately no update or delete.
import type { Kysely, Transaction } from 'kysely'
import type { Actor } from '../../platform/actor'
import type { Database } from '../../platform/db/schema'
import { findEntries, insertEntries } from './audit.repository'

type Executor = Kysely<Database> | Transaction<Database>

export interface AuditTarget {
  type: string
  id: string
  crn?: string | null
  /** Per-target data for recordMany, e.g. the snapshot of each record a bulk import created. */
  data?: unknown
}

export interface AuditEntry {
  id: number
  occurredAt: string
  actor: { kind: string; id: string; name: string }
  source: string
  requestId: string | null
  action: string
  target: { type: string; id: string; crn: string | null }
  data: unknown
}

export function createAuditLog() {
  return {
    async record(
      trx: Executor,
      actor: Actor,
      action: string,
      target: AuditTarget,
      data?: unknown,
    ): Promise<void> {
      await insertEntries(trx, [row(actor, action, target, data)])
    },
    /** One entry per target, in one statement: used when a list or a bulk operation touches many records. */
    async recordMany(trx: Executor, actor: Actor, action: string, targets: AuditTarget[]): Promise<void> {
      await insertEntries(
        trx,
        targets.map((target) => row(actor, action, target, target.data)),
      )
    },
    async entriesFor(
      db: Executor,
      filter: { targetType?: string; targetId?: string; crn?: string; changesOnly?: boolean; limit?: number },
    ): Promise<AuditEntry[]> {
      const rows = await findEntries(db, { ...filter, limit: filter.limit ?? 1000 })
      return rows.map((r) => ({
        id: r.id,
        occurredAt: r.occurred_at.toISOString(),
        actor: { kind: r.actor_kind, id: r.actor_id, name: r.actor_name },
        source: r.source,
        requestId: r.request_id,
        action: r.action,
        target: { type: r.target_type, id: r.target_id, crn: r.crn },
        data: r.data,
      }))
    },
  }
}

export type AuditLog = ReturnType<typeof createAuditLog>

function row(actor: Actor, action: string, target: AuditTarget, data: unknown) {
  return {
    actorKind: actor.kind,
    actorId: actor.id,
    actorName: actor.name,
    source: actor.source,
    requestId: actor.requestId,
    action,
    targetType: target.type,
    targetId: target.id,
    crn: target.crn ?? null,
    data,
  }
}
