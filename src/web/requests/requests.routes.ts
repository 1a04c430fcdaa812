// Requests between teams in the web app (issue 10). Escalating risk takes two screens: the case's
// "Escalate risk" form (/cases/{crn}/requests/new?kind=risk_escalation), then the request page, where
// the named decision-maker accepts or declines. A team's incoming and outgoing requests are at
// /requests, overdue ones flagged; a transfer's handover pack at /requests/{id}/handover.
import type { Response, Router } from 'express'
import { can } from '../../modules/access'
import { addDays } from '../../modules/contacts'
import type { RequestAction } from '../../modules/requests'
import { DomainError, ForbiddenError } from '../../platform/errors'
import type { Services } from '../../services'
import { caseHeader } from '../cases/case-header.presenter'
import { crnOf } from '../cases/crn'
import { readDate } from '../cases/date-parts'
import { formatDate } from '../cases/format'
import type { Renderer } from '../render'
import { webActorOf } from '../session'
import {
  evidenceInput,
  evidenceItems,
  formProblems,
  type RaiseValues,
  raiseValuesFrom,
  requestPage,
  requestRow,
  webHref,
} from './requests.presenter'

const body = (req: { body?: unknown }) => (req.body ?? {}) as Record<string, unknown>
const ACTIONS = ['accept', 'decline', 'complete', 'withdraw', 'acknowledge'] as const
const BANNERS: Record<string, string> = {
  raised: 'Request raised: the decision-maker can see it now',
  accept: 'Request accepted',
  decline: 'Request declined',
  complete: 'Request marked as done',
  withdraw: 'Request withdrawn',
  acknowledge: 'Handover acknowledged',
}

