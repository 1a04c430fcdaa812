import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { type NeedSection, optionsOf, QUESTIONS, type Question, questionsOf, SCALES } from './question-set'
import { type Answers, needForScore, sectionNeed, sectionStatus } from './scoring.rules'

const answer = (value: string, confirmed = true) => ({
  value,
  origin: 'practitioner' as const,
  source: 'typed',
  sourceDate: null,
  confirmed,
})

/** Answers to the section's scored questions that add up to exactly `target` (searching every option). */
function answersScoring(section: NeedSection, target: number): Answers {
  const scored = questionsOf(section).filter((q) => q.scored)
  const points = (q: Question, v: string) => (SCALES[q.scale] as Record<string, number>)[v] ?? 0
  const search = (i: number, left: number): string[] | null => {
    const q = scored[i]
    if (!q) return left === 0 ? [] : null
    for (const v of optionsOf(q.scale).filter((o) => o !== 'unknown')) {
      if (points(q, v) > left) continue
      const rest = search(i + 1, left - points(q, v))
      if (rest) return [v, ...rest]
    }
    return null
  }
  const values = search(0, target)
  if (!values) throw new Error(`${section} cannot score ${target}`)
  return Object.fromEntries(scored.map((q, i) => [q.id, answer(values[i] as string)]))
}

// §1.4: [section, standard from, severe from, highest possible score].
const THRESHOLDS: [NeedSection, number, number, number][] = [
  ['accommodation', 2, 7, 8],
  ['education_training_employment', 3, 7, 8],
  ['relationships', 2, 5, 6],
  ['lifestyle_associates', 2, 5, 6],
  ['drug_misuse', 2, 8, 8],
  ['alcohol_misuse', 4, 7, 8],
  ['thinking_behaviour', 4, 7, 8],
  ['attitudes', 2, 7, 8],
]

describe('section needs (§1.4)', () => {
  for (const [section, standard, severe, max] of THRESHOLDS) {
    it(`${section}: none below ${standard}, standard from ${standard} to ${severe - 1}, severe from ${severe}`, () => {
      const cases: [number, string][] = [
        [0, 'none'],
        [standard - 1, 'none'],
        [standard, 'standard'],
        [severe - 1, 'standard'],
        [severe, 'severe'],
        [max, 'severe'],
      ]
      for (const [score, need] of cases) {
        const result = sectionNeed(section, answersScoring(section, score))
        assert.equal(result.score, score, `${section} score ${score}`)
        assert.equal(result.need, need, `${section} score ${score} is ${need}`)
        assert.match(result.reason, new RegExp(`score ${score}`))
      }
    })
  }

  it('scores Yes 2 / No 0, none 0 / some 1 / significant 2, never 0 / previous 1 / currently 2, not known 0', () => {
    const drugs = sectionNeed('drug_misuse', {
      'drug_misuse.currentDrugUse': answer('yes'),
      'drug_misuse.everInjected': answer('previous'),
      'drug_misuse.motivation': answer('unknown'),
      'drug_misuse.majorActivity': answer('some'),
    })
    assert.deepEqual(
      drugs.terms.map((t) => t.points),
      [2, 1, 0, 1],
    )
    assert.equal(drugs.need, 'standard')
  })

  it('gives no score when every scored answer is missing, and ignores unscored answers', () => {
    const result = sectionNeed('relationships', {
      'relationships.domesticAbusePerpetrator': answer('yes'),
      'relationships.view.linkedToHarm': answer('yes'),
    })
    assert.equal(result.score, null)
    assert.equal(result.need, null)
  })

  it('takes the recorded level for finance and health and wellbeing (no scored threshold)', () => {
    assert.equal(sectionNeed('finance', { 'finance.needLevel': answer('severe') }).need, 'severe')
    assert.equal(sectionNeed('health_wellbeing', {}).need, null)
  })

  it('needForScore is inclusive at each threshold', () => {
    assert.equal(needForScore(1, { standard: 2, severe: 5 }), 'none')
    assert.equal(needForScore(2, { standard: 2, severe: 5 }), 'standard')
    assert.equal(needForScore(5, { standard: 2, severe: 5 }), 'severe')
  })
})

describe('the question set', () => {
  it('asks each question once: ids are unique and each belongs to one section', () => {
    const ids = QUESTIONS.map((q) => q.id)
    assert.equal(new Set(ids).size, ids.length)
    for (const q of QUESTIONS) assert.ok(q.id.startsWith(`${q.section}.`), q.id)
  })

  it('a section is completed when every required answer is given and confirmed', () => {
    const all = Object.fromEntries(
      questionsOf('attitudes')
        .filter((q) => q.required)
        .map((q) => [q.id, answer(optionsOf(q.scale)[0] ?? 'x')]),
    )
    assert.equal(sectionStatus('attitudes', {}), 'not_started')
    assert.equal(sectionStatus('attitudes', all), 'completed')
    const unconfirmed = { ...all, 'attitudes.proCriminalAttitudes': answer('some', false) }
    assert.equal(sectionStatus('attitudes', unconfirmed), 'in_progress')
  })
})
