// Assessment effort (issue 7): the answers a practitioner must type for a first assessment of a seeded
// case, and for its reassessment (target: at most 30% of the first). N demo people are seeded; the first
// CASES of them with an event are assessed through the service, one answer per call as the page's
// autosave sends them. A first assessment types every required answer the record does not give. The
// reassessment starts from the first: the practitioner confirms each section in one click and changes
// the answers that changed (REASSESSMENT_CHANGES, a typical review: two needs answers, one motivation,
// the RoSH evidence). Also prints the time of one autosave.

import { optionsOf } from '../src/modules/assessment'
import { assessmentFixture, typicalAnswer } from '../src/modules/assessment/assessment.fixture'
import { seedDemoData } from '../src/modules/demo'
import { Actor } from '../src/platform/actor'
import { openBenchDatabase } from './engines'
import type { Benchmark } from './run'
import { report, summarise } from './stats'

const CASES = 20
const REASSESSMENT_CHANGES = [
  'accommodation.suitability',
  'education_training_employment.attitudeToEmployment',
  'drug_misuse.view.motivation',
  'rosh.evidence',
]

export const assessmentBenchmark: Benchmark = {
  name: 'assessment',
  description: 'answers typed for a first assessment and a reassessment of seeded cases; autosave time',
  defaultScale: 200,
  async run(engine, scale) {
    const bench = await openBenchDatabase(engine)
    try {
      const actor = Actor.system('bench-practitioner', 'test')
      await seedDemoData(bench.services, actor, { people: scale })
      const { db } = bench.services.database
      const people = await db
        .selectFrom('people as p')
        .innerJoin('events as e', 'e.person_id', 'p.id')
        .select('p.crn')
        .distinct()
        .where('p.deleted_at', 'is', null)
        .orderBy('p.crn')
        .limit(CASES)
        .execute()
      const s = bench.services.assessment
      const fx = assessmentFixture(bench.services)
      const firstTyped: number[] = []
      const prefilled: number[] = []
      const reTyped: number[] = []
      const saves: number[] = []
      for (const { crn } of people) {
        const start = await s.startAssessment(actor, crn)
        prefilled.push(Object.keys(start.answers).length)
        const t0 = performance.now()
        const first = await fx.answerTheRest(actor, start)
        saves.push((performance.now() - t0) / Math.max(first.typed, 1))
        let a = await fx.agreePlan(actor, await fx.confirmAll(actor, first.view))
        a = await s.completeAssessment(actor, a.id, { version: a.version })
        firstTyped.push(a.typedAnswers)

        let again = await s.startAssessment(actor, crn)
        again = await fx.confirmAll(actor, again)
        for (const id of REASSESSMENT_CHANGES) {
          const before = again.answers[id]?.value
          const scale =
            id === 'rosh.evidence' ? 'text' : id.endsWith('motivation') ? 'motivation' : 'problems'
          const value =
            scale === 'text'
              ? `${before ?? ''} Updated at review.`
              : changed(before, typicalAnswer(id, scale), scale)
          again = await s.answerQuestion(actor, again.id, { version: again.version, questionId: id, value })
        }
        again = await s.savePlan(actor, again.id, {
          version: again.version,
          goals: again.plan.goals,
          agreement: 'agreed',
        })
        again = await s.completeAssessment(actor, again.id, { version: again.version })
        reTyped.push(again.typedAnswers)
      }
      const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(xs.length, 1)
      report('assessment', engine, {
        'seeded people': scale,
        'cases assessed': people.length,
        'pre-filled from the record (mean)': mean(prefilled),
        'first assessment: answers typed (mean)': mean(firstTyped),
        'reassessment: answers typed (mean)': mean(reTyped),
        'reassessment / first': `${((100 * mean(reTyped)) / Math.max(mean(firstTyped), 1)).toFixed(1)}% (target at most 30%)`,
        'autosave ms p50': summarise(saves).p50,
      })
    } finally {
      await bench.close()
    }
  },
}

/** Another answer than the one there: the typical one, or else the first other option of the scale. */
function changed(before: string | undefined, typical: string, scale: 'problems' | 'motivation'): string {
  if (typical !== before) return typical
  return optionsOf(scale).find((o) => o !== before && o !== 'unknown') as string
}
