// `npm run bench -- [name] [--scale N] [--engine embedded|postgres]` (docs/DECISIONS.md, 7).
// Without arguments: every benchmark, on both engines, at a quick default scale. Benchmarks print figures
// and never fail on time.
import { parseArgs } from 'node:util'
import type { Engine } from '../src/platform/db/open'
import { allocationBenchmark } from './allocation.bench'
import { apiCreateBenchmark } from './api-create.bench'
import { assessmentBenchmark } from './assessment.bench'
import { casePageBenchmark } from './case-page.bench'
import { contactLogBenchmark } from './contact-log.bench'
import { contactsBenchmark } from './contacts.bench'
import { stopBenchCluster } from './engines'
import { importBenchmark } from './import.bench'
import { personReadBenchmark } from './person-read.bench'
import { predictorsBenchmark } from './predictors.bench'
import { searchBenchmark } from './search.bench'
import { seedBenchmark } from './seed.bench'
import { tierBenchmark } from './tier.bench'
import { workloadBenchmark } from './workload.bench'

export interface Benchmark {
  name: string
  description: string
  defaultScale: number
  run(engine: Engine, scale: number): Promise<void>
}

const benchmarks: Benchmark[] = [
  seedBenchmark,
  importBenchmark,
  personReadBenchmark,
  casePageBenchmark,
  apiCreateBenchmark,
  predictorsBenchmark,
  searchBenchmark,
  tierBenchmark,
  contactLogBenchmark,
  contactsBenchmark,
  workloadBenchmark,
  allocationBenchmark,
  assessmentBenchmark,
]

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { scale: { type: 'string' }, engine: { type: 'string' } },
})
const selected = positionals.length ? benchmarks.filter((b) => positionals.includes(b.name)) : benchmarks
if (selected.length === 0) {
  process.stderr.write(`Unknown benchmark. Available: ${benchmarks.map((b) => b.name).join(', ')}\n`)
  process.exit(2)
}
const engines: Engine[] = values.engine ? [values.engine as Engine] : ['embedded', 'postgres']
if (!engines.every((e) => e === 'embedded' || e === 'postgres')) {
  process.stderr.write('--engine must be embedded or postgres\n')
  process.exit(2)
}
process.env.LOG_SILENT = '1'
try {
  for (const benchmark of selected) {
    const scale = values.scale ? Number(values.scale) : benchmark.defaultScale
    process.stdout.write(
      `\n# ${benchmark.name}: ${benchmark.description} (scale ${scale.toLocaleString('en-GB')})\n`,
    )
    for (const engine of engines) await benchmark.run(engine, scale)
  }
} finally {
  stopBenchCluster()
}
