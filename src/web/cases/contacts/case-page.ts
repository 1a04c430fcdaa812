// What every contacts and enforcement page of a case starts from: the person (read, audited and
// checked for access by the people service) and the identity header.
import type { Request, Response } from 'express'
import { can } from '../../../modules/access'
import type { PersonRecord } from '../../../modules/people'
import type { Actor } from '../../../platform/actor'
import { ForbiddenError } from '../../../platform/errors'
import type { Services } from '../../../services'
import { webActorOf } from '../../session'
import { type CaseHeader, caseHeader } from '../case-header.presenter'
import { crnOf } from '../crn'

export interface CasePage {
  actor: Actor
  person: PersonRecord
  crn: string
  header: CaseHeader
  canWrite: boolean
}

/** The case of the address, or null when the address cannot name one (the caller answers 404). */
export async function casePage(
  services: Services,
  req: Request,
  res: Response,
  options: { write?: boolean } = {},
): Promise<CasePage | null> {
  const crn = crnOf(req)
  if (!crn) return null
  const actor = webActorOf(res)
  // A form the service would refuse is refused up front, before the case is read.
  if (options.write && !can(actor, 'person:write')) throw new ForbiddenError()
  const person = await services.people.getPerson(actor, crn)
  const registers = await services.registers.listRegisters(actor, person.crn)
  return {
    actor,
    person,
    crn: person.crn,
    header: caseHeader(person, registers, services.clock.today()),
    canWrite: can(actor, 'person:write'),
  }
}

export const formBody = (req: { body?: unknown }) => (req.body ?? {}) as Record<string, unknown>
export const field = (body: Record<string, unknown>, name: string): string => {
  const value = body[name]
  return typeof value === 'string' ? value.trim() : ''
}
