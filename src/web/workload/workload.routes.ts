// GET /workload: "My workload" (the signed-in practitioner's figure, breakdown and history), and
// GET /workload/teams/:code: a team's workload (table, SVG chart, roll-up, CSV download). The services
// decide who may see what (workload:read for one's own, workload:team for others).
import type { Router } from 'express'
import { requirePermission } from '../../modules/access'
import type { Services } from '../../services'
import type { Renderer } from '../render'
import { webActorOf } from '../session'
import { capacityChart, capacityTag, historyRows, teamCsv } from './workload.presenter'

export function mountWorkload(router: Router, services: Services, render: Renderer) {
  router.get('/workload', async (_req, res) => {
    const actor = webActorOf(res)
    requirePermission(actor, 'workload:read')
    if (!actor.staffCode) {
      render(res, 200, 'workload/my-workload.njk', { linked: false })
      return
    }
    const figure = await services.workload.staffWorkload(actor, actor.staffCode)
    render(res, 200, 'workload/my-workload.njk', {
      linked: true,
      figure,
      tag: capacityTag(figure.capacityPercent),
      history: historyRows(figure.history),
    })
  })

  router.get('/workload/teams/:code', async (req, res) => {
    const team = await services.workload.teamWorkload(webActorOf(res), String(req.params.code))
    render(res, 200, 'workload/team-workload.njk', {
      team,
      rows: team.practitioners.map((p) => ({ ...p, tag: capacityTag(p.capacityPercent) })),
      chart: capacityChart(team.practitioners),
    })
  })

  router.get('/workload/teams/:code/workload.csv', async (req, res) => {
    const team = await services.workload.teamWorkload(webActorOf(res), String(req.params.code))
    res
      .status(200)
      .type('text/csv; charset=utf-8')
      .attachment(`workload-${team.code}.csv`)
      .send(teamCsv(team.practitioners))
  })
}
