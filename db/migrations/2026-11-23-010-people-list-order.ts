// A person's aliases, addresses and circumstances come back in the order they were given, so that
// `aliases.0` means the same thing in a request, a response and a history snapshot.
// Frozen: never edit after it has landed; add a new migration instead. Never import src/.
import { type Kysely, sql } from 'kysely'

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table aliases add column ordinal integer not null default 0;
    alter table addresses add column ordinal integer not null default 0;
    alter table personal_circumstances add column ordinal integer not null default 0;
  `.execute(db)
}
