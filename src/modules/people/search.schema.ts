// The search's parameters (query string of GET /api/v1/people/search, options of `openprobation
// search`) and its results. Values are read by search.query.rules.ts, which names each field it
// cannot read; here only their shape is checked.
import { z } from '../../platform/zod'
import { personRecord } from './person-record.schema'

const text = (example: string, description?: string) =>
  z
    .string()
    .max(200, 'must be 200 characters or fewer')
    .optional()
    .openapi(description ? { example, description } : { example })

export const MAX_RESULTS = 100

export const searchParams = z.strictObject({
  q: text('smith 12/3/85', 'free text: names in any order, a date of birth, any identifier or postcode'),
  firstName: text('Bill'),
  middleNames: text('John'),
  surname: text('Smith-Jones'),
  dateOfBirth: text('1985-03-12', 'YYYY-MM-DD or as written, day first: 12/3/85'),
  crn: text('A000001'),
  pnc: text('2001/0123456F', 'any written form: 01/123456F, 2001/0123456F'),
  cro: text('123456/01X'),
  prisonNumber: text('A1234BC'),
  niNumber: text('AB123456C'),
  postcode: text('SW1A 1AA'),
  limit: z.coerce
    .number({ message: `must be a whole number from 1 to ${MAX_RESULTS}` })
    .int(`must be a whole number from 1 to ${MAX_RESULTS}`)
    .min(1, `must be a whole number from 1 to ${MAX_RESULTS}`)
    .max(MAX_RESULTS, `must be a whole number from 1 to ${MAX_RESULTS}`)
    .default(20),
})
export type SearchInput = z.input<typeof searchParams>

export const searchResult = z
  .object({
    crn: z.string().openapi({ example: 'A000001' }),
    score: z.number().openapi({ description: '0..1, higher is better', example: 0.93 }),
    reasons: z.array(z.string()).openapi({
      example: ['alias surname matched phonetically', 'date of birth with day and month swapped'],
    }),
    person: personRecord,
  })
  .openapi('PersonSearchResult')

export const searchResults = z.object({ results: z.array(searchResult) }).openapi('PersonSearchResults')
export type SearchResult = z.infer<typeof searchResult>
