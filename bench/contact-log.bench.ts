// Issue 5's figures: contacts recorded per second through the contacts service (validation, clash
// detection, the diary lock and the audit entry, one transaction each), and the chronology of one case
// with 2,000 contacts, p50/p95 (target p95 under 50 ms), over N seeded people.
import { addDays } from '../src/modules/contacts'
import { contactsFixture } from '../src/modules/contacts/contacts.fixture'
import { seedDemoData } from '../src/modules/demo'
import { Actor } from '../src/platform/actor'
import { bulkInsert } from '../src/platform/db/bulk'
import { newId } from '../src/platform/ids'
import { openBenchDatabase } from './engines'
import type { Benchmark } from './run'
import { report, summarise } from './stats'

const RECORDED = 400
const ON_THE_CASE = 2000
const READS = 50
const SLOTS_A_DAY = 16
const OUTCOMES = ['attended_complied', 'attended_complied', 'acceptable_absence', 'failed_to_attend']

const hhmm = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`

export const contactLogBenchmark: Benchmark = {
  name: 'contact-log',
  description: 'contacts recorded per second through the service, and a 2,000-contact chronology (p50/p95)',
  defaultScale: 5000,
  async run(engine, scale) {
    const bench = await openBenchDatabase(engine)
    try {
      const { services } = bench
      const actor = Actor.system('bench')
      await seedDemoData(services, actor, { people: scale })
      const fx = contactsFixture(services)
      const staffCode = await fx.newStaff('PO', await fx.newTeam())
      const { crn } = await fx.newPerson()
      const event = await fx.newOrder(crn)
      const today = services.clock.today()
      // Half-hour slots from 08:00, going back a day every SLOTS_A_DAY contacts: never a clash.
      const slot = (i: number) => ({
        date: addDays(today, -1 - Math.floor(i / SLOTS_A_DAY)),
        startTime: hhmm(8 * 60 + (i % SLOTS_A_DAY) * 30),
        endTime: hhmm(8 * 60 + (i % SLOTS_A_DAY) * 30 + 30),
      })

      const started = performance.now()
      for (let i = 0; i < RECORDED; i++)
        await services.contacts.recordContact(actor, crn, {
          type: 'office_visit',
          ...slot(i),
          location: 'Probation office',
          staffCode,
          eventId: event.id,
        })
      const seconds = (performance.now() - started) / 1000
      report('contact-log', engine, { people: scale, recorded: RECORDED, 'contacts/s': RECORDED / seconds })

      const { id: personId } = await services.database.db
        .selectFrom('people')
        .select('id')
        .where('crn', '=', crn)
        .executeTakeFirstOrThrow()
      await bulkInsert(
        services.database.db,
        'contacts',
        Array.from({ length: ON_THE_CASE - RECORDED }, (_, k) => {
          const { date, startTime, endTime } = slot(RECORDED + k)
          return {
            id: newId(),
            person_id: personId,
            event_id: event.id,
            type_code: 'office_visit',
            type_version: 1,
            contact_date: date,
            start_time: startTime,
            end_time: endTime,
            location: 'Probation office',
            staff_code: staffCode,
            outcome: OUTCOMES[k % OUTCOMES.length] as string,
            absence_reason: k % OUTCOMES.length === 2 ? 'medical' : null,
            outcome_recorded_at: new Date(),
          }
        }),
      )
      let entries = 0
      for (let i = 0; i < 10; i++) await services.enforcement.chronology(actor, crn)
      const times: number[] = []
      for (let i = 0; i < READS; i++) {
        const t = performance.now()
        entries = (await services.enforcement.chronology(actor, crn)).length
        times.push(performance.now() - t)
      }
      const read = summarise(times)
      report('contact-log', engine, { chronology: crn, entries, 'p50 ms': read.p50, 'p95 ms': read.p95 })
    } finally {
      await bench.close()
    }
  },
}
