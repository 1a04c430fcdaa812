// SQL of the daily history (one row per practitioner per day, upserted on each recalculation) and of
// who belongs to a team, delivery unit or region.
import { sql } from 'kysely'
import type { Executor } from './workload.repository'

export interface SnapshotRow {
  staffCode: string
  caseCount: number
  points: number
  availablePoints: number
  capacityPercent: number
  contractedHours: number
  reductionHours: number
}

/**
 * Upserts today's row of each practitioner. The rows travel as one JSON parameter per 5,000 (as
 * platform/db/bulk.ts does for inserts), so 10,000 practitioners cost two statements.
 */
export async function upsertSnapshots(
  db: Executor,
  rows: readonly SnapshotRow[],
  day: string,
  at: Date,
  trigger: string,
): Promise<void> {
  for (let i = 0; i < rows.length; i += 5000) {
    const json = JSON.stringify(
      rows.slice(i, i + 5000).map((r) => ({
        staff_code: r.staffCode,
        snapshot_date: day,
        case_count: r.caseCount,
        points: r.points,
        available_points: r.availablePoints,
        capacity_percent: r.capacityPercent,
        contracted_hours: r.contractedHours,
        reduction_hours: Math.min(r.reductionHours, 999),
        calculated_at: at.toISOString(),
        trigger,
      })),
    )
    await sql`
      insert into workload_snapshots
      select * from jsonb_populate_recordset(null::workload_snapshots, ${json}::jsonb)
      on conflict (staff_code, snapshot_date) do update set
        case_count = excluded.case_count, points = excluded.points,
        available_points = excluded.available_points, capacity_percent = excluded.capacity_percent,
        contracted_hours = excluded.contracted_hours, reduction_hours = excluded.reduction_hours,
        calculated_at = excluded.calculated_at, trigger = excluded.trigger`.execute(db)
  }
}

export async function snapshotsOf(db: Executor, staffCode: string, limit: number) {
  const rows = await db
    .selectFrom('workload_snapshots')
    .selectAll()
    .where('staff_code', '=', staffCode)
    .orderBy('snapshot_date', 'desc')
    .limit(limit)
    .execute()
  return rows.map((r) => ({
    date: r.snapshot_date,
    caseCount: r.case_count,
    points: r.points,
    availablePoints: r.available_points,
    capacityPercent: Number(r.capacity_percent),
    contractedHours: Number(r.contracted_hours),
    reductionHours: Number(r.reduction_hours),
    trigger: r.trigger,
  }))
}

export type Scope = 'team' | 'pdu' | 'region'

/** The unit's name and its live staff codes; undefined when no such unit. */
export async function unitStaff(db: Executor, scope: Scope, code: string) {
  const unit =
    scope === 'team'
      ? sql<{ name: string }>`select name from teams where code = ${code}`
      : scope === 'pdu'
        ? sql<{ name: string }>`select name from probation_delivery_units where code = ${code}`
        : sql<{ name: string }>`select name from regions where code = ${code}`
  const found = (await unit.execute(db)).rows[0]
  if (!found) return undefined
  const where =
    scope === 'team'
      ? sql`t.code = ${code}`
      : scope === 'pdu'
        ? sql`t.pdu_code = ${code}`
        : sql`u.region_code = ${code}`
  const { rows } = await sql<{ code: string }>`
    select s.code from staff s join teams t on t.code = s.team_code
    join probation_delivery_units u on u.code = t.pdu_code
    where s.deleted_at is null and ${where} order by s.code`.execute(db)
  return { name: found.name, staffCodes: rows.map((r) => r.code) }
}
