import type { Evidence, Reuse } from '../../corpus/schema.ts';

/** A passage that carries a claim in one article: where, not what it says. */
export type ClaimPassage = Pick<Evidence, 'articleId' | 'start' | 'end'>;

const overlaps = (passage: ClaimPassage, start: number, end: number) =>
  passage.start < end && start < passage.end;

/**
 * The independent sources of one claim: groups of the articles whose passages carry it. Two
 * articles are one source for the claim when a passage of it in each lies in (overlaps) the two
 * sides of one passage of copy they share (wire or spun, from the corpus's reuse); the groups then
 * join up through such links. Articles that share copy elsewhere, but not where they carry the
 * claim, are independent for it. Each group's ids are sorted, the groups by their first id.
 */
export function claimSources(
  passages: readonly ClaimPassage[],
  reuse: readonly Reuse[],
): string[][] {
  const byArticle = new Map<string, ClaimPassage[]>();
  for (const p of passages) {
    const list = byArticle.get(p.articleId);
    if (list === undefined) byArticle.set(p.articleId, [p]);
    else list.push(p);
  }
  const parent = new Map([...byArticle.keys()].map((id) => [id, id]));
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root) ?? root;
    parent.set(id, root);
    return root;
  };
  for (const r of reuse) {
    const inA = byArticle.get(r.articleA);
    const inB = byArticle.get(r.articleB);
    if (inA === undefined || inB === undefined) continue;
    const a = find(r.articleA);
    const b = find(r.articleB);
    if (a === b) continue;
    const shared = r.passages.some(
      (p) =>
        inA.some((e) => overlaps(e, p.startA, p.endA)) &&
        inB.some((e) => overlaps(e, p.startB, p.endB)),
    );
    if (shared) parent.set(a < b ? b : a, a < b ? a : b);
  }
  const groups = new Map<string, string[]>();
  for (const id of [...byArticle.keys()].sort()) {
    const root = find(id);
    const list = groups.get(root);
    if (list === undefined) groups.set(root, [id]);
    else list.push(id);
  }
  return [...groups.values()].sort((x, y) => ((x[0] ?? '') < (y[0] ?? '') ? -1 : 1));
}

/**
 * The reuse records that touch any of the given articles, so a claim is compared only against the
 * copy its own articles share (the matrix asks this once per claim).
 */
export function reuseIndex(reuse: readonly Reuse[]): (articleIds: Iterable<string>) => Reuse[] {
  const byArticle = new Map<string, Reuse[]>();
  for (const r of reuse) {
    for (const id of [r.articleA, r.articleB]) {
      const list = byArticle.get(id);
      if (list === undefined) byArticle.set(id, [r]);
      else list.push(r);
    }
  }
  return (articleIds) => {
    const found = new Set<Reuse>();
    for (const id of articleIds) for (const r of byArticle.get(id) ?? []) found.add(r);
    return [...found];
  };
}
