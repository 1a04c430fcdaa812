// Per-case restriction and exclusion lists (web issue, "Roles and case access"). A case with any
// restriction row is visible only to the users named there; a case never shows to a user named in its
// exclusions. `case_access_policies` holds the per-case "show as restricted" flag: owned by access, so
// the people table stays the case record's alone.
// Frozen: never edit after it has landed; add a new migration instead. Never import src/.
import { type Kysely, sql } from 'kysely'

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table case_restrictions (
      person_id uuid not null references people (id),
      user_id uuid not null references users (id),
      primary key (person_id, user_id)
    );
    create table case_exclusions (
      person_id uuid not null references people (id),
      user_id uuid not null references users (id),
      primary key (person_id, user_id)
    );
    create index case_exclusions_user on case_exclusions (user_id);
    create table case_access_policies (
      person_id uuid primary key references people (id),
      show_as_restricted boolean not null default false
    );
  `.execute(db)
}
