// `openprobation import people FILE.csv`: every row checked first and every problem reported with its
// row, line and field; then all valid people written in ONE transaction, so a crash or kill part-way
// leaves nobody imported. Output files are written whole or not at all (import-files.ts).
// Exit codes (docs/DECISIONS.md 17): 0 every row imported, 3 some rows skipped (--skip-invalid),
// 1 nothing imported.
import fs from 'node:fs'
import type { Command } from 'commander'
import { systemClock } from '../platform/clock'
import { DomainError } from '../platform/errors'
import { withServices } from './context'
import { CsvFileError, checkPeopleCsv, countLines, describeProblems, type RejectedRow } from './import-csv'
import { csvLine, writeFileAtomically } from './import-files'
import { CliExit } from './program'
import { formatCount, startProgress } from './progress'

interface ImportOptions {
  out?: string
  skipInvalid?: boolean
  rejected?: string
  allowDuplicates?: boolean
}

export function registerImport(program: Command) {
  const command = program.command('import').description('import records from files')
  command
    .command('people')
    .description(
      'import people from a CSV whose header names fields of POST /api/v1/people (firstName, middleNames, ' +
        'surname, dateOfBirth, sex, pnc, cro, prisonNumber, niNumber, postcode, aliases as a JSON array, ...); ' +
        'empty cells are absent. Every row is checked first; nothing is imported if any row is invalid, ' +
        'unless --skip-invalid. Exit 0: all imported; 3: some rows skipped; 1: nothing imported.',
    )
    .argument('<file>', 'the CSV file')
    .option('--out <file>', 'write a CSV of row,crn for each imported row (row 1 is the first data row)')
    .option('--skip-invalid', 'import the valid rows and write the rejected ones, with reasons, to a file')
    .option('--rejected <file>', 'where --skip-invalid writes the rejected rows (default FILE.rejected.csv)')
    .option(
      '--allow-duplicates',
      'import rows that look like people already on record (otherwise such rows are invalid, with the records they look like)',
    )
    .action((file: string, options: ImportOptions) => importPeople(file, options))
}

export function rejectedFileFor(file: string): string {
  return `${file.replace(/\.csv$/i, '')}.rejected.csv`
}

async function importPeople(file: string, options: ImportOptions): Promise<void> {
  if (!fs.existsSync(file)) throw unreadable(`${file} does not exist`)
  const today = systemClock.today()
  const lines = await countLines(file)
  const checking = startProgress(`Checking ${file}`, Math.max(lines - 1, 0), { unit: 'rows' })
  let checked: Awaited<ReturnType<typeof checkPeopleCsv>>
  try {
    checked = await checkPeopleCsv(file, today, (rows) => checking.update(rows))
  } catch (error) {
    if (error instanceof CsvFileError) throw unreadable(error.message)
    throw error
  }
  const { header, rejected } = checked
  let valid = checked.valid
  checking.finish(
    `${formatCount(valid.length + rejected.length)} rows checked, ${formatCount(rejected.length)} invalid`,
  )

  const crns = await withServices('import', async ({ services, actor }) => {
    // Rows that look like people already on record are invalid unless allowed (docs/DECISIONS.md 15).
    if (!options.allowDuplicates && valid.length > 0) {
      const duplicates = await services.people.findLikelyDuplicates(
        actor,
        valid.map((v) => v.input),
      )
      const flagged = new Set<number>()
      duplicates.forEach((candidates, i) => {
        const row = valid[i]
        if (!row || candidates.length === 0) return
        flagged.add(i)
        rejected.push({
          row: row.row,
          line: row.line,
          cells: row.cells,
          problems: candidates.map((c) => ({
            path: '',
            message: `looks like ${c.crn} already on record (score ${c.score}: ${c.reasons.join('; ')}); pass --allow-duplicates if this is a different person`,
          })),
        })
      })
      if (flagged.size > 0) {
        valid = valid.filter((_, i) => !flagged.has(i))
        rejected.sort((a, b) => a.row - b.row)
      }
    }
    if (rejected.length > 0 && !options.skipInvalid) {
      reportProblems(rejected)
      process.stderr.write(
        `Nothing was imported: ${formatCount(rejected.length)} of ${formatCount(valid.length + rejected.length)} rows have problems. ` +
          'Correct them, or pass --skip-invalid to import the valid rows and set the others aside.\n',
      )
      throw new CliExit(1)
    }
    if (valid.length === 0) return []
    process.stderr.write(`Importing ${formatCount(valid.length)} people in one transaction...\n`)
    const started = performance.now()
    const created = await services.people.importPeople(
      actor,
      valid.map((v) => v.input),
    )
    const seconds = (performance.now() - started) / 1000
    process.stdout.write(
      `Imported ${formatCount(created.length)} people from ${file} in ${seconds.toFixed(1)}s` +
        ` (${formatCount(created.length / Math.max(seconds, 0.001))} people/s)\n`,
    )
    return created
  })
  if (options.out && crns.length > 0) {
    await writeFileAtomically(options.out, [
      csvLine(['row', 'crn']),
      ...valid.map((v, i) => csvLine([v.row, crns[i]?.crn])),
    ])
    process.stdout.write(`Wrote the CRN of each imported row to ${options.out}\n`)
  }
  if (rejected.length === 0) {
    if (valid.length === 0) process.stdout.write(`${file} has no data rows: nothing to import\n`)
    return
  }
  const rejectedFile = options.rejected ?? rejectedFileFor(file)
  await writeFileAtomically(rejectedFile, [
    csvLine(['row', 'line', 'problems', ...header]),
    ...rejected.map((r) =>
      csvLine([
        r.row,
        r.line,
        r.problems.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message)).join('; '),
        ...r.cells,
      ]),
    ),
  ])
  reportProblems(rejected)
  process.stderr.write(
    `Skipped ${formatCount(rejected.length)} invalid rows; they are in ${rejectedFile} with the reasons\n`,
  )
  throw new CliExit(valid.length > 0 ? 3 : 1)
}

function reportProblems(rejected: RejectedRow[]) {
  let text = ''
  for (const row of rejected) {
    for (const line of describeProblems(row)) text += `  ${line}\n`
    if (text.length > 1 << 16) {
      process.stderr.write(text)
      text = ''
    }
  }
  process.stderr.write(text)
}

/** A problem with the file as a whole: printed as a message, exit 1. */
function unreadable(message: string) {
  return new DomainError('import.unreadable_file', message)
}
