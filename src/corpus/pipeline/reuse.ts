import type { Reuse } from '../schema.ts';
import type { ComparedArticle } from './reuse/shared.ts';
import { findSpunCopy } from './reuse/spun-copy.ts';
import { findWireCopy } from './reuse/wire-copy.ts';

/**
 * Text two articles share, and the independent sources it leaves. Each job has its own module in
 * `reuse/`: wire copy (long verbatim runs, `wire-copy.ts`), spun copy (the same sentence with words
 * swapped, `spun-copy.ts`) and source groups (`source-groups.ts`). This one runs the two finders,
 * keeps each article's closest partners and orders the pairs.
 */

export type { ComparedArticle } from './reuse/shared.ts';
export { sourceGroups } from './reuse/source-groups.ts';

/** Reuse partners listed per article at most (the closest ones). */
export const MAX_PARTNERS = 10;

/**
 * Wire and spun copy between every pair of articles that share any: containment both ways and the
 * passages, verbatim, with offsets in both articles. Pairs are ordered by article id.
 */
export function findReuse(
  articles: readonly ComparedArticle[],
  /** Told of each article whose partners were cut to the closest `MAX_PARTNERS`, with how many it had. */
  onCapped: (articleId: string, partners: number) => void = () => {},
): Reuse[] {
  // A pair with wire copy is not looked at again for spun copy: the verbatim runs say more.
  const wire = findWireCopy(articles);
  const spun = findSpunCopy(articles, new Set(wire.keys()));
  const reuse = [...wire.values(), ...spun.values()];

  // When one story is copied everywhere, every pair shares copy and listing them all would grow
  // with the square of the articles: each article keeps its closest partners, and a pair stays
  // when either side keeps it.
  const partners = new Map<string, Reuse[]>();
  for (const r of reuse) {
    for (const id of [r.articleA, r.articleB]) {
      const list = partners.get(id);
      if (list === undefined) partners.set(id, [r]);
      else list.push(r);
    }
  }
  const kept = new Set<Reuse>();
  for (const [id, list] of partners) {
    const closeness = (r: Reuse) => Math.max(r.containmentAB, r.containmentBA);
    list.sort(
      (x, y) =>
        closeness(y) - closeness(x) || (x.articleA + x.articleB < y.articleA + y.articleB ? -1 : 1),
    );
    for (const r of list.slice(0, MAX_PARTNERS)) kept.add(r);
    if (list.length > MAX_PARTNERS) onCapped(id, list.length);
  }

  return [...kept].sort((x, y) =>
    x.articleA < y.articleA
      ? -1
      : x.articleA > y.articleA
        ? 1
        : x.articleB < y.articleB
          ? -1
          : x.articleB > y.articleB
            ? 1
            : 0,
  );
}
