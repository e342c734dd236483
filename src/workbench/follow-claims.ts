import { claimAfter, type AppliedDecisions } from '../curation/apply-decisions.ts';
import type { Filters } from '../filters/filters.ts';

/**
 * The view after a curator's decisions moved claims: the open cell and the claims filter follow a
 * proposal made curated (a new id) or a claim merged into another, and let go of a dropped one,
 * so confirming a claim from its cell keeps that cell open. Null when nothing the view names moved.
 */
export function filtersAfterMoves(
  filters: Filters,
  moved: AppliedDecisions['moved'],
): Filters | null {
  const { cell } = filters;
  const cellMoves = cell !== null && moved.has(cell.claimId);
  const listMoves = filters.claims.some((id) => moved.has(id));
  if (!cellMoves && !listMoves) return null;
  const after = cell === null ? null : claimAfter(moved, cell.claimId);
  const claims = [...new Set(filters.claims.flatMap((id) => claimAfter(moved, id) ?? []))];
  return {
    ...filters,
    cell: cell === null || after === null ? null : { ...cell, claimId: after },
    claims,
  };
}
