// `openprobation import people`: a CSV of demo people (with aliases and addresses) checked row by row
// against the record for likely duplicates, and imported in one transaction. Prints each rate.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { checkPeopleCsv } from '../src/cli/import-csv'
import { csvLine } from '../src/cli/import-files'
import { demoGenerator } from '../src/modules/demo'
import { Actor } from '../src/platform/actor'
import { openBenchDatabase } from './engines'
import type { Benchmark } from './run'
import { report } from './stats'

const COLUMNS = [
  'firstName',
  'middleNames',
  'surname',
  'dateOfBirth',
  'sex',
  'pnc',
  'cro',
  'niNumber',
  'postcode',
  'aliases',
]

export const importBenchmark: Benchmark = {
  name: 'import',
  description: 'openprobation import people: CSV rows checked and people imported per second',
  defaultScale: 20_000,
  async run(engine, scale) {
    const bench = await openBenchDatabase(engine)
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'openprobation-import-')), 'people.csv')
    try {
      const today = bench.services.clock.today()
      const people = demoGenerator(7, today).people(0, scale)
      const lines = [csvLine(COLUMNS)]
      for (const { person } of people) {
        const p = person as unknown as Record<string, unknown>
        lines.push(
          csvLine(COLUMNS.map((c) => (c === 'aliases' ? JSON.stringify(p.aliases ?? []) : (p[c] as string)))),
        )
      }
      fs.writeFileSync(file, `${lines.join('\n')}\n`)

      const t0 = performance.now()
      const checked = await checkPeopleCsv(file, today)
      const inputs = checked.valid.map((v) => v.input)
      // The import's duplicate check (here against an empty record: the lower bound of its cost).
      const t1 = performance.now()
      await bench.services.people.findLikelyDuplicates(Actor.system('bench'), inputs)
      const tDuplicates = performance.now()
      await bench.services.people.importPeople(Actor.system('bench'), inputs)
      const t2 = performance.now()
      report('import', engine, {
        rows: scale,
        invalid: checked.rejected.length,
        'checked per second': scale / ((t1 - t0) / 1000),
        'duplicate-checked per second': inputs.length / ((tDuplicates - t1) / 1000),
        'imported per second': inputs.length / ((t2 - tDuplicates) / 1000),
        'overall per second': scale / ((t2 - t0) / 1000),
      })
    } finally {
      fs.rmSync(path.dirname(file), { recursive: true, force: true })
      await bench.close()
    }
  },
}
