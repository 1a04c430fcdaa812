// The tier in use for each person, as one view the other modules read (workload, allocation, tier
// counts) instead of each repeating the query: the latest calculation, and the approved override of
// each model where there is one (an override flagged for review is no longer in use, as in the tier
// service). Owned by tiering. The laterals keep it an index lookup per person, so a join from a
// caseload or a queue only touches the people it names.
// Frozen: never edit after it has landed; add a new migration instead. Never import src/.
import { type Kysely, sql } from 'kysely'

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create view current_tiers as
    select p.id as person_id, tc.id as calculation_id, tc.calculated_at, tc.status,
      tc.result -> 'v2' ->> 'tier' as calculated_v2,
      tc.result -> 'v3' ->> 'tier' as calculated_v3,
      coalesce(o2.proposed_tier, tc.result -> 'v2' ->> 'tier') as tier_v2,
      coalesce(o3.proposed_tier, tc.result -> 'v3' ->> 'tier') as tier_v3,
      (o2.proposed_tier is not null or o3.proposed_tier is not null) as overridden
    from people p
    join lateral (
      select t.id, t.calculated_at, t.status, t.result from tier_calculations t
      where t.person_id = p.id order by t.seq desc limit 1
    ) tc on true
    left join lateral (
      select o.proposed_tier from tier_overrides o
      where o.person_id = p.id and o.model = 'v2' and o.status = 'approved'
      order by o.proposed_at desc limit 1
    ) o2 on true
    left join lateral (
      select o.proposed_tier from tier_overrides o
      where o.person_id = p.id and o.model = 'v3' and o.status = 'approved'
      order by o.proposed_at desc limit 1
    ) o3 on true
    where p.deleted_at is null;
  `.execute(db)
}
