// Progress against each requirement: RAR days (one day per calendar day with a RAR activity attended
// and complied with, however many activities that day), unpaid-work hours credited per session, and the
// months left. Pure: contacts and today are passed in.
import type { Requirement } from '../sentences'
import { REQUIREMENT_TYPES, type RequirementTypeCode } from '../sentences'
import type { Contact } from './contacts.schema'
import { addDays, addMonths, wholeMonthsBetween } from './dates.rules'

export interface OrderOfRequirement {
  eventId: string
  eventNumber: number
  sentenceDate: string | null
  expectedEndDate: string | null
  length: { value: number; unit: string } | null
}

export interface RequirementProgress {
  requirementId: string
  eventId: string
  eventNumber: number
  type: string
  label: string
  done: number | null
  target: number | null
  unit: 'days' | 'hours' | null
  endDate: string | null
  monthsLeft: number | null
  summary: string
  reasons: string[]
}

function endOf(r: Requirement, order: OrderOfRequirement): { date: string; source: string } | null {
  if (r.terminatedDate) return { date: r.terminatedDate, source: 'terminated' }
  if (r.endDate) return { date: r.endDate, source: 'the requirement’s end date' }
  if (r.startDate && r.lengthMonths)
    return {
      date: addDays(addMonths(r.startDate, r.lengthMonths), -1),
      source: `${r.lengthMonths} months from its start`,
    }
  if (order.expectedEndDate) return { date: order.expectedEndDate, source: 'the order’s expected end date' }
  if (order.sentenceDate && order.length?.unit === 'months')
    return {
      date: addDays(addMonths(order.sentenceDate, order.length.value), -1),
      source: `${order.length.value} months from the sentence date`,
    }
  return null
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`

export function requirementProgress(
  r: Requirement,
  order: OrderOfRequirement,
  contacts: Contact[],
  today: string,
): RequirementProgress {
  const label: string = REQUIREMENT_TYPES[r.type as RequirementTypeCode]?.label ?? r.type
  const reasons: string[] = []
  const own = contacts.filter((c) => c.requirementId === r.id && c.status === 'booked')
  let done: number | null = null
  let target: number | null = null
  let unit: RequirementProgress['unit'] = null
  let headline: string = label
  if (r.type === 'rar') {
    const activities = own.filter((c) => c.type.countsTowardsRar && c.outcome?.code === 'attended_complied')
    const byDay = new Map<string, number>()
    for (const a of activities) byDay.set(a.date, (byDay.get(a.date) ?? 0) + 1)
    for (const [day, count] of [...byDay].sort())
      reasons.push(`${day}: ${count} RAR ${count === 1 ? 'activity' : 'activities, counted as one day'}`)
    done = byDay.size
    target = r.rarDays
    unit = 'days'
    headline = `RAR ${done} of ${target ?? '?'} days`
  } else if (r.type === 'unpaid_work') {
    const sessions = own.filter((c) => c.hoursCredited !== null && c.hoursCredited > 0)
    for (const s of sessions) reasons.push(`${s.date}: ${s.hoursCredited} hours credited`)
    done = sessions.reduce((sum, s) => sum + (s.hoursCredited ?? 0), 0)
    target = r.unpaidWorkHours
    unit = 'hours'
    headline = `Unpaid work ${done} of ${target ?? '?'} hours`
  }
  const end = endOf(r, order)
  let monthsLeft: number | null = null
  let tail = 'no end date recorded'
  if (end) {
    reasons.push(`ends on ${end.date} (${end.source})`)
    if (end.date < today) tail = `ended on ${end.date}`
    else {
      monthsLeft = wholeMonthsBetween(today, end.date)
      tail = monthsLeft === 0 ? 'less than a month left' : `${plural(monthsLeft, 'month')} left`
    }
  }
  return {
    requirementId: r.id,
    eventId: order.eventId,
    eventNumber: order.eventNumber,
    type: r.type,
    label,
    done,
    target,
    unit,
    endDate: end?.date ?? null,
    monthsLeft,
    summary: `${headline}, ${tail}`,
    reasons,
  }
}