export function mountRequests(router: Router, services: Services, render: Renderer) {
  const { requests, organisation, people, registers } = services

  async function showForm(
    res: Response,
    status: number,
    crn: string,
    values: Partial<RaiseValues>,
    problems = formProblems([]),
  ) {
    const actor = webActorOf(res)
    const person = await people.getPerson(actor, crn)
    const [kinds, teams, staff, choices, registerList] = await Promise.all([
      requests.requestKinds(actor),
      organisation.listTeams(actor),
      organisation.listStaff(actor),
      requests.evidenceChoices(actor, person.crn),
      registers.listRegisters(actor, person.crn),
    ])
    const kind = kinds.find((k) => k.code === values.kind) ?? kinds.find((k) => k.code === 'risk_escalation')
    const own = actor.staffCode ? staff.find((s) => s.code === actor.staffCode) : undefined
    const toTeam = values.toTeamCode || own?.teamCode || ''
    const today = services.clock.today()
    render(res, status, 'requests/raise.njk', {
      header: caseHeader(person, registerList, today),
      kind,
      kinds: kinds.map((k) => ({ value: k.code, text: k.label, checked: k.code === kind?.code })),
      teams: [
        { value: '', text: 'Choose a team' },
        ...teams.map((t) => ({ value: t.code, text: `${t.name} (${t.code})`, selected: t.code === toTeam })),
      ],
      deciders: [
        { value: '', text: 'Choose the decision-maker' },
        ...staff
          .filter((s) => s.grade === 'SPO' || (own && s.teamCode === own.teamCode))
          .map((s) => ({
            value: s.code,
            text: `${s.firstName} ${s.surname} (${s.grade}, ${s.teamCode ?? 'no team'})`,
            selected: s.code === values.decisionMaker,
          })),
      ],
      evidence: evidenceItems(choices.slice(0, 30), values.evidence ?? []),
      values,
      defaultDeadline: kind ? formatDate(addDays(today, kind.deadlineDays)) : '',
      ...problems,
      hasErrors: problems.errors.length > 0,
    })
  }

  router.get('/cases/:crn/requests/new', async (req, res, next) => {
    const crn = crnOf(req)
    if (!crn) return next()
    if (!can(webActorOf(res), 'request:raise')) throw new ForbiddenError()
    await showForm(res, 200, crn, { kind: String(req.query.kind ?? 'risk_escalation') })
  })

  router.post('/cases/:crn/requests/new', async (req, res, next) => {
    const crn = crnOf(req)
    if (!crn) return next()
    const actor = webActorOf(res)
    if (!can(actor, 'request:raise')) throw new ForbiddenError()
    const values = raiseValuesFrom(body(req))
    const deadline = readDate(values.deadline, 'Deadline')
    try {
      if (deadline.status === 'invalid')
        throw new DomainError('validation.failed', deadline.message, [
          { path: 'deadline', message: deadline.message },
        ])
      const raised = await requests.raiseRequest(actor, crn, {
        kind: values.kind || 'risk_escalation',
        toTeamCode: values.toTeamCode,
        reason: values.reason,
        evidence: evidenceInput(values.evidence),
        decisionMaker: values.decisionMaker,
        deadline: deadline.status === 'ok' ? deadline.iso : undefined,
        senderNotes: values.senderNotes || undefined,
      })
      return res.redirect(303, `/requests/${raised.id}?banner=raised`)
    } catch (error) {
      if (!(error instanceof DomainError && error.code === 'validation.failed')) throw error
      await showForm(res, 400, crn, values, formProblems(error.details))
    }
  })

  router.get('/requests', async (req, res) => {
    const actor = webActorOf(res)
    const teams = await organisation.listTeams(actor)
    const own = actor.staffCode ? await organisation.getStaff(actor, actor.staffCode).catch(() => null) : null
    const team = String(req.query.team ?? own?.teamCode ?? teams[0]?.code ?? '')
    const [incoming, outgoing] = team
      ? await Promise.all([
          requests.listRequests(actor, { team, direction: 'incoming' }),
          requests.listRequests(actor, { team, direction: 'outgoing' }),
        ])
      : [[], []]
    render(res, 200, 'requests/list.njk', {
      team,
      teams: teams.map((t) => ({ value: t.code, text: `${t.name} (${t.code})`, selected: t.code === team })),
      incoming: incoming.map(requestRow),
      outgoing: outgoing.map(requestRow),
    })
  })

  async function showRequest(
    res: Response,
    status: number,
    id: string,
    banner: string | null,
    problems = formProblems([]),
  ) {
    const actor = webActorOf(res)
    const request = await requests.getRequest(actor, id)
    const decides = can(actor, 'request:decide') || actor.staffCode === request.decisionMaker.staffCode
    render(res, status, 'requests/request.njk', {
      request: requestPage(request),
      banner: banner ? (BANNERS[banner] ?? null) : null,
      can: {
        decide: decides && request.state === 'raised',
        complete: decides && request.state === 'accepted',
        acknowledge:
          decides &&
          request.kind.isTransfer &&
          request.state === 'accepted' &&
          !request.transfer?.acknowledgedAt,
        withdraw: actor.id === request.raisedBy.id && request.state === 'raised',
      },
      ...problems,
      hasErrors: problems.errors.length > 0,
    })
  }

  router.get('/requests/:id', async (req, res) => {
    await showRequest(
      res,
      200,
      String(req.params.id),
      typeof req.query.banner === 'string' ? req.query.banner : null,
    )
  })

  for (const action of ACTIONS)
    router.post(`/requests/:id/${action}`, async (req, res) => {
      const id = String(req.params.id)
      const actor = webActorOf(res)
      const form = body(req)
      const input = {
        version: Number(form.version),
        reason: typeof form.reason === 'string' && form.reason.trim() ? form.reason : undefined,
      }
      try {
        if (action === 'acknowledge') await requests.acknowledgeHandover(actor, id, input)
        else await requests.moveRequest(actor, id, action as RequestAction, input)
        return res.redirect(303, `/requests/${id}?banner=${action}`)
      } catch (error) {
        if (
          !(error instanceof DomainError) ||
          error.code.endsWith('not_found') ||
          error.code.startsWith('access.')
        )
          throw error
        const details = error.details.length ? error.details : [{ path: 'action', message: error.message }]
        const problems: ReturnType<typeof formProblems> = {
          errors: details.map((d) => ({
            text: d.path === 'reason' ? 'Say why the request is declined' : error.message,
            href: d.path === 'reason' ? '#reason' : '#actions',
          })),
          fieldErrors: details.some((d) => d.path === 'reason')
            ? { reason: { text: 'Say why the request is declined' } }
            : {},
        }
        await showRequest(res, error.code === 'validation.failed' ? 400 : 422, id, null, problems)
      }
    })

  router.get('/requests/:id/handover', async (req, res) => {
    const actor = webActorOf(res)
    const pack = await requests.handoverPack(actor, String(req.params.id))
    const web = <T extends { href: string | null }>(items: T[]) =>
      items.map((i) => ({ ...i, href: webHref(pack.crn, i.href) }))
    render(res, 200, 'requests/handover.njk', {
      pack: {
        ...pack,
        chronology: web(pack.chronology),
        plan: web(pack.plan),
        openActions: web(pack.openActions),
        upcoming: web(pack.upcoming),
      },
      formatDate,
    })
  })
}
