// Requests between teams (issue 10): risk escalations, transfers and any other request one team makes of
// another are one request type, with its evidence (typed links into the record), every transition (the
// timeline both sides see) and, for transfers, the sender's time-limited read grant on the case.
// Request kinds are versioned reference data: a new deadline or a new kind is a new row, never an edit.
// Frozen: never edit after it has landed; add a new migration instead. Never import src/.
import { type Kysely, sql } from 'kysely'

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table request_kinds (
      code text not null,
      version integer not null,
      label text not null,
      -- calendar days from the day it is raised to the default deadline
      deadline_days integer not null check (deadline_days > 0),
      -- a transfer moves the case: the allocation ends and the case enters the receiving team's queue
      is_transfer boolean not null default false,
      -- transfers: how long the sender keeps read access to the case after acceptance
      sender_read_days integer check (sender_read_days >= 0),
      valid_from date not null,
      valid_to date,
      primary key (code, version)
    );
    insert into request_kinds (code, version, label, deadline_days, is_transfer, sender_read_days, valid_from) values
      ('risk_escalation', 1, 'Risk escalation', 5, false, null, '2026-01-01'),
      ('transfer', 1, 'Transfer', 10, true, 30, '2026-01-01'),
      ('information', 1, 'Request for information', 10, false, null, '2026-01-01'),
      ('other', 1, 'Other request', 10, false, null, '2026-01-01');

    create table requests (
      id uuid primary key,
      kind text not null,
      kind_version integer not null,
      person_id uuid not null references people (id),
      from_team_code text not null references teams (code),
      to_team_code text not null references teams (code),
      reason text not null,
      decision_maker text not null references staff (code),
      deadline date not null,
      state text not null check (state in ('raised', 'accepted', 'declined', 'done', 'withdrawn')),
      decision_reason text,
      -- transfers: the practitioner handing the case over, and their notes for the receiver
      sender_staff_code text references staff (code),
      sender_notes text,
      acknowledged_at timestamptz,
      acknowledged_by_id text,
      acknowledged_by_name text,
      raised_by_id text not null,
      raised_by_name text not null,
      raised_by_staff_code text,
      raised_at timestamptz not null,
      updated_at timestamptz not null,
      version integer not null default 1,
      foreign key (kind, kind_version) references request_kinds (code, version)
    );
    create index requests_to_team on requests (to_team_code, state, deadline);
    create index requests_from_team on requests (from_team_code, state, deadline);
    create index requests_person on requests (person_id, raised_at);
    create index requests_decision_maker on requests (decision_maker, state);

    create table request_evidence (
      request_id uuid not null references requests (id),
      position integer not null,
      kind text not null check (kind in ('contact', 'register', 'event', 'document')),
      record_id text not null,
      label text not null,
      primary key (request_id, position)
    );

    create table request_transitions (
      id uuid primary key,
      request_id uuid not null references requests (id),
      action text not null,
      from_state text,
      to_state text not null,
      reason text,
      actor_id text not null,
      actor_name text not null,
      occurred_at timestamptz not null
    );
    create index request_transitions_request on request_transitions (request_id, occurred_at);

    -- After a transfer the sender may still read the case until this date (inclusive).
    create table case_read_grants (
      id uuid primary key,
      person_id uuid not null references people (id),
      staff_code text references staff (code),
      user_id text,
      until date not null,
      request_id uuid not null references requests (id),
      created_at timestamptz not null,
      check (staff_code is not null or user_id is not null)
    );
    create index case_read_grants_person on case_read_grants (person_id, until);
  `.execute(db)
}
