// The administrators' view of a case's restriction and exclusion lists, as the API takes and gives it.
import { z } from '../../platform/zod'

const usernames = (description: string) =>
  z
    .array(z.string().trim().min(1, 'must not be empty'))
    .max(500, 'may name at most 500 users')
    .refine((names) => new Set(names).size === names.length, 'must not name a user twice')
    .openapi({ description })

export const caseRestrictionsInput = z
  .strictObject({
    restrictedTo: usernames('usernames of the only staff who may see the case; empty lifts the restriction'),
    excluded: usernames('usernames of staff who must never see the case'),
    showAsRestricted: z
      .boolean({ message: 'must be true or false' })
      .openapi({ description: 'those not allowed see the name and "restricted" instead of "not found"' }),
  })
  .openapi('CaseRestrictionsInput')
export type CaseRestrictionsInput = z.infer<typeof caseRestrictionsInput>

export const caseRestrictions = caseRestrictionsInput
  .extend({ crn: z.string().openapi({ example: 'X000001' }) })
  .openapi('CaseRestrictions')
export type CaseRestrictions = z.infer<typeof caseRestrictions>
