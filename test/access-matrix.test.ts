// The access matrix: every API endpoint and web page, read from the app's own routers, against every
// role, no credentials, and a case hidden by its restriction and exclusion lists. A route added without
// an entry in the tables below fails the first test, so nobody adds a door without saying who may open it.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { Router } from 'express'
import { createApiRouter } from '../src/api/app'
import { calculators } from '../src/calculators'
import { contactsFixture } from '../src/modules/contacts/contacts.fixture'
import type { Role } from '../src/platform/actor'
import { fixedClock } from '../src/platform/clock'
import { createWebRouter } from '../src/web/app'
import { systemActor, testApi } from './harness'
import { WebClient } from './web-client'

const ROLES: Role[] = ['practitioner', 'spo', 'admin', 'court', 'analyst', 'partner']
// Who holds each kind of access, written out here rather than read from permissions.rules.ts, so that a
// change to the permission table shows up as a failing expectation someone must agree to.
const CASE_STAFF: Role[] = ['practitioner', 'spo', 'admin', 'court'] // person:read, person:write
const MANAGERS: Role[] = ['spo', 'admin'] // person:delete, person:merge, enforcement/tier review
const ORG_READERS: Role[] = ['practitioner', 'spo', 'admin', 'court', 'analyst'] // also calculator:use
const ADMINS: Role[] = ['admin'] // organisation:write, case:restrict, reference:write
// workload:team (anyone's figure, roll-ups); a practitioner sees only their own (these users have no staff code)
const WORKLOAD_TEAM: Role[] = ['spo', 'admin', 'analyst']
const ANYONE: Role[] = [...ROLES]
const ASSESSORS: Role[] = ['practitioner', 'spo', 'admin'] // assessment:write (spo, admin: also countersign)
const RAISERS: Role[] = ['practitioner', 'spo', 'admin'] // request:raise (issue 10)
const STALE = { version: 999 }

interface Access {
  /** Roles not refused (any status but 401/403); every other role gets 403. */
  allow: Role[]
  /** Reaches one case (by CRN or by one of its records' ids): hidden cases answer 404. */
  scoped?: boolean
  /** No token needed (answers without 401). */
  open?: boolean
  /** A body that passes validation where it can without changing anything (a stale version). */
  body?: unknown
  query?: string
}

