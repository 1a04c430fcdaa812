// The case record: organisation, access, people, events and sentences, registers and the audit trail.
// Frozen: never edit after it has landed; add a new migration instead. Never import src/.
import { type Kysely, sql } from 'kysely'

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create extension if not exists pg_trgm;
    create extension if not exists fuzzystrmatch;

    -- organisation ---------------------------------------------------------------------------------
    create table regions (
      code text primary key,
      name text not null,
      created_at timestamptz not null default now()
    );
    create table probation_delivery_units (
      code text primary key,
      region_code text not null references regions (code),
      name text not null,
      created_at timestamptz not null default now()
    );
    create index probation_delivery_units_region on probation_delivery_units (region_code);
    create table teams (
      code text primary key,
      pdu_code text not null references probation_delivery_units (code),
      name text not null,
      created_at timestamptz not null default now()
    );
    create index teams_pdu on teams (pdu_code);
    create table staff (
      code text primary key,
      team_code text references teams (code),
      first_name text not null,
      surname text not null,
      email text,
      grade text not null check (grade in ('PO', 'PSO', 'PQiP', 'NQO', 'SPO')),
      contracted_hours numeric(5, 2) not null check (contracted_hours >= 0 and contracted_hours <= 80),
      vetting text[] not null default '{}',
      vetting_expires_on date,
      specialisms text[] not null default '{}',
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      deleted_at timestamptz
    );
    create index staff_team on staff (team_code);

    -- access ---------------------------------------------------------------------------------------
    create table users (
      id uuid primary key,
      username text not null unique,
      display_name text not null,
      password_hash text,
      staff_code text references staff (code),
      created_at timestamptz not null default now(),
      disabled_at timestamptz
    );
    create table role_grants (
      user_id uuid not null references users (id),
      role text not null check (role in ('practitioner', 'spo', 'admin', 'court', 'analyst', 'partner')),
      scope_type text not null check (scope_type in ('national', 'region', 'pdu', 'team')),
      scope_code text,
      primary key (user_id, role, scope_type),
      check ((scope_type = 'national') = (scope_code is null))
    );
    create table api_tokens (
      id uuid primary key,
      user_id uuid not null references users (id),
      token_hash text not null unique,
      name text not null,
      created_at timestamptz not null default now(),
      last_used_at timestamptz,
      revoked_at timestamptz
    );
    create index api_tokens_user on api_tokens (user_id);

    -- people ---------------------------------------------------------------------------------------
    create sequence crn_sequence;
    create table people (
      id uuid primary key,
      crn text not null unique check (crn ~ '^[A-Z][0-9]{6}$'),
      version integer not null default 1,
      first_name text not null,
      middle_names text,
      surname text not null,
      date_of_birth date,
      sex text not null check (sex in ('male', 'female', 'other', 'unknown')),
      gender_identity text,
      ethnicity text,
      nationality text,
      phone_number text,
      mobile_number text,
      email_address text,
      pnc text,
      cro text,
      prison_number text,
      ni_number text,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      deleted_at timestamptz
    );
    create index people_pnc on people (pnc) where pnc is not null;
    create index people_cro on people (cro) where cro is not null;
    create index people_prison_number on people (prison_number) where prison_number is not null;
    create index people_ni_number on people (ni_number) where ni_number is not null;
    create index people_surname_dob on people (lower(surname), date_of_birth);

    create table aliases (
      id uuid primary key,
      person_id uuid not null references people (id),
      first_name text not null,
      middle_names text,
      surname text not null,
      date_of_birth date
    );
    create index aliases_person on aliases (person_id);

    create table addresses (
      id uuid primary key,
      person_id uuid not null references people (id),
      status text not null check (status in ('main', 'previous', 'secondary', 'postal')),
      no_fixed_abode boolean not null default false,
      building_name text,
      address_number text,
      street_name text,
      district text,
      town text,
      county text,
      postcode text,
      start_date date,
      end_date date,
      notes text
    );
    create index addresses_person on addresses (person_id);
    create index addresses_postcode on addresses (postcode) where postcode is not null;

    create table personal_circumstances (
      id uuid primary key,
      person_id uuid not null references people (id),
      kind text not null check (kind in ('circumstance', 'disability', 'reasonable_adjustment')),
      type text not null,
      start_date date,
      end_date date,
      notes text
    );
    create index personal_circumstances_person on personal_circumstances (person_id);

    -- sentences ------------------------------------------------------------------------------------
    create table events (
      id uuid primary key,
      person_id uuid not null references people (id),
      event_number integer not null,
      version integer not null default 1,
      conviction_date date,
      court_name text,
      notes text,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      deleted_at timestamptz,
      unique (person_id, event_number)
    );
    create table offences (
      id uuid primary key,
      event_id uuid not null references events (id),
      main boolean not null,
      home_office_code text not null,
      description text not null,
      offence_date date,
      offence_count integer not null default 1,
      predictor_category text
    );
    create index offences_event on offences (event_id);
    create table court_appearances (
      id uuid primary key,
      event_id uuid not null references events (id),
      appearance_date date not null,
      court_name text not null,
      appearance_type text not null,
      outcome text
    );
    create index court_appearances_event on court_appearances (event_id);
    create table disposals (
      id uuid primary key,
      event_id uuid not null unique references events (id),
      type text not null check (type in ('community_order', 'suspended_sentence_order', 'custody', 'post_sentence_supervision')),
      sentence_date date,
      length_value integer,
      length_unit text check (length_unit in ('days', 'weeks', 'months', 'years')),
      expected_end_date date,
      release_date date,
      licence_end_date date,
      terminated_date date,
      termination_reason text
    );
    create table requirements (
      id uuid primary key,
      disposal_id uuid not null references disposals (id),
      type text not null,
      restrictive boolean not null,
      rar_days integer,
      unpaid_work_hours integer,
      length_months integer,
      start_date date,
      end_date date,
      terminated_date date,
      notes text
    );
    create index requirements_disposal on requirements (disposal_id);
    create table licence_conditions (
      id uuid primary key,
      disposal_id uuid not null references disposals (id),
      type text not null,
      description text not null,
      start_date date,
      end_date date
    );
    create index licence_conditions_disposal on licence_conditions (disposal_id);
    create index events_person on events (person_id);

    -- registers ------------------------------------------------------------------------------------
    create table registers (
      id uuid primary key,
      person_id uuid not null references people (id),
      version integer not null default 1,
      type text not null,
      level text,
      category text,
      registered_on date not null,
      next_review_on date,
      deregistered_on date,
      deregistration_reason text,
      notes text,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      deleted_at timestamptz
    );
    create index registers_person on registers (person_id);

    -- audit: append-only ---------------------------------------------------------------------------
    create table audit_log (
      id bigint generated always as identity primary key,
      occurred_at timestamptz not null default clock_timestamp(),
      actor_kind text not null,
      actor_id text not null,
      actor_name text not null,
      source text not null,
      request_id text,
      action text not null,
      target_type text not null,
      target_id text not null,
      crn text,
      data jsonb
    );
    create index audit_log_target on audit_log (target_type, target_id, id);
    create index audit_log_crn on audit_log (crn, id) where crn is not null;
    create function audit_log_is_append_only() returns trigger language plpgsql as $$
      begin
        raise exception 'the audit log is append-only';
      end
    $$;
    create trigger audit_log_append_only before update or delete on audit_log
      for each row execute function audit_log_is_append_only();
    create trigger audit_log_no_truncate before truncate on audit_log
      for each statement execute function audit_log_is_append_only();
  `.execute(db)
}
