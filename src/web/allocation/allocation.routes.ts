// The allocation pages (issue 10): the queue (/allocation) for a team, delivery unit or region with counts,
// sort links and the team's capacity signal; the printable allocation-meeting view; and one case
// (/allocation/cases/{crn}) with everything known, the ranked practitioners with their reasons and the
// allocate (or reallocate) form with rationale, oversight note and the first appointment. From the queue
// to an allocated case with its first appointment: queue, case, confirmation (three pages).
import type { Request, Response, Router } from 'express'
import { REALLOCATION_REASONS } from '../../modules/allocation'
import { DomainError } from '../../platform/errors'
import type { Services } from '../../services'
import { crnOf } from '../cases/crn'
import { formatDate } from '../cases/format'
import { type FormProblems, NO_PROBLEMS, problemsOf, requirePage } from '../forms'
import type { Renderer } from '../render'
import { webActorOf } from '../session'
import {
  type AllocateForm,
  caseView,
  formOf,
  inputOf,
  queueView,
  REALLOCATION_LABELS,
  recommendationsView,
} from './allocation.presenter'

const LABELS = {
  staffCode: 'Practitioner',
  reason: 'Reason for reallocating',
  rationale: 'Rationale',
  oversightNote: 'Oversight note',
  appointmentDate: 'Date of the first appointment',
  appointmentTime: 'Time of the first appointment',
}
// The service names the appointment's fields inside firstAppointment; the form has two boxes for them.
const FIELD_OF: Record<string, string> = {
  'firstAppointment.date': 'appointmentDate',
  'firstAppointment.startTime': 'appointmentTime',
  'firstAppointment.endTime': 'appointmentTime',
  'firstAppointment.location': 'appointmentTime',
}

function problemsOfAllocation(error: unknown): FormProblems {
  if (error instanceof DomainError && ['allocation.unsuitable', 'contact.clash'].includes(error.code)) {
    const field = error.code === 'contact.clash' ? 'appointmentDate' : 'staffCode'
    const text = [error.message, ...error.details.map((d) => d.message)].join(': ')
    return { errors: [{ text, href: `#${field}` }], fieldErrors: { [field]: { text } } }
  }
  if (error instanceof DomainError && error.code === 'validation.failed')
    for (const d of error.details) d.path = FIELD_OF[d.path] ?? d.path
  return problemsOf(error, LABELS)
}

const query = (req: Request) => {
  const out: Record<string, string> = {}
  for (const name of ['teamCode', 'pduCode', 'regionCode', 'sort'])
    if (typeof req.query[name] === 'string' && req.query[name]) out[name] = req.query[name] as string
  return out
}

export function mountAllocation(router: Router, services: Services, render: Renderer) {
  /** The manager's own team when no place is chosen: the queue they meet about. */
  async function withDefaultTeam(res: Response, q: Record<string, string>) {
    const actor = webActorOf(res)
    if (q.teamCode || q.pduCode || q.regionCode || !actor.staffCode) return q
    const staff = await services.organisation.getStaff(actor, actor.staffCode)
    return staff.teamCode ? { ...q, teamCode: staff.teamCode } : q
  }

  async function queuePage(req: Request, res: Response, template: string) {
    requirePage(res, 'allocation:read')
    const actor = webActorOf(res)
    const q = await withDefaultTeam(res, query(req))
    const queue = await services.allocation.allocationQueue(actor, q)
    const { sort: _, ...place } = q
    const teams = await services.organisation.listTeams(actor)
    render(res, 200, template, {
      ...queueView(queue, q),
      place,
      teams,
      today: formatDate(services.clock.today()),
    })
  }

  router.get('/allocation', (req, res) => queuePage(req, res, 'allocation/queue.njk'))
  router.get('/allocation/meeting', (req, res) => queuePage(req, res, 'allocation/meeting.njk'))

  async function casePage(
    res: Response,
    crn: string,
    form: Partial<AllocateForm>,
    problems: FormProblems,
    status = 200,
  ) {
    const view = await services.allocation.caseForAllocation(webActorOf(res), crn)
    const chosen = form.staffCode ?? view.recommendations.find((r) => r.rank === 1)?.staffCode ?? ''
    render(res, status, 'allocation/case.njk', {
      ...caseView(view),
      recommendations: recommendationsView(view.recommendations, chosen),
      reasons: REALLOCATION_REASONS.map((value) => ({
        value,
        text: REALLOCATION_LABELS[value] ?? value,
        selected: form.reason === value,
      })),
      values: form,
      allocated: res.req.query.allocated === '1',
      appointment: appointmentText(res.req.query.appointment),
      ...problems,
      hasErrors: problems.errors.length > 0,
    })
  }

  router.get('/allocation/cases/:crn', async (req, res, next) => {
    const crn = crnOf(req)
    if (!crn) return next()
    requirePage(res, 'allocation:read')
    await casePage(res, crn, {}, NO_PROBLEMS)
  })

  router.post('/allocation/cases/:crn', async (req, res, next) => {
    const crn = crnOf(req)
    if (!crn) return next()
    requirePage(res, 'allocation:allocate')
    const form = formOf(req.body ?? {})
    const reallocating = form.version !== ''
    const read = inputOf(form, reallocating)
    try {
      if ('problem' in read && read.problem) {
        const { field, text } = read.problem
        return await casePage(
          res,
          crn,
          form,
          { errors: [{ text, href: `#${field}-day` }], fieldErrors: { [field]: { text } } },
          400,
        )
      }
      const actor = webActorOf(res)
      const done = reallocating
        ? await services.allocation.reallocateCase(actor, crn, read.input)
        : await services.allocation.allocateCase(actor, crn, read.input)
      const first = done.firstAppointment
      const after = new URLSearchParams({
        allocated: '1',
        ...(first ? { appointment: `${first.date} ${first.startTime}` } : {}),
      })
      return res.redirect(303, `/allocation/cases/${crn}?${after}`)
    } catch (error) {
      await casePage(res, crn, form, problemsOfAllocation(error), 400)
    }
  })
}

/** '2026-11-26 10:00' from the confirmation's address as "26 November 2026 at 10:00". */
function appointmentText(value: unknown): string {
  const match = typeof value === 'string' ? /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2})$/.exec(value) : null
  return match ? `${formatDate(match[1])} at ${match[2]}` : ''
}
