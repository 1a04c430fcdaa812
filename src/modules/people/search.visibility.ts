// The one seam through which every person a search or a duplicate check could show passes before it is
// scored, counted or returned: only the ids this actor may see in full come back, so a case hidden by
// its restriction or exclusion lists never shows, not even in a count. A case shown as restricted is
// left out of results too, since matching on its hidden details would itself reveal them.
import type { Actor } from '../../platform/actor'
import { caseVisibility } from '../access'

type Executor = Parameters<typeof caseVisibility>[0]

export async function visiblePersonIds(
  db: Executor,
  actor: Actor,
  personIds: readonly string[],
): Promise<string[]> {
  const visible = await caseVisibility(db, actor, personIds)
  return personIds.filter((id) => visible.has(id))
}
