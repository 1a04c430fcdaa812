// The checks a new request passes before anything is written: its evidence belongs to the case, its
// teams and decision-maker exist, a transfer goes to another team, the deadline is not past. Every
// problem is reported at once, naming the field.
import type { Transaction } from 'kysely'
import type { Actor } from '../../platform/actor'
import type { Database } from '../../platform/db/schema'
import { ValidationError } from '../../platform/errors'
import type { EvidenceChoice } from './requests.present'
import * as repo from './requests.repository'
import type { RaiseInput } from './requests.schema'
import { transferSender } from './transfer'

/** The evidence rows to store, each with its label; a record that is not the case's is refused. */
export function evidenceRows(input: RaiseInput, choices: EvidenceChoice[]) {
  const find = (e: { kind: string; recordId: string }) =>
    choices.find((c) => c.kind === e.kind && c.recordId === e.recordId)
  // Documents have no module yet: their ids are kept as given.
  const problems = input.evidence.flatMap((e, i) =>
    e.kind === 'document' || find(e)
      ? []
      : [{ path: `evidence.${i}.recordId`, message: `is not a ${e.kind} of this case` }],
  )
  if (problems.length) throw new ValidationError(problems)
  return input.evidence.map((e, position) => ({
    position,
    kind: e.kind,
    record_id: e.recordId,
    label: find(e)?.label ?? `Document ${e.recordId}`,
  }))
}

/** The team the request comes from and, for a transfer, who hands the case over. */
export async function checkRaise(
  trx: Transaction<Database>,
  actor: Actor,
  input: RaiseInput,
  context: { personId: string; isTransfer: boolean; today: string },
) {
  const { isTransfer } = context
  const problems: { path: string; message: string }[] = []
  const sender = isTransfer ? await transferSender(trx, context.personId) : null
  const own = actor.staffCode ? await repo.findStaff(trx, actor.staffCode) : undefined
  const fromCode = input.fromTeamCode ?? sender?.teamCode ?? own?.team_code ?? null
  if (!fromCode) problems.push({ path: 'fromTeamCode', message: 'is required: you are not linked to a team' })
  else if (!(await repo.findTeam(trx, fromCode)))
    problems.push({ path: 'fromTeamCode', message: 'no such team' })
  const toTeam = await repo.findTeam(trx, input.toTeamCode)
  if (!toTeam) problems.push({ path: 'toTeamCode', message: 'no such team' })
  else if (isTransfer && toTeam.code === fromCode)
    problems.push({ path: 'toTeamCode', message: 'a transfer must go to another team' })
  if (!(await repo.findStaff(trx, input.decisionMaker)))
    problems.push({ path: 'decisionMaker', message: 'no staff member has this code' })
  if (input.deadline && input.deadline < context.today)
    problems.push({ path: 'deadline', message: 'must be today or later' })
  if (input.senderNotes && !isTransfer)
    problems.push({ path: 'senderNotes', message: 'only a transfer carries handover notes' })
  if (problems.length) throw new ValidationError(problems)
  return { fromCode: fromCode as string, senderStaffCode: sender?.staffCode ?? actor.staffCode }
}
