import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { after, describe, it } from 'node:test'
import { freshCliDatabaseEnv, runCliProcess } from '../../test/cli'
import { startCli, withCliDatabase } from '../../test/cli-database'
import { systemActor } from '../../test/harness'
import { demoGenerator } from '../modules/demo'
import { csvLine } from './import-files'

const HEADER = 'firstName,middleNames,surname,dateOfBirth,sex,pnc,cro,prisonNumber,niNumber,postcode,aliases'
const GOOD = [
  `Zoë,Anne-Marie,O'Brien,1990-04-25,female,2001/0123456F,,,AB123456C,SW1A 1AA,"[{""firstName"":""Zoe"",""surname"":""OBrien""}]"`,
  'Łukasz,,Smith-Jones,,male,,,A1234BC,,,',
  'Kwame,,McDonald,2009-03-01,male,,,,,M8 5RT,[]',
]

describe('openprobation import people', async () => {
  const env = await freshCliDatabaseEnv()
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'openprobation-import-'))
  after(() => fs.rmSync(dir, { recursive: true, force: true }))
  const write = (name: string, lines: string[]) => {
    const file = path.join(dir, name)
    fs.writeFileSync(file, `${lines.join('\n')}\n`)
    return file
  }
  const peopleCount = () =>
    withCliDatabase(env, async ({ database: { db } }) =>
      Number((await db.selectFrom('people').select(db.fn.countAll().as('n')).executeTakeFirstOrThrow()).n),
    )
  const mixed = [
    HEADER,
    GOOD[0] as string,
    'Sam,,Jones,1985-01-01,male,2001/0123456G,,,,,', // row 2, line 3: wrong PNC check letter
    `"Anne\nMarie",,Evans,1970-02-02,female,,,,,,`, // row 3, lines 4-5: a quoted line break in a name
    GOOD[1] as string,
    ',,,2031-01-01,alien,,,,,NOWHERE,[oops', // row 5, line 7: many problems
    GOOD[2] as string,
  ]

  it('imports nothing when any row is invalid, and reports every problem with row, line and field', async () => {
    const file = write('mixed.csv', mixed)
    const out = path.join(dir, 'mixed-out.csv')
    const result = await runCliProcess(['import', 'people', file, '--out', out], { env })
    assert.equal(result.code, 1, result.stderr)
    for (const expected of [
      /row 2 \(line 3\): pnc: the check letter is wrong/,
      /row 3 \(line 4\): firstName: cannot contain control characters/,
      /row 5 \(line 7\): firstName: /,
      /row 5 \(line 7\): surname: /,
      /row 5 \(line 7\): dateOfBirth: 2031-01-01 is in the future/,
      /row 5 \(line 7\): sex: must be one of male, female, other, unknown/,
      /row 5 \(line 7\): postcode: is not a UK postcode/,
      /row 5 \(line 7\): aliases: is not valid JSON/,
      /Nothing was imported: 3 of 6 rows have problems/,
    ])
      assert.match(result.stderr, expected)
    assert.doesNotMatch(result.stderr, /row [146] /, 'valid rows are not reported')
    assert.equal(await peopleCount(), 0)
    assert.equal(fs.existsSync(out), false)
    assert.equal(fs.existsSync(path.join(dir, 'mixed.rejected.csv')), false)
  })

  it('refuses a file with an unknown column, naming it', async () => {
    const file = write('unknown.csv', [`${HEADER},shoeSize`, `${GOOD[1]},9`])
    const result = await runCliProcess(['import', 'people', file], { env })
    assert.equal(result.code, 1)
    assert.match(result.stderr, /unknown column "shoeSize"/)
    assert.equal(await peopleCount(), 0)
  })

  it('with --skip-invalid imports the valid rows and writes the others, with reasons, to a file', async () => {
    const file = write('mixed.csv', mixed)
    const out = path.join(dir, 'skip-out.csv')
    const result = await runCliProcess(['import', 'people', file, '--skip-invalid', '--out', out], { env })
    assert.equal(result.code, 3, result.stderr)
    assert.equal(await peopleCount(), 3)
    const rejected = fs.readFileSync(path.join(dir, 'mixed.rejected.csv'), 'utf8').trimEnd().split('\n')
    assert.equal(rejected[0], `row,line,problems,${HEADER}`)
    assert.match(
      rejected[1] as string,
      /^2,3,"pnc: the check letter is wrong: 2001\/0123456 should end in F, not G",Sam,/,
    )
    assert.match(rejected[2] as string, /^3,4,firstName: cannot contain control characters[^,]*,"Anne$/)
    assert.match(
      rejected.at(-1) as string,
      /^5,7,".*dateOfBirth: 2031-01-01 is in the future.*sex: must be one of/,
    )
    const rows = fs.readFileSync(out, 'utf8').trimEnd().split('\n')
    assert.equal(rows[0], 'row,crn')
    assert.deepEqual(
      rows.slice(1).map((r) => r.split(',')[0]),
      ['1', '4', '6'],
    )
    const crnOfRow1 = (rows[1] as string).split(',')[1] as string
    const person = await withCliDatabase(env, (services) => services.people.getPerson(systemActor, crnOfRow1))
    assert.equal(person.firstName, 'Zoë')
    assert.equal(person.middleNames, 'Anne-Marie')
    assert.equal(person.surname, "O'Brien")
    assert.equal(person.pnc, '2001/0123456F')
    assert.deepEqual(
      person.aliases.map((a) => [a.firstName, a.surname]),
      [['Zoe', 'OBrien']],
    )
  })

  it('refuses rows that look like people already on record, naming them, unless --allow-duplicates', async () => {
    // The same three people were imported by the previous test.
    const file = write('clean.csv', [HEADER, ...GOOD])
    const refused = await runCliProcess(['import', 'people', file], { env })
    assert.equal(refused.code, 1, refused.stderr)
    for (const row of [1, 2, 3])
      assert.match(
        refused.stderr,
        new RegExp(`row ${row} \\(line ${row + 1}\\): looks like [A-Z]\\d{6} already on record`),
      )
    assert.match(refused.stderr, /--allow-duplicates/)
    assert.equal(await peopleCount(), 3)
  })

  it('imports a clean file whole (exit 0) and writes row,crn for each row to --out', async () => {
    const file = write('clean.csv', [HEADER, ...GOOD])
    const out = path.join(dir, 'clean-out.csv')
    const result = await runCliProcess(['import', 'people', file, '--out', out, '--allow-duplicates'], {
      env,
    })
    assert.equal(result.code, 0, result.stderr)
    assert.match(result.stdout, /Imported 3 people/)
    assert.match(fs.readFileSync(out, 'utf8'), /^row,crn\n1,[A-Z]\d{6}\n2,[A-Z]\d{6}\n3,[A-Z]\d{6}\n$/)
    assert.equal(await peopleCount(), 6)
  })

  it('killed part-way leaves nobody imported and no output file', async () => {
    const generator = demoGenerator(9, new Date().toISOString().slice(0, 10))
    const lines = [HEADER]
    for (const { person: p } of generator.people(0, 50_000)) {
      lines.push(
        csvLine([
          p.firstName,
          p.middleNames,
          p.surname,
          p.dateOfBirth,
          p.sex,
          p.pnc,
          p.cro,
          p.prisonNumber,
          p.niNumber,
          p.postcode,
          p.aliases ? JSON.stringify(p.aliases) : '',
        ]),
      )
    }
    const file = write('big.csv', lines)
    const out = path.join(dir, 'big-out.csv')
    const before = await peopleCount()
    const { child, output } = startCli(['import', 'people', file, '--out', out, '--allow-duplicates'], env)
    const closed = new Promise<NodeJS.Signals | null>((resolve) =>
      child.once('close', (_code, signal) => resolve(signal)),
    )
    // Wait until the import's one transaction has begun, then kill the process without warning.
    while (!output.stderr.includes('Importing') && child.exitCode === null)
      await new Promise((resolve) => setTimeout(resolve, 20))
    await new Promise((resolve) => setTimeout(resolve, 300))
    child.kill('SIGKILL')
    assert.equal(
      await closed,
      'SIGKILL',
      `the import ended before it was killed: ${output.stdout}${output.stderr}`,
    )
    assert.equal(await peopleCount(), before)
    assert.equal(fs.existsSync(out), false)
    assert.deepEqual(
      fs.readdirSync(dir).filter((f) => f.includes('big-out')),
      [],
      'no temporary output file either',
    )
  })
})
