// Service problems (dotted paths and messages) as the GOV.UK error summary and the message beside each
// field: "Start time is required for Office appointment". Pure.
import type { ErrorDetail } from '../../../platform/errors'

export interface FormProblems {
  errors: { text: string; href: string }[]
  fieldErrors: Record<string, { text: string }>
}

export const NO_PROBLEMS: FormProblems = { errors: [], fieldErrors: {} }

/**
 * `labels` maps a path (or its first part) to the field's name in the form and the id to link to; paths
 * with no label go to `fallback` (the whole form). The order of `labels` is the order of the summary.
 */
export function formProblems(
  details: ErrorDetail[],
  labels: Record<string, { label: string; id?: string }>,
  fallback = 'form',
): FormProblems {
  const order = Object.keys(labels)
  const keyOf = (path: string) => (path in labels ? path : (path.split('.')[0] ?? ''))
  const rank = (path: string) => {
    const i = order.indexOf(keyOf(path))
    return i === -1 ? order.length : i
  }
  const problems: FormProblems = { errors: [], fieldErrors: {} }
  for (const d of [...details].sort((a, b) => rank(a.path) - rank(b.path))) {
    const key = keyOf(d.path)
    const field = labels[key]
    const text = field ? `${field.label} ${d.message}` : capitalise(d.message)
    const id = field ? (field.id ?? key) : fallback
    problems.errors.push({ text: capitalise(text), href: `#${id}` })
    if (field && !problems.fieldErrors[key]) problems.fieldErrors[key] = { text: capitalise(text) }
  }
  return problems
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)
