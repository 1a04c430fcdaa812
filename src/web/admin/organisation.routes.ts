// /admin/organisation: regions, probation delivery units and teams, each listed with a form to add one.
// The organisation service validates, refuses taken codes and audits; a refused form is shown again
// with its problems beside the fields and what was typed kept.
import type { Response, Router } from 'express'
import type { Services } from '../../services'
import { type FormProblems, NO_PROBLEMS, problemsOf, requirePage, textFields } from '../forms'
import type { Renderer } from '../render'
import { webActorOf } from '../session'

const FORMS = {
  region: { fields: ['code', 'name'], labels: { code: 'Code', name: 'Name' } },
  pdu: {
    fields: ['code', 'regionCode', 'name'],
    labels: { code: 'Code', regionCode: 'Region', name: 'Name' },
  },
  team: {
    fields: ['code', 'pduCode', 'name'],
    labels: { code: 'Code', pduCode: 'Delivery unit', name: 'Name' },
  },
} as const
type Kind = keyof typeof FORMS

const BANNERS: Record<string, string> = {
  region: 'Region added',
  pdu: 'Probation delivery unit added',
  team: 'Team added',
}

export function mountOrganisationAdmin(router: Router, services: Services, render: Renderer) {
  const { organisation } = services
  const show = async (
    res: Response,
    status: number,
    failed?: { kind: Kind; values: Record<string, string>; problems: FormProblems },
    banner?: string,
  ) => {
    const actor = webActorOf(res)
    const [regions, pdus, teams] = await Promise.all([
      organisation.listRegions(actor),
      organisation.listProbationDeliveryUnits(actor),
      organisation.listTeams(actor),
    ])
    const problems = failed?.problems ?? NO_PROBLEMS
    render(res, status, 'admin/organisation.njk', {
      regions,
      pdus,
      teams,
      banner,
      failed: failed?.kind ?? null,
      values: failed?.values ?? {},
      ...problems,
      hasErrors: problems.errors.length > 0,
    })
  }

  router.get('/admin/organisation', async (req, res) => {
    requirePage(res, 'organisation:write')
    const added = typeof req.query.added === 'string' ? BANNERS[req.query.added] : undefined
    await show(res, 200, undefined, added)
  })

  const create = {
    region: (input: Record<string, string>, res: Response) =>
      organisation.createRegion(webActorOf(res), input),
    pdu: (input: Record<string, string>, res: Response) =>
      organisation.createProbationDeliveryUnit(webActorOf(res), input),
    team: (input: Record<string, string>, res: Response) => organisation.createTeam(webActorOf(res), input),
  }
  for (const kind of Object.keys(FORMS) as Kind[]) {
    router.post(`/admin/organisation/${kind}`, async (req, res) => {
      requirePage(res, 'organisation:write')
      const values = textFields(req.body, FORMS[kind].fields)
      try {
        await create[kind](values, res)
        return res.redirect(303, `/admin/organisation?added=${kind}`)
      } catch (error) {
        const problems = problemsOf(error, FORMS[kind].labels, `${kind}-`)
        return show(res, 400, { kind, values, problems })
      }
    })
  }
}
