import type { Article, Corpus } from '../corpus/schema.ts';

/** An article's label in two parts, for drawings that set them on two lines. */
export interface ArticleLabelParts {
  /** The outlet's name without any "(article …)" it carries: "VICE News", "Unidentified outlet". */
  outlet: string;
  /** Which article, and how the outlet is known when it is only inferred: "article 001, inferred". */
  detail: string;
}

/** Whether an outlet is named from its own words (`stated`), guessed (`inferred`) or unknown. */
function identification(corpus: Corpus, outletId: string) {
  return corpus.outlets.find((o) => o.id === outletId)?.identification.how ?? 'unknown';
}

/** The outlet and the article, on two lines: "VICE News" / "article 001, inferred". */
export function articleLabelParts(
  corpus: Corpus,
  article: Pick<Article, 'id' | 'outletId'>,
): ArticleLabelParts {
  const name = corpus.outlets.find((o) => o.id === article.outletId)?.name ?? article.outletId;
  const inferred = identification(corpus, article.outletId) === 'inferred' ? ', inferred' : '';
  return {
    outlet: name.replace(/ \(article [^)]*\)$/, ''),
    detail: `article ${article.id}${inferred}`,
  };
}

interface LabelOptions {
  /**
   * Say ", inferred" when the outlet is only inferred (default). Off where the label sits beside
   * a mark that already says how each outlet is known (the matrix's column headers).
   */
  identity?: boolean;
  /**
   * `short` names the outlet alone when it has only one article in the corpus ("VICE News"), for
   * sentences that name several; an outlet with several articles, or an unidentified one, keeps
   * its article ("Unidentified outlet (article 002)").
   */
  form?: 'full' | 'short';
}

/**
 * Names an article by its outlet and id, "Wire Desk (article a1)", without repeating the id when the
 * outlet's name already carries it ("Unidentified outlet (article a3)"); an inferred outlet says so
 * ("VICE News (article 001, inferred)"). Every view and export names articles with this.
 */
export function articleLabel(
  corpus: Corpus,
  article: Pick<Article, 'id' | 'outletId'>,
  options: LabelOptions = {},
): string {
  const name = corpus.outlets.find((o) => o.id === article.outletId)?.name ?? article.outletId;
  if (name.includes(`article ${article.id}`)) return name;
  if (options.form === 'short') {
    const articles = corpus.articles.filter((a) => a.outletId === article.outletId).length;
    if (articles <= 1) return name;
  }
  const inferred =
    options.identity !== false && identification(corpus, article.outletId) === 'inferred'
      ? ', inferred'
      : '';
  return `${name} (article ${article.id}${inferred})`;
}
