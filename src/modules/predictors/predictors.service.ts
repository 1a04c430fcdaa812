// The predictors in the case: computed from the record whenever they are read, so they always reflect
// the record as it stands (events added, changed, deleted or restored, a date of birth or sex changed,
// a correction made, and the months of follow-up passing). Each read compares a fingerprint of the
// inputs with the person's last history row and adds a row when they differ, so the history holds
// every distinct set of inputs scored, with the coefficient sets and rules version used. Nothing in
// the other modules' write paths has to remember to call us; recomputeAll brings every case's history
// up to date at once (a nightly job, and the benchmark). The latest completed assessment is part of the
// inputs: its items give the dynamic versions, and a newly completed one gives a new history row.
import type { Actor } from '../../platform/actor'
import { NotFoundError } from '../../platform/errors'
import { newId } from '../../platform/ids'
import { parseInput } from '../../platform/validation'
import { requirePermission } from '../access'
import { dynamicItemsForPerson } from '../assessment'
import type { ServiceDeps } from '../deps'
import { findCaseRef } from '../people'
import {
  type CaseCoefficientSets,
  type CasePredictors,
  DEFAULT_CASE_COEFFICIENT_SETS,
  scoreSummary,
  storedInputs,
} from './case-predictors.rules'
import { correctionInput } from './case-predictors.schema'
import { type CaseAssessment, scoreCase } from './dynamic-inputs.rules'
import type { CaseInputs, CaseRecord, Correction } from './predictor-inputs.rules'
import * as repo from './predictors.repository'

type Executor = Parameters<typeof repo.loadRecords>[0]

export interface CasePredictorsView extends Omit<CasePredictors, 'fingerprint'> {
  crn: string
  assessmentDate: string
  computedAt: string
  inputs: CaseInputs
  corrections: (Correction & { id: string })[]
}

const target = (person: { id: string; crn: string }) => ({ type: 'person', id: person.id, crn: person.crn })

