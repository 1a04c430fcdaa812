// Progress of long commands (seed, import) on standard error, so standard output stays for results.
// On a terminal: one bar redrawn in place. Otherwise (a log file, CI, a pipe): a plain line at every
// tenth of the way and at least every few seconds, so a log shows the command is alive without
// drowning in lines.

export interface ProgressStream {
  write(text: string): unknown
  isTTY?: boolean
  columns?: number
}

export interface Progress {
  /** Sets how much is done (absolute). */
  update(done: number): void
  /** Adds to how much is done. */
  add(count: number): void
  /** Ends the progress display with a closing line. */
  finish(message?: string): void
}

export interface ProgressOptions {
  stream?: ProgressStream
  /** What is counted, for example "people" or "rows". */
  unit?: string
  /** Milliseconds between plain lines when the tenths come slowly. */
  lineEveryMs?: number
  now?: () => number
}

const BAR_WIDTH = 30
const REDRAW_EVERY_MS = 100
/** Plain lines start after this long, so quick commands print only their closing line. */
const QUIET_FIRST_MS = 1000

export function startProgress(label: string, total: number, options: ProgressOptions = {}): Progress {
  const stream = options.stream ?? process.stderr
  const now = options.now ?? (() => performance.now())
  const unit = options.unit ? ` ${options.unit}` : ''
  const lineEveryMs = options.lineEveryMs ?? 5000
  const tty = stream.isTTY === true
  const started = now()
  let done = 0
  let lastDraw = Number.NEGATIVE_INFINITY
  let lastTenth = 0
  let finished = false

  const draw = (force: boolean) => {
    const at = now()
    if (tty) {
      if (!force && at - lastDraw < REDRAW_EVERY_MS) return
      lastDraw = at
      stream.write(`\r${barLine(label, done, total, unit, at - started)}\x1b[K`)
      return
    }
    const tenth = total > 0 ? Math.floor((Math.min(done, total) / total) * 10) : 0
    if (force || tenth > lastTenth || at - lastDraw >= lineEveryMs) {
      // A quick command prints only its closing line.
      if (!force && (done === 0 || at - started < QUIET_FIRST_MS)) return
      lastTenth = tenth
      lastDraw = at
      stream.write(`${label}: ${plainLine(done, total, unit, at - started)}\n`)
    }
  }
  if (!tty) lastDraw = started

  return {
    update(value) {
      if (finished) return
      done = value
      draw(false)
    },
    add(count) {
      if (finished) return
      done += count
      draw(false)
    },
    finish(message) {
      if (finished) return
      finished = true
      const elapsed = now() - started
      if (tty) stream.write('\r\x1b[K')
      stream.write(`${label}: ${message ?? `done, ${formatCount(done)}${unit} in ${seconds(elapsed)}`}\n`)
    },
  }
}

function barLine(label: string, done: number, total: number, unit: string, elapsedMs: number): string {
  const fraction = total > 0 ? Math.min(done / total, 1) : 0
  const filled = Math.round(fraction * BAR_WIDTH)
  const bar = `${'█'.repeat(filled)}${'░'.repeat(BAR_WIDTH - filled)}`
  const rate = elapsedMs > 0 ? (done / elapsedMs) * 1000 : 0
  const eta = rate > 0 && total > done ? ` ETA ${seconds(((total - done) / rate) * 1000)}` : ''
  return `${label} ${bar} ${percent(fraction)} ${formatCount(done)}/${formatCount(total)}${unit} ${formatCount(Math.round(rate))}/s${eta}`
}

function plainLine(done: number, total: number, unit: string, elapsedMs: number): string {
  const fraction = total > 0 ? Math.min(done / total, 1) : 0
  const rate = elapsedMs > 0 ? Math.round((done / elapsedMs) * 1000) : 0
  return `${formatCount(done)} of ${formatCount(total)}${unit} (${percent(fraction)}, ${formatCount(rate)}/s)`
}

const percent = (fraction: number) => `${Math.floor(fraction * 100)}%`
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)}s`

export function formatCount(n: number): string {
  return Math.round(n).toLocaleString('en-GB')
}
