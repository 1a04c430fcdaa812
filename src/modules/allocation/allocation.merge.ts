// When two records of one person are merged, the merged-away record's allocations and queue entries
// follow the person: past allocations as history (so continuity still finds the previous practitioners),
// and its current allocation or open queue entry only where the survivor has neither; otherwise they end
// as 'merged', because a person has one practitioner and at most one place in the queue. Unmerge moves
// exactly those rows back and reopens what the merge ended.
import { type Kysely, sql, type Transaction } from 'kysely'
import type { PersonOwnedRows } from '../../platform/db/person-rows'
import type { Database } from '../../platform/db/schema'

type Executor = Kysely<Database> | Transaction<Database>

const MERGED = 'merged'

async function moveAllocations(db: Executor, from: string, to: string): Promise<string[]> {
  await sql`
    update case_allocations set ended_at = now(), end_reason = ${MERGED}
    where person_id = ${from} and ended_at is null
      and exists (select 1 from case_allocations s where s.person_id = ${to} and s.ended_at is null)
  `.execute(db)
  const moved = await sql<{ id: string }>`
    update case_allocations set person_id = ${to} where person_id = ${from} returning id
  `.execute(db)
  return moved.rows.map((r) => r.id)
}

async function moveAllocationsBack(db: Executor, survivor: string, restored: string, ids: readonly string[]) {
  await sql`
    update case_allocations set person_id = ${restored},
      ended_at = case when end_reason = ${MERGED} then null else ended_at end,
      end_reason = case when end_reason = ${MERGED} then null else end_reason end
    where person_id = ${survivor} and id = any(${[...ids]}::uuid[])
  `.execute(db)
}

// Runs after the allocations: a survivor that now has a practitioner, or its own place in the queue,
// closes the merged-away record's open entry.
async function moveQueueEntries(db: Executor, from: string, to: string): Promise<string[]> {
  await sql`
    update allocation_queue set left_at = now(), left_reason = ${MERGED}
    where person_id = ${from} and left_at is null and (
      exists (select 1 from case_allocations s where s.person_id = ${to} and s.ended_at is null)
      or exists (select 1 from allocation_queue q where q.person_id = ${to} and q.left_at is null))
  `.execute(db)
  const moved = await sql<{ id: string }>`
    update allocation_queue set person_id = ${to} where person_id = ${from} returning id
  `.execute(db)
  return moved.rows.map((r) => r.id)
}

async function moveQueueEntriesBack(
  db: Executor,
  survivor: string,
  restored: string,
  ids: readonly string[],
) {
  await sql`
    update allocation_queue set person_id = ${restored},
      left_at = case when left_reason = ${MERGED} then null else left_at end,
      left_reason = case when left_reason = ${MERGED} then null else left_reason end
    where person_id = ${survivor} and id = any(${[...ids]}::uuid[])
  `.execute(db)
}

export const personOwnedRows: PersonOwnedRows[] = [
  { key: 'allocations', table: 'case_allocations', move: moveAllocations, moveBack: moveAllocationsBack },
  { key: 'queueEntries', table: 'allocation_queue', move: moveQueueEntries, moveBack: moveQueueEntriesBack },
]