// Keyed "METHOD path" as mounted under /api/v1.
const API: Record<string, Access> = {
  'GET /openapi.json': { allow: ANYONE, open: true },
  'POST /calculators/:name': { allow: ORG_READERS, body: {} },
  'GET /people/search': { allow: CASE_STAFF, query: '?surname=Nobody' },
  'POST /people/:crn/merge': { allow: MANAGERS, scoped: true, body: { from: 'X999999', ...STALE } },
  'POST /people/:crn/unmerge': { allow: MANAGERS, scoped: true, body: { reason: 'Merged in error' } },
  // Administrators manage the lists of every case, including those the lists keep them out of.
  'GET /people/:crn/restrictions': { allow: ADMINS },
  'PUT /people/:crn/restrictions': { allow: ADMINS, body: {} },
  'POST /people': { allow: CASE_STAFF, body: {} },
  'GET /people/:crn': { allow: CASE_STAFF, scoped: true },
  'PATCH /people/:crn': { allow: CASE_STAFF, scoped: true, body: { ...STALE, firstName: 'Changed' } },
  'DELETE /people/:crn': { allow: MANAGERS, scoped: true, body: { ...STALE, reason: 'Duplicate' } },
  'POST /people/:crn/restore': { allow: MANAGERS, scoped: true, body: { ...STALE } },
  'GET /people/:crn/history': { allow: CASE_STAFF, scoped: true },
  'POST /regions': { allow: ADMINS, body: {} },
  'GET /regions': { allow: ORG_READERS },
  'POST /probation-delivery-units': { allow: ADMINS, body: {} },
  'GET /probation-delivery-units': { allow: ORG_READERS },
  'POST /teams': { allow: ADMINS, body: {} },
  'GET /teams': { allow: ORG_READERS },
  'GET /teams/:code': { allow: ORG_READERS },
  'GET /teams/:code/tiers': { allow: ORG_READERS },
  'POST /staff': { allow: ADMINS, body: {} },
  'GET /staff': { allow: ORG_READERS },
  'GET /staff/:code': { allow: ORG_READERS },
  'PATCH /staff/:code': { allow: ADMINS, body: { ...STALE } },
  'DELETE /staff/:code': { allow: ADMINS, body: { ...STALE } },
  'POST /staff/:code/restore': { allow: ADMINS, body: { ...STALE } },
  'POST /people/:crn/events': { allow: CASE_STAFF, scoped: true, body: {} },
  'GET /people/:crn/events': { allow: CASE_STAFF, scoped: true },
  'GET /events/:id': { allow: CASE_STAFF, scoped: true },
  'PATCH /events/:id': { allow: CASE_STAFF, scoped: true, body: { ...STALE, notes: 'Changed' } },
  'DELETE /events/:id': { allow: MANAGERS, scoped: true, body: { ...STALE } },
  'POST /events/:id/restore': { allow: MANAGERS, scoped: true },
  'GET /events/:id/history': { allow: CASE_STAFF, scoped: true },
  'POST /people/:crn/registers': { allow: CASE_STAFF, scoped: true, body: {} },
  'GET /people/:crn/registers': { allow: CASE_STAFF, scoped: true },
  'GET /registers/:id': { allow: CASE_STAFF, scoped: true },
  'PATCH /registers/:id': { allow: CASE_STAFF, scoped: true, body: { ...STALE, notes: 'Changed' } },
  'POST /registers/:id/deregister': {
    allow: CASE_STAFF,
    scoped: true,
    body: { ...STALE, date: '2026-05-30', reason: 'Risk reduced' },
  },
  'DELETE /registers/:id': { allow: MANAGERS, scoped: true, body: { ...STALE } },
  'POST /registers/:id/restore': { allow: MANAGERS, scoped: true },
  'GET /registers/:id/history': { allow: CASE_STAFF, scoped: true },
  'GET /people/:crn/predictors': { allow: CASE_STAFF, scoped: true },
  'POST /people/:crn/predictors/corrections': { allow: CASE_STAFF, scoped: true, body: {} },
  'GET /people/:crn/predictors/history': { allow: CASE_STAFF, scoped: true },
  'GET /contact-types': { allow: CASE_STAFF },
  'POST /people/:crn/contacts': { allow: CASE_STAFF, scoped: true, body: {} },
  'GET /people/:crn/contacts': { allow: CASE_STAFF, scoped: true },
  'GET /people/:crn/requirements/progress': { allow: CASE_STAFF, scoped: true },
  'GET /people/:crn/contact-due': { allow: CASE_STAFF, scoped: true, query: '?tier=B2' },
  'GET /contacts/awaiting-outcome': { allow: CASE_STAFF },
  'GET /contacts/:id': { allow: CASE_STAFF, scoped: true },
  'PATCH /contacts/:id': { allow: CASE_STAFF, scoped: true, body: { ...STALE, notes: 'Changed' } },
  'POST /contacts/:id/reschedule': {
    allow: CASE_STAFF,
    scoped: true,
    body: { ...STALE, date: '2026-06-20', startTime: '10:00', endTime: '11:00', reason: 'Clash' },
  },
  'POST /contacts/:id/outcome': {
    allow: CASE_STAFF,
    scoped: true,
    body: { ...STALE, outcome: 'attended_complied' },
  },
  'GET /people/:crn/compliance': { allow: CASE_STAFF, scoped: true },
  'GET /people/:crn/enforcement-actions': { allow: CASE_STAFF, scoped: true },
  'POST /people/:crn/enforcement-actions': { allow: CASE_STAFF, scoped: true, body: {} },
  'GET /enforcement/overrides': { allow: MANAGERS },
  'GET /people/:crn/chronology': { allow: CASE_STAFF, scoped: true },
  'GET /breach-packs/:id': { allow: CASE_STAFF, scoped: true },
  'GET /breach-packs/:id/html': { allow: CASE_STAFF, scoped: true },
  'PATCH /breach-packs/:id': { allow: CASE_STAFF, scoped: true, body: { ...STALE, statement: 'Changed' } },
  'POST /breach-packs/:id/submit': { allow: CASE_STAFF, scoped: true, body: { ...STALE } },
  'GET /people/:crn/tier': { allow: CASE_STAFF, scoped: true },
  'GET /people/:crn/tier/history': { allow: CASE_STAFF, scoped: true },
  'POST /people/:crn/tier/overrides': { allow: CASE_STAFF, scoped: true, body: {} },
  'POST /tier-overrides/:id/approve': { allow: MANAGERS, scoped: true, body: { note: 'x'.repeat(2000) } },
  'POST /tier-overrides/:id/reject': { allow: MANAGERS, scoped: true, body: { note: 'x'.repeat(2000) } },
  // Requests between teams (issue 10): raising needs request:raise; deciding is checked per request.
  'GET /request-kinds': { allow: CASE_STAFF },
  'POST /people/:crn/requests': { allow: RAISERS, scoped: true, body: {} },
  'GET /people/:crn/requests': { allow: CASE_STAFF, scoped: true },
  'GET /requests': { allow: CASE_STAFF, query: '?team=T1' },
  'GET /requests/:id': { allow: CASE_STAFF, scoped: true },
  'GET /requests/:id/handover': { allow: CASE_STAFF, scoped: true },
  'POST /requests/:id/accept': { allow: CASE_STAFF, scoped: true, body: { ...STALE } },
  'POST /requests/:id/decline': { allow: CASE_STAFF, scoped: true, body: { ...STALE } },
  'POST /requests/:id/complete': { allow: CASE_STAFF, scoped: true, body: { ...STALE } },
  'POST /requests/:id/withdraw': { allow: CASE_STAFF, scoped: true, body: { ...STALE } },
  'POST /requests/:id/acknowledge': { allow: CASE_STAFF, scoped: true, body: { ...STALE } },
  // allocation:read and allocation:allocate (issue 10)
  'GET /allocation/queue': { allow: MANAGERS },
  'GET /people/:crn/allocation': { allow: MANAGERS, scoped: true },
  'GET /people/:crn/allocation/recommendations': { allow: MANAGERS, scoped: true },
  'POST /people/:crn/allocation': { allow: MANAGERS, scoped: true, body: {} },
  'POST /people/:crn/allocation/reallocate': { allow: MANAGERS, scoped: true, body: {} },
  'GET /notifications': { allow: ANYONE },
  // workload (issue 9): workload:read, workload:team, workload:manage, reference:write
  'GET /staff/:code/workload': { allow: WORKLOAD_TEAM },
  'GET /staff/:code/workload/what-if': { allow: WORKLOAD_TEAM, query: '?tier=B2&caseType=community' },
  'GET /staff/:code/reductions': { allow: WORKLOAD_TEAM },
  'POST /staff/:code/reductions': { allow: MANAGERS, body: {} },
  'POST /staff/:code/court-reports': { allow: MANAGERS, body: {} },
  'PATCH /workload-reductions/:id': { allow: MANAGERS, body: { ...STALE } },
  'DELETE /workload-reductions/:id': { allow: MANAGERS, body: { ...STALE } },
  'GET /teams/:code/workload': { allow: WORKLOAD_TEAM },
  'GET /probation-delivery-units/:code/workload': { allow: WORKLOAD_TEAM },
  'GET /regions/:code/workload': { allow: WORKLOAD_TEAM },
  'GET /workload/reference-data': { allow: ORG_READERS },
  'GET /workload/reference-data/:kind': { allow: ORG_READERS },
  'PUT /workload/reference-data/:kind': { allow: ADMINS, body: {} },
  'GET /people/:crn/assessments': { allow: CASE_STAFF, scoped: true },
  // The case already has an assessment in progress: starting another is refused (422), nothing written.
  'POST /people/:crn/assessments': { allow: ASSESSORS, scoped: true, body: {} },
  'GET /assessments/:id': { allow: CASE_STAFF, scoped: true },
  'PATCH /assessments/:id/answers': {
    allow: ASSESSORS,
    scoped: true,
    body: { ...STALE, questionId: 'accommodation.suitability', value: 'some' },
  },
  'PUT /assessments/:id/sections/:section': {
    allow: ASSESSORS,
    scoped: true,
    body: { ...STALE, answers: {} },
  },
  'POST /assessments/:id/sections/:section/confirm': { allow: ASSESSORS, scoped: true, body: { ...STALE } },
  'PUT /assessments/:id/plan': { allow: ASSESSORS, scoped: true, body: { ...STALE, goals: [] } },
  'POST /assessments/:id/complete': { allow: ASSESSORS, scoped: true, body: { ...STALE } },
  'POST /assessments/:id/countersign': {
    allow: MANAGERS,
    scoped: true,
    body: { ...STALE, decision: 'countersign' },
  },
  'POST /assessments/:id/plan/reviews': {
    allow: ASSESSORS,
    scoped: true,
    body: { ...STALE, reviewedOn: '2026-06-01', notes: 'Review', agreement: 'agreed' },
  },
  // Nothing is pending, and a request needs a reason: refused (400/422) without a change.
  'POST /assessments/:id/ownership-requests': {
    allow: ASSESSORS,
    scoped: true,
    body: { setting: 'custody' },
  },
  'POST /assessments/:id/ownership-requests/decision': {
    allow: ASSESSORS,
    scoped: true,
    body: { decision: 'approve' },
  },
}

