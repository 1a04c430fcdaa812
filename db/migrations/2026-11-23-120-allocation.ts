// Allocation: the queue of cases waiting for a practitioner, the rules that decide which grades may hold
// a case (versioned reference data), in-app notifications, and an outbox of domain events.
// The allocation itself is case_allocations (migration 100).
// Frozen: never edit after it has landed; add a new migration instead. Never import src/.
import { type Kysely, sql } from 'kysely'

// Grade suitability by RoSH level and tier letter, version 1 (reference/hmpps-services.md §3.2; the
// national rule that high and very high RoSH cases go to a probation officer, never a PSO):
// [RoSH level ('none' when none is recorded), grades allowed, grades allowed with SPO oversight].
const GRADE_RULES: [string, string[], string[]][] = [
  ['very_high', ['PO'], []],
  ['high', ['PO'], ['NQO']],
  ['medium', ['PO', 'NQO'], ['PQiP', 'PSO']],
  ['low', ['PO', 'NQO', 'PSO'], ['PQiP']],
  ['none', ['PO', 'NQO', 'PSO'], ['PQiP']],
]

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    -- the senior probation officer's oversight note given when allocating, and whether it is sensitive
    alter table case_allocations add column oversight_note text;
    alter table case_allocations add column oversight_sensitive boolean not null default false;

    create table allocation_queue (
      id uuid primary key,
      person_id uuid not null references people (id),
      reason text not null check (reason in ('sentence', 'transfer', 'release')),
      -- the event, transfer request or release that brought the case here
      source_id uuid,
      team_code text references teams (code),
      pdu_code text references probation_delivery_units (code),
      entered_at timestamptz not null,
      left_at timestamptz,
      left_reason text,
      entered_by text not null
    );
    -- one open entry per person: enqueueing is idempotent and two writers cannot both add one
    create unique index allocation_queue_open on allocation_queue (person_id) where left_at is null;
    create index allocation_queue_team_open on allocation_queue (team_code) where left_at is null;
    create index allocation_queue_pdu_open on allocation_queue (pdu_code) where left_at is null;

    create table allocation_grade_rules (
      version integer not null,
      rosh_level text not null,
      grades text[] not null,
      grades_with_oversight text[] not null,
      effective_from date not null,
      effective_to date,
      primary key (version, rosh_level)
    );
    create table allocation_settings (
      key text primary key,
      value integer not null,
      description text not null
    );

    create table notifications (
      id uuid primary key,
      staff_code text not null references staff (code),
      kind text not null,
      title text not null,
      body text not null,
      link text,
      person_id uuid references people (id),
      created_at timestamptz not null,
      read_at timestamptz
    );
    create index notifications_staff on notifications (staff_code, created_at desc);

    create table domain_events (
      id uuid primary key,
      type text not null,
      payload jsonb not null,
      occurred_at timestamptz not null,
      published_at timestamptz
    );
    create index domain_events_unpublished on domain_events (occurred_at) where published_at is null;
  `.execute(db)
  for (const [level, grades, withOversight] of GRADE_RULES) {
    await sql`
      insert into allocation_grade_rules (version, rosh_level, grades, grades_with_oversight, effective_from)
      values (1, ${level}, ${grades}, ${withOversight}, '2026-01-01')
    `.execute(db)
  }
  await sql`
    insert into allocation_settings (key, value, description) values
      ('release_window_days', 56, 'Custody cases enter the allocation queue this many days before release'),
      ('first_appointment_days', 5, 'The first appointment is proposed this many working days after allocation')
  `.execute(db)
}
