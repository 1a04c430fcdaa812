// /admin/users: every account with its roles; add an account (a role, optionally linked to a staff record
// so the user's caseload and vetting follow it); close an account (its sessions end at once).
import type { Response, Router } from 'express'
import { ROLES } from '../../platform/actor'
import { DomainError } from '../../platform/errors'
import type { Services } from '../../services'
import { type FormProblems, NO_PROBLEMS, problemsOf, requirePage, textFields } from '../forms'
import type { Renderer } from '../render'
import { webActorOf } from '../session'

const FIELDS = ['username', 'displayName', 'password', 'role', 'staffCode'] as const
const LABELS: Record<string, string> = {
  username: 'Username',
  displayName: 'Full name',
  password: 'Password',
  role: 'Role',
  scopeType: 'Scope',
  scopeCode: 'Scope code',
  staffCode: 'Staff code',
}
const ROLE_NAMES: Record<string, string> = {
  practitioner: 'Practitioner',
  spo: 'Senior probation officer',
  admin: 'Administrator',
  court: 'Court',
  analyst: 'Analyst',
  partner: 'Partner',
}

export function mountUsersAdmin(router: Router, services: Services, render: Renderer) {
  const { users } = services
  router.get('/admin/users', async (req, res) => {
    requirePage(res, 'organisation:write')
    const list = await users.listUsers(webActorOf(res))
    const banners: Record<string, string> = { added: 'Account added', closed: 'Account closed' }
    render(res, 200, 'admin/users.njk', {
      users: list.map((u) => ({
        ...u,
        roleNames: u.roles.map((r) => ROLE_NAMES[r.role] ?? r.role).join(', '),
      })),
      banner: typeof req.query.done === 'string' ? banners[req.query.done] : null,
      error: req.query.error === 'self' ? 'You cannot close your own account' : null,
    })
  })

  const showNew = (
    res: Response,
    status: number,
    values: Record<string, string> | null,
    problems: FormProblems,
  ) =>
    render(res, status, 'admin/user-form.njk', {
      values,
      ...problems,
      hasErrors: problems.errors.length > 0,
      roles: ROLES.map((r) => ({ value: r, text: ROLE_NAMES[r] ?? r, checked: values?.role === r })),
    })

  router.get('/admin/users/new', (_req, res) => {
    requirePage(res, 'organisation:write')
    showNew(res, 200, null, NO_PROBLEMS)
  })

  router.post('/admin/users/new', async (req, res) => {
    requirePage(res, 'organisation:write')
    const values = textFields(req.body, FIELDS)
    try {
      await users.createUser(webActorOf(res), {
        username: values.username,
        displayName: values.displayName || undefined,
        password: values.password,
        role: values.role,
        staffCode: values.staffCode.toUpperCase() || undefined,
      })
      return res.redirect(303, '/admin/users?done=added')
    } catch (error) {
      // Never send a password back to the page.
      return showNew(res, 400, { ...values, password: '' }, problemsOf(error, LABELS))
    }
  })

  router.post('/admin/users/:username/close', async (req, res) => {
    requirePage(res, 'organisation:write')
    try {
      await users.disableUser(webActorOf(res), String(req.params.username))
    } catch (error) {
      if (error instanceof DomainError && error.code === 'user.cannot_disable_self')
        return res.redirect(303, '/admin/users?error=self')
      throw error
    }
    res.redirect(303, '/admin/users?done=closed')
  })
}