// Keyed "METHOD path" as mounted on the web router.
const WEB: Record<string, Access> = {
  'GET /sign-in': { allow: ANYONE, open: true },
  'POST /sign-in': { allow: ANYONE, open: true },
  'GET /signed-out': { allow: ANYONE, open: true },
  // Single sign-on (404 here, where it is not configured; src/web/sign-in/oidc.routes.test.ts has the rest).
  'GET /sign-in/oidc': { allow: ANYONE, open: true },
  'GET /sign-in/oidc/callback': { allow: ANYONE, open: true },
  'POST /sign-out': { allow: ANYONE },
  'POST /sign-out-everywhere': { allow: ANYONE },
  'GET /': { allow: ANYONE },
  'GET /cases/:crn/requests/new': { allow: RAISERS, scoped: true },
  'POST /cases/:crn/requests/new': { allow: RAISERS, scoped: true, body: {} },
  'GET /requests': { allow: CASE_STAFF },
  'GET /requests/:id': { allow: CASE_STAFF, scoped: true },
  'GET /requests/:id/handover': { allow: CASE_STAFF, scoped: true },
  'POST /requests/:id/accept': { allow: CASE_STAFF, scoped: true, body: { version: '999' } },
  'POST /requests/:id/decline': { allow: CASE_STAFF, scoped: true, body: { version: '999' } },
  'POST /requests/:id/complete': { allow: CASE_STAFF, scoped: true, body: { version: '999' } },
  'POST /requests/:id/withdraw': { allow: CASE_STAFF, scoped: true, body: { version: '999' } },
  'POST /requests/:id/acknowledge': { allow: CASE_STAFF, scoped: true, body: { version: '999' } },
  'GET /cases': { allow: CASE_STAFF, query: '?q=Nobody' },
  'GET /cases/new': { allow: CASE_STAFF },
  'POST /cases/new': { allow: CASE_STAFF, body: {} },
  'GET /cases/:crn': { allow: CASE_STAFF, scoped: true },
  'GET /cases/:crn/chronology': { allow: CASE_STAFF, scoped: true },
  'GET /cases/:crn/edit': { allow: CASE_STAFF, scoped: true },
  'POST /cases/:crn/edit': {
    allow: CASE_STAFF,
    scoped: true,
    body: { version: '999', firstName: 'Changed' },
  },
  'GET /cases/:crn/contacts': { allow: CASE_STAFF, scoped: true },
  'GET /cases/:crn/contacts/new': { allow: CASE_STAFF, scoped: true },
  'POST /cases/:crn/contacts/new': { allow: CASE_STAFF, scoped: true, body: {} },
  'GET /cases/:crn/contacts/:id/reschedule': { allow: CASE_STAFF, scoped: true },
  'POST /cases/:crn/contacts/:id/reschedule': { allow: CASE_STAFF, scoped: true, body: { version: '999' } },
  'GET /cases/:crn/contacts/:id/outcome': { allow: CASE_STAFF, scoped: true },
  'POST /cases/:crn/contacts/:id/outcome': {
    allow: CASE_STAFF,
    scoped: true,
    body: { version: '999', outcome: 'attended_complied' },
  },
  'GET /cases/:crn/contacts/:id/letter': { allow: CASE_STAFF, scoped: true },
  'POST /cases/:crn/contacts/:id/letter': { allow: CASE_STAFF, scoped: true },
  'GET /cases/:crn/enforcement/:id/letter': { allow: CASE_STAFF, scoped: true },
  'POST /cases/:crn/enforcement/:id/letter': { allow: CASE_STAFF, scoped: true },
  'GET /cases/:crn/breach-packs/:id': { allow: CASE_STAFF, scoped: true },
  'POST /cases/:crn/breach-packs/:id': { allow: CASE_STAFF, scoped: true, body: { version: '999' } },
  'POST /cases/:crn/breach-packs/:id/submit': { allow: CASE_STAFF, scoped: true, body: { version: '999' } },
  'GET /cases/:crn/breach-packs/:id/print': { allow: CASE_STAFF, scoped: true },
  'GET /teams/:code/contacts': { allow: CASE_STAFF },
  'GET /my-contacts': { allow: CASE_STAFF },
  'GET /cases/:crn/tier/override': { allow: CASE_STAFF, scoped: true },
  'POST /cases/:crn/tier/override': { allow: CASE_STAFF, scoped: true, body: {} },
  'GET /cases/:crn/tier/overrides/:id/review': { allow: MANAGERS, scoped: true },
  'POST /cases/:crn/tier/overrides/:id/review': { allow: MANAGERS, scoped: true, body: {} },
  'GET /cases/:crn/history': { allow: CASE_STAFF, scoped: true },
  'GET /cases/:crn/audit': { allow: MANAGERS, scoped: true },
  'GET /my-cases': { allow: CASE_STAFF },
  'GET /allocation': { allow: MANAGERS },
  'GET /allocation/meeting': { allow: MANAGERS },
  'GET /allocation/cases/:crn': { allow: MANAGERS, scoped: true },
  'POST /allocation/cases/:crn': { allow: MANAGERS, scoped: true, body: {} },
  'GET /admin': { allow: ADMINS },
  'GET /admin/organisation': { allow: ADMINS },
  'POST /admin/organisation/region': { allow: ADMINS, body: {} },
  'POST /admin/organisation/pdu': { allow: ADMINS, body: {} },
  'POST /admin/organisation/team': { allow: ADMINS, body: {} },
  'GET /admin/staff': { allow: ADMINS },
  'GET /admin/staff/new': { allow: ADMINS },
  'POST /admin/staff/new': { allow: ADMINS, body: {} },
  'GET /admin/staff/:code': { allow: ADMINS },
  'POST /admin/staff/:code': { allow: ADMINS, body: { version: '999' } },
  'GET /admin/users': { allow: ADMINS },
  'GET /admin/users/new': { allow: ADMINS },
  'POST /admin/users/new': { allow: ADMINS, body: {} },
  // A username nobody has: an administrator gets "not found", nobody's account is closed.
  'POST /admin/users/:username/close': { allow: ADMINS, body: {} },
  // Administrators manage the lists of every case, including those the lists keep them out of.
  'GET /admin/restrictions': { allow: ADMINS },
  'GET /admin/restrictions/:crn': { allow: ADMINS },
  'POST /admin/restrictions/:crn': { allow: ADMINS, body: {} },
  'GET /workload': { allow: ORG_READERS },
  'GET /workload/teams/:code': { allow: WORKLOAD_TEAM },
  'GET /workload/teams/:code/workload.csv': { allow: WORKLOAD_TEAM },
  'GET /cases/:crn/assessment': { allow: CASE_STAFF, scoped: true },
  'POST /cases/:crn/assessment': { allow: ASSESSORS, scoped: true, body: {} },
  'POST /cases/:crn/assessment/countersign': { allow: MANAGERS, scoped: true, body: {} },
  'POST /cases/:crn/assessment/ownership': { allow: ASSESSORS, scoped: true, body: {} },
  'POST /cases/:crn/assessment/ownership/decision': { allow: ASSESSORS, scoped: true, body: {} },
  'GET /cases/:crn/assessment/complete': { allow: CASE_STAFF, scoped: true },
  'POST /cases/:crn/assessment/complete': { allow: ASSESSORS, scoped: true, body: { version: '999' } },
  'GET /cases/:crn/assessment/sections/:section': { allow: CASE_STAFF, scoped: true },
  'POST /cases/:crn/assessment/sections/:section': {
    allow: ASSESSORS,
    scoped: true,
    body: { version: '999' },
  },
  'POST /cases/:crn/assessment/sections/:section/confirm': {
    allow: ASSESSORS,
    scoped: true,
    body: { version: '999' },
  },
  'POST /cases/:crn/assessment/autosave': { allow: ASSESSORS, scoped: true, body: { version: '999' } },
  'GET /cases/:crn/assessment/plan': { allow: CASE_STAFF, scoped: true },
  'POST /cases/:crn/assessment/plan/goals': { allow: ASSESSORS, scoped: true, body: { version: '999' } },
  'POST /cases/:crn/assessment/plan/agreement': { allow: ASSESSORS, scoped: true, body: { version: '999' } },
}

