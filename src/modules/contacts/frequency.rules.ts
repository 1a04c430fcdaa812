// Expected contact frequency by tier and stage of the sentence, and when the next contact is due.
// The tier is the protect-by-change tier (docs/DECISIONS.md, 19), given by the caller until the tier
// service stores one per case. Pure: the reference data, the orders, contacts and today are passed in.
import { OUTCOMES } from './contacts.rules'
import type { Contact } from './contacts.schema'
import { addDays } from './dates.rules'

export const TIER = /^([A-D])([0-3])(S?)$/
export const FIRST_STAGE_DAYS = 84

export interface Frequency {
  tierLetter: string
  stage: 'first_12_weeks' | 'after_12_weeks'
  intervalDays: number
  version: number
}
export interface ActiveOrder {
  eventId: string
  eventNumber: number
  start: string
}
export interface ContactDue {
  tier: string
  stage: Frequency['stage'] | null
  intervalDays: number | null
  lastContact: string | null
  nextDue: string | null
  nextBooked: string | null
  overdue: boolean
  reasons: string[]
}

/** An order as the frequency rules read it: the dates it is in force by, from the disposal. */
export interface OrderDates {
  eventId: string
  eventNumber: number
  type: string | null
  sentenceDate: string | null
  releaseDate: string | null
  /** Terminated, else the licence end (licence) or expected end (community). */
  end: string | null
}

/** Orders in force today: community orders and PSS from sentence, licences from release, until they end. */
export function ordersInForce(orders: OrderDates[], today: string): ActiveOrder[] {
  return orders.flatMap((o) => {
    if (!o.type) return []
    const start = o.type === 'custody' ? o.releaseDate : o.sentenceDate
    if (!start || start > today || (o.end && o.end < today)) return []
    return [{ eventId: o.eventId, eventNumber: o.eventNumber, start }]
  })
}

export function contactDue(
  tier: string,
  orders: ActiveOrder[],
  contacts: Contact[],
  frequencies: Frequency[],
  today: string,
): ContactDue {
  const lastContact =
    contacts
      .filter(
        (c) => c.status === 'booked' && c.outcome && OUTCOMES[c.outcome.code].attended && c.date <= today,
      )
      .map((c) => c.date)
      .sort()
      .at(-1) ?? null
  const nextBooked =
    contacts
      .filter((c) => c.status === 'booked' && c.type.appointment && !c.outcome && c.date >= today)
      .map((c) => c.date)
      .sort()[0] ?? null
  return dueFrom(
    tier,
    orders,
    { lastContact, nextBooked },
    frequencies,
    today,
    'given with the request (no stored tier yet)',
  )
}

/** When the next contact is due from the last contact kept and the next booked, with every reason. */
export function dueFrom(
  tier: string,
  orders: ActiveOrder[],
  kept: { lastContact: string | null; nextBooked: string | null },
  frequencies: Frequency[],
  today: string,
  tierSource: string,
): ContactDue {
  const letter = TIER.exec(tier)?.[1] ?? ''
  const reasons: string[] = [`protect-by-change tier ${tier}, ${tierSource}`]
  const none = {
    tier,
    stage: null,
    intervalDays: null,
    lastContact: null,
    nextDue: null,
    nextBooked: null,
    overdue: false,
  }
  if (orders.length === 0) return { ...none, reasons: [...reasons, 'no order in force: no contact expected'] }
  // The order in its first 12 weeks, if any, sets the pace: the most frequent expectation applies.
  const staged = orders.map((o) => {
    const stage = today < addDays(o.start, FIRST_STAGE_DAYS) ? 'first_12_weeks' : 'after_12_weeks'
    const f = frequencies.find((x) => x.tierLetter === letter && x.stage === stage)
    return { order: o, stage, interval: f?.intervalDays ?? null }
  })
  const pace = staged
    .filter((s) => s.interval !== null)
    .sort((a, b) => (a.interval as number) - (b.interval as number))[0]
  if (!pace) return { ...none, reasons: [...reasons, `no contact frequency is set for tier ${tier}`] }
  const interval = pace.interval as number
  reasons.push(
    `event ${pace.order.eventNumber} started on ${pace.order.start}: ${pace.stage === 'first_12_weeks' ? 'in its first 12 weeks' : 'past its first 12 weeks'}, one contact every ${interval} days`,
  )
  const { lastContact, nextBooked } = kept
  const from = lastContact ?? pace.order.start
  const nextDue = addDays(from, interval)
  reasons.push(
    lastContact
      ? `last contact kept on ${lastContact}`
      : `no contact kept yet: counted from the start, ${from}`,
  )
  const overdue = nextDue < today
  reasons.push(overdue ? `next contact was due on ${nextDue}: overdue` : `next contact due by ${nextDue}`)
  if (nextBooked)
    reasons.push(
      `next appointment booked for ${nextBooked}${nextBooked > nextDue ? ', after the date due' : ''}`,
    )
  return {
    tier,
    stage: pace.stage as Frequency['stage'],
    intervalDays: interval,
    lastContact,
    nextDue,
    nextBooked,
    overdue,
    reasons,
  }
}