export function createPredictorsService(
  { db, clock, audit, caseChanged }: ServiceDeps,
  sets: CaseCoefficientSets = DEFAULT_CASE_COEFFICIENT_SETS,
) {
  function score(
    record: CaseRecord,
    corrections: readonly Correction[],
    today: string,
    assessment: CaseAssessment | null,
  ) {
    return scoreCase(record, corrections, today, sets, assessment)
  }

  function historyRow(personId: string, today: string, s: ReturnType<typeof score>): repo.ScoreRow {
    return {
      id: newId(),
      personId,
      computedAt: clock.now().toISOString(),
      assessmentDate: today,
      fingerprint: s.computed.fingerprint,
      rulesVersion: s.computed.rulesVersion,
      coefficientSets: s.computed.coefficientSets,
      inputs: storedInputs(s.inputs, s.dynamic),
      scores: scoreSummary(s.computed.predictors),
    }
  }

  /** Scores one locked person, adding a history row when the inputs differ from the last one. */
  async function scorePerson(
    trx: Executor,
    person: { id: string; crn: string },
  ): Promise<CasePredictorsView> {
    await repo.lockPerson(trx, person.id)
    const today = clock.today()
    const record = (await repo.loadRecords(trx, [person.id])).get(person.id)
    if (!record) throw new NotFoundError('person', person.crn)
    const corrections = (await repo.loadCorrections(trx, [person.id])).get(person.id) ?? []
    const s = score(record, corrections, today, await dynamicItemsForPerson(trx, person.id))
    const latest = (await repo.latestScores(trx, [person.id])).get(person.id)
    let computedAt = latest?.computedAt.toISOString()
    if (!latest || latest.fingerprint !== s.computed.fingerprint) {
      const row = historyRow(person.id, today, s)
      await repo.insertScores(trx, [row])
      computedAt = row.computedAt
    }
    const { fingerprint: _, ...computed } = s.computed
    return {
      crn: person.crn,
      assessmentDate: today,
      computedAt: computedAt as string,
      inputs: s.inputs,
      ...computed,
      corrections: corrections.map(({ personId: _p, ...c }) => c).reverse(),
    }
  }

  async function personOf(trx: Executor, actor: Actor, rawCrn: string) {
    return findCaseRef(trx, actor, rawCrn.trim().toUpperCase())
  }

  return {
    /** The predictors of a case with every input and where it came from (an audited read). */
    async casePredictors(actor: Actor, crn: string): Promise<CasePredictorsView> {
      requirePermission(actor, 'person:read')
      return db.transaction().execute(async (trx) => {
        const person = await personOf(trx, actor, crn)
        const view = await scorePerson(trx, person)
        await audit.record(trx, actor, 'predictors.read', target(person))
        return view
      })
    },

    /** Replaces one input with the practitioner's value and reason; the scores follow at once. */
    async correctInput(actor: Actor, crn: string, raw: unknown): Promise<CasePredictorsView> {
      requirePermission(actor, 'person:write')
      const input = parseInput(correctionInput, raw)
      return db.transaction().execute(async (trx) => {
        const person = await personOf(trx, actor, crn)
        await repo.lockPerson(trx, person.id)
        await repo.insertCorrection(trx, {
          id: newId(),
          personId: person.id,
          input: input.input,
          value: input.value,
          reason: input.reason,
          by: { id: actor.id, name: actor.name },
          at: clock.now().toISOString(),
        })
        const view = await scorePerson(trx, person)
        await audit.record(trx, actor, 'predictors.input_corrected', target(person), {
          input: input.input,
          value: input.value,
          reason: input.reason,
        })
        await caseChanged?.(trx, actor, person.id, 'predictors.input_corrected')
        return view
      })
    },

    /** Every distinct set of inputs scored, newest first, with the sets used (an audited read). */
    async predictorHistory(actor: Actor, crn: string, limit = 100): Promise<repo.ScoreRow[]> {
      requirePermission(actor, 'person:read')
      return db.transaction().execute(async (trx) => {
        const person = await personOf(trx, actor, crn)
        await scorePerson(trx, person) // so the history ends with the record as it stands
        const rows = await repo.scoreHistory(trx, person.id, limit)
        await audit.record(trx, actor, 'predictors.read', target(person), { view: 'history' })
        return rows
      })
    },

    /**
     * Scores every case, a batch of people per transaction, adding history rows where the inputs
     * changed. No audit entry per case: nobody reads a case here, and the rows are derived.
     */
    async recomputeAll(
      actor: Actor,
      options: { batchSize?: number; onProgress?: (done: number) => void } = {},
    ): Promise<{ people: number; changed: number; computed: Record<string, number> }> {
      requirePermission(actor, 'person:write')
      const batchSize = options.batchSize ?? 2000
      const computed: Record<string, number> = {}
      let after: string | null = null
      let people = 0
      let changed = 0
      for (;;) {
        const ids = await repo.personPage(db, after, batchSize)
        if (ids.length === 0) break
        after = ids[ids.length - 1] as string
        changed += await db.transaction().execute(async (trx) => {
          const today = clock.today()
          const records = await repo.loadRecords(trx, ids)
          const corrections = await repo.loadCorrections(trx, ids)
          const latest = await repo.latestScores(trx, ids)
          const rows: repo.ScoreRow[] = []
          for (const id of ids) {
            const record = records.get(id)
            if (!record) continue
            const s = score(record, corrections.get(id) ?? [], today, await dynamicItemsForPerson(trx, id))
            for (const [name, o] of Object.entries(s.computed.predictors))
              if (o.status === 'computed') computed[name] = (computed[name] ?? 0) + 1
            if (latest.get(id)?.fingerprint !== s.computed.fingerprint) rows.push(historyRow(id, today, s))
          }
          await repo.insertScores(trx, rows)
          return rows.length
        })
        people += ids.length
        options.onProgress?.(people)
      }
      return { people, changed, computed }
    },
  }
}

export type PredictorsService = ReturnType<typeof createPredictorsService>
