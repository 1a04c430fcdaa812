// The restriction and exclusion lists when the people module merges two records of one person, and
// when it undoes the merge. The losing record keeps its own lists (it is soft-deleted, not emptied);
// the survivor gets the stricter of both (restrictions.rules.ts, mergedCaseLists), and what was added
// is returned so that the undo removes exactly that.
import * as repo from './restrictions.repository'
import { mergedCaseLists } from './restrictions.rules'

type Executor = repo.Executor

/** What a merge added to the survivor's lists: user ids, and the flag's change when it changed. */
export interface CaseListsMove {
  restrictedTo: string[]
  excluded: string[]
  showAsRestricted?: { from: boolean; to: boolean }
}

export async function mergeCaseLists(
  db: Executor,
  fromPersonId: string,
  toPersonId: string,
): Promise<CaseListsMove> {
  const survivor = await repo.listsOfPerson(db, toPersonId)
  const merged = mergedCaseLists(survivor, await repo.listsOfPerson(db, fromPersonId))
  const move: CaseListsMove = await repo.addToLists(db, toPersonId, merged)
  if (merged.showAsRestricted !== survivor.showAsRestricted) {
    await repo.setShowAsRestricted(db, toPersonId, merged.showAsRestricted)
    move.showAsRestricted = { from: survivor.showAsRestricted, to: merged.showAsRestricted }
  }
  return move
}

/** Takes off the survivor what the merge added; the flag goes back only if no one has changed it since. */
export async function unmergeCaseLists(db: Executor, toPersonId: string, move: CaseListsMove): Promise<void> {
  await repo.removeFromLists(db, toPersonId, move)
  if (move.showAsRestricted)
    await repo.setShowAsRestricted(db, toPersonId, move.showAsRestricted.from, move.showAsRestricted.to)
}
