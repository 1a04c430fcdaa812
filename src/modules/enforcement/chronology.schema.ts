// The chronology of a case: its query and its entries.
import { z } from '../../platform/zod'

export const CHRONOLOGY_KINDS = [
  'contact',
  'outcome',
  'enforcement',
  'breach_pack',
  'register',
  'event',
] as const
export type ChronologyKind = (typeof CHRONOLOGY_KINDS)[number]

const isoDate = z.iso.date('must be a date as YYYY-MM-DD')

export const chronologyQuery = z
  .strictObject({
    type: z
      .string()
      .transform((s) =>
        s
          .split(',')
          .map((t) => t.trim())
          .filter(Boolean),
      )
      .pipe(z.array(z.enum(CHRONOLOGY_KINDS, { message: `must be among ${CHRONOLOGY_KINDS.join(', ')}` })))
      .optional()
      .openapi({
        description: `comma-separated kinds: ${CHRONOLOGY_KINDS.join(', ')}`,
        example: 'contact,outcome',
      }),
    from: isoDate.optional(),
    to: isoDate.optional(),
    requirementId: z.uuid('must be a requirement id').optional(),
  })
  .openapi('ChronologyQuery')
export type ChronologyQuery = z.output<typeof chronologyQuery>

export const chronologyEntry = z
  .object({
    date: z.string(),
    time: z.string().nullable(),
    kind: z.enum(CHRONOLOGY_KINDS),
    summary: z.string(),
    recordId: z.string().openapi({ description: 'the contact, action, pack, register or event' }),
    eventId: z.string().nullable(),
    requirementId: z.string().nullable(),
    staffCode: z.string().nullable(),
    sensitive: z.boolean(),
  })
  .openapi('ChronologyEntry')
export type ChronologyEntry = z.output<typeof chronologyEntry>
