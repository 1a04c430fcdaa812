// What every form page shares: reading text fields from a posted form, the page-level refusal for roles
// without the permission (the services refuse too; the page only avoids showing a form they would
// refuse), and a service's problems turned into the GOV.UK error summary and inline messages.
import type { Response } from 'express'
import { can, type Permission } from '../modules/access'
import { DomainError, type ErrorDetail, ForbiddenError } from '../platform/errors'
import { webActorOf } from './session'

export interface FormProblems {
  errors: { text: string; href: string }[]
  fieldErrors: Record<string, { text: string }>
}
export const NO_PROBLEMS: FormProblems = { errors: [], fieldErrors: {} }

export function requirePage(res: Response, permission: Permission): void {
  if (!can(webActorOf(res), permission)) throw new ForbiddenError()
}

/** The posted form's string fields, trimmed; anything else (arrays, missing) as ''. */
export function textFields<K extends string>(body: unknown, names: readonly K[]): Record<K, string> {
  const form = (body ?? {}) as Record<string, unknown>
  const out = {} as Record<K, string>
  for (const name of names) out[name] = typeof form[name] === 'string' ? (form[name] as string).trim() : ''
  return out
}

/** A posted checkbox group, as a list (one box ticked arrives as a string). */
export function ticked(body: unknown, name: string): string[] {
  const value = ((body ?? {}) as Record<string, unknown>)[name]
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string')
  return typeof value === 'string' ? [value] : []
}

/**
 * The problems of a validation or conflict error, in the order of the form's fields, each named by its
 * label; `prefix` keeps ids apart when one page has several forms. Other errors are thrown on.
 */
export function problemsOf(error: unknown, labels: Record<string, string>, prefix = ''): FormProblems {
  if (!(error instanceof DomainError) || !['validation.failed', 'record.conflict'].includes(error.code))
    throw error
  const order = Object.keys(labels)
  const field = (d: ErrorDetail) => d.path.split('.')[0] ?? ''
  const rank = (d: ErrorDetail) => (order.includes(field(d)) ? order.indexOf(field(d)) : order.length)
  const problems: FormProblems = { errors: [], fieldErrors: {} }
  for (const detail of [...error.details].sort((a, b) => rank(a) - rank(b))) {
    const name = field(detail)
    const text = `${labels[name] ?? name} ${detail.message}`
    problems.errors.push({ text, href: `#${prefix}${name}` })
    problems.fieldErrors[name] ??= { text }
  }
  if (problems.errors.length === 0) problems.errors.push({ text: error.message, href: '#main-content' })
  return problems
}
