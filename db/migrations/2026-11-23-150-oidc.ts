// Single sign-on with OpenID Connect: which provider identity (issuer and subject) is which local user,
// the short-lived state of sign-ins in progress, and the roles a session may use. Also an email for
// users, by which a first single sign-on finds its local account.
// Frozen: never edit after it has landed; add a new migration instead. Never import src/.
import { type Kysely, sql } from 'kysely'

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table users add column email text;
    create unique index users_email on users (lower(email));

    -- One row per provider identity; a user may have several (one per provider, or a changed subject).
    create table user_identities (
      issuer text not null,
      subject text not null,
      user_id uuid not null references users (id),
      email text,
      linked_at timestamptz not null,
      last_signed_in_at timestamptz,
      primary key (issuer, subject)
    );
    create index user_identities_user on user_identities (user_id);

    -- A sign-in sent to the provider and not yet back: the state (only its hash), the nonce and the PKCE
    -- verifier stay here, never in the browser, and the row is taken (deleted) when the browser returns.
    create table oidc_sign_in_attempts (
      state_hash text primary key,
      browser_hash text not null,
      nonce text not null,
      code_verifier text not null,
      return_to text not null,
      created_at timestamptz not null,
      expires_at timestamptz not null
    );
    create index oidc_sign_in_attempts_expiry on oidc_sign_in_attempts (expires_at);

    -- The roles this session may use; null means every role the user is granted. Single sign-on can
    -- narrow them to those a provider's roles claim also names.
    alter table web_sessions add column roles text[];
  `.execute(db)
}
