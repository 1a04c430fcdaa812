// The SQL of "my cases": the current allocations of one practitioner, with the person's name (the people
// module owns that table; read here only to list the caseload in one round trip).
import type { Kysely, Transaction } from 'kysely'
import type { Database } from '../../platform/db/schema'

type Executor = Kysely<Database> | Transaction<Database>

export function currentCaseload(db: Executor, staffCode: string) {
  return db
    .selectFrom('case_allocations as a')
    .innerJoin('people as p', 'p.id', 'a.person_id')
    .select([
      'a.person_id',
      'p.crn',
      'p.first_name',
      'p.surname',
      'p.date_of_birth',
      'a.team_code',
      'a.started_at',
    ])
    .where('a.staff_code', '=', staffCode)
    .where('a.ended_at', 'is', null)
    .where('p.deleted_at', 'is', null)
    .orderBy('p.surname')
    .orderBy('p.first_name')
    .orderBy('p.crn')
    .execute()
}
