// The workload reference data (reference §2.2, §2.4, §2.5) as one typed value: the seed values are the
// defaults, migration 110 stores the same values as the first version of each kind, and administrators
// add later versions with an effective date (reference.service.ts). Pure data: no I/O.

export const CASE_TYPES = ['community', 'custody', 'licence'] as const
export type CaseType = (typeof CASE_TYPES)[number]
export const GRADES = ['PO', 'PQiP', 'NQO', 'PSO', 'SPO'] as const
export type Grade = (typeof GRADES)[number]
/** The 16 protect-by-change codes in the order of the reference's columns tier1..16. */
export const PROTECT_CHANGE_CODES = [
  'A3',
  'A2',
  'A1',
  'A0',
  'B3',
  'B2',
  'B1',
  'B0',
  'C3',
  'C2',
  'C1',
  'C0',
  'D3',
  'D2',
  'D1',
  'D0',
] as const
export const WORKLOAD_TIERS = [...PROTECT_CHANGE_CODES, ...PROTECT_CHANGE_CODES.map((c) => `${c}S` as const)]
export type WorkloadTier = (typeof WORKLOAD_TIERS)[number]
export const A_TO_G = ['A', 'B', 'C', 'D', 'E', 'F', 'G'] as const

export type PointsByType = Record<CaseType, number>

export interface WorkloadReference {
  /** Points per case by protect-by-change tier (S variants included) and case type; T2A has its own row. */
  casePoints: { standard: Record<string, PointsByType>; t2a: Record<string, PointsByType> }
  /** A to G weights: used instead of protect-by-change only once administrators switch them on (DECISIONS 19). */
  aToG: { inUse: boolean; points: Record<string, PointsByType> }
  reports: { courtStandard: number; courtFast: number; parole: number; paroleApplied: boolean }
  cmsAdjustments: {
    code: string
    activity: string
    level: 'low' | 'medium' | 'high' | 'none'
    points: number
  }[]
  grades: {
    nominalTarget: { PO: number; PSO: number }
    defaultHours: { PO: number; PSO: number; SPO: number }
    /** Which target and which default hours each grade uses (reference §2.4, grade handling). */
    uses: Record<Grade, { target: 'PO' | 'PSO'; hours: 'PO' | 'PSO' | 'SPO' }>
    /** Delius grade codes to ours; anything else is unsupported. */
    mapping: Record<string, Grade>
  }
  reductionReasons: ReductionReason[]
}

export interface ReductionReason {
  code: string
  category: 'personal' | 'learning' | 'work'
  label: string
  /** Fixed allowance as % of contracted hours: fills in and locks the hours. */
  allowancePercent: number | null
  maxPercent: number | null
  monthsToExpiry: number | null
  enabled: boolean
}

const row = (community: number, custody: number, licence: number): PointsByType => ({
  community,
  custody,
  licence,
})
const STANDARD: PointsByType[] = [
  row(206, 75, 219),
  row(158, 60, 175),
  row(146, 59, 163),
  row(110, 0, 0),
  row(146, 59, 161),
  row(115, 48, 132),
  row(102, 47, 119),
  row(72, 0, 0),
  row(79, 30, 77),
  row(63, 24, 65),
  row(50, 23, 52),
  row(35, 0, 0),
  row(51, 17, 51),
  row(41, 14, 43),
  row(29, 13, 31),
  row(29, 0, 0),
]
const T2A = [75, 60, 59, 0, 59, 48, 47, 0, 30, 24, 23, 0, 17, 14, 13, 0]

function table(values: (i: number) => PointsByType): Record<string, PointsByType> {
  const out: Record<string, PointsByType> = {}
  PROTECT_CHANGE_CODES.forEach((code, i) => {
    out[code] = values(i)
    // The S (unsupervised) columns default to 0 (reference §2.2: production values unknown).
    out[`${code}S`] = row(0, 0, 0)
  })
  return out
}

const CMS_ACTIVITIES: [string, number, number, number][] = [
  ['Sentence plan intervention delivery', 9, 13, 18],
  ['Referrals', 9, 18, 26],
  ['Partnership meetings', 9, 18, 26],
  ['Case conferencing', 9, 18, 26],
  ['Intelligence gathering', 9, 13, 18],
  ['Home and prison visits', 9, 13, 18],
  ['Home detention curfew', 9, 13, 18],
  ['Victim liaison', 5, 9, 13],
  ['Court liaison', 9, 13, 18],
  ['Case communication', 5, 9, 18],
  ['Assessments', 9, 13, 18],
  ['Release on temporary licence', 9, 13, 18],
]
const LEVELS = ['low', 'medium', 'high'] as const

