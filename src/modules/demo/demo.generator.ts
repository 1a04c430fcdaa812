// The deterministic demo-data generator: the same seed and the same day give the same organisation and
// the same people, whatever the batch size, because each person's random stream is derived from the
// seed and the person's index. Pure and quick (no I/O), so benchmarks can reuse it.
import type { OffenceCode } from '../sentences'
import { type DemoHistory, generateHistory, offenceDraw } from './history.generator'
import { type DemoOrganisation, generateOrganisation, pduCode } from './organisation.generator'
import { type DemoPersonInput, generatePerson } from './person.generator'
import { REGIONS } from './places.data'
import { createRandom, deriveSeed } from './random'

export interface DemoPerson {
  /** The body of POST /api/v1/people. */
  person: DemoPersonInput
  /** Bodies of POST /people/{crn}/events and /registers. */
  history: DemoHistory
  /** The delivery unit whose area the person lives in. */
  pduCode: string
}

export interface DemoGenerator {
  seed: number
  today: string
  organisation(): DemoOrganisation
  person(index: number): DemoPerson
  /** People `start` to `start + count - 1`. */
  people(start: number, count: number): DemoPerson[]
}

const ORGANISATION_STREAM = 0xffffffff
const REGION_WEIGHTS = REGIONS.map((r) => [r, r.weight] as const)

export function createDemoGenerator(options: {
  seed: number
  today: string
  offenceCodes: readonly OffenceCode[]
}): DemoGenerator {
  const { seed, today } = options
  const offences = offenceDraw(options.offenceCodes)
  if (offences.length === 0) throw new Error('the demo generator needs at least one offence code')
  const generator: DemoGenerator = {
    seed,
    today,
    organisation: () => generateOrganisation(createRandom(deriveSeed(seed, ORGANISATION_STREAM)), today),
    person(index) {
      const random = createRandom(deriveSeed(seed, index))
      const region = random.weighted(REGION_WEIGHTS)
      const pduIndex = random.int(0, region.pdus.length - 1)
      const area = random.pick((region.pdus[pduIndex] ?? region.pdus[0])?.areas ?? [])
      const person = generatePerson(random, today, area)
      const history = generateHistory(random, today, person.dateOfBirth, person.sex, area, offences)
      return { person, history, pduCode: pduCode(region.code, pduIndex) }
    },
    people(start, count) {
      const list: DemoPerson[] = new Array(count)
      for (let i = 0; i < count; i++) list[i] = generator.person(start + i)
      return list
    },
  }
  return generator
}
