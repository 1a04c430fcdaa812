// Loads the demo data through the modules' own bulk functions (the same validation and audit as any
// other write): the organisation once, then people in batches with their events and registers.
// Used by `openprobation seed`, `serve --demo` and the benchmarks.
import type { Actor } from '../../platform/actor'
import type { Clock } from '../../platform/clock'
import type { Db } from '../../platform/db/open'
import { seedAllocations } from '../allocation'
import type { OrganisationService } from '../organisation'
import type { PeopleService } from '../people'
import type { RegistersService } from '../registers'
import { OFFENCE_CODES, type SentencesService } from '../sentences'
import { createDemoGenerator, type DemoGenerator } from './demo.generator'
import type { DemoOrganisation } from './organisation.generator'

export interface DemoSeedServices {
  clock: Clock
  database: { db: Db }
  people: PeopleService
  organisation: OrganisationService
  sentences: SentencesService
  registers: RegistersService
}

export interface SeedOptions {
  people: number
  seed?: number
  /** People per transaction. */
  batchSize?: number
  onProgress?: (done: number, total: number) => void
}

export interface SeedResult {
  people: number
  events: number
  registers: number
  /** The organisation loaded, or null when one was already there. */
  organisation: DemoOrganisation | null
  /** Cases allocated to a practitioner, and cases left in the allocation queue. */
  allocation: { allocated: number; queued: number }
  elapsedMs: number
  peoplePerSecond: number
}

export const DEFAULT_SEED = 1

export function demoGenerator(seed: number, today: string): DemoGenerator {
  return createDemoGenerator({ seed, today, offenceCodes: OFFENCE_CODES })
}

export async function seedDemoData(
  services: DemoSeedServices,
  actor: Actor,
  options: SeedOptions,
): Promise<SeedResult> {
  const started = performance.now()
  const generator = demoGenerator(options.seed ?? DEFAULT_SEED, services.clock.today())
  const batchSize = options.batchSize ?? 5000
  let organisation: DemoOrganisation | null = null
  if ((await services.organisation.listRegions(actor)).length === 0) {
    organisation = generator.organisation()
    await services.organisation.importOrganisation(actor, organisation)
  }
  let events = 0
  let registers = 0
  for (let start = 0; start < options.people; start += batchSize) {
    const batch = generator.people(start, Math.min(batchSize, options.people - start))
    // The generator's people are valid by construction (its tests check them with the people module's
    // validation), so the hot path skips parsing them again.
    // One transaction a batch: a batch's people, events and registers land together or not at all.
    await services.database.db.transaction().execute(async (trx) => {
      const created = await services.people.importPeople(
        actor,
        batch.map((p) => p.person),
        { trx },
      )
      const refs = created.map(({ id, crn }) => ({ personId: id, crn }))
      const eventItems = batch.flatMap((p, i) =>
        p.history.events.map((event) => ({ ...(refs[i] as PersonRef), event })),
      )
      const registerItems = batch.flatMap((p, i) =>
        p.history.registers.map((register) => ({ ...(refs[i] as PersonRef), register })),
      )
      events += (await services.sentences.importEvents(actor, eventItems, { trx })).length
      registers += (await services.registers.importRegisters(actor, registerItems, { trx })).length
    })
    options.onProgress?.(start + batch.length, options.people)
  }
  // Most cases that need supervision allocated to a practitioner of a team, the rest in the queue.
  const allocation = await seedAllocations(
    services.database.db,
    actor.name,
    services.clock.now(),
    services.clock.today(),
  )
  const elapsedMs = performance.now() - started
  return {
    people: options.people,
    events,
    registers,
    organisation,
    allocation,
    elapsedMs,
    peoplePerSecond: options.people / Math.max(elapsedMs / 1000, 0.001),
  }
}

interface PersonRef {
  personId: string
  crn: string
}
