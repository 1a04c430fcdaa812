// `openprobation search [text]`: find people as GET /api/v1/people/search does, with the same options;
// a readable table by default, or the API's JSON with --json. The search and each person shown are audited.
import type { Command } from 'commander'
import type { SearchResult } from '../modules/people'
import { withServices } from './context'

const OPTIONS = [
  ['firstName', '--first-name <name>', 'first name'],
  ['middleNames', '--middle-names <names>', 'middle names'],
  ['surname', '--surname <name>', 'surname'],
  ['dateOfBirth', '--date-of-birth <date>', 'date of birth: 1985-03-12 or as written, day first (12/3/85)'],
  ['crn', '--crn <crn>', 'case reference number'],
  ['pnc', '--pnc <pnc>', 'PNC number, in any written form'],
  ['cro', '--cro <cro>', 'CRO number'],
  ['prisonNumber', '--prison-number <number>', 'prison number'],
  ['niNumber', '--ni-number <number>', 'National Insurance number'],
  ['postcode', '--postcode <postcode>', 'postcode of any address'],
  ['limit', '--limit <n>', 'at most this many results (1 to 100, default 20)'],
] as const

export function registerSearch(program: Command) {
  let command = program
    .command('search')
    .description(
      'find people by names in any order, date of birth, identifiers or postcode; the free text ' +
        'recognises dates and identifiers ("smith 12/3/85"). Best first, with a score 0..1 and the reasons',
    )
    .argument(
      '[text...]',
      'free text: names, a date of birth, a CRN, PNC, CRO, prison or NI number, a postcode',
    )
    .option('--json', 'print the results as the API gives them')
  for (const [, flag, description] of OPTIONS) command = command.option(flag, description)
  command.action(async (text: string[], options: Record<string, string | boolean | undefined>) => {
    const query: Record<string, string> = {}
    if (text.length > 0) query.q = text.join(' ')
    for (const [key] of OPTIONS) if (typeof options[key] === 'string') query[key] = options[key] as string
    await withServices('search', async ({ services, actor }) => {
      const { results } = await services.people.searchPeople(actor, query)
      process.stdout.write(options.json ? `${JSON.stringify({ results }, null, 2)}\n` : table(results))
    })
  })
}

/** One line per person, best first, the reasons under each. */
export function table(results: SearchResult[]): string {
  if (results.length === 0) return 'No one found.\n'
  const rows = results.map((r) => [
    r.crn,
    r.score.toFixed(3),
    `${r.person.firstName}${r.person.middleNames ? ` ${r.person.middleNames}` : ''} ${r.person.surname}`,
    r.person.dateOfBirth ?? '-',
    r.person.pnc ?? '-',
    r.person.postcode ?? '-',
  ])
  const header = ['CRN', 'SCORE', 'NAME', 'BORN', 'PNC', 'POSTCODE']
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] as string).length)))
  const line = (cells: string[]) =>
    `${cells
      .map((c, i) => c.padEnd(widths[i] as number))
      .join('  ')
      .trimEnd()}\n`
  let out = line(header)
  rows.forEach((row, i) => {
    out += line(row)
    out += `         ${(results[i] as SearchResult).reasons.join('; ')}\n`
  })
  return out
}
