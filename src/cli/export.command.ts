// `openprobation export person CRN`: everything the record holds about a person, as JSON on standard
// output (a subject access request, a transfer). The export is audited as `person.exported`; the JSON
// is written only after that entry has committed, so nothing leaves without its audit entry.
import type { Command } from 'commander'
import { requirePermission } from '../modules/access'
import { findCaseRef } from '../modules/people'
import type { Actor } from '../platform/actor'
import type { Services } from '../services'
import { withServices } from './context'

export function registerExport(program: Command) {
  const command = program.command('export').description('export records as JSON')
  command
    .command('person')
    .description(
      'everything about a person as JSON on standard output: the person with aliases, addresses and ' +
        'circumstances, events with offences, disposal and requirements, registers and the record history (audited)',
    )
    .argument('<crn>', 'the case reference number, e.g. A123456')
    .action(async (crn: string) => {
      await withServices('export', async ({ services, actor }) => {
        const exported = await exportPerson(services, actor, crn)
        process.stdout.write(`${JSON.stringify(exported, null, 2)}\n`)
      })
    })
}

export async function exportPerson(services: Services, actor: Actor, rawCrn: string) {
  requirePermission(actor, 'person:export')
  const crn = rawCrn.trim().toUpperCase()
  const person = await services.people.getPerson(actor, crn)
  const [events, registers, history] = [
    await services.sentences.listEvents(actor, crn),
    await services.registers.listRegisters(actor, crn),
    await services.people.personHistory(actor, crn),
  ]
  const exportedAt = services.clock.now().toISOString()
  await services.database.db.transaction().execute(async (trx) => {
    // The person may have been deleted while the export was read: then it is not exported.
    const ref = await findCaseRef(trx, actor, crn)
    await services.audit.record(
      trx,
      actor,
      'person.exported',
      { type: 'person', id: ref.id, crn },
      { exportedAt, events: events.length, registers: registers.length, historyEntries: history.length },
    )
  })
  return { exportedAt, person, events, registers, history }
}
