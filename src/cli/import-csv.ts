// Reads a CSV of people and checks every row with the people module's own validation, so a row is
// accepted here exactly when POST /api/v1/people would accept the same body. Rows are numbered from 1
// for the first data row; each keeps the file line it starts on (docs/DECISIONS.md 17).
import fs from 'node:fs'
import { parse } from 'csv-parse'
import { type PersonInput, personSchemas, validatePersonInput } from '../modules/people'
import type { ErrorDetail } from '../platform/errors'

/** Columns whose cells hold a JSON array, as in the API body. */
const JSON_COLUMNS = new Set(['aliases', 'addresses', 'circumstances'])
const REQUIRED_COLUMNS = ['firstName', 'surname', 'sex']

export interface ValidRow {
  row: number
  line: number
  /** The row as written, for the rejected-rows file if a later check (duplicates) sets it aside. */
  cells: string[]
  input: PersonInput
}

export interface RejectedRow {
  row: number
  line: number
  cells: string[]
  problems: ErrorDetail[]
}

export interface CheckedFile {
  header: string[]
  valid: ValidRow[]
  rejected: RejectedRow[]
}

/** A problem with the file as a whole (its header, its quoting): nothing in it can be imported. */
export class CsvFileError extends Error {}

/** The columns a people CSV may have: the fields of POST /api/v1/people. */
export function peopleColumns(today: string): string[] {
  return Object.keys(personSchemas(today).create.shape)
}

export function checkHeader(header: string[], today: string): void {
  const allowed = new Set(peopleColumns(today))
  const problems: string[] = []
  const unknown = header.filter((column) => !allowed.has(column))
  if (unknown.length > 0)
    problems.push(
      `unknown column${unknown.length > 1 ? 's' : ''} ${unknown.map((c) => `"${c}"`).join(', ')}` +
        ` (the columns are the fields of POST /api/v1/people: ${[...allowed].join(', ')})`,
    )
  const repeated = header.filter((column, i) => header.indexOf(column) !== i)
  if (repeated.length > 0)
    problems.push(`repeated column${repeated.length > 1 ? 's' : ''} ${repeated.join(', ')}`)
  const missing = REQUIRED_COLUMNS.filter((column) => !header.includes(column))
  if (missing.length > 0)
    problems.push(`missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`)
  if (problems.length > 0) throw new CsvFileError(`The header (line 1) has problems: ${problems.join('; ')}`)
}

/** The API body a row stands for: empty cells are absent; JSON columns are parsed. */
export function rowToBody(
  header: string[],
  cells: string[],
): { body: Record<string, unknown>; problems: ErrorDetail[] } {
  const body: Record<string, unknown> = {}
  const problems: ErrorDetail[] = []
  if (cells.length !== header.length)
    problems.push({ path: '', message: `has ${cells.length} cells where the header has ${header.length}` })
  header.forEach((column, i) => {
    const cell = cells[i]
    if (cell === undefined || cell.trim() === '') return
    if (!JSON_COLUMNS.has(column)) {
      body[column] = cell
      return
    }
    try {
      body[column] = JSON.parse(cell)
    } catch {
      problems.push({
        path: column,
        message: 'is not valid JSON: write a JSON array, e.g. [{"firstName":"Bill","surname":"Smith"}]',
      })
    }
  })
  return { body, problems }
}

/**
 * Reads and checks every row. `onRow` is told of each row read (for progress). CSV syntax errors
 * (an unclosed quote, say) make the whole file unreadable: a CsvFileError naming the line.
 */
export async function checkPeopleCsv(
  file: string,
  today: string,
  onRow: (rowsRead: number) => void = () => {},
): Promise<CheckedFile> {
  const parser = fs
    .createReadStream(file)
    .pipe(parse({ bom: true, info: true, relax_column_count: true, skip_empty_lines: false }))
  let header: string[] | undefined
  const valid: ValidRow[] = []
  const rejected: RejectedRow[] = []
  let previousEnd = 0
  let row = 0
  try {
    for await (const { record, info } of parser as AsyncIterable<{
      record: string[]
      info: { lines: number }
    }>) {
      // A record may span lines (a quoted line break): it starts on the line after the previous one.
      const line = previousEnd + 1
      previousEnd = info.lines
      if (record.every((cell) => cell.trim() === '')) continue // a blank line, or a row of empty cells
      if (!header) {
        header = record.map((cell) => cell.trim())
        checkHeader(header, today)
        continue
      }
      row++
      const { body, problems } = rowToBody(header, record)
      const result = validatePersonInput(body, today)
      if (!result.ok) problems.push(...result.details)
      if (problems.length > 0 || !result.ok) rejected.push({ row, line, cells: record, problems })
      else valid.push({ row, line, cells: record, input: result.value })
      onRow(row)
    }
  } catch (error) {
    const csvError = error as { code?: string; lines?: number; message: string }
    if (csvError.code?.startsWith('CSV_'))
      throw new CsvFileError(
        `${file} is not a readable CSV file at line ${csvError.lines}: ${csvError.message}`,
      )
    throw error
  }
  if (!header) throw new CsvFileError(`${file} is empty: it needs a header line naming the columns`)
  return { header, valid, rejected }
}

/** Counts the lines of a file quickly (for the progress bar's total). */
export async function countLines(file: string): Promise<number> {
  let lines = 0
  let last = 10
  for await (const chunk of fs.createReadStream(file) as AsyncIterable<Buffer>) {
    let at = chunk.indexOf(10)
    while (at !== -1) {
      lines++
      at = chunk.indexOf(10, at + 1)
    }
    if (chunk.length > 0) last = chunk[chunk.length - 1] as number
  }
  return last === 10 ? lines : lines + 1
}

/** "row 3 (line 4): dateOfBirth: is in the future" for each problem of a rejected row. */
export function describeProblems(rejected: RejectedRow): string[] {
  return rejected.problems.map(
    (p) => `row ${rejected.row} (line ${rejected.line}): ${p.path ? `${p.path}: ` : ''}${p.message}`,
  )
}
