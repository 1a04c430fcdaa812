// The risk predictors computed in the case (issue 6): every distinct set of inputs a score was computed
// from, with the coefficient sets and rules version used, and the practitioners' corrections of inputs.
// The offence mapping table lives in code (src/modules/predictors/offence-mapping.table.ts), reviewed
// with the rules that read it.
// Frozen: never edit after it has landed; add a new migration instead. Never import src/.
import { type Kysely, sql } from 'kysely'

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    -- One row each time (seq orders them, whatever the clock says) the inputs (or the rules or coefficient sets) differ from the person's last row.
    -- The full explanation is recomputed from the stored inputs, which the rules version pins down.
    create table predictor_scores (
      id uuid primary key,
      seq bigint generated always as identity,
      person_id uuid not null references people (id),
      computed_at timestamptz not null,
      assessment_date date not null,
      fingerprint text not null,
      rules_version text not null,
      coefficient_sets jsonb not null,
      inputs jsonb not null,
      scores jsonb not null
    );
    create index predictor_scores_person on predictor_scores (person_id, seq);

    -- Append-only: a later correction of the same input supersedes an earlier one; a null value puts
    -- the record's own value back.
    create table predictor_corrections (
      id uuid primary key,
      seq bigint generated always as identity,
      person_id uuid not null references people (id),
      input text not null,
      value jsonb,
      reason text not null check (length(reason) > 0),
      corrected_by_id text not null,
      corrected_by_name text not null,
      corrected_at timestamptz not null
    );
    create index predictor_corrections_person on predictor_corrections (person_id, seq);
  `.execute(db)
}
