// Web sessions and sign-in throttling, kept in the database so that any number of stateless processes
// can serve the web app. Only a hash of each session id is stored: a copy of the table signs nobody in.
// Frozen: never edit after it has landed; add a new migration instead. Never import src/.
import { type Kysely, sql } from 'kysely'

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table web_sessions (
      id_hash text primary key,
      user_id uuid not null references users (id),
      csrf_token text not null,
      created_at timestamptz not null,
      last_seen_at timestamptz not null,
      absolute_expires_at timestamptz not null,
      ended_at timestamptz,
      ended_reason text
    );
    create index web_sessions_live_by_user on web_sessions (user_id) where ended_at is null;

    -- One row per username being tried (whether or not such a user exists, so that the answers never
    -- reveal which usernames are real); deleted on a successful sign-in.
    create table sign_in_throttles (
      username_key text primary key,
      failures integer not null check (failures >= 0),
      window_started_at timestamptz,
      locked_until timestamptz
    );
  `.execute(db)
}
