import { ROLES } from '../../platform/actor'
import { z } from '../../platform/zod'

export const addUserSchema = z.strictObject({
  username: z
    .string()
    .trim()
    .min(3, 'must be at least 3 characters')
    .max(64, 'must be 64 characters or fewer')
    .regex(/^[a-z0-9._@-]+$/i, 'may contain only letters, digits, dots, hyphens, underscores and @'),
  displayName: z.string().trim().min(1).max(200).optional(),
  password: z.string().min(12, 'must be at least 12 characters').max(1024),
  role: z.enum(ROLES, { message: `must be one of ${ROLES.join(', ')}` }),
  scopeType: z.enum(['national', 'region', 'pdu', 'team']).default('national'),
  scopeCode: z.string().trim().min(1).optional(),
  staffCode: z.string().trim().min(1).optional(),
  /** How a first single sign-on finds this user (else their staff record's email). */
  email: z.email('must be an email address').max(320).optional(),
})
export type AddUserInput = z.input<typeof addUserSchema>
