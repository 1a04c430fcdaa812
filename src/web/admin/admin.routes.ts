// The administration pages, mounted behind requireSession: an index, the organisation tree, staff,
// users and who may see a case. Each page refuses roles without the permission up front (403) and
// every change goes through a service, which checks again and audits it.
import type { Router } from 'express'
import { can } from '../../modules/access'
import type { Services } from '../../services'
import { requirePage } from '../forms'
import type { Renderer } from '../render'
import { webActorOf } from '../session'
import { mountOrganisationAdmin } from './organisation.routes'
import { mountRestrictionsAdmin } from './restrictions.routes'
import { mountStaffAdmin } from './staff.routes'
import { mountUsersAdmin } from './users.routes'

const PAGES = [
  {
    href: '/admin/organisation',
    text: 'Organisation',
    hint: 'Regions, probation delivery units and teams',
    permission: 'organisation:write',
  },
  {
    href: '/admin/staff',
    text: 'Staff',
    hint: 'Grades, hours, vetting and specialisms',
    permission: 'organisation:write',
  },
  {
    href: '/admin/users',
    text: 'Users',
    hint: 'Accounts, roles, closing an account',
    permission: 'organisation:write',
  },
  {
    href: '/admin/restrictions',
    text: 'Restricted cases',
    hint: 'Who may see a case, and who never may',
    permission: 'case:restrict',
  },
] as const

export function mountAdmin(router: Router, services: Services, render: Renderer) {
  router.get('/admin', (_req, res) => {
    requirePage(res, 'organisation:write')
    const actor = webActorOf(res)
    render(res, 200, 'admin/admin.njk', { pages: PAGES.filter((p) => can(actor, p.permission)) })
  })
  mountOrganisationAdmin(router, services, render)
  mountStaffAdmin(router, services, render)
  mountUsersAdmin(router, services, render)
  mountRestrictionsAdmin(router, services, render)
}
