// Registers (flags) as GOV.UK tags: the type in words with its level, coloured by how serious it is.
import { REGISTER_TYPES, type Register } from '../../modules/registers'
import { formatDate, words } from './format'

export interface Tag {
  text: string
  classes: string
}

// Risk of serious harm and MAPPA levels read as severity; other flags are information.
const LEVEL_COLOURS: Record<string, string> = {
  very_high: 'govuk-tag--red',
  high: 'govuk-tag--orange',
  medium: 'govuk-tag--yellow',
  low: 'govuk-tag--green',
}

export function registerLabel(r: Register): string {
  const type = REGISTER_TYPES[r.type]?.label ?? words(r.type)
  // Held back by the service for want of vetting: only that it exists.
  if (r.restricted) return `${type}: restricted`
  const parts = [
    r.level ? `${r.type === 'mappa' ? 'level ' : ''}${words(r.level).toLowerCase()}` : null,
    r.category ? `category ${r.category}` : null,
  ].filter(Boolean)
  return parts.length > 0 ? `${type}: ${parts.join(', ')}` : type
}

export function registerTag(r: Register): Tag {
  if (!r.active) return { text: registerLabel(r), classes: 'govuk-tag--grey' }
  const colour =
    (r.level && r.type === 'rosh' ? LEVEL_COLOURS[r.level] : undefined) ??
    (r.type === 'mappa' ? 'govuk-tag--purple' : 'govuk-tag--blue')
  return { text: registerLabel(r), classes: colour }
}

export interface RegisterRow {
  tag: Tag
  registered: string
  review: string
  ended: string
  reason: string
}

export function registerRows(registers: Register[]): { active: RegisterRow[]; past: RegisterRow[] } {
  const row = (r: Register): RegisterRow => ({
    tag: registerTag(r),
    registered: r.restricted ? 'Restricted' : formatDate(r.registeredDate),
    review: r.restricted ? 'Restricted' : formatDate(r.nextReviewDate) || 'None set',
    ended: formatDate(r.deregisteredDate),
    reason: r.deregistrationReason ?? '',
  })
  return {
    active: registers.filter((r) => r.active).map(row),
    past: registers.filter((r) => !r.active).map(row),
  }
}
