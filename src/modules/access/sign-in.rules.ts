// Pure rules of signing in: when a username is locked out, how long to hold back a failed answer, and
// when a web session has expired. No I/O and no clock: the time is passed in.

export const SIGN_IN_POLICY = {
  /** Failures allowed within the window before the username is locked. */
  maxFailures: 5,
  windowMs: 15 * 60_000,
  lockMs: 15 * 60_000,
  /** The answer to the nth failure in a window is held back baseDelayMs * 2^(n-1), up to maxDelayMs. */
  baseDelayMs: 50,
  maxDelayMs: 800,
} as const

export const SESSION_POLICY = {
  idleMs: 30 * 60_000,
  absoluteMs: 12 * 60 * 60_000,
  /** Recording every request's time would write on every page view; once a minute is close enough. */
  touchEveryMs: 60_000,
} as const

export type SignInPolicy = typeof SIGN_IN_POLICY
export type SessionPolicy = typeof SESSION_POLICY

export interface ThrottleState {
  failures: number
  windowStartedAt: Date | null
  lockedUntil: Date | null
}

export const NO_FAILURES: ThrottleState = { failures: 0, windowStartedAt: null, lockedUntil: null }

export interface LockStatus {
  locked: boolean
  retryAfterMs: number
  reasons: string[]
}

export function lockStatus(state: ThrottleState, now: Date): LockStatus {
  if (state.lockedUntil && now < state.lockedUntil) {
    const retryAfterMs = state.lockedUntil.getTime() - now.getTime()
    return {
      locked: true,
      retryAfterMs,
      reasons: [`locked until ${state.lockedUntil.toISOString()} after repeated failures`],
    }
  }
  return { locked: false, retryAfterMs: 0, reasons: [] }
}

export interface FailureOutcome {
  next: ThrottleState
  /** True when this failure locked the username. */
  lockedNow: boolean
  delayMs: number
  reasons: string[]
}

/** The throttle after one more failed sign-in at `now`. */
export function afterFailure(
  state: ThrottleState,
  now: Date,
  policy: SignInPolicy = SIGN_IN_POLICY,
): FailureOutcome {
  const windowOpen =
    state.windowStartedAt !== null && now.getTime() - state.windowStartedAt.getTime() < policy.windowMs
  const failures = windowOpen ? state.failures + 1 : 1
  const windowStartedAt = windowOpen ? state.windowStartedAt : now
  const reasons = [
    windowOpen
      ? `failure ${failures} since ${windowStartedAt?.toISOString()} (window ${policy.windowMs / 60_000} minutes)`
      : 'first failure in a new window',
  ]
  const delayMs = Math.min(policy.baseDelayMs * 2 ** (failures - 1), policy.maxDelayMs)
  reasons.push(`answer held back ${delayMs} ms (${policy.baseDelayMs} ms doubled per failure)`)
  if (failures >= policy.maxFailures) {
    const lockedUntil = new Date(now.getTime() + policy.lockMs)
    reasons.push(
      `${failures} failures reach the limit of ${policy.maxFailures}: locked until ${lockedUntil.toISOString()}`,
    )
    // The count starts again once the lock ends.
    return { next: { failures: 0, windowStartedAt: null, lockedUntil }, lockedNow: true, delayMs, reasons }
  }
  return { next: { failures, windowStartedAt, lockedUntil: null }, lockedNow: false, delayMs, reasons }
}

export interface SessionTimes {
  createdAt: Date
  lastSeenAt: Date
  absoluteExpiresAt: Date
}

export type SessionStatus =
  | { live: true; touch: boolean }
  | { live: false; reason: 'idle' | 'absolute'; explanation: string }

export function sessionStatus(
  session: SessionTimes,
  now: Date,
  policy: SessionPolicy = SESSION_POLICY,
): SessionStatus {
  if (now >= session.absoluteExpiresAt) {
    return {
      live: false,
      reason: 'absolute',
      explanation: `signed in at ${session.createdAt.toISOString()}; sessions last at most ${policy.absoluteMs / 3_600_000} hours`,
    }
  }
  const idleMs = now.getTime() - session.lastSeenAt.getTime()
  if (idleMs >= policy.idleMs) {
    return {
      live: false,
      reason: 'idle',
      explanation: `no activity since ${session.lastSeenAt.toISOString()}; sessions end after ${policy.idleMs / 60_000} minutes without activity`,
    }
  }
  return { live: true, touch: idleMs >= policy.touchEveryMs }
}

/** The absolute expiry of a session started at `now`. */
export function absoluteExpiry(now: Date, policy: SessionPolicy = SESSION_POLICY): Date {
  return new Date(now.getTime() + policy.absoluteMs)
}

/** Whole minutes, rounded up, for "try again in N minutes". */
export function minutesToWait(ms: number): number {
  return Math.max(1, Math.ceil(ms / 60_000))
}

/** Usernames are compared case-insensitively for throttling, so "Alice" and "alice" share one count. */
export function throttleKey(username: string): string {
  return username.trim().toLowerCase()
}
