// Workload (issue 9): versioned reference data (points per tier and case type, reports, CMS adjustments,
// grades, reduction reasons), practitioners' reductions, court reports they write, and one snapshot per
// practitioner per day. The seed values of reference §2 are inserted as the first version of each kind;
// src/modules/workload/workload.reference.ts holds the same values (a test compares them).
// Frozen: never edit after it has landed; add a new migration instead. Never import src/.
import { type Kysely, sql } from 'kysely'

const CODES = ['A3', 'A2', 'A1', 'A0', 'B3', 'B2', 'B1', 'B0', 'C3', 'C2', 'C1', 'C0', 'D3', 'D2', 'D1', 'D0']
// Columns tier1..16 (reference §2.2): community, custody, licence.
const STANDARD = [
  [206, 75, 219],
  [158, 60, 175],
  [146, 59, 163],
  [110, 0, 0],
  [146, 59, 161],
  [115, 48, 132],
  [102, 47, 119],
  [72, 0, 0],
  [79, 30, 77],
  [63, 24, 65],
  [50, 23, 52],
  [35, 0, 0],
  [51, 17, 51],
  [41, 14, 43],
  [29, 13, 31],
  [29, 0, 0],
]
const T2A = [75, 60, 59, 0, 59, 48, 47, 0, 30, 24, 23, 0, 17, 14, 13, 0]
const points = ([community, custody, licence]: number[]) => ({ community, custody, licence })
function table(row: (i: number) => number[]) {
  const out: Record<string, unknown> = {}
  CODES.forEach((code, i) => {
    out[code] = points(row(i))
    out[`${code}S`] = points([0, 0, 0]) // S columns default 0 (reference §2.2)
  })
  return out
}
const CMS: [string, number, number, number][] = [
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
const LEVELS = ['low', 'medium', 'high']
// code, category, label, allowance %, max %, months to expiry (reference §2.5)
const REASONS: [string, string, string, number | null, number | null, number | null][] = [
  ['disability', 'personal', 'Disability', null, null, null],
  ['long_term_sickness', 'personal', 'Long Term Sickness Absence', 100, null, null],
  ['phased_return', 'personal', 'Phased Return to Work', null, null, null],
  ['pregnancy', 'personal', 'Pregnancy', null, null, null],
  ['maternity_leave', 'personal', 'Maternity Leave', 100, null, 6],
  ['adoption_leave', 'personal', 'Adoption Leave', 100, null, 6],
  ['special_leave', 'personal', 'Special Leave', 100, null, null],
  ['trade_union', 'personal', 'Trade Union Facility Time', null, 50, null],
  ['other_paid_leave', 'personal', 'Other Paid Leave (e.g. jury service)', 100, null, null],
  ['other_unpaid_leave', 'personal', 'Other Unpaid Leave', 100, null, null],
  ['other', 'personal', 'Other', null, null, null],
  ['pqip_0_6', 'learning', 'PQiP – 1st 6 months', 80, null, 6],
  ['pqip_6_12', 'learning', 'PQiP – 6 to 12 months', 60, null, 6],
  ['pqip_12_18', 'learning', 'PQiP – 12 to 18 months', 40, null, 6],
  ['nqo', 'learning', 'Newly Qualified Officer (NQO)', 20, null, 9],
  ['pso_learning', 'learning', 'PSO Learning & Development', 20, null, 6],
  ['vq3', 'learning', 'VQ3', 5, null, 6],
  ['level_4_5_access', 'learning', 'Level 4 and Level 5 Access', 10, null, 6],
  ['co_worked_cases', 'work', 'Co-Worked Cases', null, null, null],
  ['groups_supervision', 'work', 'Groups (Group Supervision)', null, null, null],
  ['groups_induction', 'work', 'Groups (Induction)', null, null, null],
  ['court_duty', 'work', 'Court Duty', null, null, null],
  ['psr_court_duty', 'work', 'PSR – Court Duty/Sessional', null, null, null],
  ['split_role', 'work', 'Split Role', null, null, null],
  ['om_in_custody', 'work', 'OM in Custody – transactional', null, null, null],
  ['spoc_lead', 'work', 'SPOC lead', null, 5, null],
]

const SEED: Record<string, unknown> = {
  'case-points': { standard: table((i) => STANDARD[i] ?? []), t2a: table((i) => Array(3).fill(T2A[i])) },
  // Not public (reference §1.6): documented defaults, off until an administrator switches them on.
  'a-to-g-points': {
    inUse: false,
    points: {
      A: points([206, 75, 219]),
      B: points([146, 59, 163]),
      C: points([115, 48, 132]),
      D: points([79, 30, 77]),
      E: points([63, 24, 65]),
      F: points([41, 14, 43]),
      G: points([29, 13, 31]),
    },
  },
  reports: { courtStandard: 138, courtFast: 65, parole: 120, paroleApplied: false },
  'cms-adjustments': [
    ...CMS.flatMap(([activity, ...pts], a) =>
      LEVELS.map((level, l) => ({
        code: `CMS${String(a * 3 + l + 1).padStart(2, '0')}`,
        activity,
        level,
        points: pts[l],
      })),
    ),
    ...Array.from({ length: 10 }, (_, i) => ({
      code: `NGS${String(i + 1).padStart(3, '0')}`,
      activity: 'Group supervision',
      level: 'none',
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
  'reduction-reasons': REASONS.map(
    ([code, category, label, allowancePercent, maxPercent, monthsToExpiry]) => ({
      code,
      category,
      label,
      allowancePercent,
      maxPercent,
      monthsToExpiry,
      enabled: true,
    }),
  ),
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    -- One row per version of one kind of reference data; the version in force on a day is the latest
    -- effective_from on or before it (the highest seq among equal dates).
    create table workload_reference (
      id uuid primary key,
      seq bigint generated always as identity,
      kind text not null check (kind in ('case-points', 'a-to-g-points', 'reports', 'cms-adjustments', 'grades', 'reduction-reasons')),
      effective_from date not null,
      data jsonb not null,
      note text,
      recorded_at timestamptz not null default now(),
      recorded_by text not null
    );
    create index workload_reference_kind on workload_reference (kind, effective_from desc, seq desc);

    -- Hours taken off a practitioner's capacity. Status comes from the dates (scheduled, active,
    -- archived), so expiry needs no job; percent reductions are re-worked from the current hours.
    create table workload_reductions (
      id uuid primary key,
      staff_code text not null references staff (code),
      reason_code text not null,
      hours numeric(5, 2) check (hours >= 0 and hours <= 80),
      percent numeric(5, 2) check (percent > 0 and percent <= 100),
      start_date date not null,
      end_date date not null,
      notes text check (length(notes) <= 4000),
      created_at timestamptz not null default now(),
      created_by text not null,
      version integer not null default 1,
      deleted_at timestamptz,
      check ((hours is null) <> (percent is null)),
      check (end_date >= start_date)
    );
    create index workload_reductions_staff on workload_reductions (staff_code, end_date) where deleted_at is null;

    -- Court reports a practitioner writes (standard or fast delivery); counted in the 30 days after the request.
    create table workload_court_reports (
      id uuid primary key,
      staff_code text not null references staff (code),
      type text not null check (type in ('standard', 'fast')),
      person_id uuid references people (id),
      requested_on date not null,
      created_at timestamptz not null default now(),
      created_by text not null,
      deleted_at timestamptz
    );
    create index workload_court_reports_staff on workload_court_reports (staff_code, requested_on) where deleted_at is null;

    -- One row per practitioner per day, upserted on each recalculation: the daily history.
    create table workload_snapshots (
      staff_code text not null references staff (code),
      snapshot_date date not null,
      case_count integer not null,
      points integer not null,
      available_points integer not null,
      capacity_percent numeric(7, 1) not null,
      contracted_hours numeric(5, 2) not null,
      reduction_hours numeric(5, 2) not null,
      calculated_at timestamptz not null,
      trigger text not null,
      primary key (staff_code, snapshot_date)
    );
  `.execute(db)
  for (const [kind, data] of Object.entries(SEED))
    await sql`
      insert into workload_reference (id, kind, effective_from, data, note, recorded_by)
      values (gen_random_uuid(), ${kind}, '2000-01-01', ${JSON.stringify(data)}::jsonb,
              'seed values of reference §2', 'migration 110')
    `.execute(db)
}
