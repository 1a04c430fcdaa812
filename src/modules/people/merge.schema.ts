// Bodies of merging two records of one person and of undoing a merge.
import { z } from '../../platform/zod'
import { personRecord } from './person-record.schema'

const reason = z
  .string({ message: 'is required: say why' })
  .trim()
  .min(1, 'is required: say why')
  .max(2000, 'must be 2000 characters or fewer')

export const mergeInput = z
  .strictObject({
    from: z
      .string({ message: 'is required: the CRN of the record to merge into this one' })
      .trim()
      .toUpperCase()
      .regex(/^[A-Z]\d{6}$/, 'must be a CRN: one letter and six digits, e.g. A123456')
      .openapi({ example: 'A000002' }),
    version: z
      .number({ message: 'is required: the version of the surviving record this is based on' })
      .int()
      .positive(),
    reason: reason.openapi({ example: 'Same PNC; the second record was created in error at court' }),
  })
  .openapi('PersonMerge')

export const unmergeInput = z
  .strictObject({
    reason: reason.openapi({ example: 'Merged in error: twins' }),
  })
  .openapi('PersonUnmerge')

export const unmergeResult = z
  .object({ restored: personRecord, survivor: personRecord })
  .openapi('PersonUnmergeResult')
