// The life of a request between teams, as pure rules: which transition each state allows and to whom,
// when a request is overdue, and its default deadline. No I/O and no clock: today is passed in.
import { DomainError } from '../../platform/errors'
import { addDays, daysBetween } from '../contacts'

export const REQUEST_STATES = ['raised', 'accepted', 'declined', 'done', 'withdrawn'] as const
export type RequestState = (typeof REQUEST_STATES)[number]

export const REQUEST_ACTIONS = ['accept', 'decline', 'complete', 'withdraw'] as const
export type RequestAction = (typeof REQUEST_ACTIONS)[number]

/** Who is asking to move the request on, as the service has established it. */
export interface Mover {
  /** The named decision-maker (their staff code matches). */
  isDecisionMaker: boolean
  /** Holds request:decide (senior probation officers, administrators) or is a system actor. */
  canDecide: boolean
  /** Raised the request. */
  isRaiser: boolean
}

export interface RequestFacts {
  state: RequestState
  isTransfer: boolean
  /** A transfer's handover has been acknowledged by the receiver. */
  acknowledged: boolean
}

const MOVES: Record<RequestAction, { from: RequestState; to: RequestState; verb: string; done: string }> = {
  accept: { from: 'raised', to: 'accepted', verb: 'accept', done: 'accepted' },
  decline: { from: 'raised', to: 'declined', verb: 'decline', done: 'declined' },
  complete: { from: 'accepted', to: 'done', verb: 'mark as done', done: 'marked as done' },
  withdraw: { from: 'raised', to: 'withdrawn', verb: 'withdraw', done: 'withdrawn' },
}

export class TransitionRefused extends DomainError {
  constructor(code: string, message: string, path = 'action') {
    super(`request.${code}`, message, [{ path, message }])
  }
}

/**
 * The state a request moves to, or a refusal naming the state it is in. Accepting, declining and
 * marking done belong to the receiving side (the named decision-maker or a manager); withdrawing to
 * whoever raised it, while nobody has decided yet. A transfer is done only once its handover is
 * acknowledged, so the receiver has confirmed they hold the whole file.
 */
export function nextState(
  request: RequestFacts,
  action: RequestAction,
  mover: Mover,
  reason: string | null,
): RequestState {
  const move = MOVES[action]
  if (request.state !== move.from)
    throw new TransitionRefused(
      'transition_refused',
      `A request that is ${request.state} cannot be ${move.done}: only a ${move.from} request can`,
    )
  if (action === 'withdraw') {
    if (!mover.isRaiser)
      throw new TransitionRefused('not_raiser', 'Only the person who raised a request can withdraw it')
  } else if (!mover.isDecisionMaker && !mover.canDecide) {
    throw new TransitionRefused(
      'not_decision_maker',
      `Only the named decision-maker or a manager can ${move.verb} this request`,
    )
  }
  if (action === 'decline' && !reason)
    throw new TransitionRefused('reason_required', 'Say why the request is declined', 'reason')
  if (action === 'complete' && request.isTransfer && !request.acknowledged)
    throw new TransitionRefused(
      'handover_not_acknowledged',
      'A transfer is done only once the receiving team has acknowledged the handover',
    )
  return move.to
}

/** Whether the receiver may acknowledge a transfer's handover now; a refusal names why not. */
export function checkAcknowledge(request: RequestFacts, mover: Mover): void {
  if (!request.isTransfer)
    throw new TransitionRefused('not_a_transfer', 'Only a transfer has a handover to acknowledge')
  if (request.state !== 'accepted')
    throw new TransitionRefused(
      'transition_refused',
      `A transfer that is ${request.state} cannot have its handover acknowledged: only an accepted transfer can`,
    )
  if (request.acknowledged)
    throw new TransitionRefused('already_acknowledged', 'The handover has already been acknowledged')
  if (!mover.isDecisionMaker && !mover.canDecide)
    throw new TransitionRefused(
      'not_decision_maker',
      'Only the named decision-maker or a manager of the receiving team can acknowledge the handover',
    )
}

export interface Overdue {
  overdue: boolean
  /** Why, in words: the deadline and how far past it, or why it is not overdue. */
  reason: string
  daysOverdue: number
}

const OPEN: readonly RequestState[] = ['raised', 'accepted']

/** A request still open after its deadline day is overdue; a closed one never is. */
export function overdueOf(request: { state: RequestState; deadline: string }, today: string): Overdue {
  if (!OPEN.includes(request.state))
    return { overdue: false, reason: `closed (${request.state})`, daysOverdue: 0 }
  const days = daysBetween(request.deadline, today)
  if (days <= 0)
    return {
      overdue: false,
      reason: days === 0 ? `due today (${request.deadline})` : `due ${request.deadline}, in ${-days} days`,
      daysOverdue: 0,
    }
  return {
    overdue: true,
    reason: `deadline ${request.deadline} passed ${days} day${days === 1 ? '' : 's'} ago while ${request.state}`,
    daysOverdue: days,
  }
}

/** The deadline when the raiser gives none: today plus the kind's days (versioned reference data). */
export function defaultDeadline(today: string, kind: { deadlineDays: number }): string {
  return addDays(today, kind.deadlineDays)
}
