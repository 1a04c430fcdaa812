// Use cases of the organisation tree: regions, probation delivery units and teams. Staff live in
// staff.service.ts; the bulk path for the demo-data seeder in organisation.import.ts.
import type { Actor } from '../../platform/actor'
import { DomainError, NotFoundError, ValidationError } from '../../platform/errors'
import { parseInput } from '../../platform/validation'
import { requirePermission } from '../access'
import type { ServiceDeps } from '../deps'
import {
  type ProbationDeliveryUnit,
  type Region,
  type Team,
  toPdu,
  toRegion,
  toStaff,
  toTeam,
} from './organisation.present'
import * as repo from './organisation.repository'
import { orgCode, pduInput, regionInput, teamInput } from './organisation.schema'

export function codeTaken(what: string, code: string): DomainError {
  return new DomainError('record.conflict', `A ${what} with the code ${code} already exists`, [
    { path: 'code', message: `${code} is already in use` },
  ])
}

export function createOrganisationTreeService({ db, audit }: ServiceDeps) {
  return {
    async createRegion(actor: Actor, raw: unknown): Promise<Region> {
      requirePermission(actor, 'organisation:write')
      const input = parseInput(regionInput, raw)
      return db.transaction().execute(async (trx) => {
        if (await repo.findRegion(trx, input.code)) throw codeTaken('region', input.code)
        const row = await repo.insertRegion(trx, { code: input.code, name: input.name })
        await audit.record(trx, actor, 'region.created', { type: 'region', id: input.code }, input)
        return toRegion(row)
      })
    },

    async listRegions(actor: Actor): Promise<Region[]> {
      requirePermission(actor, 'organisation:read')
      return (await repo.listRegions(db)).map(toRegion)
    },

    async createProbationDeliveryUnit(actor: Actor, raw: unknown): Promise<ProbationDeliveryUnit> {
      requirePermission(actor, 'organisation:write')
      const input = parseInput(pduInput, raw)
      return db.transaction().execute(async (trx) => {
        if (!(await repo.findRegion(trx, input.regionCode))) {
          throw new ValidationError([
            { path: 'regionCode', message: `no region has the code ${input.regionCode}` },
          ])
        }
        if (await repo.findPdu(trx, input.code)) throw codeTaken('probation delivery unit', input.code)
        const row = await repo.insertPdu(trx, {
          code: input.code,
          region_code: input.regionCode,
          name: input.name,
        })
        await audit.record(
          trx,
          actor,
          'probation_delivery_unit.created',
          { type: 'probation_delivery_unit', id: input.code },
          input,
        )
        return toPdu(row)
      })
    },

    async listProbationDeliveryUnits(
      actor: Actor,
      filter: { regionCode?: string } = {},
    ): Promise<ProbationDeliveryUnit[]> {
      requirePermission(actor, 'organisation:read')
      return (await repo.listPdus(db, filter.regionCode?.toUpperCase())).map(toPdu)
    },

    async createTeam(actor: Actor, raw: unknown): Promise<Team> {
      requirePermission(actor, 'organisation:write')
      const input = parseInput(teamInput, raw)
      return db.transaction().execute(async (trx) => {
        const pdu = await repo.findPdu(trx, input.pduCode)
        if (!pdu) {
          throw new ValidationError([
            { path: 'pduCode', message: `no probation delivery unit has the code ${input.pduCode}` },
          ])
        }
        if (await repo.findTeam(trx, input.code)) throw codeTaken('team', input.code)
        const row = await repo.insertTeam(trx, {
          code: input.code,
          pdu_code: input.pduCode,
          name: input.name,
        })
        await audit.record(trx, actor, 'team.created', { type: 'team', id: input.code }, input)
        return toTeam({ ...row, region_code: pdu.region_code })
      })
    },

    async listTeams(actor: Actor, filter: { pduCode?: string; regionCode?: string } = {}): Promise<Team[]> {
      requirePermission(actor, 'organisation:read')
      const rows = await repo.listTeams(db, {
        pduCode: filter.pduCode?.toUpperCase(),
        regionCode: filter.regionCode?.toUpperCase(),
      })
      return rows.map(toTeam)
    },

    /** A team with its current staff. */
    async getTeam(actor: Actor, code: string): Promise<Team> {
      requirePermission(actor, 'organisation:read')
      const row = await requireTeam(db, code)
      const staff = await repo.listStaff(db, { teamCode: row.code })
      return { ...toTeam(row), staff: staff.map(toStaff) }
    },
  }
}

/** A code from a URL, canonicalised; undefined when it cannot be a code at all (so: not found). */
export function canonicalCode(code: string): string | undefined {
  const parsed = orgCode.safeParse(code)
  return parsed.success ? parsed.data : undefined
}

/** A team by code inside the caller's transaction (no permission check: the caller's use case does it). */
export async function requireTeam(db: Parameters<typeof repo.findTeam>[0], code: string) {
  const canonical = canonicalCode(code)
  const row = canonical ? await repo.findTeam(db, canonical) : undefined
  if (!row) throw new NotFoundError('team', code)
  return row
}
