// Test factories for workload: a team with staff, and cases allocated to them with a tier and a sentence.
// Allocations and tier calculations are written straight to their tables (owned by allocation and
// tiering), as those modules' own writes would leave them.
import { sql } from 'kysely'
import { systemActor } from '../../../test/harness'
import { newId } from '../../platform/ids'
import type { Services } from '../../services'
import { contactsFixture } from '../contacts/contacts.fixture'

export type Sentence = 'community' | 'custody' | 'licence' | 'none'

export function workloadFixture(services: Services) {
  const base = contactsFixture(services)
  const db = services.database.db
  let people = 0
  const letters = (n: number): string =>
    (n < 26 ? '' : letters(Math.floor(n / 26) - 1)) + String.fromCharCode(97 + (n % 26))
  return {
    newTeam: base.newTeam,
    async newStaff(teamCode: string, grade: 'PO' | 'PSO' | 'PQiP' | 'NQO' | 'SPO' = 'PO', hours = 37) {
      const code = await base.newStaff('PO', teamCode)
      await db.updateTable('staff').set({ grade, contracted_hours: hours }).where('code', '=', code).execute()
      return code
    },
    /** A person with a sentence, a v2 tier (null: untiered) and a current allocation to the staff member. */
    async allocate(
      staffCode: string,
      teamCode: string,
      over: { tier?: string | null; sentence?: Sentence; dateOfBirth?: string } = {},
    ) {
      const surname = `Case${letters(people++)}`
      const { crn } = (await services.people.createPerson(systemActor, {
        firstName: 'Alex',
        surname,
        sex: 'male',
      })) as { crn: string }
      const person = await db
        .selectFrom('people')
        .select('id')
        .where('crn', '=', crn)
        .executeTakeFirstOrThrow()
      await db
        .updateTable('people')
        .set({ date_of_birth: over.dateOfBirth ?? '1980-01-01' })
        .where('id', '=', person.id)
        .execute()
      const sentence = over.sentence ?? 'community'
      if (sentence !== 'none') {
        const eventId = newId()
        await db.insertInto('events').values({ id: eventId, person_id: person.id, event_number: 1 }).execute()
        await db
          .insertInto('disposals')
          .values({
            id: newId(),
            event_id: eventId,
            type: sentence === 'community' ? 'community_order' : 'custody',
            sentence_date: '2026-01-05',
            expected_end_date: '2028-01-04',
            release_date:
              sentence === 'custody' ? '2027-06-01' : sentence === 'licence' ? '2026-06-01' : null,
            licence_end_date: sentence === 'community' ? null : '2028-01-04',
          })
          .execute()
      }
      const tier = over.tier === undefined ? 'B2' : over.tier
      if (tier !== null) await insertTier(services, person.id, tier)
      await db
        .insertInto('case_allocations')
        .values({
          id: newId(),
          person_id: person.id,
          event_id: null,
          staff_code: staffCode,
          team_code: teamCode,
          started_at: new Date(),
          rationale: 'test',
          allocated_by: systemActor.name,
        })
        .execute()
      return { crn, personId: person.id }
    },
  }
}

export async function insertTier(services: Services, personId: string, v2: string, v3: string | null = 'C') {
  await sql`
    insert into tier_calculations (id, person_id, calculated_at, calculation_date, trigger, status, inputs, sources, result, changes)
    values (${newId()}, ${personId}, now(), '2026-11-23', 'test', 'calculated', '{}', '{}',
            ${JSON.stringify({ v2: { tier: v2 }, v3: { tier: v3 } })}::jsonb, '[]')`.execute(
    services.database.db,
  )
}
