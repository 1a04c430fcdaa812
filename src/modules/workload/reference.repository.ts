// SQL of the versioned workload reference data: the version of each kind in force on a day, every
// version of a kind, and a new version.
import { sql } from 'kysely'
import type { Executor } from './workload.repository'

export const REFERENCE_KINDS = [
  'case-points',
  'a-to-g-points',
  'reports',
  'cms-adjustments',
  'grades',
  'reduction-reasons',
] as const
export type ReferenceKind = (typeof REFERENCE_KINDS)[number]

export interface ReferenceVersion {
  id: string
  kind: ReferenceKind
  effectiveFrom: string
  data: unknown
  note: string | null
  recordedAt: string
  recordedBy: string
}

type Row = {
  id: string
  kind: ReferenceKind
  effective_from: string
  data: unknown
  note: string | null
  recorded_at: Date
  recorded_by: string
}
const toVersion = (r: Row): ReferenceVersion => ({
  id: r.id,
  kind: r.kind,
  effectiveFrom: r.effective_from,
  data: r.data,
  note: r.note,
  recordedAt: new Date(r.recorded_at).toISOString(),
  recordedBy: r.recorded_by,
})

/** The version of each kind in force on the day: the latest effective date on or before it. */
export async function versionsInForce(db: Executor, day: string): Promise<ReferenceVersion[]> {
  const { rows } = await sql<Row>`
    select distinct on (kind) id, kind, effective_from, data, note, recorded_at, recorded_by
    from workload_reference where effective_from <= ${day}
    order by kind, effective_from desc, seq desc`.execute(db)
  return rows.map(toVersion)
}

export async function versionsOf(db: Executor, kind: ReferenceKind): Promise<ReferenceVersion[]> {
  const { rows } = await sql<Row>`
    select id, kind, effective_from, data, note, recorded_at, recorded_by from workload_reference
    where kind = ${kind} order by effective_from desc, seq desc`.execute(db)
  return rows.map(toVersion)
}

export async function insertVersion(
  db: Executor,
  v: {
    id: string
    kind: ReferenceKind
    effectiveFrom: string
    data: unknown
    note: string | null
    recordedBy: string
  },
): Promise<void> {
  await db
    .insertInto('workload_reference')
    .values({
      id: v.id,
      kind: v.kind,
      effective_from: v.effectiveFrom,
      data: JSON.stringify(v.data),
      note: v.note,
      recorded_by: v.recordedBy,
    })
    .execute()
}
