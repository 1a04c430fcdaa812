import type { Router } from 'express'
import type { Renderer } from '../render'
import { webActorOf } from '../session'
import { tasksFor } from './home.presenter'

export function mountHome(router: Router, render: Renderer) {
  router.get('/', (_req, res) => {
    const actor = webActorOf(res)
    render(res, 200, 'home/home.njk', { tasks: tasksFor(actor), roles: actor.roles.join(', ') || 'no role' })
  })
}
