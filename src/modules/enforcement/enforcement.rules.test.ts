import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { OutcomeCode } from '../contacts'
import {
  type ActionFacts,
  countedFailures,
  type Decision,
  isFailureToComply,
  type OrderFacts,
  type OutcomeFacts,
  orderPeriod,
  proposeNextStep,
} from './enforcement.rules'

const TODAY = '2026-06-01'
const community: OrderFacts = {
  eventId: 'E1',
  eventNumber: 1,
  disposal: {
    type: 'community_order',
    sentenceDate: '2026-01-05',
    length: { value: 36, unit: 'months' },
    expectedEndDate: '2028-12-31',
    releaseDate: null,
    licenceEndDate: null,
    terminatedDate: null,
  },
}
const licence: OrderFacts = {
  eventId: 'E2',
  eventNumber: 2,
  disposal: {
    type: 'custody',
    sentenceDate: '2025-06-01',
    length: { value: 2, unit: 'years' },
    expectedEndDate: null,
    releaseDate: '2026-01-10',
    licenceEndDate: '2028-12-31',
    terminatedDate: null,
  },
}
const withType = (type: string): OrderFacts => ({
  ...community,
  disposal: { ...(community.disposal as NonNullable<OrderFacts['disposal']>), type },
})
const ended: OrderFacts = {
  ...community,
  disposal: { ...(community.disposal as NonNullable<OrderFacts['disposal']>), terminatedDate: '2027-06-30' },
}

let n = 0
const outcome = (date: string, code: OutcomeCode, eventId = 'E1', status = 'booked'): OutcomeFacts => ({
  contactId: `c${++n}-${date}`,
  eventId,
  date,
  outcome: code,
  status,
})
const action = (
  decidedOn: string,
  kind: Decision,
  contactIds: string[] = [],
  eventId = 'E1',
): ActionFacts => ({
  id: `a-${decidedOn}-${kind}`,
  eventId,
  action: kind,
  decidedOn,
  contactIds,
  responseDueOn: null,
})

/** A failure on 2026-03-01 answered by a warning on 2026-03-10 (covering up to 2027-03-09), then one more. */
function warnedThen(date: string, order: OrderFacts = community, extra: ActionFacts[] = []) {
  const first = outcome('2026-03-01', 'failed_to_attend', order.eventId)
  const further = outcome(date, 'unacceptable_absence', order.eventId)
  const actions = [action('2026-03-10', 'warning_issued', [first.contactId], order.eventId), ...extra]
  return proposeNextStep(order, [first, further], actions, TODAY)
}

describe('failures to comply (docs/DECISIONS.md, 22)', () => {
  const table: [OutcomeCode, boolean][] = [
    ['attended_complied', false],
    ['attended_failed_to_comply', true],
    ['sent_home_behaviour', true],
    ['sent_home_service_issues', false],
    ['acceptable_absence', false],
    ['unacceptable_absence', true],
    ['failed_to_attend', true],
  ]
  for (const [code, failure] of table)
    it(`${code} ${failure ? 'is' : 'is not'} a failure`, () => assert.equal(isFailureToComply(code), failure))
})

