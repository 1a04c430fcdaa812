// Progress against each requirement of a person's orders ("RAR 7 of 20 days, 4 months left").
import type { Actor } from '../../platform/actor'
import { requirePermission } from '../access'
import type { ServiceDeps } from '../deps'
import { findCaseRef } from '../people'
import { eventsOfPerson } from '../sentences'
import { toContact } from './contacts.present'
import { listContactsOfPerson } from './contacts.repository'
import { type RequirementProgress, requirementProgress } from './progress.rules'

export function createProgressService({ db, clock, audit }: ServiceDeps) {
  return {
    async requirementsProgress(actor: Actor, crn: string): Promise<RequirementProgress[]> {
      requirePermission(actor, 'person:read')
      return db.transaction().execute(async (trx) => {
        const person = await findCaseRef(trx, actor, crn)
        const events = await eventsOfPerson(trx, person.id)
        const contacts = (await listContactsOfPerson(trx, person.id)).map(toContact)
        const progress = events.flatMap((e) =>
          (e.disposal?.requirements ?? []).map((r) =>
            requirementProgress(
              r,
              {
                eventId: e.id,
                eventNumber: e.eventNumber,
                sentenceDate: e.disposal?.sentenceDate ?? null,
                expectedEndDate: e.disposal?.expectedEndDate ?? null,
                length: e.disposal?.length ?? null,
              },
              contacts,
              clock.today(),
            ),
          ),
        )
        await audit.record(trx, actor, 'progress.read', { type: 'person', id: person.id, crn: person.crn })
        return progress
      })
    },
  }
}
