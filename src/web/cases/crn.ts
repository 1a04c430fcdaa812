import type { Request } from 'express'

const CRN = /^[A-Z]\d{6}$/

/** The CRN of the page's address in canonical form, or null when it cannot be one (a 404). */
export function crnOf(req: Request): string | null {
  const crn = String(req.params.crn ?? '')
    .trim()
    .toUpperCase()
  return CRN.test(crn) ? crn : null
}
