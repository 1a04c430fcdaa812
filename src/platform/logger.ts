// One line of JSON per event on standard error, so standard output stays free for command results.
type Level = 'debug' | 'info' | 'warn' | 'error'

export interface Logger {
  log(level: Level, message: string, fields?: Record<string, unknown>): void
}

export const logger: Logger = {
  log(level, message, fields = {}) {
    if (level === 'debug' && !process.env.DEBUG) return
    if (process.env.LOG_SILENT && level !== 'error') return
    process.stderr.write(`${JSON.stringify({ time: new Date().toISOString(), level, message, ...fields })}\n`)
  },
}
