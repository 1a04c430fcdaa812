// Use cases of the contact log, one file each: booking (with repeats and clash detection),
// rescheduling that keeps the history, outcomes and notes, and reading. Every change is audited with the
// person's CRN and the contact as it stood afterwards.
import type { ServiceDeps } from '../deps'
import { createBookingService } from './booking.service'
import { createOutcomesService } from './outcomes.service'
import { createReadingService } from './reading.service'
import { createRescheduleService } from './reschedule.service'

export function createContactsService(deps: ServiceDeps) {
  return {
    ...createReadingService(deps),
    ...createBookingService(deps),
    ...createRescheduleService(deps),
    ...createOutcomesService(deps),
  }
}

export type ContactsService = ReturnType<typeof createContactsService>
