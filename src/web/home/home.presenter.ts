// What the home page offers, from the one permission table: a role sees only what it may do. Tasks with
// a page link to it; the others are descriptions until their pages exist.
import { can, type Permission } from '../../modules/access'
import type { Actor } from '../../platform/actor'

export interface Task {
  text: string
  href?: string
}

const TASKS: (Task & { permission: Permission })[] = [
  {
    permission: 'person:read',
    text: 'Find a person on probation and read their case record',
    href: '/cases',
  },
  {
    permission: 'person:read',
    text: 'See your cases: tier, next contact due, outcomes to record',
    href: '/my-cases',
  },
  {
    permission: 'workload:read',
    text: 'See your workload: points, capacity and what makes them up',
    href: '/workload',
  },
  { permission: 'person:write', text: 'Add a person on probation', href: '/cases/new' },
  {
    permission: 'allocation:read',
    text: 'Allocate cases: the queue, recommended practitioners and the allocation meeting view',
    href: '/allocation',
  },
  {
    permission: 'person:read',
    text: "Your team's requests: risk escalations, transfers and others, incoming and outgoing",
    href: '/requests',
  },
  { permission: 'person:write', text: 'Update personal details, addresses, events and registers' },
  { permission: 'person:delete', text: 'Delete records entered in error (they can be restored)' },
  { permission: 'person:export', text: "Export a person's record for a subject access request" },
  { permission: 'audit:read', text: 'See who has viewed or changed a record' },
  { permission: 'organisation:read', text: 'See regions, delivery units, teams and staff' },
  {
    permission: 'organisation:write',
    text: 'Manage regions, delivery units, teams, staff and users',
    href: '/admin',
  },
  { permission: 'calculator:use', text: 'Calculate tiers and risk predictor scores' },
]

export function tasksFor(actor: Actor): Task[] {
  return TASKS.filter((task) => can(actor, task.permission)).map(({ text, href }) => ({ text, href }))
}