/** Every "METHOD path" a router answers, walking nested routers. */
function routesOf(router: Router, prefix = ''): string[] {
  const found: string[] = []
  for (const layer of router.stack as any[]) {
    if (layer.route) {
      for (const method of Object.keys(layer.route.methods)) {
        if (method !== '_all') found.push(`${method.toUpperCase()} ${prefix}${layer.route.path}`)
      }
    } else if (layer.handle?.stack && layer.name === 'router') {
      found.push(...routesOf(layer.handle, prefix))
    }
  }
  return found
}

function assertTableMatches(actual: string[], table: Record<string, Access>, what: string) {
  const missing = actual.filter((route) => !(route in table))
  const stale = Object.keys(table).filter((route) => !actual.includes(route))
  assert.deepEqual(missing, [], `${what} routes with no entry in the access matrix: add one`)
  assert.deepEqual(stale, [], `${what} access-matrix entries for routes that no longer exist`)
}

describe('access matrix', async () => {
  const api = await testApi(fixedClock('2026-06-01T10:00:00Z'))
  const s = api.services
  const fx = contactsFixture(s)
  const staffCode = await fx.newStaff()
  const teamCode = await fx.newTeam()
  const receivingTeam = await fx.newTeam()

  /** A case with one of every record the id routes reach. */
  async function caseWithRecords() {
    // Its own officer, so its appointments do not clash with the other case's.
    const staffCode = await fx.newStaff()
    const { crn } = await fx.newPerson()
    const order = await fx.newOrder(crn)
    const contact = (date: string) =>
      s.contacts.recordContact(systemActor, crn, {
        type: 'office_visit',
        date,
        startTime: '10:00',
        endTime: '11:00',
        location: 'Leeds',
        staffCode,
        eventId: order.id,
      })
    const failure = async (date: string) => {
      const [c] = await contact(date)
      await s.contacts.recordOutcome(systemActor, c?.id as string, {
        version: 1,
        outcome: 'failed_to_attend',
      })
    }
    const decide = (decision: string, rationale: string, decidedOn?: string) =>
      s.enforcement.recordDecision(systemActor, crn, {
        eventId: order.id,
        staffCode,
        decision,
        rationale,
        decidedOn,
      })
    await failure('2026-04-01')
    const warning = await decide('warning_issued', 'First missed appointment', '2026-04-02')
    await failure('2026-05-10')
    const breach = await decide('breach_initiated', 'Failure within 12 months of the warning')
    const [awaiting] = await contact('2026-05-20')
    const register = await s.registers.createRegister(systemActor, crn, {
      type: 'rosh',
      level: 'high',
      registeredDate: '2026-05-01',
    })
    const proposal = await s.tiering.proposeOverride(systemActor, crn, {
      model: 'v2',
      tier: 'A1',
      rationale: 'Previous manslaughter; threats to kill',
    })
    const transfer = await s.requests.raiseRequest(systemActor, crn, {
      kind: 'transfer',
      fromTeamCode: teamCode,
      toTeamCode: receivingTeam,
      reason: 'Moved to another area',
      decisionMaker: staffCode,
    })
    const ids: Record<string, string> = {
      requests: transfer.id,
      events: order.id,
      registers: register.id,
      contacts: awaiting?.id as string,
      'breach-packs': breach.breachPackId as string,
      enforcement: warning.id,
      'tier-overrides': proposal.id as string,
      assessments: (await s.assessment.startAssessment(systemActor, crn)).id,
    }
    return { crn, ids }
  }

  const open = await caseWithRecords()
  const hidden = await caseWithRecords()
  const fill = (path: string, target: { crn: string; ids: Record<string, string> }) =>
    path
      .replace(':crn', target.crn)
      .replace(/^\/(teams|staff)\/:code/, (_, kind) => `/${kind}/${kind === 'teams' ? teamCode : staffCode}`)
      .replace('/admin/staff/:code', `/admin/staff/${staffCode}`)
      .replace(':username', 'nobody-at-all')
      .replace(':name', calculators[0]?.name ?? 'none')
      .replace(':section', 'accommodation')
      .replace(
        /\/(contacts|breach-packs|enforcement)\/:id\//,
        (_, kind: string) => `/${kind}/${target.ids[kind]}/`,
      )
      .replace(/^\/([a-z-]+)\/:id/, (_, kind: string) => `/${kind}/${target.ids[kind]}`)
      .replace(/\/(breach-packs)\/:id$/, (_, kind: string) => `/${kind}/${target.ids[kind]}`)
      .replace('/tier/overrides/:id', `/tier/overrides/${target.ids['tier-overrides']}`)

  // One user per role, and three administrators (who hold every permission) for the hidden case:
  // tokenFor names users <role>-<n>, n counting every user made here.
  const tokens = new Map<Role, string>()
  for (const role of ROLES) tokens.set(role, await api.tokenFor(role))
  const named = await api.tokenFor('admin') // admin-7
  const unlisted = await api.tokenFor('admin') // admin-8
  const excluded = await api.tokenFor('admin') // admin-9
  // Web pages: one signed-in browser per role, and the three administrators of the hidden case.
  const browsers = new Map<string, { browser: WebClient; csrf: string }>()
  const signedIn = async (key: string, role: Role) => {
    const username = `web-${key}`
    await s.access.addUser(systemActor, { username, role, password: 'correct horse battery' })
    const browser = new WebClient(api.baseUrl)
    assert.equal((await browser.signIn(username, 'correct horse battery')).status, 303)
    browsers.set(key, { browser, csrf: await browser.csrfFrom('/') })
  }
  for (const role of ROLES) await signedIn(role, role)
  for (const who of ['named', 'unlisted', 'excluded']) await signedIn(who, 'admin')
  const restricted = await api.request('PUT', `/api/v1/people/${hidden.crn}/restrictions`, {
    token: tokens.get('admin'),
    body: {
      restrictedTo: ['admin-7', 'admin-9', 'web-named', 'web-excluded'],
      excluded: ['admin-9', 'web-excluded'],
      showAsRestricted: false,
    },
  })
  assert.equal(restricted.status, 200)
  const hiddenSurname = (await s.people.getPerson(systemActor, hidden.crn)).surname as string
  // What a caller gets for a case that does not exist: a hidden case must answer exactly the same.
  const nowhere = {
    crn: 'X999999',
    ids: Object.fromEntries(Object.keys(hidden.ids).map((k) => [k, '00000000-0000-4000-8000-000000000000'])),
  }

  it('has an entry for every API endpoint and web route, and none for routes that are gone', () => {
    const apiRoutes = routesOf(createApiRouter(s))
    const webRoutes = routesOf(createWebRouter(s, { sessionSecret: 'x'.repeat(32), secureCookies: false }))
    assert.ok(apiRoutes.length > 50 && webRoutes.length > 5, 'the router walk found the routes')
    assertTableMatches(apiRoutes, API, 'API')
    assertTableMatches(webRoutes, WEB, 'web')
  })

  it('API: refuses every endpoint without a token (401), except the open ones', async () => {
    for (const [route, access] of Object.entries(API)) {
      const [method = '', path = ''] = route.split(' ')
      const url = `/api/v1${fill(path, open)}${access.query ?? ''}`
      const response = await api.request(method, url, { body: access.body })
      if (access.open) assert.notEqual(response.status, 401, `${route} without a token`)
      else assert.equal(response.status, 401, `${route} without a token answered ${response.status}`)
    }
  })

  it('API: answers each role as the table says: 403 for roles without the permission', async () => {
    const wrong: string[] = []
    for (const [route, access] of Object.entries(API)) {
      const [method = '', path = ''] = route.split(' ')
      const url = `/api/v1${fill(path, open)}${access.query ?? ''}`
      for (const role of ROLES) {
        const { status } = await api.request(method, url, { token: tokens.get(role), body: access.body })
        const allowed = access.allow.includes(role)
        const ok = allowed ? status !== 401 && status !== 403 && status < 500 : status === 403
        if (!ok) wrong.push(`${route} as ${role}: ${status}, expected ${allowed ? 'not denied' : '403'}`)
      }
    }
    assert.deepEqual(wrong, [])
  })

  it('API: a hidden case answers the unlisted and the excluded as one that does not exist (404 on reads), and not the named', async () => {
    const wrong: string[] = []
    for (const [route, access] of Object.entries(API)) {
      if (!access.scoped) continue
      const [method = '', path = ''] = route.split(' ')
      const url = `/api/v1${fill(path, hidden)}${access.query ?? ''}`
      const absent = await api.request(method, `/api/v1${fill(path, nowhere)}${access.query ?? ''}`, {
        token: unlisted,
        body: access.body,
      })
      const expected = `${absent.status} ${absent.body?.error?.code}`
      if (method === 'GET' && absent.status !== 404) wrong.push(`${route} for no such case: ${expected}`)
      for (const [who, token] of [
        ['unlisted', unlisted],
        ['excluded', excluded],
        ['named', named],
      ] as const) {
        const { status, body } = await api.request(method, url, { token, body: access.body })
        const ok =
          who === 'named'
            ? ![401, 403, 404].includes(status) && status < 500
            : `${status} ${body?.error?.code}` === expected
        if (!ok) wrong.push(`${route} as ${who}: ${status} ${body?.error?.code}, not as absent: ${expected}`)
      }
    }
    assert.deepEqual(wrong, [])
  })

  const visit = (key: string | null, route: string, access: Access, target = open) => {
    const [method = '', path = ''] = route.split(' ')
    const entry = key ? browsers.get(key) : undefined
    const browser = entry?.browser ?? new WebClient(api.baseUrl)
    const url = `${fill(path, target)}${access.query ?? ''}`
    if (method === 'GET') return browser.get(url)
    const form = Object.fromEntries(
      Object.entries((access.body ?? {}) as Record<string, string>).map(([k, v]) => [k, String(v)]),
    )
    return (async () => {
      const csrf = entry?.csrf ?? (await browser.csrfFrom('/sign-in'))
      return browser.post(url, { ...form, _csrf: csrf })
    })()
  }
  // Signing out last, so the other pages are visited while signed in.
  const webRoutes = Object.entries(WEB).sort(
    ([a], [b]) => Number(a.includes('sign-out')) - Number(b.includes('sign-out')),
  )

  it('web: sends the signed-out to sign in on every page but the public ones', async () => {
    for (const [route, access] of webRoutes) {
      const page = await visit(null, route, access)
      const toSignIn = page.status === 303 && (page.location ?? '').startsWith('/sign-in')
      if (access.open) assert.equal(toSignIn, false, `${route} is public`)
      else assert.ok(toSignIn, `${route} signed out answered ${page.status} ${page.location}`)
    }
  })

  it('web: answers each role as the table says: 403 for roles without the permission', async () => {
    const wrong: string[] = []
    for (const [route, access] of webRoutes) {
      if (access.open || route.includes('sign-out')) continue
      for (const role of ROLES) {
        const page = await visit(role, route, access)
        const allowed = access.allow.includes(role)
        const refused =
          page.status === 401 || page.status === 403 || (page.location ?? '').startsWith('/sign-in')
        const ok = allowed ? !refused && page.status < 500 : page.status === 403
        if (!ok) wrong.push(`${route} as ${role}: ${page.status}, expected ${allowed ? 'not denied' : '403'}`)
      }
    }
    assert.deepEqual(wrong, [])
  })

  it('web: a hidden case answers the unlisted and the excluded as one that does not exist, and shows to the named', async () => {
    const wrong: string[] = []
    for (const [route, access] of webRoutes) {
      if (!access.scoped) continue
      // As for the API: exactly what a case that does not exist gets, and 404 on every page read.
      const absent = (await visit('unlisted', route, access, nowhere)).status
      if (route.startsWith('GET') && absent !== 404) wrong.push(`${route} for no such case: ${absent}`)
      for (const who of ['unlisted', 'excluded', 'named']) {
        const page = await visit(who, route, access, hidden)
        const ok =
          who === 'named'
            ? ![401, 403, 404].includes(page.status) && page.status < 500
            : page.status === absent
        if (!ok) wrong.push(`${route} as ${who}: ${page.status}, not as absent: ${absent}`)
        if (who !== 'named')
          assert.equal(page.html.includes(hiddenSurname), false, `${route} showed the case`)
      }
    }
    assert.deepEqual(wrong, [])
  })

  it('registers that need vetting: details only to staff with current ViSOR vetting, on the API and the case page', async () => {
    const staff = (code: string, vettingExpiresOn: string) =>
      s.organisation.createStaff(systemActor, {
        code,
        firstName: 'Vera',
        surname: code,
        grade: 'PO',
        contractedHours: 37,
        vetting: ['visor'],
        vettingExpiresOn,
      })
    await staff('N07VET9', '2027-01-01')
    await staff('N07EXP9', '2026-05-31')
    const visor = await s.registers.createRegister(systemActor, open.crn, {
      type: 'visor',
      registeredDate: '2026-03-02',
      notes: 'Police lead: DS Hale',
    })
    const tokenOf = async (username: string, staffCode: string) => {
      await s.access.addUser(systemActor, {
        username,
        role: 'practitioner',
        password: 'correct horse battery',
        staffCode,
      })
      return s.access.createToken(systemActor, username)
    }
    const callers: [string, string | undefined, boolean][] = [
      ['vetted', await tokenOf('vetting-current', 'N07VET9'), false],
      ['expired', await tokenOf('vetting-expired', 'N07EXP9'), true],
      ['unvetted practitioner', tokens.get('practitioner'), true],
      ['unvetted admin', tokens.get('admin'), true],
    ]
    const wrong: string[] = []
    for (const [who, token, restricted] of callers) {
      const list = await api.request('GET', `/api/v1/people/${open.crn}/registers`, { token })
      const one = await api.request('GET', `/api/v1/registers/${visor.id}`, { token })
      for (const [route, r] of [
        ['list', (list.body as { id: string }[]).find((x) => x.id === visor.id)],
        ['one', one.body],
      ] as const) {
        const seen = r as {
          restricted?: boolean
          notes?: string | null
          registeredDate?: string | null
          type?: string
        }
        const ok = restricted
          ? seen.restricted === true &&
            seen.notes === null &&
            seen.registeredDate === null &&
            seen.type === 'visor'
          : seen.restricted === false && seen.notes === 'Police lead: DS Hale'
        if (!ok) wrong.push(`${route} as ${who}: ${JSON.stringify(seen)}`)
      }
      // A change: refused outright without the vetting, before the version is even compared.
      const patch = await api.request('PATCH', `/api/v1/registers/${visor.id}`, {
        token,
        body: { ...STALE, notes: 'x' },
      })
      if (patch.status !== (restricted ? 403 : 409)) wrong.push(`PATCH as ${who}: ${patch.status}`)
    }
    assert.deepEqual(wrong, [])
    const page = await browsers.get('practitioner')?.browser.get(`/cases/${open.crn}`)
    assert.match(page?.html ?? '', /ViSOR: restricted/)
    assert.doesNotMatch(page?.html ?? '', /DS Hale|2 March 2026/)
  })

  it('web: signing out works for every role (and ends only that browser)', async () => {
    for (const role of ROLES) {
      const page = await visit(role, 'POST /sign-out', WEB['POST /sign-out'] as Access)
      assert.equal(page.status, 303, `sign-out as ${role}`)
      assert.equal((await browsers.get(role)?.browser.get('/'))?.status, 303)
    }
    const everywhere = await visit(
      'named',
      'POST /sign-out-everywhere',
      WEB['POST /sign-out-everywhere'] as Access,
    )
    assert.equal(everywhere.status, 303)
  })
})
