// Use cases of staff: create, read, list by team, update with version, soft delete and restore, history.
import type { Actor } from '../../platform/actor'
import { DomainError, NotFoundError, StaleVersionError, ValidationError } from '../../platform/errors'
import { parseInput } from '../../platform/validation'
import { requirePermission } from '../access'
import type { AuditEntry } from '../audit'
import type { ServiceDeps } from '../deps'
import { type Staff, toStaff } from './organisation.present'
import * as repo from './organisation.repository'
import { staffProblems } from './organisation.rules'
import { staffDelete, staffInput, staffUpdate } from './organisation.schema'
import { canonicalCode, codeTaken } from './organisation.service'

type Executor = Parameters<typeof repo.findTeam>[0]

async function requireTeam(trx: Executor, teamCode: string | null | undefined): Promise<void> {
  if (teamCode && !(await repo.findTeam(trx, teamCode))) {
    throw new ValidationError([{ path: 'teamCode', message: `no team has the code ${teamCode}` }])
  }
}

export function createStaffService({ db, clock, audit, workloadChanged }: ServiceDeps) {
  const target = (code: string) => ({ type: 'staff', id: code })

  async function loadLive(trx: Executor, code: string, forUpdate = false) {
    const canonical = canonicalCode(code)
    const row = canonical ? await repo.findStaff(trx, canonical, { forUpdate }) : undefined
    if (!row || row.deleted_at) throw new NotFoundError('staff', code)
    return row
  }

  return {
    async createStaff(actor: Actor, raw: unknown): Promise<Staff> {
      requirePermission(actor, 'organisation:write')
      const input = parseInput(staffInput, raw)
      const vetting = { vetting: input.vetting ?? [], vettingExpiresOn: input.vettingExpiresOn ?? null }
      const problems = staffProblems(vetting)
      if (problems.length > 0) throw new ValidationError(problems)
      return db.transaction().execute(async (trx) => {
        await requireTeam(trx, input.teamCode)
        if (await repo.findStaff(trx, input.code)) throw codeTaken('member of staff', input.code)
        const row = await repo.insertStaff(trx, {
          code: input.code,
          team_code: input.teamCode ?? null,
          first_name: input.firstName,
          surname: input.surname,
          email: input.email ?? null,
          grade: input.grade,
          contracted_hours: input.contractedHours.toFixed(2),
          vetting: vetting.vetting,
          vetting_expires_on: vetting.vettingExpiresOn,
          specialisms: input.specialisms ?? [],
        })
        const staff = toStaff(row)
        await audit.record(trx, actor, 'staff.created', target(staff.code), staff)
        return staff
      })
    },

    async getStaff(actor: Actor, code: string): Promise<Staff> {
      requirePermission(actor, 'organisation:read')
      return toStaff(await loadLive(db, code))
    },

    async listStaff(actor: Actor, filter: { teamCode?: string } = {}): Promise<Staff[]> {
      requirePermission(actor, 'organisation:read')
      return (await repo.listStaff(db, { teamCode: filter.teamCode?.toUpperCase() })).map(toStaff)
    },

    async updateStaff(actor: Actor, code: string, raw: unknown): Promise<Staff> {
      requirePermission(actor, 'organisation:write')
      const input = parseInput(staffUpdate, raw)
      return db.transaction().execute(async (trx) => {
        const current = await loadLive(trx, code, true)
        if (current.version !== input.version) throw new StaleVersionError(input.version, toStaff(current))
        const vetting = {
          vetting: input.vetting ?? current.vetting,
          vettingExpiresOn:
            input.vettingExpiresOn === undefined ? current.vetting_expires_on : input.vettingExpiresOn,
        }
        const problems = staffProblems(vetting)
        if (problems.length > 0) throw new ValidationError(problems)
        if (input.teamCode !== undefined && input.teamCode !== current.team_code)
          await requireTeam(trx, input.teamCode)
        const row = await repo.updateStaff(
          trx,
          current.code,
          {
            team_code: input.teamCode,
            first_name: input.firstName,
            surname: input.surname,
            email: input.email,
            grade: input.grade,
            contracted_hours: input.contractedHours?.toFixed(2),
            vetting: vetting.vetting,
            vetting_expires_on: vetting.vettingExpiresOn,
            specialisms: input.specialisms,
          },
          clock.now(),
        )
        const staff = toStaff(row)
        await audit.record(trx, actor, 'staff.updated', target(staff.code), staff)
        // Hours and grade set the practitioner's available points.
        if (row.contracted_hours !== current.contracted_hours || row.grade !== current.grade)
          await workloadChanged?.(trx, actor, { staffCodes: [staff.code] }, 'hours or grade changed')
        return staff
      })
    },

    /** Soft delete; a `version` in the body, when given, must be current. */
    async deleteStaff(actor: Actor, code: string, raw: unknown = {}): Promise<Staff> {
      requirePermission(actor, 'organisation:write')
      const input = parseInput(staffDelete, raw ?? {})
      return db.transaction().execute(async (trx) => {
        const current = await loadLive(trx, code, true)
        if (input.version !== undefined && input.version !== current.version)
          throw new StaleVersionError(input.version, toStaff(current))
        const row = await repo.updateStaff(trx, current.code, { deleted_at: clock.now() }, clock.now())
        const staff = toStaff(row)
        await audit.record(trx, actor, 'staff.deleted', target(current.code), staff)
        return staff
      })
    },

    async restoreStaff(actor: Actor, code: string): Promise<Staff> {
      requirePermission(actor, 'organisation:write')
      return db.transaction().execute(async (trx) => {
        const canonical = canonicalCode(code)
        const current = canonical ? await repo.findStaff(trx, canonical, { forUpdate: true }) : undefined
        if (!current) throw new NotFoundError('staff', code)
        if (!current.deleted_at)
          throw new DomainError('staff.not_deleted', `Staff member ${current.code} is not deleted`)
        const row = await repo.updateStaff(trx, current.code, { deleted_at: null }, clock.now())
        const staff = toStaff(row)
        await audit.record(trx, actor, 'staff.restored', target(staff.code), staff)
        return staff
      })
    },

    /** Every change to a staff record, oldest first, each with the record as it stood after it. */
    async staffHistory(actor: Actor, code: string): Promise<AuditEntry[]> {
      requirePermission(actor, 'organisation:read')
      const canonical = canonicalCode(code)
      const row = canonical ? await repo.findStaff(db, canonical) : undefined
      if (!row) throw new NotFoundError('staff', code)
      return audit.entriesFor(db, { targetType: 'staff', targetId: row.code, changesOnly: true })
    },
  }
}
