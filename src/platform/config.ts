// Configuration is read once, from the environment, with local defaults for a newcomer and a hard
// failure where production would otherwise run insecurely.
import path from 'node:path'

export interface Config {
  production: boolean
  databaseUrl: string | undefined
  dataDir: string
  port: number
  sessionSecret: string
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
  }
}

export class ConfigError extends Error {}
