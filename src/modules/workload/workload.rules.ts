// The workload formulas of reference §2.3 and §2.4, pure: points per case by tier and case type (T2A
// row for T2A cases), court reports and adjustments; available points from contracted hours less
// active reductions; capacity %. Exact arithmetic (DECISIONS 21): hours are whole hundredths, points
// whole numbers, so every division below is of integers and its floor is exact.
import {
  A_TO_G,
  type CaseType,
  type Grade,
  type PointsByType,
  type WorkloadReference,
} from './workload.reference'

export interface WorkloadCase {
  /** A protect-by-change code (B2, C1S...), an A to G letter, or null when untiered. */
  tier: string | null
  type: CaseType
  t2a: boolean
  /** The case's CRN, in a practitioner's breakdown; absent in the calculator, which groups like cases. */
  crn?: string | undefined
  /** How many like cases this stands for (the national recalculation counts them in SQL); 1 if absent. */
  count?: number | undefined
}

export interface WorkloadInput {
  grade: Grade
  contractedHours: number | null
  reductionHours: number
  cases: readonly WorkloadCase[]
  courtReports: readonly { type: 'standard' | 'fast' }[]
  /** Case-management-support contact adjustments, signed (done for others +, done by others on ours -). */
  adjustments?: readonly { label: string; points: number }[]
}

export interface BreakdownLine {
  kind: 'case' | 'court_report' | 'adjustment'
  label: string
  crn?: string
  tier?: string | null
  caseType?: CaseType
  t2a?: boolean
  count: number
  pointsEach: number
  points: number
  reason: string
}

export interface Availability {
  availablePoints: number
  baseHours: number
  availableHours: number
  nominalTarget: number
  defaultHours: number
  reasons: string[]
}

export interface WorkloadResult {
  points: number
  availablePoints: number
  capacityPercent: number
  breakdown: BreakdownLine[]
  reasons: string[]
}

/** Hours as whole hundredths (inputs are validated to two decimal places). */
export const hundredths = (hours: number): number => Math.round(hours * 100)
const hoursText = (h100: number) => String(h100 / 100)

const TYPE_LABEL: Record<CaseType, string> = {
  community: 'community',
  custody: 'custody',
  licence: 'licence',
}

/** Points for one case, and why. */
export function casePoints(ref: WorkloadReference, c: WorkloadCase): { points: number; reason: string } {
  const where = `${TYPE_LABEL[c.type]} ${c.tier ?? 'untiered'}${c.t2a ? ' T2A' : ''}`
  if (c.tier === null) return { points: 0, reason: `${where}: untiered cases score 0` }
  let row: PointsByType | undefined
  if ((A_TO_G as readonly string[]).includes(c.tier)) {
    if (!ref.aToG.inUse)
      return { points: 0, reason: `${where}: A to G weights are not in use, so the case scores 0` }
    row = ref.aToG.points[c.tier]
  } else {
    row = (c.t2a ? ref.casePoints.t2a : ref.casePoints.standard)[c.tier]
  }
  if (!row) return { points: 0, reason: `${where}: no points for tier ${c.tier}, so 0` }
  const table = (A_TO_G as readonly string[]).includes(c.tier) ? 'A to G' : c.t2a ? 'T2A' : 'standard'
  return { points: row[c.type], reason: `${where}: ${row[c.type]} points (${table} row)` }
}

