// Pure rules of the allocation queue: which sentences need a practitioner and when, and the orders the
// queue can be read in. No I/O and no clock: today is passed in.

export type QueueReason = 'sentence' | 'transfer' | 'release'
export const QUEUE_REASONS: readonly QueueReason[] = ['sentence', 'transfer', 'release']

export interface DisposalFacts {
  eventId: string
  type: string
  sentenceDate: string | null
  expectedEndDate: string | null
  releaseDate: string | null
  licenceEndDate: string | null
  terminatedDate: string | null
  requirementCount: number
}

export interface SupervisionNeed {
  reason: 'sentence' | 'release'
  eventId: string
  why: string
}

const addDays = (date: string, days: number): string => {
  const d = new Date(`${date}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + days)
  return d.toISOString().slice(0, 10)
}

/**
 * Whether this disposal needs a probation practitioner now, and why. Community orders and
 * post-sentence supervision need one from sentence; a suspended sentence order only with requirements;
 * custody with a licence once release is within the release window (a prison offender manager holds
 * the case before then).
 */
export function supervisionNeed(
  d: DisposalFacts,
  today: string,
  releaseWindowDays: number,
): SupervisionNeed | null {
  if (d.terminatedDate && d.terminatedDate <= today) return null
  if (d.expectedEndDate && d.expectedEndDate < today) return null
  const from = (why: string): SupervisionNeed => ({ reason: 'sentence', eventId: d.eventId, why })
  switch (d.type) {
    case 'community_order':
      return from('community order')
    case 'post_sentence_supervision':
      return from('post-sentence supervision')
    case 'suspended_sentence_order':
      return d.requirementCount > 0 ? from('suspended sentence order with requirements') : null
    case 'custody': {
      if (!d.releaseDate || (d.licenceEndDate && d.licenceEndDate < today)) return null
      if (d.releaseDate > addDays(today, releaseWindowDays)) return null
      return {
        reason: 'release',
        eventId: d.eventId,
        why: `custody: release on ${d.releaseDate}, within ${releaseWindowDays} days`,
      }
    }
    default:
      return null
  }
}

/** The first need among a person's disposals: a sentence before a release, newest sentence first. */
export function firstNeed(
  disposals: readonly DisposalFacts[],
  today: string,
  windowDays: number,
): SupervisionNeed | null {
  const needs = [...disposals]
    .sort((a, b) => (b.sentenceDate ?? '').localeCompare(a.sentenceDate ?? ''))
    .map((d) => supervisionNeed(d, today, windowDays))
    .filter((n): n is SupervisionNeed => n !== null)
  return needs.find((n) => n.reason === 'sentence') ?? needs[0] ?? null
}

export const QUEUE_SORTS = ['tier', 'sentenceDate', 'daysWaiting'] as const
export type QueueSort = (typeof QUEUE_SORTS)[number]

/** Rank of a protect-by-change tier, highest need first: A3, A2, A1, A0, B3 ... D0; none last. */
export function tierRank(tier: string | null): number {
  const match = tier ? /^([A-D])([0-3])/.exec(tier) : null
  if (!match) return 99
  return ('ABCD'.indexOf(match[1] as string) * 4 + (3 - Number(match[2]))) as number
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000)
}

interface Sortable {
  crn: string
  tier: string | null
  sentenceDate: string | null
  daysWaiting: number
}

/** The queue in the chosen order; ties by longest waiting, then CRN, so the order is stable. */
export function sortQueue<T extends Sortable>(entries: readonly T[], sort: QueueSort): T[] {
  const byWait = (a: T, b: T) => b.daysWaiting - a.daysWaiting || a.crn.localeCompare(b.crn)
  const compare: Record<QueueSort, (a: T, b: T) => number> = {
    tier: (a, b) => tierRank(a.tier) - tierRank(b.tier) || byWait(a, b),
    sentenceDate: (a, b) =>
      (a.sentenceDate ?? '9999').localeCompare(b.sentenceDate ?? '9999') || byWait(a, b),
    daysWaiting: byWait,
  }
  return [...entries].sort(compare[sort])
}
