// From a practitioner's facts (grade, hours, reductions, cases, court reports) to their workload, pure:
// which tier counts, who is T2A, which reductions are in force and for how many hours. No I/O, no clock.

import { GRADES, type Grade, type WorkloadReference } from './workload.reference'
import type { CaseFacts, ReductionRow, StaffFacts } from './workload.repository'
import { type BreakdownLine, calculateWorkload, hundredths, type WorkloadCase } from './workload.rules'

export type ReductionStatus = 'scheduled' | 'active' | 'archived'

/** From the dates, so a reduction expires on its own: no job needed. End dates are inclusive. */
export function reductionStatus(r: { startDate: string; endDate: string }, today: string): ReductionStatus {
  if (r.startDate > today) return 'scheduled'
  return r.endDate >= today ? 'active' : 'archived'
}

/** Hours of one reduction: given hours, or % of the contracted hours (2 dp, never above them). */
export function reductionHours(r: { hours: number | null; percent: number | null }, contractedHours: number) {
  if (r.hours !== null) return r.hours
  const h100 = Math.round((hundredths(contractedHours) * (r.percent ?? 0)) / 100)
  return Math.min(h100, hundredths(contractedHours)) / 100
}

/** Transition to adulthood: aged 18 to 24 on the day (docs/workload.md; GLOSSARY "18–25"). */
export function isT2a(dateOfBirth: string | null, today: string): boolean {
  if (!dateOfBirth) return false
  const [y, m, d] = today.split('-').map(Number) as [number, number, number]
  const [by, bm, bd] = dateOfBirth.split('-').map(Number) as [number, number, number]
  const age = y - by - (m < bm || (m === bm && d < bd) ? 1 : 0)
  return age >= 18 && age < 25
}

/** The tier that drives points: protect-by-change until the A to G weights are switched on (DECISIONS 19). */
export function workloadCase(ref: WorkloadReference, c: CaseFacts): WorkloadCase {
  const tier = ref.aToG.inUse ? c.tierV3 : c.tierV2
  const base = { tier, type: c.caseType, t2a: c.t2a, count: c.count }
  return c.crn === null ? base : { ...base, crn: c.crn }
}

export interface PractitionerWorkload {
  staffCode: string
  name: string
  teamCode: string | null
  grade: string
  contractedHours: number
  reductionHours: number
  caseCount: number
  points: number
  availablePoints: number
  capacityPercent: number
  breakdown: BreakdownLine[]
  reasons: string[]
}

export interface PractitionerFacts {
  staff: StaffFacts
  cases: readonly WorkloadCase[]
  reductions: readonly ReductionRow[]
  courtReports: readonly { type: 'standard' | 'fast'; count: number }[]
}

export function practitionerWorkload(
  ref: WorkloadReference,
  facts: PractitionerFacts,
  today: string,
): PractitionerWorkload {
  const { staff } = facts
  const grade = ((GRADES as readonly string[]).includes(staff.grade) ? staff.grade : 'SPO') as Grade
  const reasons: string[] = []
  let reduction100 = 0
  for (const r of facts.reductions) {
    if (reductionStatus(r, today) !== 'active') continue
    const reason = ref.reductionReasons.find((x) => x.code === r.reasonCode)
    if (!reason?.enabled) {
      reasons.push(`reduction ${r.reasonCode} not counted: its reason is not enabled`)
      continue
    }
    const hours = reductionHours(r, staff.contractedHours)
    reduction100 += hundredths(hours)
    const how = r.percent === null ? '' : ` (${r.percent}% of ${staff.contractedHours})`
    reasons.push(`reduction ${reason.label}: ${hours} hours${how}, ${r.startDate} to ${r.endDate}`)
  }
  const result = calculateWorkload(ref, {
    grade,
    contractedHours: staff.contractedHours,
    reductionHours: reduction100 / 100,
    cases: facts.cases,
    courtReports: facts.courtReports.flatMap((r) =>
      Array.from({ length: r.count }, () => ({ type: r.type })),
    ),
  })
  return {
    staffCode: staff.code,
    name: staff.name,
    teamCode: staff.teamCode,
    grade: staff.grade,
    contractedHours: staff.contractedHours,
    reductionHours: reduction100 / 100,
    caseCount: facts.cases.reduce((sum, c) => sum + (c.count ?? 1), 0),
    points: result.points,
    availablePoints: result.availablePoints,
    capacityPercent: result.capacityPercent,
    breakdown: result.breakdown,
    reasons: [...reasons, ...result.reasons],
  }
}