describe('the next step proposed', () => {
  const cases: [string, () => ReturnType<typeof proposeNextStep>, string, RegExp?][] = [
    ['no failures: nothing to decide', () => proposeNextStep(community, [], [], TODAY), 'nothing_to_decide'],
    [
      'a first failure with no warning: a warning letter',
      () => proposeNextStep(community, [outcome('2026-05-20', 'failed_to_attend')], [], TODAY),
      'warning_issued',
      /no warning on this order in the 12 months before 2026-05-20/,
    ],
    [
      'acceptable absences never count',
      () =>
        proposeNextStep(
          community,
          [outcome('2026-05-20', 'acceptable_absence'), outcome('2026-05-21', 'sent_home_service_issues')],
          [],
          TODAY,
        ),
      'nothing_to_decide',
      /0 failures to comply counted/,
    ],
    [
      'sent home for behaviour counts',
      () => proposeNextStep(community, [outcome('2026-05-20', 'sent_home_behaviour')], [], TODAY),
      'warning_issued',
    ],
    [
      'a rescheduled appointment does not count',
      () =>
        proposeNextStep(
          community,
          [outcome('2026-05-20', 'failed_to_attend', 'E1', 'rescheduled')],
          [],
          TODAY,
        ),
      'nothing_to_decide',
    ],
    [
      'day 365 after the warning (2027-03-09): breach',
      () => warnedThen('2027-03-09'),
      'breach_initiated',
      /covering failures up to and including 2027-03-09/,
    ],
    [
      'day 366 after the warning (2027-03-10): a new warning',
      () => warnedThen('2027-03-10'),
      'warning_issued',
    ],
    ['the day after the warning: breach', () => warnedThen('2026-03-11'), 'breach_initiated'],
    [
      'a licence leads to recall, not breach',
      () => warnedThen('2026-04-01', licence),
      'recall_requested',
      /recall/,
    ],
    [
      'post-sentence supervision leads to breach',
      () => warnedThen('2026-04-01', withType('post_sentence_supervision')),
      'breach_initiated',
    ],
    [
      'a suspended sentence order leads to breach',
      () => warnedThen('2026-04-01', withType('suspended_sentence_order')),
      'breach_initiated',
    ],
    [
      'a warning on a different order does not count',
      () =>
        proposeNextStep(
          community,
          [outcome('2026-03-01', 'failed_to_attend', 'E2'), outcome('2026-04-01', 'failed_to_attend')],
          [action('2026-03-10', 'warning_issued', [], 'E2')],
          TODAY,
        ),
      'warning_issued',
    ],
    [
      'a failure after the order ended does not count',
      () => proposeNextStep(ended, [outcome('2027-07-01', 'failed_to_attend')], [], '2027-07-02'),
      'nothing_to_decide',
      /outside the order's dates/,
    ],
    [
      'the last day of the order counts',
      () => proposeNextStep(ended, [outcome('2027-06-30', 'failed_to_attend')], [], '2027-07-02'),
      'warning_issued',
    ],
    [
      'a failure on a licence before release does not count',
      () => proposeNextStep(licence, [outcome('2026-01-09', 'failed_to_attend', 'E2')], [], TODAY),
      'nothing_to_decide',
    ],
    [
      'a breach already in progress: no new breach, add the failure to it',
      () => warnedThen('2026-05-01', community, [action('2026-04-20', 'breach_initiated')]),
      'no_further_action',
      /breach started on 2026-04-20 is in progress/,
    ],
    [
      'after a breach is concluded, a further failure within the warning window: breach again',
      () =>
        warnedThen('2026-05-01', community, [
          action('2026-04-20', 'breach_initiated'),
          action('2026-04-28', 'breach_concluded'),
        ]),
      'breach_initiated',
    ],
    [
      'every failure already decided: nothing to decide',
      () => {
        const f = outcome('2026-05-20', 'failed_to_attend')
        return proposeNextStep(
          community,
          [f],
          [action('2026-05-21', 'no_further_action', [f.contactId])],
          TODAY,
        )
      },
      'nothing_to_decide',
      /every failure has a recorded decision/,
    ],
    [
      'an event with no sentence: nothing to decide',
      () =>
        proposeNextStep(
          { ...community, disposal: null },
          [outcome('2026-05-20', 'failed_to_attend')],
          [],
          TODAY,
        ),
      'nothing_to_decide',
      /no sentence/,
    ],
  ]
  for (const [name, propose, expected, reason] of cases)
    it(name, () => {
      const proposal = propose()
      assert.equal(proposal.action, expected, proposal.reasons.join('; '))
      if (reason) assert.match(proposal.reasons.join('; '), reason)
    })

  it('in a leap year the window still ends the day before the same date (2027-03-10 covers 2028-03-09)', () => {
    const first = outcome('2027-03-01', 'failed_to_attend')
    const warning = action('2027-03-10', 'warning_issued', [first.contactId])
    const on = (date: string) =>
      proposeNextStep(community, [first, outcome(date, 'failed_to_attend')], [warning], TODAY).action
    assert.equal(on('2028-03-09'), 'breach_initiated')
    assert.equal(on('2028-03-10'), 'warning_issued')
  })

  it('gives the warning, the window, the pending failure and the response deadline', () => {
    const breach = warnedThen('2026-04-01')
    assert.deepEqual(breach.warning, {
      id: 'a-2026-03-10-warning_issued',
      decidedOn: '2026-03-10',
      coversUntil: '2027-03-09',
    })
    assert.deepEqual(
      breach.pending.map((f) => f.date),
      ['2026-04-01'],
    )
    assert.equal(breach.failures.length, 2)
    assert.equal(breach.route, 'breach')
    const warning = proposeNextStep(community, [outcome('2026-05-20', 'failed_to_attend')], [], TODAY)
    assert.equal(warning.responseDueOn, '2026-06-08')
    assert.match(warning.reasons.join('; '), /until 2026-06-08 to respond \(7 days\)/)
    assert.equal(warning.policyVersion, '2026-11-23.1')
  })
})

describe('the days an order is in force', () => {
  it('takes the end from termination, the licence end, the expected end, or the length', () => {
    assert.deepEqual([orderPeriod(ended)?.start, orderPeriod(ended)?.end], ['2026-01-05', '2027-06-30'])
    assert.deepEqual(
      [orderPeriod(licence)?.start, orderPeriod(licence)?.end, orderPeriod(licence)?.route],
      ['2026-01-10', '2028-12-31', 'recall'],
    )
    const byLength: OrderFacts = {
      ...community,
      disposal: {
        ...(community.disposal as NonNullable<OrderFacts['disposal']>),
        expectedEndDate: null,
        length: { value: 12, unit: 'months' },
      },
    }
    assert.equal(orderPeriod(byLength)?.end, '2027-01-04')
    assert.match(orderPeriod(byLength)?.reasons.join('; ') ?? '', /12 months from the sentence date/)
  })
  it('counts only the order’s own failures, oldest first', () => {
    const failures = countedFailures(community, [
      outcome('2026-05-02', 'failed_to_attend'),
      outcome('2026-05-01', 'attended_failed_to_comply'),
      outcome('2026-05-03', 'failed_to_attend', 'E2'),
      outcome('2025-12-01', 'failed_to_attend'),
    ])
    assert.deepEqual(
      failures.map((f) => f.date),
      ['2026-05-01', '2026-05-02'],
    )
  })
})
