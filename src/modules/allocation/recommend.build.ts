// Gathers what a recommendation needs inside one transaction (the case's risk and specialisms, the
// team's staff with their vetting and linked users, the grade rules, each practitioner's workload before
// and after from the workload module) and hands it to the pure ranking in recommend.rules.ts.

import { caseListsOf } from '../access'
import { hasCurrentVetting } from '../organisation'
import { isT2a } from '../workload'
import * as repo from './allocation.repository'
import * as queueRepo from './queue.repository'
import { daysBetween } from './queue.rules'
import {
  type Candidate,
  type Capacity,
  type CaseFacts,
  rankCandidates,
  specialismsWanted,
} from './recommend.rules'

type Executor = repo.Executor

/** What the workload module answers: each practitioner's capacity % before and after taking the case. */
export type ProjectCapacity = (
  trx: Executor,
  staffCodes: readonly string[],
  added: AddedCase,
  today: string,
) => Promise<Map<string, Capacity>>

/** What workload needs of the case to weigh it: its tier, whether community, custody or licence, T2A. */
export interface AddedCase {
  tier: string | null
  caseType: 'community' | 'custody' | 'licence'
  t2a: boolean
}

/** The workload case type of the sentence that brought the case to the queue. */
export function caseTypeOf(sentenceType: string | null, reason: string | null): AddedCase['caseType'] {
  if (sentenceType === 'post_sentence_supervision') return 'licence'
  if (sentenceType === 'custody') return reason === 'release' ? 'licence' : 'custody'
  return 'community'
}

type Registers = Awaited<ReturnType<typeof repo.registersOf>>

async function caseFacts(
  trx: Executor,
  person: { id: string; sex: string; date_of_birth: string | null },
  risk: { tier: string | null; rosh: string | null },
  loaded: { registers: Registers; sexualOffence: boolean },
  today: string,
): Promise<CaseFacts> {
  const { registers, sexualOffence } = loaded
  const [lists, history] = await Promise.all([
    caseListsOf(trx, person.id),
    repo.allocationHistory(trx, person.id),
  ])
  const types = registers.map((r) => r.type)
  const ageYears = person.date_of_birth ? Math.floor(daysBetween(person.date_of_birth, today) / 365.25) : null
  return {
    roshLevel: risk.rosh,
    tier: risk.tier,
    vettingNeeded: types.includes('visor') ? ['visor'] : [],
    restrictedTo: lists.restrictedTo,
    excluded: lists.excluded,
    previousStaffCodes: [...new Set(history.map((h) => h.staff_code))],
    specialismsWanted: specialismsWanted({ registerTypes: types, sexualOffence, sex: person.sex, ageYears }),
  }
}

export async function recommend(
  trx: Executor,
  facts: CaseFacts,
  added: { personId: string; teamCode: string; caseType: AddedCase['caseType']; t2a: boolean },
  today: string,
  projectCapacity: ProjectCapacity | undefined,
) {
  const [staff, rules] = await Promise.all([
    repo.staffOfTeam(trx, added.teamCode),
    repo.gradeRules(trx, today),
  ])
  const capacity = projectCapacity
    ? await projectCapacity(
        trx,
        staff.map((s) => s.code),
        { tier: facts.tier, caseType: added.caseType, t2a: added.t2a },
        today,
      )
    : new Map<string, Capacity>()
  const candidates: Candidate[] = staff
    // Senior probation officers allocate; they do not hold cases.
    .filter((s) => s.grade !== 'SPO')
    .map((s) => ({
      staffCode: s.code,
      name: `${s.first_name} ${s.surname}`,
      grade: s.grade,
      userIds: s.user_ids,
      vetting: s.vetting.filter(
        (v) =>
          hasCurrentVetting({ vetting: s.vetting, vettingExpiresOn: s.vetting_expires_on }, v, today).current,
      ),
      specialisms: s.specialisms,
      capacity: capacity.get(s.code) ?? null,
    }))
  const latest = Math.max(...rules.map((r) => r.version))
  return rankCandidates(
    candidates,
    facts,
    rules
      .filter((r) => r.version === latest)
      .map((r) => ({
        version: r.version,
        roshLevel: r.rosh_level,
        grades: r.grades,
        gradesWithOversight: r.grades_with_oversight,
      })),
  )
}

/**
 * Everything a recommendation needs about one case, read once, and the ranked practitioners of the team
 * (the queue entry's team, else the current allocation's, unless one is asked for). Shared by the case
 * page, the recommendations alone and the allocation itself, which judges the chosen practitioner by it.
 */
export async function recommendationsFor(
  trx: Executor,
  personId: string,
  teamCode: string | null,
  today: string,
  projectCapacity: ProjectCapacity | undefined,
) {
  const [person, [row], current, registers, sentence] = await Promise.all([
    repo.personOf(trx, personId),
    queueRepo.listOpen(trx, { personId }),
    repo.currentAllocation(trx, personId),
    repo.registersOf(trx, personId),
    repo.sentenceSignals(trx, personId),
  ])
  const team = teamCode ?? row?.team_code ?? current?.team_code ?? null
  const tier = row ? row.tier : ((await queueRepo.latestTier(trx, personId))?.tier ?? null)
  const rosh = row?.rosh ?? registers.find((r) => r.type === 'rosh')?.level ?? null
  const facts = await caseFacts(
    trx,
    person,
    { tier, rosh },
    { registers, sexualOffence: sentence.sexualOffence },
    today,
  )
  const added = {
    personId,
    caseType: caseTypeOf(row?.sentence_type ?? sentence.latestType, row?.reason ?? null),
    t2a: isT2a(person.date_of_birth, today),
  }
  const recommendations = team
    ? await recommend(trx, facts, { ...added, teamCode: team }, today, projectCapacity)
    : []
  return { person, row, current, registers, team, facts, recommendations }
}
