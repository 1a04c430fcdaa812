// The workload reference data: what is in force today with every version of each kind, and a new
// version with its effective date (administrators), audited in the same transaction.
import type { Actor } from '../../platform/actor'
import { NotFoundError } from '../../platform/errors'
import { newId } from '../../platform/ids'
import { parseInput } from '../../platform/validation'
import { z } from '../../platform/zod'
import { requirePermission } from '../access'
import type { ServiceDeps } from '../deps'
import { insertVersion, REFERENCE_KINDS, type ReferenceKind, versionsOf } from './reference.repository'
import { REFERENCE_SCHEMAS } from './reference.schema'
import { loadReference } from './workload.facts'
import { isoDate, referenceVersionInput } from './workload.schema'

function kindOf(raw: string): ReferenceKind {
  if (!(REFERENCE_KINDS as readonly string[]).includes(raw))
    throw new NotFoundError('workload_reference', raw)
  return raw as ReferenceKind
}

export function createReferenceService({ db, clock, audit }: ServiceDeps) {
  return {
    /** The reference data in force today (or on a given day), as the rules use it. */
    async workloadReference(actor: Actor, day?: string) {
      requirePermission(actor, 'workload:read')
      if (day !== undefined) parseInput(z.strictObject({ on: isoDate }), { on: day })
      return { day: day ?? clock.today(), reference: await loadReference(db, day ?? clock.today()) }
    },

    async referenceVersions(actor: Actor, rawKind: string) {
      requirePermission(actor, 'workload:read')
      return versionsOf(db, kindOf(rawKind))
    },

    async setReference(actor: Actor, rawKind: string, raw: unknown) {
      requirePermission(actor, 'reference:write')
      const kind = kindOf(rawKind)
      const input = parseInput(referenceVersionInput, raw)
      const data = parseInput(REFERENCE_SCHEMAS[kind], input.data, 'data')
      return db.transaction().execute(async (trx) => {
        const id = newId()
        const version = {
          id,
          kind,
          effectiveFrom: input.effectiveFrom,
          data,
          note: input.note ?? null,
          recordedBy: actor.name,
        }
        await insertVersion(trx, version)
        await audit.record(trx, actor, 'workload_reference.set', { type: 'workload_reference', id }, version)
        return (await versionsOf(trx, kind)).find((v) => v.id === id)
      })
    },
  }
}
