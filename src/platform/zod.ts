// zod, extended once with .openapi() so that the schemas that validate requests also generate the
// OpenAPI document (src/api/openapi.ts).
import { extendZodWithOpenApi } from '@asteasolutions/zod-to-openapi'
import { z } from 'zod'

extendZodWithOpenApi(z)

export { z }
