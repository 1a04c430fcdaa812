// Figures for benchmark reports: percentiles and rates, printed as aligned lines.
export function percentile(sortedMs: number[], p: number): number {
  if (sortedMs.length === 0) return Number.NaN
  const index = Math.min(sortedMs.length - 1, Math.ceil((p / 100) * sortedMs.length) - 1)
  return sortedMs[Math.max(0, index)] as number
}

export function summarise(samplesMs: number[]): { p50: number; p95: number; p99: number; max: number } {
  const sorted = [...samplesMs].sort((a, b) => a - b)
  return {
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted[sorted.length - 1] ?? Number.NaN,
  }
}

export function report(benchmark: string, engine: string, figures: Record<string, string | number>): void {
  const parts = Object.entries(figures).map(
    ([key, value]) => `${key}=${typeof value === 'number' ? formatNumber(value) : value}`,
  )
  process.stdout.write(`${benchmark.padEnd(14)} ${engine.padEnd(9)} ${parts.join('  ')}\n`)
}

function formatNumber(value: number): string {
  if (Number.isInteger(value)) return value.toLocaleString('en-GB')
  return value >= 100 ? Math.round(value).toLocaleString('en-GB') : value.toFixed(2)
}
