// The one place where domain error codes become HTTP statuses, and the one error shape of the API:
// { "error": { "code", "message", "details": [{ "path", "message" }] } }.
import type { ErrorRequestHandler } from 'express'
import { DomainError } from '../platform/errors'
import { logger } from '../platform/logger'

const STATUS_BY_CODE: Record<string, number> = {
  'validation.failed': 400,
  'request.malformed_json': 400,
  'access.unauthenticated': 401,
  'access.forbidden': 403,
  'record.stale_version': 409,
  'person.possible_duplicate': 409,
  // A CRN merged into another record: gone from here, the body says where (error.current.mergedInto).
  'person.merged': 410,
  // A case shown as restricted to this caller: the body gives only the name and "restricted".
  'person.restricted': 403,
  'record.conflict': 409,
  'database.locked': 503,
}

export function statusFor(error: DomainError): number {
  if (error.code in STATUS_BY_CODE) return STATUS_BY_CODE[error.code] as number
  if (error.code.endsWith('.not_found')) return 404
  // A domain rule refused the request as it stands: the caller can fix it.
  return 422
}

export const apiErrorHandler: ErrorRequestHandler = (error, req, res, _next) => {
  const requestId = String(res.getHeader('x-request-id') ?? '')
  if (error instanceof DomainError) {
    const body: Record<string, unknown> = { code: error.code, message: error.message, details: error.details }
    if (error.data !== undefined) body.current = error.data
    res.status(statusFor(error)).json({ error: body })
    return
  }
  // Body-parser errors: bad JSON or an oversized body are the caller's to fix, never a 500.
  if (error?.type === 'entity.parse.failed') {
    res.status(400).json({
      error: { code: 'request.malformed_json', message: 'The request body is not valid JSON', details: [] },
    })
    return
  }
  if (error?.type === 'entity.too.large') {
    res
      .status(413)
      .json({ error: { code: 'request.too_large', message: 'The request body is too large', details: [] } })
    return
  }
  logger.log('error', 'unhandled error', { requestId, path: req.path, error: String(error?.stack ?? error) })
  res.status(500).json({
    error: {
      code: 'internal',
      message: `Something went wrong on our side (request ${requestId})`,
      details: [],
    },
  })
}
