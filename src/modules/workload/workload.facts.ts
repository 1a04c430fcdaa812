// Loads what the workload rules need, for a few practitioners or the whole country, with a fixed number
// of set-based queries (reference in force, staff, active reductions, court reports, cases), then groups
// the rows in one pass.
import { type PractitionerFacts, workloadCase } from './practitioner.rules'
import { type ReferenceKind, versionsInForce } from './reference.repository'
import { SEED_REFERENCE, type WorkloadReference } from './workload.reference'
import type { ReductionRow } from './workload.repository'
import * as repo from './workload.repository'
import type { WorkloadCase } from './workload.rules'

const KEYS: Record<ReferenceKind, keyof WorkloadReference> = {
  'case-points': 'casePoints',
  'a-to-g-points': 'aToG',
  reports: 'reports',
  'cms-adjustments': 'cmsAdjustments',
  grades: 'grades',
  'reduction-reasons': 'reductionReasons',
}
export const referenceKey = (kind: ReferenceKind) => KEYS[kind]

/** The reference data in force on the day; a kind with no version yet keeps its seed value. */
export async function loadReference(db: repo.Executor, day: string): Promise<WorkloadReference> {
  const ref: Record<string, unknown> = { ...SEED_REFERENCE }
  for (const v of await versionsInForce(db, day)) ref[KEYS[v.kind]] = v.data
  return ref as unknown as WorkloadReference
}

export async function loadFacts(
  db: repo.Executor,
  who: readonly string[] | null,
  today: string,
  /** Each case with its CRN (a practitioner's breakdown), or like cases counted together (faster). */
  options: { byCase?: boolean } = {},
): Promise<{ ref: WorkloadReference; practitioners: PractitionerFacts[] }> {
  const ref = await loadReference(db, today)
  const staff = await repo.staffFacts(db, who)
  type Building = {
    staff: PractitionerFacts['staff']
    cases: WorkloadCase[]
    reductions: ReductionRow[]
    courtReports: { type: 'standard' | 'fast'; count: number }[]
  }
  const byCode = new Map<string, Building>()
  for (const s of staff) byCode.set(s.code, { staff: s, cases: [], reductions: [], courtReports: [] })
  for (const r of await repo.activeReductions(db, who, today)) byCode.get(r.staffCode)?.reductions.push(r)
  for (const r of await repo.recentCourtReports(db, who, today)) byCode.get(r.staffCode)?.courtReports.push(r)
  for (const c of await repo.caseFacts(db, who, today, !options.byCase))
    byCode.get(c.staffCode)?.cases.push(workloadCase(ref, c))
  return { ref, practitioners: [...byCode.values()] }
}
