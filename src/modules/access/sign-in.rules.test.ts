import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import {
  afterFailure,
  lockStatus,
  minutesToWait,
  NO_FAILURES,
  sessionStatus,
  type ThrottleState,
  throttleKey,
} from './sign-in.rules'

const at = (time: string) => new Date(`2026-11-23T${time}Z`)

describe('sign-in throttling', () => {
  it('doubles the delay with each failure in a window and locks at the fifth', () => {
    let state: ThrottleState = NO_FAILURES
    const rows: [string, number, number, boolean][] = [
      // time, failures after, delay, locked now
      ['09:00:00', 1, 50, false],
      ['09:01:00', 2, 100, false],
      ['09:02:00', 3, 200, false],
      ['09:03:00', 4, 400, false],
      ['09:14:59', 5, 800, true],
    ]
    for (const [time, failures, delayMs, lockedNow] of rows) {
      const outcome = afterFailure(state, at(time))
      assert.equal(outcome.delayMs, delayMs, time)
      assert.equal(outcome.lockedNow, lockedNow, time)
      assert.ok(
        outcome.reasons.some((r) => r.includes(`${delayMs} ms`)),
        time,
      )
      if (!lockedNow) assert.equal(outcome.next.failures, failures, time)
      state = outcome.next
    }
    assert.deepEqual(state, { failures: 0, windowStartedAt: null, lockedUntil: at('09:29:59') })
  })

  it('starts a new window 15 minutes after the first failure', () => {
    const state: ThrottleState = { failures: 4, windowStartedAt: at('09:00:00'), lockedUntil: null }
    const outcome = afterFailure(state, at('09:15:00'))
    assert.equal(outcome.lockedNow, false)
    assert.deepEqual(outcome.next, { failures: 1, windowStartedAt: at('09:15:00'), lockedUntil: null })
    assert.deepEqual(outcome.reasons[0], 'first failure in a new window')
  })

  it('is locked until the lock ends, and says how long is left', () => {
    const locked: ThrottleState = { failures: 0, windowStartedAt: null, lockedUntil: at('09:30:00') }
    const rows: [string, boolean, number][] = [
      ['09:15:00', true, 15],
      ['09:29:01', true, 1],
      ['09:30:00', false, 0],
    ]
    for (const [time, isLocked, minutes] of rows) {
      const status = lockStatus(locked, at(time))
      assert.equal(status.locked, isLocked, time)
      if (isLocked) assert.equal(minutesToWait(status.retryAfterMs), minutes, time)
    }
    assert.equal(lockStatus(NO_FAILURES, at('09:00:00')).locked, false)
  })

  it('throttles usernames case-insensitively', () => {
    assert.equal(throttleKey(' Alice '), 'alice')
  })
})

describe('session expiry', () => {
  const session = { createdAt: at('08:00:00'), lastSeenAt: at('08:00:00'), absoluteExpiresAt: at('20:00:00') }
  const rows: [string, { createdAt: Date; lastSeenAt: Date; absoluteExpiresAt: Date }, string][] = [
    ['08:00:30', session, 'live'],
    ['08:01:00', session, 'live+touch'],
    ['08:29:59', session, 'live+touch'],
    ['08:30:00', session, 'idle'],
    ['19:59:59', { ...session, lastSeenAt: at('19:50:00') }, 'live+touch'],
    ['20:00:00', { ...session, lastSeenAt: at('19:59:30') }, 'absolute'],
  ]
  for (const [time, times, expected] of rows) {
    it(`${time} -> ${expected}`, () => {
      const status = sessionStatus(times, at(time))
      const got = status.live ? (status.touch ? 'live+touch' : 'live') : status.reason
      assert.equal(got, expected)
      if (!status.live) assert.ok(status.explanation.length > 0)
    })
  }
})
