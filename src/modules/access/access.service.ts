// Users and API tokens. A token is shown once and only its SHA-256 hash is stored.
import { createHash, randomBytes } from 'node:crypto'
import { hash as argon2Hash } from '@node-rs/argon2'
import type { Actor, Role, Source } from '../../platform/actor'
import { DomainError, UnauthenticatedError, ValidationError } from '../../platform/errors'
import { newId } from '../../platform/ids'
import { parseInput } from '../../platform/validation'
import type { ServiceDeps } from '../deps'
import * as repo from './access.repository'
import { addUserSchema } from './access.schema'

// argon2id with the OWASP-recommended minimum cost (19 MiB, 2 passes).
const ARGON2ID = 2
const hashPassword = (password: string) =>
  argon2Hash(password, { algorithm: ARGON2ID, memoryCost: 19456, timeCost: 2 })
const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex')

export function createAccessService({ db, audit }: ServiceDeps) {
  return {
    async addUser(actor: Actor, raw: unknown): Promise<{ id: string; username: string; role: Role }> {
      const input = parseInput(addUserSchema, raw)
      if (input.scopeType !== 'national' && !input.scopeCode) {
        throw new ValidationError([
          { path: 'scopeCode', message: `is required for a ${input.scopeType} scope` },
        ])
      }
      const passwordHash = await hashPassword(input.password)
      return db.transaction().execute(async (trx) => {
        if (await repo.findUserByUsername(trx, input.username)) {
          throw new ValidationError([{ path: 'username', message: `${input.username} is already taken` }])
        }
        if (input.email && (await repo.findUserByEmail(trx, input.email))) {
          throw new ValidationError([{ path: 'email', message: `another user has ${input.email}` }])
        }
        if (input.staffCode && !(await repo.staffExists(trx, input.staffCode))) {
          throw new ValidationError([
            { path: 'staffCode', message: `no staff member has the code ${input.staffCode}` },
          ])
        }
        const id = newId()
        await repo.insertUser(
          trx,
          {
            id,
            username: input.username,
            displayName: input.displayName ?? input.username,
            passwordHash,
            staffCode: input.staffCode ?? null,
            email: input.email ?? null,
          },
          { role: input.role, scopeType: input.scopeType, scopeCode: input.scopeCode ?? null },
        )
        await audit.record(
          trx,
          actor,
          'user.created',
          { type: 'user', id },
          { username: input.username, role: input.role },
        )
        return { id, username: input.username, role: input.role }
      })
    },

    async createToken(actor: Actor, username: string, name = 'api'): Promise<string> {
      const token = `op_${randomBytes(32).toString('base64url')}`
      await db.transaction().execute(async (trx) => {
        const user = await repo.findUserByUsername(trx, username)
        if (!user) throw new DomainError('user.not_found', `No user is called ${username}`)
        const id = newId()
        await repo.insertToken(trx, { id, userId: user.id, hash: tokenHash(token), name })
        await audit.record(trx, actor, 'token.created', { type: 'api_token', id }, { username })
      })
      return token
    },

    async hasUsers(): Promise<boolean> {
      return (await repo.countUsers(db)) > 0
    },

    /** The actor behind a bearer token, or an UnauthenticatedError. */
    async authenticateToken(token: string, source: Source, requestId: string | null): Promise<Actor> {
      const rows = await repo.findUserByTokenHash(db, tokenHash(token))
      const first = rows[0]
      if (!first) throw new UnauthenticatedError('The API token is not valid, or has been revoked')
      return {
        kind: 'user',
        id: first.id,
        name: first.username,
        roles: rows.map((r) => r.role).filter((r): r is Role => r !== null),
        staffCode: first.staff_code,
        source,
        requestId,
      }
    },
  }
}

export type AccessService = ReturnType<typeof createAccessService>
