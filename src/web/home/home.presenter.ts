// What the home page offers, from the one permission table: a role sees only what it may do. Case pages
// arrive with the web issue; until then these are descriptions, not links.
import { can, type Permission } from '../../modules/access'
import type { Actor } from '../../platform/actor'

const TASKS: { permission: Permission; text: string }[] = [
  { permission: 'person:read', text: 'Find a person on probation and read their case record' },
  { permission: 'person:write', text: 'Update personal details, addresses, events and registers' },
  { permission: 'person:delete', text: 'Delete records entered in error (they can be restored)' },
  { permission: 'person:export', text: "Export a person's record for a subject access request" },
  { permission: 'audit:read', text: 'See who has viewed or changed a record' },
  { permission: 'organisation:read', text: 'See regions, delivery units, teams and staff' },
  { permission: 'organisation:write', text: 'Manage regions, delivery units, teams, staff and users' },
  { permission: 'calculator:use', text: 'Calculate tiers and risk predictor scores' },
]

export function tasksFor(actor: Actor): string[] {
  return TASKS.filter((task) => can(actor, task.permission)).map((task) => task.text)
}
