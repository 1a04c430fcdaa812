// Assessments of needs and risk of serious harm, with their sentence plans (issue 7). One row per
// assessment: answers, RoSH and plan are JSON documents keyed by the versioned question set in code, so
// a new question needs no migration. A completed assessment is locked (never updated again but for
// plan reviews); a reassessment is a new row pointing at the previous one. Ownership requests move the
// draft between custody and community practitioners without a help desk.
// Frozen: never edit after it has landed; add a new migration instead. Never import src/.
import { type Kysely, sql } from 'kysely'

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table assessments (
      id uuid primary key,
      person_id uuid not null references people (id),
      sequence integer not null,
      previous_id uuid references assessments (id),
      question_set text not null,
      status text not null check (status in ('draft', 'awaiting_countersignature', 'completed')),
      answers jsonb not null default '{}',
      plan jsonb not null default '{}',
      owner_id text not null,
      owner_name text not null,
      owner_setting text not null check (owner_setting in ('community', 'custody')),
      author_grade text,
      needs jsonb,
      completed_at timestamptz,
      completed_by_id text,
      completed_by_name text,
      countersigned_at timestamptz,
      countersigned_by_id text,
      countersigned_by_name text,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      version integer not null default 1,
      unique (person_id, sequence)
    );
    -- At most one assessment in progress per person: a second practitioner requests ownership instead.
    create unique index assessments_one_open on assessments (person_id) where status <> 'completed';
    create index assessments_latest_completed on assessments (person_id, completed_at desc)
      where status = 'completed';
    create table assessment_ownership_requests (
      id uuid primary key,
      assessment_id uuid not null references assessments (id),
      requested_by_id text not null,
      requested_by_name text not null,
      setting text not null check (setting in ('community', 'custody')),
      reason text not null,
      status text not null check (status in ('pending', 'approved', 'declined', 'withdrawn')),
      requested_at timestamptz not null,
      decided_by_id text,
      decided_by_name text,
      decided_at timestamptz,
      decision_note text
    );
    create unique index assessment_ownership_one_pending on assessment_ownership_requests (assessment_id)
      where status = 'pending';
  `.execute(db)
}
