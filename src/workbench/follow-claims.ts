import { claimAfter, type AppliedDecisions } from '../curation/apply-decisions.ts';
import type { Filters } from '../filters/filters.ts';

type Moves = AppliedDecisions['moved'];

/** The claim of the base corpus that `claimId` is under `moves`: itself when nothing moved to it. */
function originOf(moves: Moves, claimId: string): string {
  const targets = new Set(moves.values());
  for (const from of moves.keys()) {
    if (!targets.has(from) && claimAfter(moves, from) === claimId) return from;
  }
  return claimId;
}

/**
 * The view after a curator's decisions changed, from decisions whose claim moves are `before` to
 * ones whose moves are `after`, on a corpus holding `claimIds`. The open cell and the claims
 * filter keep naming the claim they named: followed to a proposal's curated id or a merge's
 * target, and back to the proposal when the decision that moved it is undone; a claim the new
 * corpus lacks is let go. So confirming, or undoing a confirm, from a cell keeps that cell open.
 * Null when the view names nothing that moved.
 */
export function viewAfterDecisions(
  filters: Filters,
  before: Moves,
  after: Moves,
  claimIds: ReadonlySet<string>,
): Filters | null {
  const follow = (id: string): string | null => {
    if (claimIds.has(id)) return id;
    const now = claimAfter(after, originOf(before, id));
    return now !== null && claimIds.has(now) ? now : null;
  };
  const { cell } = filters;
  const cellNow = cell === null ? null : follow(cell.claimId);
  const claims = [...new Set(filters.claims.flatMap((id) => follow(id) ?? []))];
  const same =
    (cell === null || cellNow === cell.claimId) &&
    claims.length === filters.claims.length &&
    claims.every((id, i) => id === filters.claims[i]);
  if (same) return null;
  return {
    ...filters,
    cell: cell === null || cellNow === null ? null : { ...cell, claimId: cellNow },
    claims,
  };
}
