// The tier of each case: every calculation kept (inputs with their sources, both models' results,
// what changed since the previous one and why), and overrides proposed by a practitioner and
// reviewed by a senior probation officer (issue 8).
// Frozen: never edit after it has landed; add a new migration instead. Never import src/.
import { type Kysely, sql } from 'kysely'

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table tier_calculations (
      id uuid primary key,
      seq bigint generated always as identity,
      person_id uuid not null references people (id),
      calculated_at timestamptz not null,
      calculation_date date not null,
      trigger text not null,
      status text not null check (status in ('calculated', 'needs_sex')),
      inputs jsonb not null,
      sources jsonb not null,
      result jsonb,
      changes jsonb not null
    );
    create index tier_calculations_person on tier_calculations (person_id, seq desc);

    create table tier_overrides (
      id uuid primary key,
      person_id uuid not null references people (id),
      calculation_id uuid not null references tier_calculations (id),
      model text not null check (model in ('v2', 'v3')),
      calculated_tier text,
      proposed_tier text not null,
      rationale text not null check (length(trim(rationale)) > 0),
      proposed_by_id text not null,
      proposed_by_name text not null,
      proposed_at timestamptz not null,
      status text not null check (status in ('proposed', 'approved', 'rejected', 'needs_review', 'superseded')),
      reviewed_by_id text,
      reviewed_by_name text,
      reviewed_at timestamptz,
      review_note text,
      flagged_at timestamptz,
      flagged_reason text
    );
    create index tier_overrides_person on tier_overrides (person_id, proposed_at desc);
  `.execute(db)
}
