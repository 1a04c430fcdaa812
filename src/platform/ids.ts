import { randomBytes } from 'node:crypto'

/**
 * A UUID version 7 (RFC 9562): 48 bits of Unix milliseconds, then random bits. Time-ordered keys land at
 * the right-hand edge of a B-tree index instead of on a random page, which keeps bulk loads and inserts
 * at national scale fast; they remain unguessable enough for keys (never for secrets).
 */
export function newId(): string {
  const bytes = nextRandom16()
  const ms = Date.now()
  bytes[0] = Math.floor(ms / 2 ** 40) & 0xff
  bytes[1] = Math.floor(ms / 2 ** 32) & 0xff
  bytes[2] = (ms >>> 24) & 0xff
  bytes[3] = (ms >>> 16) & 0xff
  bytes[4] = (ms >>> 8) & 0xff
  bytes[5] = ms & 0xff
  bytes[6] = ((bytes[6] as number) & 0x0f) | 0x70
  bytes[8] = ((bytes[8] as number) & 0x3f) | 0x80
  const hex = bytes.toString('hex')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

// Random bytes are drawn 4 KiB at a time: one randomBytes call per id costs a system call each, which
// showed at bulk-import rates (as crypto.randomUUID does, for the same reason).
const POOL_SIZE = 4096
let pool = Buffer.alloc(0)
let offset = POOL_SIZE

function nextRandom16(): Buffer {
  if (offset + 16 > pool.length) {
    pool = randomBytes(POOL_SIZE)
    offset = 0
  }
  const bytes = Buffer.from(pool.subarray(offset, offset + 16))
  offset += 16
  return bytes
}
