// Rows to the camelCase calculations and overrides the doors see, and what changed between two sets
// of inputs (the "why" of a new calculation).
import type { OverrideRow } from './tier.repository'

export { overrideInput, reviewInput } from './tier.schema'

export interface InputChange {
  field: string
  from: unknown
  to: unknown
}

/** JSON with object keys sorted: jsonb does not keep key order, so plain JSON.stringify would differ. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  )
}

export function changesBetween(before: unknown, after: Record<string, unknown>): InputChange[] {
  const old = (before ?? {}) as Record<string, unknown>
  const fields = [...new Set([...Object.keys(old), ...Object.keys(after)])].sort()
  return fields
    .filter((f) => canonical(old[f] ?? null) !== canonical(after[f] ?? null))
    .map((field) => ({ field, from: old[field] ?? null, to: after[field] ?? null }))
}

interface CalculationRow {
  id: string
  calculated_at: Date
  calculation_date: string
  trigger: string
  status: 'calculated' | 'needs_sex'
  inputs: unknown
  sources: unknown
  result: unknown
  changes: unknown
}
type Result = {
  v2: { tier: string } & Record<string, unknown>
  v3: { tier: string | null } & Record<string, unknown>
}

export function toCalculation(row: CalculationRow) {
  const sources = row.sources as Record<string, string>
  return {
    id: row.id,
    calculatedAt: new Date(row.calculated_at).toISOString(),
    calculationDate: row.calculation_date,
    trigger: row.trigger,
    status: row.status,
    message: row.status === 'needs_sex' ? (sources.message ?? null) : null,
    result: row.result as Result | null,
    inputs: row.inputs as Record<string, unknown>,
    sources,
    changes: row.changes as InputChange[],
  }
}

export function toOverride(row: OverrideRow & { crn: string }) {
  const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null)
  return {
    id: row.id,
    crn: row.crn,
    model: row.model,
    calculationId: row.calculation_id,
    calculatedTier: row.calculated_tier,
    proposedTier: row.proposed_tier,
    rationale: row.rationale,
    status: row.status,
    proposedBy: { id: row.proposed_by_id, name: row.proposed_by_name },
    proposedAt: iso(row.proposed_at),
    reviewedBy: row.reviewed_by_id ? { id: row.reviewed_by_id, name: row.reviewed_by_name } : null,
    reviewedAt: iso(row.reviewed_at),
    reviewNote: row.review_note,
    flaggedAt: iso(row.flagged_at),
    flaggedReason: row.flagged_reason,
  }
}
