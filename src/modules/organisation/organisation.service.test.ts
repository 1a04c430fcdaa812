import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { systemActor, testServices, userActor } from '../../../test/harness'
import { fixedClock } from '../../platform/clock'
import type { DomainError } from '../../platform/errors'

describe('organisation service', async () => {
  const services = await testServices(fixedClock('2026-06-01T10:00:00Z'))
  const org = services.organisation
  const rejects = (promise: Promise<unknown>, code: string, paths?: string[]) =>
    assert.rejects(promise, (e: DomainError) => {
      assert.equal(e.code, code)
      if (paths)
        assert.deepEqual(
          e.details.map((d) => d.path),
          paths,
        )
      return true
    })

  it('builds the tree: codes canonical, parents must exist, codes unique', async () => {
    const region = await org.createRegion(systemActor, { code: 'n07', name: 'London' })
    assert.equal(region.code, 'N07')
    await rejects(org.createRegion(systemActor, { code: 'N07', name: 'Again' }), 'record.conflict', ['code'])
    await rejects(
      org.createProbationDeliveryUnit(systemActor, { code: 'X1', regionCode: 'NOPE', name: 'x' }),
      'validation.failed',
      ['regionCode'],
    )
    await org.createProbationDeliveryUnit(systemActor, {
      code: 'N07CEN',
      regionCode: 'N07',
      name: 'Camden and Islington',
    })
    await rejects(
      org.createTeam(systemActor, { code: 'N07T01', pduCode: 'N07XXX', name: 'x' }),
      'validation.failed',
      ['pduCode'],
    )
    const team = await org.createTeam(systemActor, {
      code: 'N07T01',
      pduCode: 'N07CEN',
      name: 'Camden Team 1',
    })
    assert.deepEqual([team.pduCode, team.regionCode], ['N07CEN', 'N07'])
    assert.deepEqual(
      (await org.listTeams(systemActor, { regionCode: 'n07' })).map((t) => t.code),
      ['N07T01'],
    )
    await rejects(
      org.createRegion(userActor(['practitioner']), { code: 'N08', name: 'x' }),
      'access.forbidden',
    )
    assert.equal((await org.listRegions(userActor(['analyst']))).length, 1)
  })

  it('keeps staff: create, update with version, list by team, soft delete and restore, history', async () => {
    await rejects(
      org.createStaff(systemActor, {
        code: 'N07A001',
        teamCode: 'NOPE',
        firstName: 'A',
        surname: 'B',
        grade: 'PO',
        contractedHours: 37,
      }),
      'validation.failed',
      ['teamCode'],
    )
    const staff = await org.createStaff(systemActor, {
      code: 'n07a001',
      teamCode: 'N07T01',
      firstName: 'Siân',
      surname: "O'Brien-Ng",
      email: 'sian.obrien@example.gov.uk',
      grade: 'PO',
      contractedHours: 22.5,
      vetting: ['visor'],
      vettingExpiresOn: '2027-01-31',
      specialisms: ['domestic_abuse'],
    })
    assert.deepEqual(
      [staff.code, staff.surname, staff.contractedHours, staff.version],
      ['N07A001', "O'Brien-Ng", 22.5, 1],
    )
    await rejects(
      org.createStaff(systemActor, {
        code: 'N07A002',
        firstName: 'A',
        surname: 'B',
        grade: 'PO',
        contractedHours: 37,
        vettingExpiresOn: '2027-01-01',
      }),
      'validation.failed',
      ['vettingExpiresOn'],
    )
    const updated = await org.updateStaff(systemActor, 'N07A001', {
      version: 1,
      grade: 'SPO',
      contractedHours: 37,
    })
    assert.deepEqual([updated.grade, updated.contractedHours, updated.version], ['SPO', 37, 2])
    await assert.rejects(
      org.updateStaff(systemActor, 'N07A001', { version: 1, grade: 'PSO' }),
      (e: DomainError) => {
        assert.equal(e.code, 'record.stale_version')
        assert.equal((e.data as { grade: string }).grade, 'SPO')
        return true
      },
    )
    const team = await org.getTeam(systemActor, 'n07t01')
    assert.deepEqual(
      team.staff?.map((s) => s.code),
      ['N07A001'],
    )
    await org.deleteStaff(systemActor, 'N07A001')
    await rejects(org.getStaff(systemActor, 'N07A001'), 'staff.not_found')
    assert.deepEqual(await org.listStaff(systemActor, { teamCode: 'N07T01' }), [])
    await org.restoreStaff(systemActor, 'N07A001')
    assert.equal((await org.getStaff(systemActor, 'N07A001')).version, 4)
    assert.deepEqual(
      (await org.staffHistory(systemActor, 'N07A001')).map((h) => h.action),
      ['staff.created', 'staff.updated', 'staff.deleted', 'staff.restored'],
    )
  })

  it('imports a whole organisation in one transaction, or none of it', async () => {
    const batch = {
      regions: [{ code: 'N50', name: 'Greater Manchester' }],
      probationDeliveryUnits: [{ code: 'N50BOL', regionCode: 'N50', name: 'Bolton' }],
      teams: [{ code: 'N50T01', pduCode: 'N50BOL', name: 'Bolton North' }],
      staff: [
        {
          code: 'N50A001',
          teamCode: 'N50T01',
          firstName: 'Priya',
          surname: 'Shah',
          grade: 'PSO',
          contractedHours: 37,
        },
        {
          code: 'N50A002',
          teamCode: 'N50T02',
          firstName: 'Liam',
          surname: 'Doyle',
          grade: 'PO',
          contractedHours: 37,
        },
      ],
    }
    await rejects(org.importOrganisation(systemActor, batch), 'validation.failed', ['staff.1.teamCode'])
    assert.equal(
      (await org.listRegions(systemActor)).some((r) => r.code === 'N50'),
      false,
    )
    const result = await org.importOrganisation(systemActor, {
      ...batch,
      staff: [batch.staff[0], { ...batch.staff[1], teamCode: 'N50T01' }],
    })
    assert.deepEqual(result, { regions: 1, probationDeliveryUnits: 1, teams: 1, staff: 2 })
    assert.equal((await org.listStaff(systemActor, { teamCode: 'N50T01' })).length, 2)
    await rejects(
      org.importOrganisation(systemActor, { regions: [{ code: 'N50', name: 'again' }] }),
      'validation.failed',
      ['regions.0.code'],
    )
  })
})
