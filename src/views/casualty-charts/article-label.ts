import type { Article, Corpus } from '../../corpus/schema.ts';

/**
 * Names an article by its outlet and id, "Wire Desk (article a1)", without repeating the id when the
 * outlet's name already carries it ("Unidentified outlet (article a3)"); an inferred outlet says so.
 */
export function articleLabel(corpus: Corpus, article: Pick<Article, 'id' | 'outletId'>): string {
  const outlet = corpus.outlets.find((o) => o.id === article.outletId);
  const name = outlet?.name ?? article.outletId;
  const inferred = outlet?.identification.how === 'inferred' ? ', inferred' : '';
  return name.includes(`article ${article.id}`)
    ? name
    : `${name} (article ${article.id}${inferred})`;
}
