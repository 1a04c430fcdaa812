// Reading the allocation queue: the list for a team, delivery unit or region with counts and the team's
// capacity signal, and one case with everything known and the ranked practitioners. Hidden cases are
// neither listed nor counted for those who may not see them (the access module's visibility seam).
import type { Actor } from '../../platform/actor'
import { parseInput } from '../../platform/validation'
import { onlyVisibleCases, requirePermission } from '../access'
import type { ServiceDeps } from '../deps'
import { findCaseRef } from '../people'
import { currentPredictors } from '../predictors'
import { eventsOfPerson } from '../sentences'
import * as repo from './allocation.repository'
import { queueQuery } from './allocation.schema'
import * as queueRepo from './queue.repository'
import { daysBetween, sortQueue } from './queue.rules'
import { type ProjectCapacity, recommendationsFor } from './recommend.build'

/** From the workload module: each team's points over its available points, as a percentage. */
export type TeamCapacity = (
  db: repo.Executor,
  teamCodes: readonly string[],
  today: string,
) => Promise<Map<string, { percent: number }>>

export interface AllocationOptions {
  projectCapacity?: ProjectCapacity | undefined
  teamCapacity?: TeamCapacity | undefined
}

const isoDay = (at: Date | string) => new Date(at).toISOString().slice(0, 10)

export function toEntry(row: queueRepo.QueueRow, today: string) {
  return {
    id: row.id,
    crn: row.crn,
    name: `${row.first_name} ${row.surname}`,
    reason: row.reason,
    teamCode: row.team_code,
    teamName: row.team_name,
    pduCode: row.pdu_code,
    pduName: row.pdu_name,
    regionCode: row.region_code,
    tier: row.tier,
    rosh: row.rosh,
    sentenceType: row.sentence_type,
    sentenceDate: row.sentence_date,
    releaseDate: row.release_date,
    previousStaffCode: row.previous_staff_code,
    enteredAt: new Date(row.entered_at).toISOString(),
    daysWaiting: Math.max(0, daysBetween(isoDay(row.entered_at), today)),
  }
}
export type QueueEntry = ReturnType<typeof toEntry>

export function createQueueService({ db, clock, audit }: ServiceDeps, options: AllocationOptions) {
  return {
    /** The open queue for a team, delivery unit or region (all when none is given), sorted, with counts. */
    async allocationQueue(actor: Actor, raw: unknown = {}) {
      requirePermission(actor, 'allocation:read')
      const query = parseInput(queueQuery, raw ?? {})
      const today = clock.today()
      return db.transaction().execute(async (trx) => {
        const rows = await onlyVisibleCases(
          trx,
          actor,
          await queueRepo.listOpen(trx, query),
          (r) => r.person_id,
        )
        const entries = sortQueue(
          rows.map((r) => toEntry(r, today)),
          query.sort,
        )
        const teamCodes = [...new Set(entries.map((e) => e.teamCode).filter((c): c is string => c !== null))]
        if (query.teamCode && !teamCodes.includes(query.teamCode)) teamCodes.push(query.teamCode)
        // Capacity for a team's or a delivery unit's meeting; a national list would weigh every practitioner.
        const local = Boolean(query.teamCode || query.pduCode)
        const capacity =
          options.teamCapacity && local ? await options.teamCapacity(trx, teamCodes, today) : new Map()
        const count = (key: (e: QueueEntry) => string | null) => {
          const out: Record<string, number> = {}
          for (const e of entries) out[key(e) ?? 'none'] = (out[key(e) ?? 'none'] ?? 0) + 1
          return out
        }
        await audit.recordMany(
          trx,
          actor,
          'allocation_queue.read',
          entries.map((e) => ({
            type: 'person',
            id: rows.find((r) => r.id === e.id)?.person_id ?? e.id,
            crn: e.crn,
          })),
        )
        return {
          filter: query,
          total: entries.length,
          counts: { byTier: count((e) => e.tier?.slice(0, 1) ?? null), byTeam: count((e) => e.teamCode) },
          teams: teamCodes.map((code) => {
            const percent = capacity.get(code)?.percent ?? null
            return {
              teamCode: code,
              capacityPercent: percent,
              overCapacity: percent !== null && percent > 100,
            }
          }),
          entries,
        }
      })
    },

    /** The team's practitioners ranked for the case, each with the reasons (audited read). */
    async recommendations(actor: Actor, crn: string, teamCode?: string) {
      requirePermission(actor, 'allocation:read')
      return db.transaction().execute(async (trx) => {
        const ref = await findCaseRef(trx, actor, crn.trim().toUpperCase())
        const found = await recommendationsFor(
          trx,
          ref.id,
          teamCode ?? null,
          clock.today(),
          options.projectCapacity,
        )
        await audit.record(trx, actor, 'allocation_case.read', { type: 'person', id: ref.id, crn: ref.crn })
        return {
          crn: ref.crn,
          teamCode: found.team,
          caseFacts: found.facts,
          recommendations: found.recommendations,
        }
      })
    },

    /** One case as the allocation meeting sees it, with the team's practitioners ranked (audited read). */
    async caseForAllocation(actor: Actor, crn: string, teamCode?: string) {
      requirePermission(actor, 'allocation:read')
      const today = clock.today()
      return db.transaction().execute(async (trx) => {
        const ref = await findCaseRef(trx, actor, crn.trim().toUpperCase())
        const found = await recommendationsFor(trx, ref.id, teamCode ?? null, today, options.projectCapacity)
        const { person, row, current, registers, facts } = found
        const events = await eventsOfPerson(trx, ref.id)
        const history = await repo.allocationHistory(trx, ref.id)
        const predictors = (await currentPredictors(trx, [ref.id], today)).get(ref.id)?.predictors
        await audit.record(trx, actor, 'allocation_case.read', { type: 'person', id: ref.id, crn: ref.crn })
        return {
          crn: ref.crn,
          name: `${person.first_name} ${person.surname}`,
          dateOfBirth: person.date_of_birth,
          queueEntry: row ? toEntry(row, today) : null,
          teamCode: found.team,
          tier: facts.tier,
          rosh: facts.roshLevel,
          registers: registers.map((r) => ({ type: r.type, level: r.level, registeredOn: r.registered_on })),
          predictors: { ogrs3: predictors?.ogrs3 ?? null, rsr: predictors?.rsr ?? null },
          events,
          current: current
            ? {
                staffCode: current.staff_code,
                teamCode: current.team_code,
                version: current.version,
                id: current.id,
              }
            : null,
          previousPractitioners: history.map((h) => ({
            staffCode: h.staff_code,
            name: `${h.first_name} ${h.surname}`,
            grade: h.grade,
            teamCode: h.team_code,
            from: h.started_at.toISOString(),
            to: h.ended_at ? h.ended_at.toISOString() : null,
            endReason: h.end_reason,
          })),
          caseFacts: facts,
          recommendations: found.recommendations,
        }
      })
    },
  }
}
