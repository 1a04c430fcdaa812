// Output files of the import (`--out`, the rejected rows): written to a temporary file beside the
// target and renamed over it only when complete, so a crash or kill never leaves a half-written file.
import fs from 'node:fs'
import path from 'node:path'

/** Writes lines to `target` atomically: the file appears whole, or not at all. */
export async function writeFileAtomically(target: string, lines: Iterable<string>): Promise<void> {
  const dir = path.dirname(path.resolve(target))
  const temp = path.join(dir, `.${path.basename(target)}.${process.pid}.tmp`)
  const handle = await fs.promises.open(temp, 'w', 0o600)
  try {
    let chunk = ''
    for (const line of lines) {
      chunk += `${line}\n`
      if (chunk.length > 1 << 20) {
        await handle.write(chunk)
        chunk = ''
      }
    }
    await handle.write(chunk)
    await handle.sync()
  } catch (error) {
    await handle.close()
    fs.rmSync(temp, { force: true })
    throw error
  }
  await handle.close()
  try {
    fs.renameSync(temp, target)
  } catch (error) {
    fs.rmSync(temp, { force: true })
    throw error
  }
}

/** One CSV line: cells with a comma, quote or line break are quoted, quotes doubled (RFC 4180). */
export function csvLine(cells: readonly (string | number | null | undefined)[]): string {
  return cells
    .map((cell) => {
      const text = cell === null || cell === undefined ? '' : String(cell)
      return /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
    })
    .join(',')
}
