// Configuration is read once, from the environment, with local defaults for a newcomer and a hard
// failure where production would otherwise run insecurely.
import path from 'node:path'

export interface Config {
  production: boolean
  databaseUrl: string | undefined
  dataDir: string
  port: number
  sessionSecret: string
  /** OpenID Connect single sign-on, when every required OIDC_* variable is set. */
  oidc: OidcConfig | null
}

export interface OidcConfig {
  issuer: string
  clientId: string
  /** Absent for a public client (PKCE alone). */
  clientSecret: string | undefined
  redirectUri: string
  /** Shown on the button: "Sign in with <providerName>". */
  providerName: string
  scopes: string
  /** A claim listing roles; when set, a session gets only the local grants the claim also names. */
  roleClaim: string | undefined
}

const DEMO_SESSION_SECRET = 'openprobation-demo-secret-not-for-production'

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const production = env.NODE_ENV === 'production'
  const port = Number(env.PORT ?? 3000)
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`PORT must be a whole number between 0 and 65535 (it is "${env.PORT}")`)
  }
  const sessionSecret = env.SESSION_SECRET ?? DEMO_SESSION_SECRET
  if (production && (sessionSecret === DEMO_SESSION_SECRET || sessionSecret.length < 32)) {
    throw new ConfigError('SESSION_SECRET must be set to at least 32 random characters in production')
  }
  return {
    production,
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: path.resolve(env.DATA_DIR || './data'),
    port,
    sessionSecret,
    oidc: readOidcConfig(env, production),
  }
}

const OIDC_REQUIRED = ['OIDC_ISSUER', 'OIDC_CLIENT_ID', 'OIDC_REDIRECT_URI'] as const

function readOidcConfig(env: NodeJS.ProcessEnv, production: boolean): OidcConfig | null {
  const missing = OIDC_REQUIRED.filter((name) => !env[name])
  if (missing.length === OIDC_REQUIRED.length) return null
  // Half a configuration is a mistake worth stopping for, not a silent "no single sign-on".
  if (missing.length > 0) {
    throw new ConfigError(
      `single sign-on needs ${missing.join(', ')} as well (or no OIDC_* variables at all)`,
    )
  }
  const issuer = urlOf('OIDC_ISSUER', env.OIDC_ISSUER as string)
  const redirectUri = urlOf('OIDC_REDIRECT_URI', env.OIDC_REDIRECT_URI as string)
  if (production) {
    for (const [name, url] of [
      ['OIDC_ISSUER', issuer],
      ['OIDC_REDIRECT_URI', redirectUri],
    ] as const) {
      if (url.protocol !== 'https:') throw new ConfigError(`${name} must be an https URL in production`)
    }
  }
  return {
    // As given: the provider's discovery document must name exactly this issuer.
    issuer: env.OIDC_ISSUER as string,
    clientId: env.OIDC_CLIENT_ID as string,
    clientSecret: env.OIDC_CLIENT_SECRET || undefined,
    redirectUri: redirectUri.href,
    providerName: env.OIDC_PROVIDER_NAME || 'single sign-on',
    scopes: env.OIDC_SCOPES || 'openid email profile',
    roleClaim: env.OIDC_ROLE_CLAIM || undefined,
  }
}

function urlOf(name: string, value: string): URL {
  try {
    const url = new URL(value)
    if (url.protocol === 'https:' || url.protocol === 'http:') return url
  } catch {
    // reported below
  }
  throw new ConfigError(`${name} must be an http or https URL (it is "${value}")`)
}

export class ConfigError extends Error {}
