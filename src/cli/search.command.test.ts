import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { freshCliDatabaseEnv, runCliProcess } from '../../test/cli'
import { withCliDatabase } from '../../test/cli-database'
import { systemActor } from '../../test/harness'

describe('openprobation search', async () => {
  const env = await freshCliDatabaseEnv()
  const crn = await withCliDatabase(env, async (services) => {
    const person = await services.people.createPerson(systemActor, {
      firstName: 'Margaret',
      surname: 'MacDonald',
      sex: 'female',
      dateOfBirth: '1970-07-30',
      pnc: '2001/0123456F',
    })
    return person.crn
  })

  it('prints a readable table, best first, with the reasons', async () => {
    const result = await runCliProcess(['search', 'peggy', 'mcdonald', '30/7/70'], { env })
    assert.equal(result.code, 0, result.stderr)
    assert.match(result.stdout, /^CRN\s+SCORE\s+NAME\s+BORN\s+PNC\s+POSTCODE\n/)
    assert.match(
      result.stdout,
      new RegExp(`${crn}\\s+0\\.\\d{3}\\s+Margaret MacDonald\\s+1970-07-30\\s+2001/0123456F`),
    )
    assert.match(result.stdout, /first name matched as another form of the name/)
  })

  it('gives the API’s JSON with --json, and takes the same options', async () => {
    const result = await runCliProcess(['search', '--json', '--pnc', '01/123456f', '--limit', '3'], { env })
    assert.equal(result.code, 0, result.stderr)
    const body = JSON.parse(result.stdout)
    assert.equal(body.results[0].crn, crn)
    assert.deepEqual(body.results[0].reasons, ['PNC matched'])
    assert.equal(body.results[0].person.surname, 'MacDonald')
  })

  it('says when no one is found, and names a field it cannot read', async () => {
    const none = await runCliProcess(['search', '--surname', 'Zzyzx', '--date-of-birth', '1901-01-01'], {
      env,
    })
    assert.equal(none.code, 0, none.stderr)
    assert.equal(none.stdout, 'No one found.\n')
    const bad = await runCliProcess(['search', '--date-of-birth', '31/02/1985'], { env })
    assert.equal(bad.code, 1)
    assert.match(bad.stderr, /dateOfBirth: must be a date/)
  })
})
