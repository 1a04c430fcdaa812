import assert from 'node:assert/strict'
import { after, describe, it } from 'node:test'
import { systemActor } from '../../test/harness'
import { finished, jobsDatabase } from '../../test/jobs-database'
import type { Clock } from '../platform/clock'
import { newId } from '../platform/ids'
import { SCHEDULED_JOBS } from './schedule'
import { startJobs } from './start'

const DAY = 86_400_000

describe('the scheduled background jobs', async () => {
  // Time moves on between writing a sentence and the nightly sweep.
  let at = new Date('2026-11-23T10:00:00Z')
  const clock: Clock = { now: () => new Date(at), today: () => at.toISOString().slice(0, 10) }
  const { services, databaseUrl } = await jobsDatabase(clock)
  const db = services.database.db
  const jobs = await startJobs(services, { databaseUrl, pollingIntervalSeconds: 0.5 })
  after(() => jobs.stop())

  it('registers every job of the list with its schedule, in London time', async () => {
    const expected = SCHEDULED_JOBS.map(({ name, cron }) => ({ name, cron, timezone: 'Europe/London' }))
    const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name)
    assert.deepEqual((await jobs.schedules()).sort(byName), expected.sort(byName))
    assert.deepEqual(
      SCHEDULED_JOBS.map((job) => job.name),
      ['allocation-release-sweep', 'sessions-purge'],
    )
  })

  it('puts a custody case whose release is now near into the allocation queue', async () => {
    const person = await services.people.createPerson(systemActor, {
      firstName: 'Ffion',
      surname: 'Evans',
      sex: 'female',
    })
    await services.sentences.createEvent(systemActor, person.crn as string, {
      convictionDate: '2025-06-01',
      offences: [{ main: true, homeOfficeCode: '046/00' }],
      disposal: {
        type: 'custody',
        sentenceDate: '2025-06-01',
        length: { value: 2, unit: 'years' },
        releaseDate: '2027-03-01',
        licenceEndDate: '2027-09-01',
        requirements: [],
        licenceConditions: [],
      },
    })
    const queued = () =>
      db
        .selectFrom('allocation_queue as q')
        .innerJoin('people as p', 'p.id', 'q.person_id')
        .select('q.reason')
        .where('p.crn', '=', person.crn as string)
        .execute()
    assert.deepEqual(await queued(), [], 'release more than 56 days away')
    at = new Date('2027-02-01T02:00:00Z')
    const id = await jobs.send('allocation-release-sweep')
    assert.equal(await finished(jobs.stateOf, 'allocation-release-sweep', id), 'completed')
    assert.deepEqual(await queued(), [{ reason: 'release' }])
  })

  it('purges web sessions over for more than 30 days, as the job actor', async () => {
    const userId = newId()
    await db
      .insertInto('users')
      .values({ id: userId, username: 'old.user', display_name: 'Old User' })
      .execute()
    const ago = (days: number) => new Date(at.getTime() - days * DAY)
    for (const [id, endedDaysAgo] of [
      ['old', 40],
      ['recent', 5],
    ] as const) {
      await db
        .insertInto('web_sessions')
        .values({
          id_hash: id,
          user_id: userId,
          csrf_token: 'x',
          created_at: ago(endedDaysAgo + 1),
          last_seen_at: ago(endedDaysAgo),
          absolute_expires_at: ago(endedDaysAgo - 1),
          ended_at: ago(endedDaysAgo),
          ended_reason: 'signed_out',
        })
        .execute()
    }
    const id = await jobs.send('sessions-purge')
    assert.equal(await finished(jobs.stateOf, 'sessions-purge', id), 'completed')
    const left = await db.selectFrom('web_sessions').select('id_hash').where('user_id', '=', userId).execute()
    assert.deepEqual(left, [{ id_hash: 'recent' }])
    const audit = await db
      .selectFrom('audit_log')
      .select(['actor_id', 'action'])
      .where('action', '=', 'sessions.purged')
      .execute()
    assert.deepEqual(audit, [{ actor_id: 'job:sessions-purge', action: 'sessions.purged' }])
  })

  it('stops sending a job taken off the list at the next start', async () => {
    await jobs.register('retired-job', async () => undefined)
    await jobs.schedule('retired-job', '0 3 * * *')
    await jobs.stop()
    const again = await startJobs(services, { databaseUrl, pollingIntervalSeconds: 0.5 })
    try {
      const names = (await again.schedules()).map((s) => s.name).sort()
      assert.deepEqual(names, SCHEDULED_JOBS.map((job) => job.name).sort())
    } finally {
      await again.stop()
    }
  })
})
