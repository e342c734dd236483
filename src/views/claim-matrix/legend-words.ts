/**
 * The legend's words for the rules the matrix and its exports share, in one place: how sources are
 * counted, what the totals line says, and how the machine that proposes links was measured.
 */

/** How independent sources are counted for a claim (`claimSources`). */
export const SOURCES_RULE =
  'independent sources: two articles count once for a claim when the passages that carry it in both lie in copy they share (wire or spun)';

/** What the totals line of a count claim says (`gradeTotals`). */
export const TOTALS_RULE =
  'the range of the totals the claim’s sources cite, and the lowest of them (the conservative figure); only totals, and a vague amount such as “hundreds” never as a number';

/**
 * How the machine was measured, said once instead of marking every machine-proposed link: the
 * stance-agreement figures of the README's "How good the machine is", machine alone.
 */
export const MACHINE_MEASURED =
  'Links without a tick are the machine’s proposals. Measured against a curator’s annotation, the machine’s stance agrees on 99% of passages in the bundled five articles (the ones its rules were written from, so this flatters it) and on 72–89% in 48 articles about four other stories.';
