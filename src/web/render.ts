// Nunjucks over the page folders and GOV.UK Frontend, and the one way a page is rendered: every page
// gets the signed-in user (if any), the CSRF token for its forms and the CSP nonce.
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Response } from 'express'
import nunjucks from 'nunjucks'
import { webContextOf } from './session'

const here = path.dirname(fileURLToPath(import.meta.url))
export const govukRoot = path.dirname(fileURLToPath(import.meta.resolve('govuk-frontend/package.json')))

export type Renderer = (
  res: Response,
  status: number,
  view: string,
  context?: Record<string, unknown>,
) => void

export function createRenderer(): Renderer {
  // Its own environment (not nunjucks.configure), so that several apps in one process do not share one.
  const env = new nunjucks.Environment(
    new nunjucks.FileSystemLoader([here, path.join(govukRoot, 'dist')], { noCache: false }),
    { autoescape: true, throwOnUndefined: false },
  )
  return (res, status, view, context = {}) => {
    const web = res.locals.web ? webContextOf(res) : null
    const html = env.render(view, {
      user: web?.session?.user ?? null,
      csrfToken: web?.csrfToken ?? null,
      cspNonce: res.locals.cspNonce,
      requestId: String(res.getHeader('x-request-id') ?? ''),
      ...context,
    })
    res.status(status).type('html').send(html)
  }
}
