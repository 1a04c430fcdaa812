// The caller of every service method: who they are, what they may do and where the request came from.
// Audit entries are written from it, so CLI commands and jobs pass a named system actor, never a fake user.

export type Role = 'practitioner' | 'spo' | 'admin' | 'court' | 'analyst' | 'partner'
export const ROLES: readonly Role[] = ['practitioner', 'spo', 'admin', 'court', 'analyst', 'partner']

export type Source = 'api' | 'web' | 'cli' | 'job' | 'test'

export interface Actor {
  kind: 'user' | 'system'
  /** User id for users; the system process name for system actors. */
  id: string
  name: string
  roles: readonly Role[]
  staffCode: string | null
  source: Source
  requestId: string | null
}

export const Actor = {
  system(name: string, source: Source = 'cli', requestId: string | null = null): Actor {
    return { kind: 'system', id: name, name, roles: [], staffCode: null, source, requestId }
  },
}
