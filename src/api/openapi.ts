// The OpenAPI 3.1 document, generated from the same zod schemas that validate requests. Each route
// file registers its paths on this registry next to the handlers.
import { OpenAPIRegistry, OpenApiGeneratorV31 } from '@asteasolutions/zod-to-openapi'
import { z } from '../platform/zod'

export const registry = new OpenAPIRegistry()

registry.registerComponent('securitySchemes', 'bearerAuth', { type: 'http', scheme: 'bearer' })

export const ErrorResponse = registry.register(
  'Error',
  z.object({
    error: z.object({
      code: z.string().openapi({ example: 'validation.failed' }),
      message: z.string(),
      details: z.array(z.object({ path: z.string(), message: z.string() })),
      current: z.unknown().optional().openapi({ description: 'the current record, on record.stale_version' }),
    }),
  }),
)

export function errorResponses(...statuses: number[]) {
  const descriptions: Record<number, string> = {
    400: 'invalid request: every problem listed in details',
    401: 'no valid bearer token',
    403: 'not permitted',
    404: 'not found',
    409: 'conflict: stale version or possible duplicate',
    422: 'refused by a rule of the record',
  }
  return Object.fromEntries(
    statuses.map((status) => [
      status,
      {
        description: descriptions[status] ?? 'error',
        content: { 'application/json': { schema: ErrorResponse } },
      },
    ]),
  )
}

export function buildOpenApiDocument() {
  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: '3.1.0',
    info: {
      title: 'OpenProbation API',
      version: '1',
      description:
        'The case record of OpenProbation. Send `Authorization: Bearer <token>` (openprobation token create).',
    },
    servers: [{ url: '/' }],
    security: [{ bearerAuth: [] }],
  })
}

/** A JSON request or response body, for registerPath. */
export const json = <T extends z.ZodType>(schema: T) => ({ content: { 'application/json': { schema } } })
/** Path parameters of routes under /people/{crn}. */
export const crnParams = z.object({ crn: z.string().openapi({ example: 'A000001' }) })
/** Path parameters of routes by record id. */
export const idParams = z.object({ id: z.uuid() })
