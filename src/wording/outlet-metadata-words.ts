import type { Outlet } from '../corpus/schema.ts';

/**
 * What names an outlet from outside its articles' words, one phrase each: where it was given, the
 * value exactly, the article, and why it counts. The phrase says the words are not the article's,
 * so a reader never looks for them in the text.
 */
export function outletMetadataWords(outlet: Pick<Outlet, 'identification'>): string[] {
  return (outlet.identification.metadata ?? []).map(
    (m) =>
      `${m.field} “${m.value}” (article ${m.articleId}; from outside the article’s words): ${m.note}`,
  );
}
