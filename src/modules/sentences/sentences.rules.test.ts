import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { findOffenceCode, HOME_OFFICE_CODE, OFFENCE_CODES } from './offence-codes'
import { isRestrictive, REQUIREMENT_TYPE_CODES, requirementProblems } from './requirements.rules'
import {
  completeOffence,
  type DisposalFacts,
  disposalProblems,
  eventProblems,
  lengthInMonths,
} from './sentences.rules'

const TODAY = '2026-06-01'
const offence = (
  o: Partial<{ main: boolean; homeOfficeCode: string; description: string; offenceDate: string }>,
) => ({
  main: true,
  homeOfficeCode: '046/00',
  ...o,
})
const disposal = (d: Partial<DisposalFacts>): DisposalFacts => ({
  type: 'community_order',
  sentenceDate: '2026-05-01',
  requirements: [],
  licenceConditions: [],
  ...d,
})
const paths = (problems: { path: string }[]) => problems.map((p) => p.path)

describe('offence code table', () => {
  it('holds at least 40 distinct, well-formed codes with descriptions', () => {
    assert.ok(OFFENCE_CODES.length >= 40)
    assert.equal(new Set(OFFENCE_CODES.map((c) => c.code)).size, OFFENCE_CODES.length)
    for (const entry of OFFENCE_CODES) {
      assert.match(entry.code, HOME_OFFICE_CODE)
      assert.ok(entry.description.length > 0)
    }
  })
  it('fills the description and OGRS3 category from the code, keeping what the caller gave', () => {
    assert.equal(completeOffence(offence({})).description, 'Theft from shops and stalls')
    assert.equal(completeOffence(offence({})).predictorCategory, 'theft_non_motor')
    assert.equal(
      completeOffence(offence({ description: 'Shoplifting at Tesco' })).description,
      'Shoplifting at Tesco',
    )
    assert.equal(findOffenceCode('803/00')?.ogrs3Category, 'drink_driving')
    assert.equal(findOffenceCode('999/99'), undefined)
  })
})

describe('event rules', () => {
  const cases: [string, Parameters<typeof eventProblems>[0], string[]][] = [
    ['one main offence', { offences: [offence({}), offence({ main: false })] }, []],
    ['no main offence', { offences: [offence({ main: false })] }, ['offences']],
    ['two main offences', { offences: [offence({}), offence({})] }, ['offences']],
    [
      'unknown code with a description',
      { offences: [offence({ homeOfficeCode: '999/01', description: 'x' })] },
      [],
    ],
    [
      'unknown code without a description',
      { offences: [offence({ homeOfficeCode: '999/01' })] },
      ['offences.0.description'],
    ],
    [
      'offence date in the future',
      { offences: [offence({ offenceDate: '2026-06-02' })] },
      ['offences.0.offenceDate'],
    ],
    ['offence date today', { offences: [offence({ offenceDate: TODAY })] }, []],
    [
      'offence after the conviction',
      { convictionDate: '2026-01-01', offences: [offence({ offenceDate: '2026-01-02' })] },
      ['offences.0.offenceDate'],
    ],
    [
      'conviction in the future',
      { convictionDate: '2026-07-01', offences: [offence({})] },
      ['convictionDate'],
    ],
    ['unknown offence date', { convictionDate: '2026-01-01', offences: [offence({})] }, []],
    [
      'sentence before the conviction',
      { convictionDate: '2026-05-02', offences: [offence({})], disposal: disposal({}) },
      ['disposal.sentenceDate'],
    ],
  ]
  for (const [name, event, expected] of cases) {
    it(name, () => assert.deepEqual(paths(eventProblems(event, TODAY)), expected))
  }
})

