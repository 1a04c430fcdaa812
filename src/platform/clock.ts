// Time comes from an injected clock so that rules and services are testable.
export interface Clock {
  now(): Date
  /** Today's date in England and Wales as YYYY-MM-DD. */
  today(): string
}

export const systemClock: Clock = {
  now: () => new Date(),
  today: () => isoDateInLondon(new Date()),
}

export function fixedClock(iso: string): Clock {
  const at = new Date(iso)
  return { now: () => new Date(at), today: () => isoDateInLondon(at) }
}

function isoDateInLondon(at: Date): string {
  return at.toLocaleDateString('en-CA', { timeZone: 'Europe/London' })
}
