// Domain errors carry a stable code and no HTTP status; each door (API, web, CLI) maps codes once.

export interface ErrorDetail {
  /** Dotted path of the field, e.g. `aliases.0.surname`; empty for the record as a whole. */
  path: string
  message: string
}

export class DomainError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly details: ErrorDetail[] = [],
    /** Extra payload for the caller, e.g. the current record on a stale-version conflict. */
    readonly data?: unknown,
  ) {
    super(message)
    this.name = 'DomainError'
  }
}

export class ValidationError extends DomainError {
  constructor(details: ErrorDetail[], message = 'The request has problems; see details') {
    super('validation.failed', message, details)
  }
}

export class NotFoundError extends DomainError {
  constructor(what: string, id: string) {
    super(`${what}.not_found`, `No ${what.replace(/_/g, ' ')} ${id} was found`)
  }
}

export class StaleVersionError extends DomainError {
  constructor(given: number, current: unknown & { version: number }) {
    super(
      'record.stale_version',
      `This record has changed since you read it: you sent version ${given}, the current version is ${current.version}`,
      [{ path: 'version', message: `current version is ${current.version}` }],
      current,
    )
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = 'You do not have permission to do that') {
    super('access.forbidden', message)
  }
}

export class UnauthenticatedError extends DomainError {
  constructor(message = 'Sign in or send a valid API token') {
    super('access.unauthenticated', message)
  }
}
