import type { Claim, Evidence, Figure } from '../corpus/schema.ts';

/** Roles a matrix cell may cite as the claim's count: a total, or a part the claim is about. */
const CITABLE = new Set<Figure['role']>(['total', 'part']);

/**
 * Whether a figure can stand for a claim's count: a total (or a part) of the claim's group and
 * outcome, for the claim's event when both name one. An account, a change, a ratio, a method
 * count or a wider count never does, nor a count of another group or outcome.
 */
export function citesClaim(claim: Claim, figure: Figure): boolean {
  const wanted = claim.figure;
  if (wanted === null || !CITABLE.has(figure.role)) return false;
  if (figure.group !== wanted.group) return false;
  if (wanted.outcome !== null && figure.outcome !== wanted.outcome) return false;
  return wanted.eventId === null || figure.eventId === null || figure.eventId === wanted.eventId;
}

/**
 * The figure an article cites for a claim that is a count: first one inside the words that carry
 * the claim, else one of the claim's event elsewhere in the article; null when none qualifies.
 * The page's matrix and its exports both ask this, so they never cite different figures.
 */
export function citedFigure(
  claim: Claim,
  evidence: readonly Evidence[],
  figures: readonly Figure[],
): { figure: Figure | null; inEvidence: boolean } {
  if (claim.figure === null || evidence.length === 0) return { figure: null, inEvidence: false };
  const fits = figures.filter((f) => citesClaim(claim, f));
  const inside = fits.find((f) => evidence.some((e) => f.start >= e.start && f.end <= e.end));
  if (inside) return { figure: inside, inEvidence: true };
  const eventId = claim.figure.eventId;
  const elsewhere = fits.find((f) => eventId !== null && f.eventId === eventId);
  return { figure: elsewhere ?? null, inEvidence: false };
}
