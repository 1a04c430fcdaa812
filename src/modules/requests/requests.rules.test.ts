import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { DomainError } from '../../platform/errors'
import {
  checkAcknowledge,
  defaultDeadline,
  type Mover,
  nextState,
  overdueOf,
  REQUEST_ACTIONS,
  REQUEST_STATES,
  type RequestAction,
  type RequestState,
} from './requests.rules'

const decider: Mover = { isDecisionMaker: true, canDecide: false, isRaiser: false }
const manager: Mover = { isDecisionMaker: false, canDecide: true, isRaiser: false }
const raiser: Mover = { isDecisionMaker: false, canDecide: false, isRaiser: true }
const facts = (state: RequestState, more: { isTransfer?: boolean; acknowledged?: boolean } = {}) => ({
  state,
  isTransfer: more.isTransfer ?? false,
  acknowledged: more.acknowledged ?? false,
})

function refusal(run: () => unknown): { code: string; message: string } {
  try {
    run()
  } catch (error) {
    assert.ok(error instanceof DomainError)
    return { code: error.code, message: error.message }
  }
  assert.fail('expected a refusal')
}

describe('request transitions', () => {
  // Every allowed transition: [from, action, who, to].
  const allowed: [RequestState, RequestAction, Mover, RequestState][] = [
    ['raised', 'accept', decider, 'accepted'],
    ['raised', 'accept', manager, 'accepted'],
    ['raised', 'decline', decider, 'declined'],
    ['raised', 'decline', manager, 'declined'],
    ['accepted', 'complete', decider, 'done'],
    ['accepted', 'complete', manager, 'done'],
    ['raised', 'withdraw', raiser, 'withdrawn'],
  ]
  for (const [from, action, who, to] of allowed)
    it(`${from} --${action}--> ${to}`, () => {
      assert.equal(nextState(facts(from), action, who, 'A reason'), to)
    })

  it('refuses every action from every state it does not start from, naming the state', () => {
    const from: Record<RequestAction, RequestState> = {
      accept: 'raised',
      decline: 'raised',
      complete: 'accepted',
      withdraw: 'raised',
    }
    const done: Record<RequestAction, string> = {
      accept: 'accepted',
      decline: 'declined',
      complete: 'marked as done',
      withdraw: 'withdrawn',
    }
    let refused = 0
    for (const state of REQUEST_STATES)
      for (const action of REQUEST_ACTIONS) {
        if (state === from[action]) continue
        const who = { isDecisionMaker: true, canDecide: true, isRaiser: true }
        const r = refusal(() => nextState(facts(state), action, who, 'A reason'))
        assert.equal(r.code, 'request.transition_refused')
        assert.equal(
          r.message,
          `A request that is ${state} cannot be ${done[action]}: only a ${from[action]} request can`,
        )
        refused++
      }
    // 5 states x 4 actions, less the 4 allowed starting points.
    assert.equal(refused, 16)
  })

  const whoRefusals: [RequestAction, Mover, string][] = [
    ['accept', raiser, 'request.not_decision_maker'],
    ['decline', raiser, 'request.not_decision_maker'],
    ['withdraw', decider, 'request.not_raiser'],
    ['withdraw', manager, 'request.not_raiser'],
  ]
  for (const [action, who, code] of whoRefusals)
    it(`refuses ${action} by someone not entitled (${code})`, () => {
      assert.equal(refusal(() => nextState(facts('raised'), action, who, 'r')).code, code)
    })

  it('refuses completing by the raiser alone', () => {
    assert.equal(
      refusal(() => nextState(facts('accepted'), 'complete', raiser, null)).code,
      'request.not_decision_maker',
    )
  })

  it('refuses a decline without a reason, naming the reason field', () => {
    const r = refusal(() => nextState(facts('raised'), 'decline', decider, null))
    assert.equal(r.code, 'request.reason_required')
  })

  it('refuses to mark a transfer done before its handover is acknowledged', () => {
    const transfer = facts('accepted', { isTransfer: true })
    assert.equal(
      refusal(() => nextState(transfer, 'complete', decider, null)).code,
      'request.handover_not_acknowledged',
    )
    assert.equal(nextState({ ...transfer, acknowledged: true }, 'complete', decider, null), 'done')
  })
})

describe('acknowledging a handover', () => {
  const accepted = facts('accepted', { isTransfer: true })
  it('is allowed to the receiver of an accepted, unacknowledged transfer', () => {
    assert.doesNotThrow(() => checkAcknowledge(accepted, decider))
    assert.doesNotThrow(() => checkAcknowledge(accepted, manager))
  })
  const refusals: [string, ReturnType<typeof facts>, Mover, string][] = [
    ['not a transfer', facts('accepted'), decider, 'request.not_a_transfer'],
    ['still raised', facts('raised', { isTransfer: true }), decider, 'request.transition_refused'],
    ['declined', facts('declined', { isTransfer: true }), decider, 'request.transition_refused'],
    ['acknowledged twice', { ...accepted, acknowledged: true }, decider, 'request.already_acknowledged'],
    ['by the sender', accepted, raiser, 'request.not_decision_maker'],
  ]
  for (const [what, request, who, code] of refusals)
    it(`refuses when ${what}`, () => assert.equal(refusal(() => checkAcknowledge(request, who)).code, code))
  it('names the state it refuses', () => {
    assert.match(
      refusal(() => checkAcknowledge(facts('done', { isTransfer: true }), decider)).message,
      /is done/,
    )
  })
})

describe('overdue requests', () => {
  const cases: [RequestState, string, string, boolean, number][] = [
    ['raised', '2026-11-20', '2026-11-23', true, 3],
    ['accepted', '2026-11-22', '2026-11-23', true, 1],
    ['raised', '2026-11-23', '2026-11-23', false, 0],
    ['raised', '2026-11-30', '2026-11-23', false, 0],
    ['declined', '2026-01-01', '2026-11-23', false, 0],
    ['done', '2026-01-01', '2026-11-23', false, 0],
    ['withdrawn', '2026-01-01', '2026-11-23', false, 0],
  ]
  for (const [state, deadline, today, overdue, days] of cases)
    it(`${state}, due ${deadline}, on ${today}: ${overdue ? `${days} days overdue` : 'not overdue'}`, () => {
      const result = overdueOf({ state, deadline }, today)
      assert.equal(result.overdue, overdue)
      assert.equal(result.daysOverdue, days)
      assert.ok(result.reason.length > 0)
    })
  it('says why', () => {
    assert.equal(
      overdueOf({ state: 'raised', deadline: '2026-11-20' }, '2026-11-23').reason,
      'deadline 2026-11-20 passed 3 days ago while raised',
    )
  })
})

describe('deadlines', () => {
  it('defaults to today plus the kind’s calendar days, across months and leap days', () => {
    assert.equal(defaultDeadline('2026-11-23', { deadlineDays: 5 }), '2026-11-28')
    assert.equal(defaultDeadline('2026-12-30', { deadlineDays: 5 }), '2027-01-04')
    assert.equal(defaultDeadline('2028-02-27', { deadlineDays: 2 }), '2028-02-29')
  })
})
