import type { Reuse, SourceGroup } from '../../schema.ts';

/**
 * Independent sources: which articles are one source printed under several names. Articles linked
 * by wire or spun copy, directly or through others, form one group, found with a union-find over
 * the reuse pairs (the smaller id is the root), so the work grows with the pairs.
 */

/**
 * The independent sources among `articleIds`: articles linked by reuse, directly or through
 * others, form one group. Every article is in exactly one group; groups are ordered by their first
 * article id.
 */
export function sourceGroups(
  articleIds: readonly string[],
  reuse: readonly Reuse[],
): SourceGroup[] {
  const parent = new Map(articleIds.map((id) => [id, id]));
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root) ?? root;
    let node = id;
    while (node !== root) {
      const next = parent.get(node) ?? root;
      parent.set(node, root);
      node = next;
    }
    return root;
  };
  for (const r of reuse) {
    const a = find(r.articleA);
    const b = find(r.articleB);
    if (a !== b) parent.set(a < b ? b : a, a < b ? a : b);
  }
  const groups = new Map<string, string[]>();
  for (const id of [...articleIds].sort()) {
    const root = find(id);
    const list = groups.get(root);
    if (list === undefined) groups.set(root, [id]);
    else list.push(id);
  }
  return [...groups.values()]
    .map((ids) => ({ id: `source-${ids[0] ?? ''}`, articleIds: ids }))
    .sort((x, y) => ((x.articleIds[0] ?? '') < (y.articleIds[0] ?? '') ? -1 : 1));
}
