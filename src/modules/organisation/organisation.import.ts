// The bulk path for the demo-data seeder: a whole organisation in one transaction, with multi-row
// inserts and one audit statement per kind of record. Inputs are validated exactly as the single
// creates validate them, and refused whole with every problem listed.
import type { Transaction } from 'kysely'
import type { Actor } from '../../platform/actor'
import type { Database } from '../../platform/db/schema'
import { type ErrorDetail, ValidationError } from '../../platform/errors'
import { parseInput } from '../../platform/validation'
import { requirePermission } from '../access'
import type { ServiceDeps } from '../deps'
import * as repo from './organisation.repository'
import { staffProblems } from './organisation.rules'
import { organisationImport } from './organisation.schema'

/** Audit rows per statement: 11 parameters each, far below PostgreSQL's limit. */
const AUDIT_BATCH = 2000

export interface OrganisationImportResult {
  regions: number
  probationDeliveryUnits: number
  teams: number
  staff: number
}

export function createOrganisationImport({ db, audit }: ServiceDeps) {
  return {
    /**
     * `{ regions, probationDeliveryUnits, teams, staff }` (each optional), parents before children. A
     * parent may be in the same batch or already stored. Pass `trx` to join the caller's transaction.
     */
    async importOrganisation(
      actor: Actor,
      raw: unknown,
      options: { trx?: Transaction<Database> } = {},
    ): Promise<OrganisationImportResult> {
      requirePermission(actor, 'organisation:write')
      const input = parseInput(organisationImport, raw)
      const problems: ErrorDetail[] = input.staff.flatMap((s, i) =>
        staffProblems(
          { vetting: s.vetting ?? [], vettingExpiresOn: s.vettingExpiresOn ?? null },
          `staff.${i}.`,
        ),
      )
      const run = async (trx: Transaction<Database>) => {
        const stored = {
          regions: await repo.existingCodes(trx, 'regions', [
            ...input.regions.map((r) => r.code),
            ...input.probationDeliveryUnits.map((p) => p.regionCode),
          ]),
          pdus: await repo.existingCodes(trx, 'probation_delivery_units', [
            ...input.probationDeliveryUnits.map((p) => p.code),
            ...input.teams.map((t) => t.pduCode),
          ]),
          teams: await repo.existingCodes(trx, 'teams', [
            ...input.teams.map((t) => t.code),
            ...input.staff.flatMap((s) => (s.teamCode ? [s.teamCode] : [])),
          ]),
          staff: await repo.existingCodes(
            trx,
            'staff',
            input.staff.map((s) => s.code),
          ),
        }
        const check = (
          list: 'regions' | 'probationDeliveryUnits' | 'teams' | 'staff',
          items: { code: string; parent?: string | null | undefined }[],
          existing: Set<string>,
          parents: { field: string; known: Set<string>; what: string } | undefined,
        ) => {
          const seen = new Set<string>()
          items.forEach((item, i) => {
            if (existing.has(item.code) || seen.has(item.code))
              problems.push({ path: `${list}.${i}.code`, message: `${item.code} is already in use` })
            seen.add(item.code)
            if (parents && item.parent && !parents.known.has(item.parent))
              problems.push({
                path: `${list}.${i}.${parents.field}`,
                message: `no ${parents.what} has the code ${item.parent}`,
              })
          })
        }
        const batchCodes = (items: { code: string }[], existing: Set<string>) =>
          new Set([...existing, ...items.map((i) => i.code)])
        check('regions', input.regions, stored.regions, undefined)
        check(
          'probationDeliveryUnits',
          input.probationDeliveryUnits.map((p) => ({ code: p.code, parent: p.regionCode })),
          stored.pdus,
          { field: 'regionCode', known: batchCodes(input.regions, stored.regions), what: 'region' },
        )
        check(
          'teams',
          input.teams.map((t) => ({ code: t.code, parent: t.pduCode })),
          stored.teams,
          {
            field: 'pduCode',
            known: batchCodes(input.probationDeliveryUnits, stored.pdus),
            what: 'probation delivery unit',
          },
        )
        check(
          'staff',
          input.staff.map((s) => ({ code: s.code, parent: s.teamCode })),
          stored.staff,
          { field: 'teamCode', known: batchCodes(input.teams, stored.teams), what: 'team' },
        )
        if (problems.length > 0) throw new ValidationError(problems)

        await repo.insertMany(trx, 'regions', input.regions)
        await repo.insertMany(
          trx,
          'probation_delivery_units',
          input.probationDeliveryUnits.map((p) => ({
            code: p.code,
            region_code: p.regionCode,
            name: p.name,
          })),
        )
        await repo.insertMany(
          trx,
          'teams',
          input.teams.map((t) => ({ code: t.code, pdu_code: t.pduCode, name: t.name })),
        )
        await repo.insertMany(
          trx,
          'staff',
          input.staff.map((s) => ({
            code: s.code,
            team_code: s.teamCode ?? null,
            first_name: s.firstName,
            surname: s.surname,
            email: s.email ?? null,
            grade: s.grade,
            contracted_hours: s.contractedHours.toFixed(2),
            vetting: s.vetting ?? [],
            vetting_expires_on: s.vettingExpiresOn ?? null,
            specialisms: s.specialisms ?? [],
          })),
        )
        const record = async (type: string, items: { code: string }[]) => {
          for (let i = 0; i < items.length; i += AUDIT_BATCH) {
            const targets = items.slice(i, i + AUDIT_BATCH).map((item) => ({ type, id: item.code }))
            await audit.recordMany(trx, actor, `${type}.created`, targets)
          }
        }
        await record('region', input.regions)
        await record('probation_delivery_unit', input.probationDeliveryUnits)
        await record('team', input.teams)
        await record('staff', input.staff)
        return {
          regions: input.regions.length,
          probationDeliveryUnits: input.probationDeliveryUnits.length,
          teams: input.teams.length,
          staff: input.staff.length,
        }
      }
      return options.trx ? run(options.trx) : db.transaction().execute(run)
    },
  }
}
