import type {
  Claim,
  Credit,
  Diagnostic,
  Discrepancy,
  Quote,
  Reuse,
  SourceGroup,
} from '../../schema.ts';
import { sentenceWords, tokenize } from '../compare-tokens.ts';
import { findDiscrepancies, type DiscrepancyArticle } from '../discrepancies.ts';
import type { Inputs } from '../load-inputs.ts';
import { findReuse, MAX_PARTNERS, sourceGroups, type ComparedArticle } from '../reuse.ts';
import { findCredits } from '../wire-credits.ts';
import type { Catalogue } from './catalogue.ts';
import type { Report } from './options.ts';
import type { Findings } from './order.ts';
import type { ArticlesRead } from './read-articles.ts';

/**
 * Stage 7, compare. Takes the articles read, the ordered findings, the claims and the catalogue;
 * gives what holds between articles: the copy they share (wire and spun), the independent source
 * groups that copy makes, the agencies each article credits, and where the articles disagree.
 */

/** The articles set side by side. */
export interface Comparison {
  reuse: Reuse[];
  sourceGroups: SourceGroup[];
  credits: Credit[];
  discrepancies: Discrepancy[];
  /** The articles that share copy with more partners than are listed. */
  diagnostics: Diagnostic[];
}

/** Compares the articles: copy between them, who they credit, and where they disagree. */
export function compareArticles(
  inputs: Inputs,
  catalogue: Catalogue,
  read: ArticlesRead,
  claims: Claim[],
  findings: Findings,
  report: Report,
): Comparison {
  report.progress({ stage: 'compare', done: 0, total: 1, label: 'Comparing articles' });
  const { work } = read;
  const { events, people } = catalogue;
  const diagnostics: Diagnostic[] = [];
  const quotesOf = new Map<string, Quote[]>();
  for (const q of findings.quotes) {
    const list = quotesOf.get(q.articleId);
    if (list === undefined) quotesOf.set(q.articleId, [q]);
    else list.push(q);
  }
  const compared: ComparedArticle[] = work.map((w) => {
    const quoted = quotesOf.get(w.input.id) ?? [];
    const tokens = tokenize(w.input.text, w.removed, quoted);
    return {
      id: w.input.id,
      text: w.input.text,
      tokens,
      sentences: sentenceWords(w.sentences, tokens),
    };
  });
  const reuse = findReuse(compared, (articleId, partners) =>
    diagnostics.push({
      level: 'info',
      code: 'reuse-capped',
      message: `shares copy with ${partners} articles; the ${MAX_PARTNERS} closest are listed`,
      articleId,
      start: null,
      end: null,
    }),
  );
  const groups = sourceGroups(
    work.map((w) => w.input.id),
    reuse,
  );
  const affiliationOf = new Map(
    people.flatMap((p) => (p.affiliation === null ? [] : [[p.name, p.affiliation] as const])),
  );
  const discrepancyArticles: DiscrepancyArticle[] = work.map((w) => ({
    id: w.input.id,
    sentences: w.sentences,
    attributions: w.attributions,
    headline: w.headline,
  }));
  const discrepancies = findDiscrepancies({
    articles: discrepancyArticles,
    evidence: findings.evidence,
    figures: findings.figures,
    quotes: findings.quotes,
    claims,
    events,
    people,
    book: catalogue.nameBook,
    affiliationOf,
  });
  report.log(`compared: ${reuse.length} reuse pairs, ${discrepancies.length} discrepancies`);
  return {
    reuse,
    sourceGroups: groups,
    credits: work.flatMap((w) => findCredits(w.input.id, w.input.text, w.removed, inputs.outlets)),
    discrepancies,
    diagnostics,
  };
}
