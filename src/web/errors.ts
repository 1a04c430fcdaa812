// The web's one error handler: the CSRF refusal, a page that does not exist, a form the browser could
// not send, and anything unexpected, which shows only a request id (the full error goes to the log).
import type { ErrorRequestHandler, Request, Response } from 'express'
import { DomainError } from '../platform/errors'
import { logger } from '../platform/logger'
import type { Renderer } from './render'
import { CsrfError } from './session'

export function notFound(render: Renderer) {
  return (_req: Request, res: Response) => render(res, 404, 'views/not-found.njk')
}

export function webErrorHandler(render: Renderer): ErrorRequestHandler {
  return (error, req, res, _next) => {
    const requestId = String(res.getHeader('x-request-id') ?? '')
    try {
      if (error instanceof CsrfError) {
        return render(res, 403, 'views/error.njk', {
          title: 'Your form could not be sent',
          paragraphs: [
            'This can happen if the page was open for a long time, or you signed out in another tab.',
            'Go back, reload the page and try again.',
          ],
        })
      }
      if (error instanceof DomainError && error.code.endsWith('.not_found')) {
        return render(res, 404, 'views/not-found.njk')
      }
      // A case policy shows as restricted: its name and "restricted", nothing more.
      if (error instanceof DomainError && error.code === 'person.restricted') {
        const stub = error.data as { crn: string; name: string }
        return render(res, 403, 'views/error.njk', {
          title: 'Restricted case',
          paragraphs: [`${stub.name} (${stub.crn}): restricted. You do not have access to this case.`],
        })
      }
      if (error instanceof DomainError && error.code === 'access.forbidden') {
        return render(res, 403, 'views/error.njk', {
          title: 'You cannot see this page',
          paragraphs: ['Your role does not allow it. Ask your administrator if you think you need it.'],
        })
      }
      if (error?.type === 'entity.too.large' || error?.type === 'entity.parse.failed') {
        return render(res, 400, 'views/error.njk', {
          title: 'Your form could not be sent',
          paragraphs: ['Go back and try again.'],
        })
      }
      logger.log('error', 'unhandled error', {
        requestId,
        path: req.path,
        error: String(error?.stack ?? error),
      })
      render(res, 500, 'views/server-error.njk')
    } catch (renderError) {
      logger.log('error', 'error page failed', { requestId, error: String(renderError) })
      if (!res.headersSent)
        res.status(500).type('text').send(`Sorry, there is a problem (request ${requestId})`)
    }
  }
}
