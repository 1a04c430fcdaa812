// Turns zod's issues into one ValidationError that names every problem at once, each with the dotted
// path of its field (docs/DECISIONS.md, 10).
import type { z } from 'zod'
import { type ErrorDetail, ValidationError } from './errors'

export function parseInput<S extends z.ZodType>(schema: S, input: unknown, pathPrefix = ''): z.output<S> {
  const result = schema.safeParse(input)
  if (result.success) return result.data
  throw new ValidationError(issuesToDetails(result.error.issues, pathPrefix))
}

export function issuesToDetails(issues: readonly z.core.$ZodIssue[], pathPrefix = ''): ErrorDetail[] {
  return issues.map((issue) => {
    const path = [pathPrefix, ...issue.path.map(String)].filter((p) => p !== '').join('.')
    return { path, message: describe(issue) }
  })
}

function describe(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys')
    return `unknown field${issue.keys.length > 1 ? 's' : ''}: ${issue.keys.join(', ')}`
  if (issue.code === 'invalid_type' && issue.message.includes('received undefined')) return 'is required'
  return issue.message
}
