// Which order (event) and requirement a contact belongs to. The record already knows most of it: a
// requirement names its event, and a RAR activity or an unpaid-work session on a case with exactly one
// such requirement belongs to it, so the practitioner is not asked again. Pure: the events are passed in.
import type { ErrorDetail } from '../../platform/errors'
import type { ContactType } from './contacts.rules'

export interface OrderFacts {
  id: string
  disposal: {
    requirements: { id: string; type: string; terminatedDate: string | null }[]
  } | null
}

export interface Links {
  eventId: string | null
  requirementId: string | null
  problems: ErrorDetail[]
}

/** The requirement type a contact type counts towards, if any. */
export function countsTowards(type: ContactType): 'rar' | 'unpaid_work' | null {
  if (type.countsTowardsRar) return 'rar'
  if (type.creditsUnpaidWork) return 'unpaid_work'
  return null
}

export function resolveLinks(
  events: OrderFacts[],
  type: ContactType,
  given: { eventId?: string | null | undefined; requirementId?: string | null | undefined },
): Links {
  const measure = countsTowards(type)
  const problems: ErrorDetail[] = []
  let eventId = given.eventId ?? null
  let requirementId = given.requirementId ?? null
  if (eventId && !events.some((e) => e.id === eventId))
    problems.push({ path: 'eventId', message: 'is not one of this person’s events' })
  if (requirementId) {
    const owner = events.find((e) => e.disposal?.requirements.some((r) => r.id === requirementId))
    const requirement = owner?.disposal?.requirements.find((r) => r.id === requirementId)
    if (!owner || !requirement)
      problems.push({ path: 'requirementId', message: 'is not one of this person’s requirements' })
    else if (eventId && owner.id !== eventId)
      problems.push({ path: 'requirementId', message: 'belongs to a different event from eventId' })
    else if (measure && requirement.type !== measure)
      problems.push({
        path: 'requirementId',
        message: `a ${type.label.toLowerCase()} counts towards a ${measure} requirement, not ${requirement.type}`,
      })
    else eventId = owner.id
  } else if (measure) {
    const candidates = events
      .filter((e) => !eventId || e.id === eventId)
      .flatMap((e) =>
        (e.disposal?.requirements ?? [])
          .filter((r) => r.type === measure && !r.terminatedDate)
          .map((r) => ({ eventId: e.id, requirementId: r.id })),
      )
    if (candidates.length === 1 && candidates[0]) ({ eventId, requirementId } = candidates[0])
  }
  return { eventId, requirementId, problems }
}
