// Team, delivery unit and region roll-ups of practitioners' workloads, pure: heads and FTE, grade mix,
// capacity distribution, who is over 100% and 110%, and the SPOs' span of control in heads and FTE.
import type { PractitionerWorkload } from './practitioner.rules'
import type { WorkloadReference } from './workload.reference'

export const CAPACITY_BANDS = ['under 80%', '80% to 100%', 'over 100% to 110%', 'over 110%'] as const

export interface Rollup {
  heads: number
  fte: number
  points: number
  availablePoints: number
  capacityPercent: number
  gradeMix: { grade: string; heads: number; fte: number }[]
  distribution: { band: (typeof CAPACITY_BANDS)[number]; heads: number }[]
  over100: string[]
  over110: string[]
  spoSpan: {
    spoHeads: number
    spoFte: number
    practitionerHeads: number
    practitionerFte: number
    headsPerSpo: number | null
    ftePerSpo: number | null
  }
  reasons: string[]
}

const round2 = (n: number) => Math.round(n * 100) / 100

/** FTE = contracted hours ÷ the grade's default hours (reference §2.4); SPOs (default 0) against PO hours. */
export function fteOf(ref: WorkloadReference, grade: string, contractedHours: number): number {
  const uses = ref.grades.uses[grade as keyof typeof ref.grades.uses]
  const hours = uses ? ref.grades.defaultHours[uses.hours] : 0
  const base = hours > 0 ? hours : ref.grades.defaultHours.PO
  return base > 0 ? contractedHours / base : 0
}

export function bandOf(capacityPercent: number): (typeof CAPACITY_BANDS)[number] {
  if (capacityPercent > 110) return 'over 110%'
  if (capacityPercent > 100) return 'over 100% to 110%'
  if (capacityPercent >= 80) return '80% to 100%'
  return 'under 80%'
}

export function rollUp(ref: WorkloadReference, people: readonly PractitionerWorkload[]): Rollup {
  const fte = (p: PractitionerWorkload) => fteOf(ref, p.grade, p.contractedHours)
  const grades = new Map<string, { heads: number; fte: number }>()
  for (const p of people) {
    const g = grades.get(p.grade) ?? { heads: 0, fte: 0 }
    g.heads += 1
    g.fte += fte(p)
    grades.set(p.grade, g)
  }
  const casework = people.filter((p) => p.grade !== 'SPO')
  const spos = people.filter((p) => p.grade === 'SPO')
  const sum = (list: readonly PractitionerWorkload[], f: (p: PractitionerWorkload) => number) =>
    list.reduce((s, p) => s + f(p), 0)
  const points = sum(casework, (p) => p.points)
  const available = sum(casework, (p) => p.availablePoints)
  const spoFte = sum(spos, fte)
  const practitionerFte = sum(casework, fte)
  const capacity = available > 0 ? Math.floor((2 * points * 1000 + available) / (2 * available)) / 10 : 0
  return {
    heads: people.length,
    fte: round2(sum(people, fte)),
    points,
    availablePoints: available,
    capacityPercent: capacity,
    gradeMix: [...grades].map(([grade, g]) => ({ grade, heads: g.heads, fte: round2(g.fte) })),
    distribution: CAPACITY_BANDS.map((band) => ({
      band,
      heads: casework.filter((p) => bandOf(p.capacityPercent) === band).length,
    })),
    over100: casework.filter((p) => p.capacityPercent > 100).map((p) => p.staffCode),
    over110: casework.filter((p) => p.capacityPercent > 110).map((p) => p.staffCode),
    spoSpan: {
      spoHeads: spos.length,
      spoFte: round2(spoFte),
      practitionerHeads: casework.length,
      practitionerFte: round2(practitionerFte),
      headsPerSpo: spos.length > 0 ? round2(casework.length / spos.length) : null,
      ftePerSpo: spoFte > 0 ? round2(practitionerFte / spoFte) : null,
    },
    reasons: [
      `${casework.length} practitioners hold ${points} of ${available} available points: ${capacity}%`,
      'SPOs are counted in heads, FTE and span of control, not in the capacity figures (their default hours are 0)',
      'FTE = contracted hours ÷ the default hours of the grade (SPOs against PO hours)',
    ],
  }
}
