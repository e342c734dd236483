/** The DOM id of the matrix cell for a claim in an article: stable, so focus can return to it. */
export function cellElementId(claimId: string, articleId: string): string {
  return `matrix-cell-${claimId}~${articleId}`;
}
