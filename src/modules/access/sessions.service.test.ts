import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { systemActor, testServices, userActor } from '../../../test/harness'
import { adjustableClock } from '../../../test/web-client'

const DAY = 86_400_000
const PASSWORD = 'correct horse battery'

describe('purging old sign-in data', async () => {
  const clock = adjustableClock('2026-10-01T09:00:00Z')
  const services = await testServices(clock)
  const db = services.database.db
  await services.access.addUser(systemActor, { username: 'alice', role: 'practitioner', password: PASSWORD })
  const context = { requestId: null }
  const signIn = async () => {
    const result = await services.signIn.signIn({ username: 'alice', password: PASSWORD }, context)
    assert.equal(result.outcome, 'signed_in')
    return result.outcome === 'signed_in' ? result.sessionId : ''
  }
  const sessionCount = async () => (await db.selectFrom('web_sessions').select('id_hash').execute()).length
  const throttleKeys = async () =>
    (await db.selectFrom('sign_in_throttles').select('username_key').execute())
      .map((r) => r.username_key)
      .sort()

  // On 1 October: a session signed out, one abandoned (never resumed), a failed sign-in, a locked
  // username and a single sign-on that never came back.
  const signedOut = await signIn()
  await services.signIn.signOut(userActor(['practitioner']), signedOut)
  await signIn()
  await services.signIn.signIn({ username: 'ghost', password: 'wrong' }, context)
  for (let i = 0; i < 5; i++) await services.signIn.signIn({ username: 'locked', password: 'wrong' }, context)
  await services.signIn.rememberOidcAttempt({
    state: 's',
    nonce: 'n',
    codeVerifier: 'v',
    browserId: 'b',
    returnTo: '/',
  })

  it('keeps what may still matter: live locks, open windows, and sessions over for less than the days given', async () => {
    const now = await services.signIn.purgeSessions(systemActor, { olderThanDays: 30 })
    assert.deepEqual(now, { sessions: 0, throttles: 0, oidcAttempts: 0 })
    assert.deepEqual(await throttleKeys(), ['ghost', 'locked'])

    clock.advance(29 * DAY)
    const later = await services.signIn.purgeSessions(systemActor, { olderThanDays: 30 })
    assert.deepEqual(later, { sessions: 0, throttles: 2, oidcAttempts: 1 })
    assert.equal(await sessionCount(), 2)
  })

  it('deletes sessions ended, or abandoned, more than the days given ago, and keeps newer ones', async () => {
    const recent = await signIn() // 30 October, two days before the purge
    clock.advance(2 * DAY)
    const live = await signIn()
    const purged = await services.signIn.purgeSessions(systemActor, { olderThanDays: 30 })
    assert.equal(purged.sessions, 2)
    assert.equal(await sessionCount(), 2)
    assert.equal((await services.signIn.resumeSession(live)).status, 'live')
    assert.notEqual((await services.signIn.resumeSession(recent)).status, 'live')
    const entries = await services.audit.entriesFor(db, { targetType: 'web_sessions' })
    assert.deepEqual(
      entries.map((e) => [e.action, e.data]),
      [
        ['sessions.purged', { olderThanDays: 30, sessions: 0, throttles: 2, oidcAttempts: 1 }],
        ['sessions.purged', { olderThanDays: 30, sessions: 2, throttles: 0, oidcAttempts: 0 }],
      ],
    )
  })

  it('with 0 days, deletes every session that is over and keeps the live one', async () => {
    clock.advance(60 * 60_000) // the live session is now idle-expired too
    const fresh = await signIn()
    const purged = await services.signIn.purgeSessions(systemActor, { olderThanDays: 0 })
    assert.equal(purged.sessions, 2)
    assert.equal((await services.signIn.resumeSession(fresh)).status, 'live')
  })

  it('is for the server and the command line only, and refuses a bad number of days', async () => {
    await assert.rejects(
      services.signIn.purgeSessions(userActor(['admin']), { olderThanDays: 30 }),
      /Only the server and the command line/,
    )
    for (const olderThanDays of [-1, 1.5, Number.NaN, 5000]) {
      await assert.rejects(services.signIn.purgeSessions(systemActor, { olderThanDays }), (error: Error) => {
        assert.match(JSON.stringify(error), /olderThanDays/)
        return true
      })
    }
  })
})
