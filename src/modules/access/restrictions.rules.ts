// Whether a caller may see a case, given its restriction and exclusion lists (web issue, "Roles and
// case access"). Pure: the lists come in, the answer and its reason go out. Role permissions are
// checked before this; these lists only ever narrow what a role allows.
import type { Actor } from '../../platform/actor'

export interface CaseLists {
  /** User ids of the only staff who may see the case; empty means no restriction list. */
  restrictedTo: readonly string[]
  /** User ids of staff who must never see the case. */
  excluded: readonly string[]
  /** Policy: those not allowed see the name and "restricted" rather than "not found". */
  showAsRestricted: boolean
}

export const NO_LISTS: CaseLists = { restrictedTo: [], excluded: [], showAsRestricted: false }

/** visible: the whole case; restricted: name and "restricted" only; hidden: the case does not exist. */
export type CaseVisibility = 'visible' | 'restricted' | 'hidden'

export interface CaseDecision {
  visibility: CaseVisibility
  reason:
    | 'system actor'
    | 'no lists'
    | 'named on the restriction list'
    | 'excluded'
    | 'not on the restriction list'
    | 'not excluded'
}

export function decideCaseAccess(actor: Pick<Actor, 'kind' | 'id'>, lists: CaseLists): CaseDecision {
  // The operator at the machine and named jobs work on every case (CLI, imports, recalculations).
  if (actor.kind === 'system') return { visibility: 'visible', reason: 'system actor' }
  const denied = lists.showAsRestricted ? 'restricted' : 'hidden'
  // Exclusion wins over a restriction list that also names the user: "never the named staff".
  if (lists.excluded.includes(actor.id)) return { visibility: denied, reason: 'excluded' }
  if (lists.restrictedTo.length > 0) {
    return lists.restrictedTo.includes(actor.id)
      ? { visibility: 'visible', reason: 'named on the restriction list' }
      : { visibility: denied, reason: 'not on the restriction list' }
  }
  return {
    visibility: 'visible',
    reason: lists.excluded.length > 0 || lists.showAsRestricted ? 'not excluded' : 'no lists',
  }
}

const hasLists = (lists: CaseLists) => lists.restrictedTo.length > 0 || lists.excluded.length > 0

/**
 * The lists of the surviving record when two records of one person are merged: the stricter of both.
 * Every exclusion of either applies, and a case restricted on either side stays restricted. Two
 * restriction lists are joined, not intersected: the staff who held either record keep the merged case,
 * and two lists with nobody in common never leave a case no one may open. "Show as restricted" stays
 * only when every record that had lists said so, since showing the name tells more than "not found".
 */
export function mergedCaseLists(survivor: CaseLists, loser: CaseLists): CaseLists {
  if (!hasLists(loser)) return survivor
  return {
    restrictedTo: [...new Set([...survivor.restrictedTo, ...loser.restrictedTo])],
    excluded: [...new Set([...survivor.excluded, ...loser.excluded])],
    showAsRestricted: loser.showAsRestricted && (survivor.showAsRestricted || !hasLists(survivor)),
  }
}
