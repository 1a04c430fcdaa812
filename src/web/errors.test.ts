import assert from 'node:assert/strict'
import type { AddressInfo } from 'node:net'
import { after, describe, it } from 'node:test'
import express from 'express'
import { textOf } from '../../test/web-client'
import { NotFoundError } from '../platform/errors'
import { notFound, webErrorHandler } from './errors'
import { createRenderer } from './render'

describe('web error pages', async () => {
  // The real error handler and templates behind routes that fail on purpose.
  const render = createRenderer()
  const app = express()
  app.use((_req, res, next) => {
    res.setHeader('x-request-id', 'req-42')
    next()
  })
  app.get('/boom', () => {
    throw new Error('database password is hunter2')
  })
  app.get('/missing-person', () => {
    throw new NotFoundError('person', 'X000001')
  })
  app.use(notFound(render))
  app.use(webErrorHandler(render))
  const server = app.listen(0, '127.0.0.1')
  await new Promise((resolve) => server.once('listening', resolve))
  after(() => new Promise<void>((resolve) => server.close(() => resolve())))
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

  it('shows a 500 page with only the request id, never the error', async () => {
    const response = await fetch(`${base}/boom`)
    const html = await response.text()
    assert.equal(response.status, 500)
    assert.match(textOf(html), /Sorry, there is a problem with the service/)
    assert.match(textOf(html), /req-42/)
    assert.doesNotMatch(html, /hunter2|errors\.test\.ts/)
  })

  it('shows the 404 page for an unknown page and for a record that does not exist', async () => {
    for (const path of ['/nothing-here', '/missing-person']) {
      const response = await fetch(`${base}${path}`)
      assert.equal(response.status, 404)
      assert.match(textOf(await response.text()), /Page not found/)
    }
  })
})
