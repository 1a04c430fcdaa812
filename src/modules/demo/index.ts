// Demo data: a deterministic, realistic generator (pure, reusable by benchmarks) and the seeder that
// loads it through the other modules' bulk functions.
export { createDemoGenerator, type DemoGenerator, type DemoPerson } from './demo.generator'
export {
  DEFAULT_SEED,
  type DemoSeedServices,
  demoGenerator,
  type SeedOptions,
  type SeedResult,
  seedDemoData,
} from './demo.service'
export type { DemoOrganisation, DemoStaff } from './organisation.generator'
export type { DemoPersonInput } from './person.generator'