/** Available points = trunc(target × (hours − reductions) / default hours for the grade), never below 0. */
export function availability(
  ref: WorkloadReference,
  grade: Grade,
  contractedHours: number | null,
  reductionHours: number,
): Availability {
  const uses = ref.grades.uses[grade]
  const nominalTarget = ref.grades.nominalTarget[uses.target]
  const defaultHours = ref.grades.defaultHours[uses.hours]
  const base = contractedHours === null ? hundredths(defaultHours) : hundredths(contractedHours)
  const reduction = hundredths(reductionHours)
  const available = Math.max(0, base - reduction)
  const reasons = [
    `${grade}: nominal target ${nominalTarget} (${uses.target}), default hours ${defaultHours} (${uses.hours})`,
    contractedHours === null
      ? `no contracted hours given: the grade's default ${hoursText(base)} hours`
      : `contracted hours ${hoursText(base)}`,
  ]
  if (reduction > 0)
    reasons.push(
      `active reductions ${hoursText(reduction)} hours leave ${hoursText(available)} hours` +
        (reduction > base ? ' (reductions exceed the hours, so none are left)' : ''),
    )
  const defaultH100 = hundredths(defaultHours)
  let availablePoints = 0
  if (defaultH100 === 0) {
    reasons.push(`the default hours for ${grade} are 0, so available points are 0 (DECISIONS 21)`)
  } else {
    availablePoints = Math.floor((nominalTarget * available) / defaultH100)
    reasons.push(
      `available points = trunc(${nominalTarget} × ${hoursText(available)} / ${defaultHours}) = ${availablePoints}`,
    )
  }
  return {
    availablePoints,
    baseHours: base / 100,
    availableHours: available / 100,
    nominalTarget,
    defaultHours,
    reasons,
  }
}

/** Capacity % = points / available × 100, half-up to one decimal place; 0 when either is 0. */
export function capacityPercent(points: number, availablePoints: number): number {
  if (points <= 0 || availablePoints <= 0) return 0
  const tenths = Math.floor((2 * points * 1000 + availablePoints) / (2 * availablePoints))
  return tenths / 10
}

export function calculateWorkload(ref: WorkloadReference, input: WorkloadInput): WorkloadResult {
  const breakdown: BreakdownLine[] = []
  const grouped = new Map<string, BreakdownLine>()
  for (const c of input.cases) {
    const { points, reason } = casePoints(ref, c)
    const n = c.count ?? 1
    const label = `${TYPE_LABEL[c.type]} ${c.tier ?? 'untiered'}${c.t2a ? ' (T2A)' : ''}`
    const common = {
      kind: 'case' as const,
      label,
      tier: c.tier,
      caseType: c.type,
      t2a: c.t2a,
      pointsEach: points,
    }
    if (c.crn !== undefined) {
      breakdown.push({ ...common, crn: c.crn, count: n, points: n * points, reason })
      continue
    }
    const key = `${c.tier}|${c.type}|${c.t2a}`
    const line = grouped.get(key)
    if (line) {
      line.count += n
      line.points += n * points
    } else {
      const created: BreakdownLine = { ...common, count: n, points: n * points, reason }
      grouped.set(key, created)
      breakdown.push(created)
    }
  }
  for (const line of grouped.values()) if (line.count > 1) line.reason = `${line.count} × ${line.reason}`
  for (const type of ['standard', 'fast'] as const) {
    const count = input.courtReports.filter((r) => r.type === type).length
    if (count === 0) continue
    const each = type === 'standard' ? ref.reports.courtStandard : ref.reports.courtFast
    const label = type === 'standard' ? 'standard delivery court report' : 'fast delivery court report'
    breakdown.push({
      kind: 'court_report',
      label,
      count,
      pointsEach: each,
      points: count * each,
      reason: `${count} × ${label} at ${each} points`,
    })
  }
  for (const a of input.adjustments ?? [])
    breakdown.push({
      kind: 'adjustment',
      label: a.label,
      count: 1,
      pointsEach: a.points,
      points: a.points,
      reason: `${a.label}: ${a.points} points`,
    })
  const points = breakdown.reduce((sum, line) => sum + line.points, 0)
  const caseCount = input.cases.reduce((sum, c) => sum + (c.count ?? 1), 0)
  const avail = availability(ref, input.grade, input.contractedHours, input.reductionHours)
  const percent = capacityPercent(points, avail.availablePoints)
  const reasons = [
    `points ${points} from ${caseCount} case${caseCount === 1 ? '' : 's'}, ${input.courtReports.length} court report${input.courtReports.length === 1 ? '' : 's'}`,
    ...avail.reasons,
    avail.availablePoints === 0
      ? 'capacity is 0 when available points are 0'
      : `capacity = ${points} / ${avail.availablePoints} = ${percent}%`,
  ]
  return { points, availablePoints: avail.availablePoints, capacityPercent: percent, breakdown, reasons }
}
