/** Items grouped by the article they belong to, each group in the items' order. */
export function groupByArticle<T extends { articleId: string }>(
  items: readonly T[],
): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const list = groups.get(item.articleId);
    if (list === undefined) groups.set(item.articleId, [item]);
    else list.push(item);
  }
  return groups;
}
