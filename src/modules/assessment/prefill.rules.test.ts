import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { dynamicItemsFrom } from './dynamic-items.rules'
import {
  confirmSection,
  giveAnswer,
  prefillFromRecord,
  type RecordFacts,
  startFromPrevious,
} from './prefill.rules'
import type { Answers } from './scoring.rules'

const TODAY = '2026-11-23'
const facts = (over: Partial<RecordFacts> = {}): RecordFacts => ({
  addresses: [],
  circumstances: [],
  registers: [],
  offences: [],
  ...over,
})
const prev = (value: string) => ({
  value,
  origin: 'practitioner' as const,
  source: 'Pat',
  sourceDate: '2026-05-01',
  confirmed: true,
})

describe('pre-fill from the record', () => {
  it('reads the current main address, circumstances, registers and offences, each with its source', () => {
    const answers = prefillFromRecord(
      facts({
        addresses: [
          {
            status: 'previous',
            noFixedAbode: true,
            town: null,
            startDate: '2020-01-01',
            endDate: '2021-01-01',
          },
          { status: 'main', noFixedAbode: false, town: 'Leeds', startDate: '2025-03-01', endDate: null },
        ],
        circumstances: [
          { kind: 'circumstance', type: 'In full-time employment', startDate: '2026-01-10', endDate: null },
          { kind: 'circumstance', type: 'Carer for a child', startDate: null, endDate: null },
          { kind: 'circumstance', type: 'Universal Credit', startDate: '2024-01-01', endDate: '2025-01-01' },
          { kind: 'disability', type: 'Reduced mobility', startDate: '2019-05-01', endDate: null },
        ],
        registers: [
          { type: 'mental_health', registeredDate: '2026-01-01', deregisteredDate: null },
          { type: 'suicide_self_harm', registeredDate: '2025-01-01', deregisteredDate: '2025-06-01' },
        ],
        offences: [
          {
            eventNumber: 2,
            predictorCategory: 'drink_driving',
            description: 'Drink driving',
            date: '2026-02-02',
          },
        ],
      }),
      TODAY,
    )
    const brief = Object.fromEntries(
      Object.entries(answers).map(([id, a]) => [id, `${a.value}: ${a.source}`]),
    )
    assert.deepEqual(brief, {
      'accommodation.noFixedAbode': 'no: Main address, Leeds (from 2025-03-01)',
      'education_training_employment.unemployed':
        'no: Personal circumstance: In full-time employment (from 2026-01-10)',
      'relationships.parentingResponsibilities': 'yes: Personal circumstance: Carer for a child',
      'health_wellbeing.disability': 'yes: Disability: Reduced mobility (from 2019-05-01)',
      'health_wellbeing.mentalHealth': 'yes: Register: mental health (from 2026-01-01)',
      'drug_misuse.drugRelatedOffending': 'no: Offences on record: none of a drug category',
      'alcohol_misuse.alcoholRelatedOffending': 'yes: Offence on event 2: Drink driving',
    })
    assert.ok(Object.values(answers).every((a) => a.origin === 'record' && !a.confirmed))
  })

  it('pre-fills nothing the record does not hold', () => {
    assert.deepEqual(prefillFromRecord(facts(), TODAY), {})
  })
})

describe('reassessment', () => {
  const previous: Answers = {
    'accommodation.suitability': prev('some'),
    'education_training_employment.unemployed': prev('no'),
    'retired.question': prev('yes'),
  }
  const record = prefillFromRecord(
    facts({
      circumstances: [{ kind: 'circumstance', type: 'Unemployed', startDate: '2026-10-01', endDate: null }],
    }),
    TODAY,
  )
  const start = startFromPrevious({ sequence: 3, completedOn: '2026-05-01', answers: previous }, record)

  it('carries each previous answer, unconfirmed, and the record wins where it now differs', () => {
    assert.deepEqual(start['accommodation.suitability'], {
      value: 'some',
      origin: 'previous',
      source: 'Assessment 3 completed 2026-05-01 (Pat)',
      sourceDate: '2026-05-01',
      confirmed: false,
    })
    assert.equal(start['education_training_employment.unemployed']?.value, 'yes')
    assert.equal(start['education_training_employment.unemployed']?.previousValue, 'no')
    assert.equal(start['retired.question'], undefined)
  })

  it('"still true" keeps the source; "changed" is typed, keeping what it replaced', () => {
    const same = giveAnswer(start, 'accommodation.suitability', 'some', 'Pat', TODAY)
    assert.equal(same['accommodation.suitability']?.origin, 'previous')
    assert.equal(same['accommodation.suitability']?.confirmed, true)
    const changed = giveAnswer(start, 'accommodation.suitability', 'none', 'Pat', TODAY)
    assert.equal(changed['accommodation.suitability']?.origin, 'practitioner')
    assert.equal(changed['accommodation.suitability']?.previousValue, 'some')
    const confirmed = confirmSection(start, 'accommodation')
    assert.equal(confirmed['accommodation.suitability']?.confirmed, true)
    assert.equal(confirmed['education_training_employment.unemployed']?.confirmed, false)
  })
})

describe('dynamic predictor items', () => {
  it('reads each item from its one question, leaving "not known" out', () => {
    const { items, sources } = dynamicItemsFrom(
      {
        'accommodation.suitability': prev('significant'),
        'education_training_employment.unemployed': prev('yes'),
        'relationships.livingWithPartner': prev('no'),
        'alcohol_misuse.binge': prev('unknown'),
        'thinking_behaviour.impulsivity': prev('some'),
      },
      'assessment 1 completed 2026-11-23',
    )
    assert.deepEqual(items, {
      accommodationSuitability: 2,
      impulsivity: 1,
      unemployed: true,
      livingWithPartner: false,
    })
    assert.equal(
      sources.accommodationSuitability,
      'assessment 1 completed 2026-11-23, accommodation.suitability: significant',
    )
  })
})