describe('disposal rules', () => {
  const cases: [string, Partial<DisposalFacts>, string[]][] = [
    ['a plain community order', {}, []],
    ['sentence in the future', { sentenceDate: '2026-06-02' }, ['sentenceDate']],
    ['expected end on the sentence date', { expectedEndDate: '2026-05-01' }, []],
    ['expected end before the sentence', { expectedEndDate: '2026-04-30' }, ['expectedEndDate']],
    ['community order of 36 months', { length: { value: 36, unit: 'months' } }, []],
    ['community order of 3 years', { length: { value: 3, unit: 'years' } }, []],
    ['community order of 37 months', { length: { value: 37, unit: 'months' } }, ['length']],
    ['community order of 157 weeks', { length: { value: 157, unit: 'weeks' } }, ['length']],
    [
      'SSO of 25 months',
      { type: 'suspended_sentence_order', length: { value: 25, unit: 'months' } },
      ['length'],
    ],
    ['custody of 10 years', { type: 'custody', length: { value: 10, unit: 'years' } }, []],
    ['release date on a community order', { releaseDate: '2026-05-02' }, ['releaseDate']],
    ['licence end on a community order', { licenceEndDate: '2026-05-02' }, ['licenceEndDate']],
    [
      'custody with release and licence end in order',
      { type: 'custody', releaseDate: '2026-05-10', licenceEndDate: '2027-05-10' },
      [],
    ],
    ['release before the sentence', { type: 'custody', releaseDate: '2026-04-01' }, ['releaseDate']],
    [
      'licence end before release',
      { type: 'custody', releaseDate: '2026-05-10', licenceEndDate: '2026-05-09' },
      ['licenceEndDate'],
    ],
    ['terminated with a reason', { terminatedDate: '2026-05-20', terminationReason: 'revoked' }, []],
    ['terminated without a reason', { terminatedDate: '2026-05-20' }, ['terminationReason']],
    ['a reason without a date', { terminationReason: 'revoked' }, ['terminatedDate']],
    [
      'terminated before the sentence',
      { terminatedDate: '2026-04-20', terminationReason: 'x' },
      ['terminatedDate'],
    ],
    ['requirements on custody', { type: 'custody', requirements: [{ type: 'curfew' }] }, ['requirements']],
    [
      'licence conditions on a community order',
      { licenceConditions: [{ startDate: null, endDate: null }] },
      ['licenceConditions'],
    ],
    [
      'licence condition ending before it starts',
      {
        type: 'post_sentence_supervision',
        licenceConditions: [{ startDate: '2026-05-10', endDate: '2026-05-09' }],
      },
      ['licenceConditions.0.endDate'],
    ],
    [
      'bad requirement named by index',
      { requirements: [{ type: 'curfew' }, { type: 'rar', rarDays: 0 }] },
      ['requirements.1.rarDays'],
    ],
  ]
  for (const [name, d, expected] of cases) {
    it(name, () => assert.deepEqual(paths(disposalProblems(disposal(d), null, TODAY)), expected))
  }
  it('measures lengths in months', () => {
    assert.equal(lengthInMonths({ value: 2, unit: 'years' }), 24)
    assert.ok(lengthInMonths({ value: 156, unit: 'weeks' }) <= 36)
  })
})

describe('requirement rules', () => {
  const cases: [string, Parameters<typeof requirementProblems>[0], string[]][] = [
    ['RAR of 1 day', { type: 'rar', rarDays: 1 }, []],
    ['RAR of 365 days', { type: 'rar', rarDays: 365 }, []],
    ['RAR without days', { type: 'rar' }, ['rarDays']],
    ['RAR of 0 days', { type: 'rar', rarDays: 0 }, ['rarDays']],
    ['RAR of 366 days', { type: 'rar', rarDays: 366 }, ['rarDays']],
    ['RAR days on a curfew', { type: 'curfew', rarDays: 10 }, ['rarDays']],
    ['unpaid work of 20 hours (on breach)', { type: 'unpaid_work', unpaidWorkHours: 20 }, []],
    ['unpaid work of 300 hours', { type: 'unpaid_work', unpaidWorkHours: 300 }, []],
    ['unpaid work of 19 hours', { type: 'unpaid_work', unpaidWorkHours: 19 }, ['unpaidWorkHours']],
    ['unpaid work of 301 hours', { type: 'unpaid_work', unpaidWorkHours: 301 }, ['unpaidWorkHours']],
    ['unpaid work without hours', { type: 'unpaid_work' }, ['unpaidWorkHours']],
    ['hours on a RAR', { type: 'rar', rarDays: 5, unpaidWorkHours: 40 }, ['unpaidWorkHours']],
    ['curfew of 24 months', { type: 'curfew', lengthMonths: 24 }, []],
    ['curfew of 25 months', { type: 'curfew', lengthMonths: 25 }, ['lengthMonths']],
    [
      'foreign travel prohibition of 13 months',
      { type: 'foreign_travel_prohibition', lengthMonths: 13 },
      ['lengthMonths'],
    ],
    ['alcohol abstinence of 4 months', { type: 'alcohol_abstinence_monitoring', lengthMonths: 4 }, []],
    ['programme of 0 months', { type: 'accredited_programme', lengthMonths: 0 }, ['lengthMonths']],
    ['starts before the sentence', { type: 'curfew', startDate: '2026-04-30' }, ['startDate']],
    [
      'ends before it starts',
      { type: 'curfew', startDate: '2026-05-02', endDate: '2026-05-01' },
      ['endDate'],
    ],
    [
      'terminated before it starts',
      { type: 'curfew', startDate: '2026-05-02', terminatedDate: '2026-05-01' },
      ['terminatedDate'],
    ],
  ]
  for (const [name, r, expected] of cases) {
    it(name, () => assert.deepEqual(paths(requirementProblems(r, '2026-05-01', '')), expected))
  }
  it('derives restrictive from the type', () => {
    const restrictive = REQUIREMENT_TYPE_CODES.filter(isRestrictive).sort()
    assert.deepEqual(restrictive, [
      'alcohol_abstinence_monitoring',
      'curfew',
      'electronic_monitoring',
      'exclusion',
      'foreign_travel_prohibition',
      'prohibited_activity',
    ])
    assert.equal(isRestrictive('unpaid_work'), false)
    assert.equal(isRestrictive('rar'), false)
  })
})
