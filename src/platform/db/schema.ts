// Kysely's view of the tables, grouped by the module that owns them. Only that module's repository
// reads or writes them; other modules go through its index.ts.
import type { ColumnType, Generated } from 'kysely'

/** A calendar date, always 'YYYY-MM-DD' (see the DATE type parser in open.ts). */
type IsoDate = string
type CreatedAt = ColumnType<Date, Date | string | undefined, never>
type UpdatedAt = ColumnType<Date, Date | string | undefined, Date | string>
type Version = ColumnType<number, number | undefined, number>
/** numeric columns come back as strings, so decimal arithmetic stays exact. */
type Decimal = ColumnType<string, string | number, string | number>

export interface Database {
  // organisation
  regions: { code: string; name: string; created_at: CreatedAt }
  probation_delivery_units: { code: string; region_code: string; name: string; created_at: CreatedAt }
  teams: { code: string; pdu_code: string; name: string; created_at: CreatedAt }
  staff: {
    code: string
    team_code: string | null
    first_name: string
    surname: string
    email: string | null
    grade: string
    contracted_hours: Decimal
    vetting: string[]
    vetting_expires_on: IsoDate | null
    specialisms: string[]
    version: Version
    created_at: CreatedAt
    updated_at: UpdatedAt
    deleted_at: Date | null
  }
  // access
  users: {
    id: string
    username: string
    display_name: string
    password_hash: string | null
    staff_code: string | null
    created_at: CreatedAt
    disabled_at: Date | null
    /** How a first single sign-on finds this user (migration 150). */
    email: string | null
  }
  role_grants: { user_id: string; role: string; scope_type: string; scope_code: string | null }
  api_tokens: {
    id: string
    user_id: string
    token_hash: string
    name: string
    created_at: CreatedAt
    last_used_at: Date | null
    revoked_at: Date | null
  }
  web_sessions: {
    id_hash: string
    user_id: string
    csrf_token: string
    created_at: Date
    last_seen_at: Date
    absolute_expires_at: Date
    ended_at: Date | null
    ended_reason: string | null
    /** The roles this session may use; null: every role granted (migration 150). */
    roles: string[] | null
  }
  /** Single sign-on: provider identities of users, and sign-ins in progress (migration 150). */
  user_identities: {
    issuer: string
    subject: string
    user_id: string
    email: string | null
    linked_at: Date
    last_signed_in_at: Date | null
  }
  oidc_sign_in_attempts: {
    state_hash: string
    browser_hash: string
    nonce: string
    code_verifier: string
    return_to: string
    created_at: Date
    expires_at: Date
  }
  sign_in_throttles: {
    username_key: string
    failures: number
    window_started_at: Date | null
    locked_until: Date | null
  }
  /** Per-case restriction and exclusion lists and the "show as restricted" flag (migration 090). */
  case_restrictions: { person_id: string; user_id: string }
  case_exclusions: { person_id: string; user_id: string }
  case_access_policies: { person_id: string; show_as_restricted: boolean }
  /** Who manages each case, with history; at most one current row per person (migration 100). */
  case_allocations: {
    id: string
    person_id: string
    event_id: string | null
    staff_code: string
    team_code: string
    started_at: Date
    ended_at: Date | null
    end_reason: string | null
    rationale: string
    allocated_by: string
    version: Version
    /** Added by migration 120. */
    oversight_note: ColumnType<string | null, string | null | undefined, string | null>
    oversight_sensitive: ColumnType<boolean, boolean | undefined, boolean>
  }
  /** Cases waiting for a practitioner, at most one open entry per person (migration 120). */
  allocation_queue: {
    id: string
    person_id: string
    reason: string
    source_id: string | null
    team_code: string | null
    pdu_code: string | null
    entered_at: Date | string
    left_at: Date | string | null
    left_reason: string | null
    entered_by: string
  }
  allocation_grade_rules: {
    version: number
    rosh_level: string
    grades: string[]
    grades_with_oversight: string[]
    effective_from: IsoDate
    effective_to: IsoDate | null
  }
  allocation_settings: { key: string; value: number; description: string }
  notifications: {
    id: string
    staff_code: string
    kind: string
    title: string
    body: string
    link: string | null
    person_id: string | null
    created_at: Date | string
    read_at: Date | string | null
  }
  /** The outbox: events for other systems, published by a job (migration 120). */
  domain_events: {
    id: string
    type: string
    payload: ColumnType<unknown, string, never>
    occurred_at: Date | string
    published_at: Date | string | null
  }
  // people
  people: {
    id: string
    crn: string
    version: Version
    first_name: string
    middle_names: string | null
    surname: string
    date_of_birth: IsoDate | null
    sex: string
    gender_identity: string | null
    ethnicity: string | null
    nationality: string | null
    phone_number: string | null
    mobile_number: string | null
    email_address: string | null
    pnc: string | null
    cro: string | null
    prison_number: string | null
    ni_number: string | null
    created_at: CreatedAt
    updated_at: UpdatedAt
    deleted_at: Date | null
    /** The record this one was merged into (migration 060). */
    merged_into: ColumnType<string | null, string | null | undefined, string | null>
    merged_at: ColumnType<Date | null, Date | null | undefined, Date | null>
  }
  aliases: {
    id: string
    person_id: string
    /** Position in the person's list (migration 010). */
    ordinal: ColumnType<number, number | undefined, number>
    first_name: string
    middle_names: string | null
    surname: string
    date_of_birth: IsoDate | null
  }
  addresses: {
    id: string
    person_id: string
    ordinal: ColumnType<number, number | undefined, number>
    status: string
    no_fixed_abode: boolean
    building_name: string | null
    address_number: string | null
    street_name: string | null
    district: string | null
    town: string | null
    county: string | null
    postcode: string | null
    start_date: IsoDate | null
    end_date: IsoDate | null
    notes: string | null
  }
  personal_circumstances: {
    id: string
    person_id: string
    ordinal: ColumnType<number, number | undefined, number>
    kind: string
    type: string
    start_date: IsoDate | null
    end_date: IsoDate | null
    notes: string | null
  }
  /** Every name form of a person with its search keys (migration 060); written by search.repository.ts. */
  person_names: {
    person_id: string
    kind: string
    part: boolean
    first_key: string
    first_initial: string
    surname_key: string
    full_key: string | null
    first_phon: string
    surname_phon: string
    date_of_birth: IsoDate | null
  }
  person_merges: {
    id: string
    from_person_id: string
    to_person_id: string
    reason: string
    merged_at: Date
    merged_by: string
    moved: unknown
    from_record: unknown
    to_record: unknown
    undone_at: Date | null
    undone_by: string | null
    undone_reason: string | null
  }
  // sentences
  events: {
    id: string
    person_id: string
    event_number: number
    version: Version
    conviction_date: IsoDate | null
    court_name: string | null
    notes: string | null
    created_at: CreatedAt
    updated_at: UpdatedAt
    deleted_at: Date | null
  }
  offences: {
    id: string
    event_id: string
    main: boolean
    home_office_code: string
    description: string
    offence_date: IsoDate | null
    offence_count: number
    predictor_category: string | null
  }
  court_appearances: {
    id: string
    event_id: string
    appearance_date: IsoDate
    court_name: string
    appearance_type: string
    outcome: string | null
  }
  disposals: {
    id: string
    event_id: string
    type: string
    sentence_date: IsoDate | null
    length_value: number | null
    length_unit: string | null
    expected_end_date: IsoDate | null
    release_date: IsoDate | null
    licence_end_date: IsoDate | null
    terminated_date: IsoDate | null
    termination_reason: string | null
  }
  requirements: {
    id: string
    disposal_id: string
    type: string
    restrictive: boolean
    rar_days: number | null
    unpaid_work_hours: number | null
    length_months: number | null
    start_date: IsoDate | null
    end_date: IsoDate | null
    terminated_date: IsoDate | null
    notes: string | null
  }
  licence_conditions: {
    id: string
    disposal_id: string
    type: string
    description: string
    start_date: IsoDate | null
    end_date: IsoDate | null
  }
  // registers
  registers: {
    id: string
    person_id: string
    version: Version
    type: string
    level: string | null
    category: string | null
    registered_on: IsoDate
    next_review_on: IsoDate | null
    deregistered_on: IsoDate | null
    deregistration_reason: string | null
    notes: string | null
    created_at: CreatedAt
    updated_at: UpdatedAt
    deleted_at: Date | null
  }
  // contacts (migration 070)
  contact_types: {
    code: string
    version: number
    label: string
    appointment: boolean
    counts_towards_rar: boolean
    needs_outcome: boolean
    credits_unpaid_work: boolean
    effective_from: IsoDate
    effective_to: IsoDate | null
  }
  contacts: {
    id: string
    person_id: string
    event_id: string | null
    requirement_id: string | null
    type_code: string
    type_version: number
    contact_date: IsoDate
    /** 'HH:MM', local time in England and Wales. */
    start_time: string | null
    end_time: string | null
    location: string | null
    staff_code: string
    series_id: string | null
    status: ColumnType<string, string | undefined, string>
    rescheduled_to: string | null
    reschedule_reason: string | null
    outcome: string | null
    absence_reason: string | null
    outcome_recorded_at: Date | null
    hours_credited: Decimal | null
    notes: string | null
    sensitive: ColumnType<boolean, boolean | undefined, boolean>
    version: Version
    created_at: CreatedAt
    updated_at: UpdatedAt
  }
  contact_frequencies: {
    tier_letter: string
    stage: string
    version: number
    interval_days: number
    effective_from: IsoDate
    effective_to: IsoDate | null
  }
  // enforcement (migration 070)
  enforcement_actions: {
    id: string
    person_id: string
    event_id: string
    action: string
    decided_on: IsoDate
    response_due_on: IsoDate | null
    contact_ids: string[]
    proposed_action: string
    proposal: ColumnType<unknown, string, never>
    policy_version: string
    override: boolean
    rationale: string
    staff_code: string | null
    decided_by: string
    created_at: CreatedAt
  }
  breach_packs: {
    id: string
    person_id: string
    event_id: string
    enforcement_action_id: string
    kind: string
    status: ColumnType<string, string | undefined, string>
    statement: string | null
    practitioner_staff_code: string | null
    manager_staff_code: string | null
    content: ColumnType<unknown, string | null | undefined, string | null>
    html: string | null
    submitted_at: Date | null
    version: Version
    created_at: CreatedAt
    updated_at: UpdatedAt
  }
  // predictors (migration 050); jsonb columns are written as JSON text
  predictor_scores: {
    id: string
    seq: Generated<number>
    person_id: string
    computed_at: Date
    assessment_date: IsoDate
    fingerprint: string
    rules_version: string
    coefficient_sets: ColumnType<unknown, string, never>
    inputs: ColumnType<unknown, string, never>
    scores: ColumnType<unknown, string, never>
  }
  predictor_corrections: {
    id: string
    seq: Generated<number>
    person_id: string
    input: string
    value: ColumnType<unknown, string | null, never>
    reason: string
    corrected_by_id: string
    corrected_by_name: string
    corrected_at: Date
  }
  // tiering (migration 080); jsonb columns are written as JSON text
  /** A view (migration 105): the tier in use per person, the approved override where there is one. */
  current_tiers: {
    person_id: string
    calculation_id: string
    calculated_at: Date
    status: string
    calculated_v2: string | null
    calculated_v3: string | null
    tier_v2: string | null
    tier_v3: string | null
    overridden: boolean
  }
  tier_calculations: {
    id: string
    seq: Generated<number>
    person_id: string
    calculated_at: Date
    calculation_date: IsoDate
    trigger: string
    status: 'calculated' | 'needs_sex'
    inputs: ColumnType<unknown, string, never>
    sources: ColumnType<unknown, string, never>
    result: ColumnType<unknown, string | null, never>
    changes: ColumnType<unknown, string, never>
  }
  tier_overrides: {
    id: string
    person_id: string
    calculation_id: string
    model: 'v2' | 'v3'
    calculated_tier: string | null
    proposed_tier: string
    rationale: string
    proposed_by_id: string
    proposed_by_name: string
    proposed_at: Date
    status: 'proposed' | 'approved' | 'rejected' | 'needs_review' | 'superseded'
    reviewed_by_id: string | null
    reviewed_by_name: string | null
    reviewed_at: Date | null
    review_note: string | null
    flagged_at: Date | null
    flagged_reason: string | null
  }
  // requests (migration 130)
  request_kinds: {
    code: string
    version: number
    label: string
    deadline_days: number
    is_transfer: boolean
    sender_read_days: number | null
    valid_from: IsoDate
    valid_to: IsoDate | null
  }
  requests: {
    id: string
    kind: string
    kind_version: number
    person_id: string
    from_team_code: string
    to_team_code: string
    reason: string
    decision_maker: string
    deadline: IsoDate
    state: 'raised' | 'accepted' | 'declined' | 'done' | 'withdrawn'
    decision_reason: string | null
    sender_staff_code: string | null
    sender_notes: string | null
    acknowledged_at: Date | null
    acknowledged_by_id: string | null
    acknowledged_by_name: string | null
    raised_by_id: string
    raised_by_name: string
    raised_by_staff_code: string | null
    raised_at: Date
    updated_at: Date
    version: Version
  }
  request_evidence: {
    request_id: string
    position: number
    kind: 'contact' | 'register' | 'event' | 'document'
    record_id: string
    label: string
  }
  request_transitions: {
    id: string
    request_id: string
    action: string
    from_state: string | null
    to_state: string
    reason: string | null
    actor_id: string
    actor_name: string
    occurred_at: Date
  }
  case_read_grants: {
    id: string
    person_id: string
    staff_code: string | null
    user_id: string | null
    until: IsoDate
    request_id: string
    created_at: Date
  }
  // assessment (migration 140)
  assessments: {
    id: string
    person_id: string
    sequence: number
    previous_id: string | null
    question_set: string
    status: string
    answers: ColumnType<unknown, string, string>
    plan: ColumnType<unknown, string, string>
    owner_id: string
    owner_name: string
    owner_setting: string
    author_grade: string | null
    needs: ColumnType<unknown, string | null | undefined, string | null>
    completed_at: Date | null
    completed_by_id: string | null
    completed_by_name: string | null
    countersigned_at: Date | null
    countersigned_by_id: string | null
    countersigned_by_name: string | null
    created_at: CreatedAt
    updated_at: UpdatedAt
    version: Version
  }
  assessment_ownership_requests: {
    id: string
    assessment_id: string
    requested_by_id: string
    requested_by_name: string
    setting: string
    reason: string
    status: string
    requested_at: Date
    decided_by_id: string | null
    decided_by_name: string | null
    decided_at: Date | null
    decision_note: string | null
  }
  // workload (migration 110); jsonb columns are written as JSON text
  workload_reference: {
    id: string
    seq: Generated<number>
    kind: string
    effective_from: IsoDate
    data: ColumnType<unknown, string, never>
    note: string | null
    recorded_at: CreatedAt
    recorded_by: string
  }
  workload_reductions: {
    id: string
    staff_code: string
    reason_code: string
    hours: Decimal | null
    percent: Decimal | null
    start_date: IsoDate
    end_date: IsoDate
    notes: string | null
    created_at: CreatedAt
    created_by: string
    version: Version
    deleted_at: Date | null
  }
  workload_court_reports: {
    id: string
    staff_code: string
    type: 'standard' | 'fast'
    person_id: string | null
    requested_on: IsoDate
    created_at: CreatedAt
    created_by: string
    deleted_at: Date | null
  }
  workload_snapshots: {
    staff_code: string
    snapshot_date: IsoDate
    case_count: number
    points: number
    available_points: number
    capacity_percent: Decimal
    contracted_hours: Decimal
    reduction_hours: Decimal
    calculated_at: Date
    trigger: string
  }
  // audit
  audit_log: {
    id: Generated<number>
    occurred_at: ColumnType<Date, never, never>
    actor_kind: string
    actor_id: string
    actor_name: string
    source: string
    request_id: string | null
    action: string
    target_type: string
    target_id: string
    crn: string | null
    data: ColumnType<unknown, string | null, never>
  }
}
