// The bulk path for the demo-data seeder: many registers in one transaction, multi-row inserts, audit
// in a few statements. Each item is validated as createRegister validates it; the batch is refused
// whole with every problem, by index and field. The one-active-flag-per-type check is the caller's.
import type { Transaction } from 'kysely'
import type { Actor } from '../../platform/actor'
import type { Database } from '../../platform/db/schema'
import { type ErrorDetail, ValidationError } from '../../platform/errors'
import { newId } from '../../platform/ids'
import { issuesToDetails } from '../../platform/validation'
import { requirePermission } from '../access'
import type { ServiceDeps } from '../deps'
import { factsOf, rowOf } from './registers.present'
import * as repo from './registers.repository'
import { registerProblems } from './registers.rules'
import { registerInput } from './registers.schema'

export interface RegisterImportItem {
  crn: string
  /** The person's internal id (from the people module), trusted as given: the foreign key checks it. */
  personId: string
  /** The same shape as POST /people/{crn}/registers. */
  register: unknown
}

const AUDIT_BATCH = 2000

export function createRegistersImport({ db, clock, audit }: ServiceDeps) {
  return {
    async importRegisters(
      actor: Actor,
      items: RegisterImportItem[],
      options: { trx?: Transaction<Database> } = {},
    ): Promise<{ id: string; crn: string }[]> {
      requirePermission(actor, 'person:write')
      const today = clock.today()
      const at = clock.now()
      const problems: ErrorDetail[] = []
      const rows: ReturnType<typeof rowOf>[] = []
      items.forEach((item, i) => {
        if (!item.personId) problems.push({ path: `items.${i}.personId`, message: 'is required' })
        const parsed = registerInput.safeParse(item.register)
        if (!parsed.success) {
          problems.push(...issuesToDetails(parsed.error.issues, `items.${i}.register`))
          return
        }
        const facts = factsOf(parsed.data)
        problems.push(...registerProblems(facts, today, `items.${i}.register.`))
        rows.push(rowOf(newId(), item.personId, facts, parsed.data.notes ?? null, at))
      })
      if (problems.length > 0) throw new ValidationError(problems)
      const created = rows.map((row, i) => ({ id: row.id, crn: items[i]?.crn ?? '' }))
      const run = async (trx: Transaction<Database>) => {
        await repo.insertRegisters(trx, rows)
        for (let i = 0; i < created.length; i += AUDIT_BATCH) {
          const targets = created.slice(i, i + AUDIT_BATCH).map((c) => ({ type: 'register', ...c }))
          await audit.recordMany(trx, actor, 'register.created', targets)
        }
        return created
      }
      return options.trx ? run(options.trx) : db.transaction().execute(run)
    },
  }
}
