import type { Article, Claim, Corpus, Evidence, Outlet, ReuseKind } from '../../corpus/schema.ts';
import { cellStance } from '../../filters/apply-filters.ts';
import type { CellStance, Filters } from '../../filters/filters.ts';
import { figureWords } from '../../wording/figure-wording.ts';
import { stanceWords } from '../shared/claim-words.ts';
import { articleLabel } from '../../wording/article-label.ts';
import { segmentArticle, type ArticleSegment, type TextMark } from './article-segments.ts';
import { creditLinks, originSummary, partnersOf, type CreditLink } from './shared-copy.ts';

/** Text this article shares with another one. */
export interface ReuseLink {
  otherArticle: Article;
  otherOutlet: Outlet | undefined;
  /** Share of this article's text found in the other (0 to 1). */
  share: number;
  kind: ReuseKind;
  /** How many passages the two share. */
  passages: number;
  /** The first passage, in the other article's text: where opening it starts. */
  firstInOther: { start: number; end: number } | null;
  /** The likely originals of the shared sentences, in words, each with how many sentences. */
  origins: { text: string; rows: number }[];
}

/** What the source reader shows for the open article. */
export interface ReaderModel {
  article: Article;
  outlet: Outlet | undefined;
  /** The matrix cell the reader was opened from, when its article is the open one. */
  cell: {
    claim: Claim;
    stance: CellStance;
    /** "attributes to Harbour Watch, hedged, machine-proposed". */
    summary: string;
    evidence: Evidence[];
  } | null;
  segments: ArticleSegment[];
  /** How many marks of each kind the text carries. */
  counts: Record<TextMark['kind'], number>;
  reuse: ReuseLink[];
  /** The credits to news agencies in the text, each with what it links to. */
  credits: CreditLink[];
  /** Why the requested highlight could not be shown, in words; null when fine. */
  highlightProblem: string | null;
}

/** The reuse between one article and the others, largest share first. */
export function reuseOf(corpus: Corpus, articleId: string): ReuseLink[] {
  const outlets = new Map(corpus.outlets.map((o) => [o.id, o]));
  return partnersOf(corpus, articleId)
    .map(({ other, reuse, passages }) => {
      const first = [...passages].sort((x, y) => x.other.start - y.other.start)[0];
      return {
        otherArticle: other,
        otherOutlet: outlets.get(other.outletId),
        share: reuse.articleA === articleId ? reuse.containmentAB : reuse.containmentBA,
        kind: reuse.kind,
        passages: passages.length,
        firstInOther: first ? first.other : null,
        origins: originSummary(corpus, articleId, other.id),
      };
    })
    .sort((a, b) => b.share - a.share);
}

/**
 * The open article (`filters.article`, else the open cell's) with its marks: the primary span is
 * `filters.highlight` when given, else the open cell's evidence; figures, dates and quotes are
 * marked too. Null when no article is open.
 */
export function buildReader(corpus: Corpus, filters: Filters): ReaderModel | null {
  const articleId = filters.article ?? filters.cell?.articleId ?? null;
  const article = corpus.articles.find((a) => a.id === articleId);
  if (!article) return null;
  const outlet = corpus.outlets.find((o) => o.id === article.outletId);

  let cell: ReaderModel['cell'] = null;
  const claim =
    filters.cell?.articleId === article.id
      ? corpus.claims.find((c) => c.id === filters.cell?.claimId)
      : undefined;
  if (claim) {
    const evidence = corpus.evidence
      .filter((e) => e.claimId === claim.id && e.articleId === article.id)
      .sort((a, b) =>
        a.origin === b.origin ? a.start - b.start : a.origin === 'reviewed' ? -1 : 1,
      );
    const stance = cellStance(evidence);
    const primary = evidence[0];
    const unread = corpus.diagnostics.some(
      (d) => d.code === 'language-not-read' && d.articleId === article.id,
    );
    const parts = [
      stance === 'not-reported' && unread
        ? 'not read by the machine'
        : stanceWords(stance, primary?.attributedTo ?? null),
    ];
    if (primary?.hedged) parts.push('hedged');
    if (primary) parts.push(primary.origin === 'auto' ? 'machine-proposed' : 'reviewed');
    cell = { claim, stance, summary: parts.join(', '), evidence };
  }

  const marks: TextMark[] = [];
  let highlightProblem: string | null = null;
  const { highlight } = filters;
  if (highlight && highlight.end > article.text.length) {
    highlightProblem = `The link asks to highlight characters ${highlight.start}–${highlight.end}, but article ${article.id} has ${article.text.length}.`;
  } else if (highlight) {
    marks.push({ kind: 'primary', ...highlight, note: 'the passage the link points to' });
  } else if (cell) {
    for (const e of cell.evidence) {
      marks.push({
        kind: 'primary',
        start: e.start,
        end: e.end,
        note: `evidence for “${cell.claim.statement}”`,
      });
    }
  }
  const people = new Map(corpus.people.map((p) => [p.id, p]));
  for (const f of corpus.figures) {
    if (f.articleId !== article.id) continue;
    const details = [f.outcome, f.attributedTo ? `according to ${f.attributedTo}` : null];
    marks.push({
      kind: 'figure',
      start: f.start,
      end: f.end,
      note: `figure: ${[figureWords(f), ...details].filter(Boolean).join(', ')}`,
    });
  }
  for (const d of corpus.dates) {
    if (d.articleId !== article.id) continue;
    marks.push({
      kind: 'date',
      start: d.start,
      end: d.end,
      note: `date: ${d.value}${d.valueEnd ? ` to ${d.valueEnd}` : ''}`,
    });
  }
  for (const q of corpus.quotes) {
    if (q.articleId !== article.id) continue;
    const speaker = q.speakerId ? people.get(q.speakerId) : undefined;
    marks.push({
      kind: 'quote',
      start: q.start,
      end: q.end,
      note: `quote: ${speaker ? `${speaker.name}${speaker.affiliation ? `, ${speaker.affiliation}` : ''}` : 'speaker not named'}`,
    });
  }
  for (const { other, reuse, passages } of partnersOf(corpus, article.id)) {
    const note = `shared with ${articleLabel(corpus, other)} (${reuse.kind === 'wire' ? 'wire' : 'spun'} copy)`;
    for (const p of passages) marks.push({ kind: 'shared', ...p.mine, note });
  }
  const credits = creditLinks(corpus, article.id);
  for (const { credit, formWords } of credits) {
    marks.push({
      kind: 'credit',
      start: credit.start,
      end: credit.end,
      note: `credit to ${credit.agency}: ${formWords}`,
    });
  }
  const counts: ReaderModel['counts'] = {
    primary: 0,
    figure: 0,
    date: 0,
    quote: 0,
    shared: 0,
    credit: 0,
  };
  for (const m of marks) counts[m.kind] += 1;

  return {
    article,
    outlet,
    cell,
    segments: segmentArticle(article, marks),
    counts,
    reuse: reuseOf(corpus, article.id),
    credits,
    highlightProblem,
  };
}

/** True for a URL that is safe to follow from the reader: http or https only. */
export function isWebUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}
