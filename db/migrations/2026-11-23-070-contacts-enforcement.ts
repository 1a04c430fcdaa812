// Contacts and appointments with their outcomes, enforcement decisions (warnings, breaches, recalls),
// breach packs, and two kinds of reference data: contact types and expected contact frequency.
// Reference data is versioned: a contact keeps the version of its type it was recorded under, so a
// later change to the type never rewrites history.
// Frozen: never edit after it has landed; add a new migration instead. Never import src/.
import { type Kysely, sql } from 'kysely'

// code, label, appointment, counts towards RAR, needs an outcome, credits unpaid-work hours
const CONTACT_TYPES: [string, string, boolean, boolean, boolean, boolean][] = [
  ['office_visit', 'Office appointment', true, false, true, false],
  ['home_visit', 'Home visit', true, false, true, false],
  ['telephone', 'Telephone appointment', true, false, true, false],
  ['video', 'Video appointment', true, false, true, false],
  ['rar_activity', 'RAR activity (one to one)', true, true, true, false],
  ['structured_intervention', 'Structured intervention session (RAR)', true, true, true, false],
  ['programme_session', 'Accredited programme session', true, false, true, false],
  ['unpaid_work_session', 'Unpaid work session', true, false, true, true],
  ['three_way_meeting', 'Three-way meeting', true, false, true, false],
  ['court', 'Court appearance', false, false, false, false],
  ['other_agency', 'Contact with another agency', false, false, false, false],
  ['letter', 'Letter', false, false, false, false],
  ['email', 'Email', false, false, false, false],
  ['text_message', 'Text message', false, false, false, false],
  ['case_note', 'Case note', false, false, false, false],
]

// Expected days between contacts by the letter of the protect-by-change tier (docs/DECISIONS.md, 19):
// [letter, first 12 weeks of the order or licence, afterwards]. Placeholder values until administrators
// set the national standard; docs/enforcement.md says so.
const FREQUENCIES: [string, number, number][] = [
  ['A', 7, 7],
  ['B', 7, 14],
  ['C', 7, 28],
  ['D', 14, 42],
]

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table contact_types (
      code text not null,
      version integer not null,
      label text not null,
      appointment boolean not null,
      counts_towards_rar boolean not null,
      needs_outcome boolean not null,
      credits_unpaid_work boolean not null,
      effective_from date not null,
      effective_to date,
      primary key (code, version)
    );

    create table contacts (
      id uuid primary key,
      person_id uuid not null references people (id),
      event_id uuid references events (id),
      requirement_id uuid references requirements (id),
      type_code text not null,
      type_version integer not null,
      contact_date date not null,
      start_time text check (start_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
      end_time text check (end_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
      location text,
      staff_code text not null references staff (code),
      series_id uuid,
      status text not null default 'booked' check (status in ('booked', 'rescheduled', 'cancelled')),
      rescheduled_to uuid references contacts (id),
      reschedule_reason text,
      outcome text check (outcome in ('attended_complied', 'attended_failed_to_comply',
        'sent_home_behaviour', 'sent_home_service_issues', 'acceptable_absence', 'unacceptable_absence',
        'failed_to_attend')),
      absence_reason text,
      outcome_recorded_at timestamptz,
      hours_credited numeric(5, 2),
      notes text,
      sensitive boolean not null default false,
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      foreign key (type_code, type_version) references contact_types (code, version),
      check ((end_time is null) or (start_time is not null and end_time > start_time))
    );
    create index contacts_person_date on contacts (person_id, contact_date);
    create index contacts_staff_date on contacts (staff_code, contact_date);
    create index contacts_event on contacts (event_id) where event_id is not null;
    create index contacts_requirement on contacts (requirement_id) where requirement_id is not null;
    create index contacts_rescheduled_to on contacts (rescheduled_to) where rescheduled_to is not null;

    create table enforcement_actions (
      id uuid primary key,
      person_id uuid not null references people (id),
      event_id uuid not null references events (id),
      action text not null check (action in ('warning_issued', 'breach_initiated', 'recall_requested',
        'no_further_action', 'breach_concluded')),
      decided_on date not null,
      response_due_on date,
      contact_ids uuid[] not null default '{}',
      proposed_action text not null,
      proposal jsonb not null,
      policy_version text not null,
      override boolean not null,
      rationale text not null,
      staff_code text references staff (code),
      decided_by text not null,
      created_at timestamptz not null default now()
    );
    create index enforcement_actions_person on enforcement_actions (person_id, decided_on);
    create index enforcement_actions_event on enforcement_actions (event_id);
    create index enforcement_actions_override on enforcement_actions (created_at) where override;

    create table breach_packs (
      id uuid primary key,
      person_id uuid not null references people (id),
      event_id uuid not null references events (id),
      enforcement_action_id uuid not null unique references enforcement_actions (id),
      kind text not null check (kind in ('breach', 'recall')),
      status text not null default 'draft' check (status in ('draft', 'submitted')),
      statement text,
      practitioner_staff_code text references staff (code),
      manager_staff_code text references staff (code),
      content jsonb,
      html text,
      submitted_at timestamptz,
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create index breach_packs_person on breach_packs (person_id);

    create table contact_frequencies (
      tier_letter text not null check (tier_letter in ('A', 'B', 'C', 'D')),
      stage text not null check (stage in ('first_12_weeks', 'after_12_weeks')),
      version integer not null,
      interval_days integer not null check (interval_days between 1 and 365),
      effective_from date not null,
      effective_to date,
      primary key (tier_letter, stage, version)
    );
  `.execute(db)

  for (const [code, label, appointment, rar, outcome, unpaid] of CONTACT_TYPES) {
    await sql`
      insert into contact_types (code, version, label, appointment, counts_towards_rar, needs_outcome,
        credits_unpaid_work, effective_from)
      values (${code}, 1, ${label}, ${appointment}, ${rar}, ${outcome}, ${unpaid}, '2026-01-01')
    `.execute(db)
  }
  for (const [letter, first, after] of FREQUENCIES) {
    await sql`
      insert into contact_frequencies (tier_letter, stage, version, interval_days, effective_from)
      values (${letter}, 'first_12_weeks', 1, ${first}, '2026-01-01'),
             (${letter}, 'after_12_weeks', 1, ${after}, '2026-01-01')
    `.execute(db)
  }
}
