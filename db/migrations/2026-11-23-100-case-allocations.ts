// Who manages each case: the allocation of a person's case to a practitioner in a team, with its history.
// Owned by the allocation module; workload reads the current rows to count a practitioner's cases, and
// "my cases" lists them. At most one current allocation per person, enforced by the database, so two
// managers allocating the same case at the same moment can never both succeed.
// Frozen: never edit after it has landed; add a new migration instead. Never import src/.
import { type Kysely, sql } from 'kysely'

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table case_allocations (
      id uuid primary key,
      person_id uuid not null references people (id),
      -- the sentence that brought the case to allocation; null when allocated for the person as a whole
      event_id uuid references events (id),
      staff_code text not null references staff (code),
      team_code text not null references teams (code),
      started_at timestamptz not null,
      ended_at timestamptz,
      end_reason text,
      rationale text not null,
      allocated_by text not null,
      version integer not null default 1
    );
    create unique index case_allocations_current on case_allocations (person_id) where ended_at is null;
    create index case_allocations_staff_current on case_allocations (staff_code) where ended_at is null;
    create index case_allocations_team_current on case_allocations (team_code) where ended_at is null;
    create index case_allocations_person_history on case_allocations (person_id, started_at);
  `.execute(db)
}