const reason = (
  code: string,
  category: ReductionReason['category'],
  label: string,
  allowancePercent: number | null = null,
  maxPercent: number | null = null,
  monthsToExpiry: number | null = null,
): ReductionReason => ({ code, category, label, allowancePercent, maxPercent, monthsToExpiry, enabled: true })

/** The seed values of reference §2 (the defaults). */
export const SEED_REFERENCE: WorkloadReference = {
  casePoints: {
    standard: table((i) => STANDARD[i] as PointsByType),
    t2a: table((i) => row(T2A[i] ?? 0, T2A[i] ?? 0, T2A[i] ?? 0)),
  },
  // Not public (reference §1.6 ❓): documented defaults, the protect-by-change row nearest each A to G
  // tier's population, off until an administrator reviews and switches them on (docs/workload.md).
  aToG: {
    inUse: false,
    points: {
      A: row(206, 75, 219),
      B: row(146, 59, 163),
      C: row(115, 48, 132),
      D: row(79, 30, 77),
      E: row(63, 24, 65),
      F: row(41, 14, 43),
      G: row(29, 13, 31),
    },
  },
  reports: { courtStandard: 138, courtFast: 65, parole: 120, paroleApplied: false },
  cmsAdjustments: [
    ...CMS_ACTIVITIES.flatMap(([activity, ...points], a) =>
      LEVELS.map((level, l) => ({
        code: `CMS${String(a * 3 + l + 1).padStart(2, '0')}`,
        activity,
        level,
        points: points[l] ?? 0,
      })),
    ),
    ...Array.from({ length: 10 }, (_, i) => ({
      code: `NGS${String(i + 1).padStart(3, '0')}`,
      activity: 'Group supervision',
      level: 'none' as const,
      points: 0,
    })),
  ],
  grades: {
    nominalTarget: { PO: 2176, PSO: 2176 },
    defaultHours: { PO: 37, PSO: 37, SPO: 0 },
    uses: {
      PO: { target: 'PO', hours: 'PO' },
      PQiP: { target: 'PO', hours: 'PO' },
      NQO: { target: 'PO', hours: 'PO' },
      PSO: { target: 'PSO', hours: 'PSO' },
      SPO: { target: 'PO', hours: 'SPO' },
    },
    mapping: { PSQ: 'PSO', PSP: 'PQiP', PSM: 'PO', PSC: 'SPO', TPO: 'PQiP', NPSM: 'PO' },
  },
  reductionReasons: [
    reason('disability', 'personal', 'Disability'),
    reason('long_term_sickness', 'personal', 'Long Term Sickness Absence', 100),
    reason('phased_return', 'personal', 'Phased Return to Work'),
    reason('pregnancy', 'personal', 'Pregnancy'),
    reason('maternity_leave', 'personal', 'Maternity Leave', 100, null, 6),
    reason('adoption_leave', 'personal', 'Adoption Leave', 100, null, 6),
    reason('special_leave', 'personal', 'Special Leave', 100),
    reason('trade_union', 'personal', 'Trade Union Facility Time', null, 50),
    reason('other_paid_leave', 'personal', 'Other Paid Leave (e.g. jury service)', 100),
    reason('other_unpaid_leave', 'personal', 'Other Unpaid Leave', 100),
    reason('other', 'personal', 'Other'),
    reason('pqip_0_6', 'learning', 'PQiP – 1st 6 months', 80, null, 6),
    reason('pqip_6_12', 'learning', 'PQiP – 6 to 12 months', 60, null, 6),
    reason('pqip_12_18', 'learning', 'PQiP – 12 to 18 months', 40, null, 6),
    reason('nqo', 'learning', 'Newly Qualified Officer (NQO)', 20, null, 9),
    reason('pso_learning', 'learning', 'PSO Learning & Development', 20, null, 6),
    reason('vq3', 'learning', 'VQ3', 5, null, 6),
    reason('level_4_5_access', 'learning', 'Level 4 and Level 5 Access', 10, null, 6),
    reason('co_worked_cases', 'work', 'Co-Worked Cases'),
    reason('groups_supervision', 'work', 'Groups (Group Supervision)'),
    reason('groups_induction', 'work', 'Groups (Induction)'),
    reason('court_duty', 'work', 'Court Duty'),
    reason('psr_court_duty', 'work', 'PSR – Court Duty/Sessional'),
    reason('split_role', 'work', 'Split Role'),
    reason('om_in_custody', 'work', 'OM in Custody – transactional'),
    reason('spoc_lead', 'work', 'SPOC lead', null, 5),
  ],
}
