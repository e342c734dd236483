import { tokenize } from '../../corpus/pipeline/compare-tokens.ts';
import { segmentSentences } from '../../corpus/pipeline/segment.ts';
import { indexHolding } from '../../corpus/pipeline/spans.ts';
import type { Article, Corpus, Credit, CreditForm, Reuse, ReuseKind } from '../../corpus/schema.ts';
import { articleLabel } from '../../wording/article-label.ts';
import { wordDiff, type TextRange, type WordDiff } from './word-diff.ts';

/**
 * What two articles share, made visible: the shared passages aligned sentence by sentence with
 * the words that differ marked, where each copied sentence likely came from, and what the credits
 * to news agencies in an article link to. Pure: reads the corpus, returns data for the views.
 */

/** A passage two articles share, seen from one of them: `mine` in it, `other` in the partner. */
export interface SharedPassage {
  mine: TextRange;
  other: TextRange;
}

/** The passages of a reuse pair, seen from `articleId` (which must be one of the pair). */
export function passagesFrom(reuse: Reuse, articleId: string): SharedPassage[] {
  const mineIsA = reuse.articleA === articleId;
  return reuse.passages.map((p) => ({
    mine: mineIsA ? { start: p.startA, end: p.endA } : { start: p.startB, end: p.endB },
    other: mineIsA ? { start: p.startB, end: p.endB } : { start: p.startA, end: p.endA },
  }));
}

/** An article that shares text with another, with the reuse record and its passages. */
export interface Partner {
  other: Article;
  reuse: Reuse;
  passages: SharedPassage[];
}

/** Each article's partners, indexed once per corpus: the rules below ask for them often. */
const partnerIndex = new WeakMap<Corpus, Map<string, Partner[]>>();

/** Every article that shares text with `articleId`, with the reuse record and its passages. */
export function partnersOf(corpus: Corpus, articleId: string): Partner[] {
  let index = partnerIndex.get(corpus);
  if (!index) {
    index = new Map();
    const articles = new Map(corpus.articles.map((a) => [a.id, a]));
    for (const reuse of corpus.reuse) {
      for (const [id, otherId] of [
        [reuse.articleA, reuse.articleB],
        [reuse.articleB, reuse.articleA],
      ] as const) {
        const other = articles.get(otherId);
        if (!other) continue;
        const list = index.get(id) ?? [];
        index.set(id, list);
        list.push({ other, reuse, passages: passagesFrom(reuse, id) });
      }
    }
    partnerIndex.set(corpus, index);
  }
  return index.get(articleId) ?? [];
}

/** Shared words two sentences need in common to be paired (fewer when a sentence is shorter). */
const MIN_LINK_WORDS = 4;

const overlaps = (x: TextRange, y: TextRange) => x.start < y.end && y.start < x.end;

const sentenceCache = new WeakMap<Article, TextRange[]>();
/** The article's sentences, as the corpus build splits them. */
function sentencesOf(article: Article): TextRange[] {
  let sentences = sentenceCache.get(article);
  if (!sentences) {
    sentences = segmentSentences(article.text, article.removed).map(({ start, end }) => ({
      start,
      end,
    }));
    sentenceCache.set(article, sentences);
  }
  return sentences;
}

/** Indices of the sentences that hold some of `range`. */
function sentencesIn(sentences: readonly TextRange[], range: TextRange): number[] {
  return sentences.flatMap((s, i) => (overlaps(s, range) ? [i] : []));
}

const wordsIn = (text: string, range: TextRange) =>
  tokenize(text.slice(range.start, range.end), [], []).map((t) => ({
    norm: t.norm,
    at: t.start + range.start,
  }));

/** Who likely wrote a copied passage first, by a stated rule; `unknown` when the corpus cannot tell. */
export type LikelyOrigin =
  | { kind: 'wire-outlet'; article: Article }
  | {
      kind: 'credit';
      agency: string;
      /** The credits that name it, in articles that carry the passage. */
      credits: Credit[];
    }
  | { kind: 'earliest'; article: Article; dated: number }
  | { kind: 'unknown'; reason: string };

/** One article that carries a passage, and where. */
interface Carrier {
  article: Article;
  ranges: TextRange[];
}

/**
 * The likely original of a passage that articles share: the article of a wire agency that
 * carries it; else the one agency that the articles carrying it credit (for their whole copy, or
 * for that sentence); else the earliest of those articles when all are dated and one is first;
 * else not known. The articles carrying it are the two compared and any other that shares the same
 * words with either.
 */
export function likelyOrigin(corpus: Corpus, carriers: readonly Carrier[]): LikelyOrigin {
  const all = new Map<string, Carrier>();
  const add = (carrier: Carrier) => {
    const known = all.get(carrier.article.id);
    if (known) known.ranges.push(...carrier.ranges);
    else all.set(carrier.article.id, { article: carrier.article, ranges: [...carrier.ranges] });
  };
  carriers.forEach(add);
  // One step further: articles sharing these very words with one of the carriers.
  for (const carrier of carriers) {
    for (const { other, passages } of partnersOf(corpus, carrier.article.id)) {
      const ranges = passages
        .filter((p) => carrier.ranges.some((r) => overlaps(p.mine, r)))
        .map((p) => p.other);
      if (ranges.length > 0) add({ article: other, ranges });
    }
  }
  const list = [...all.values()].sort((a, b) => (a.article.id < b.article.id ? -1 : 1));
  const kindOf = (outletId: string) => corpus.outlets.find((o) => o.id === outletId)?.kind;
  const wires = list.filter((c) => kindOf(c.article.outletId) === 'wire');
  if (wires.length === 1 && wires[0]) return { kind: 'wire-outlet', article: wires[0].article };

  const credits = list.flatMap((c) =>
    corpus.credits.filter(
      (credit) =>
        credit.articleId === c.article.id &&
        (credit.scope === 'article' ||
          (credit.scope === 'sentence' && c.ranges.some((r) => overlaps(r, credit)))),
    ),
  );
  const agencies = [...new Set(credits.map((c) => c.agency))];
  if (wires.length > 1) {
    return {
      kind: 'unknown',
      reason: `several wire agencies’ articles carry these words (${wires.map((w) => articleLabel(corpus, w.article)).join(', ')})`,
    };
  }
  if (agencies.length === 1 && agencies[0] !== undefined) {
    return { kind: 'credit', agency: agencies[0], credits };
  }
  if (agencies.length > 1) {
    return {
      kind: 'unknown',
      reason: `the articles that carry these words credit several agencies (${agencies.join(', ')})`,
    };
  }
  const dated = list.filter((c) => c.article.published !== null);
  const none = 'no article that carries these words is from a wire agency or credits one';
  if (dated.length < list.length) {
    return {
      kind: 'unknown',
      reason: `${none}, and ${dated.length === 0 ? 'none of them is dated' : 'not all of them are dated'}`,
    };
  }
  const days = dated.map((c) => c.article.published ?? '').sort();
  const first = dated.find((c) => c.article.published === days[0]);
  if (days[0] === days[1] || !first) {
    return { kind: 'unknown', reason: `${none}, and the earliest date is shared by two of them` };
  }
  return { kind: 'earliest', article: first.article, dated: dated.length };
}

/**
 * The likely original in words, for the page and its exports alike. `compared` are the articles
 * on screen, the first of them the open one ("this article"): an article beyond them that the
 * rule relied on is said to carry the words too.
 */
export function originWords(
  corpus: Corpus,
  origin: LikelyOrigin,
  compared: readonly string[],
): string {
  const name = (article: Article) =>
    article.id === compared[0] ? 'this article' : articleLabel(corpus, article);
  const also = (article: Article) =>
    compared.includes(article.id) ? '' : ', which carries these words too,';
  switch (origin.kind) {
    case 'wire-outlet':
      return `${name(origin.article)}, a wire agency’s article${compared.includes(origin.article.id) ? '' : ' that carries these words too'}`;
    case 'credit': {
      // A credit for the whole copy says more than a sentence sourced to the agency.
      const first = origin.credits.find((c) => c.scope === 'article') ?? origin.credits[0];
      const article = corpus.articles.find((a) => a.id === first?.articleId);
      const by = article ? `${name(article)}${also(article)}` : 'an article';
      return `${origin.agency} — ${by} credits it: “${first?.quote ?? ''}”`;
    }
    case 'earliest':
      return `${name(origin.article)}, published ${origin.article.published ?? ''}, the earliest of the ${origin.dated} articles that carry these words`;
    case 'unknown':
      return `not known: ${origin.reason}`;
  }
}

/** One row of a comparison: a sentence (or a few) of each article that share words. */
export interface SharedSentences {
  /** The open article's sentences and the partner's, compared word by word. */
  diff: WordDiff;
  /** The shared passages that lie in these sentences, in the open article. */
  passages: SharedPassage[];
  origin: LikelyOrigin;
  /** The likely original, in words. */
  originText: string;
}

/** Two articles' shared text, side by side: the open article (`mine`) and its partner. */
export interface SharedCopy {
  mine: Article;
  other: Article;
  mineLabel: string;
  otherLabel: string;
  kind: ReuseKind;
  /** Share of each article's text found in the other (0 to 1). */
  shareMine: number;
  shareOther: number;
  rows: SharedSentences[];
}

/**
 * The text `articleId` shares with `otherId`, aligned sentence by sentence: the sentences that
 * hold each shared passage are paired with the partner's sentences that hold the same words (a
 * sentence split in two in the other article joins its pair), then compared word by word. Null
 * when the two share no text.
 */
export function sharedCopy(corpus: Corpus, articleId: string, otherId: string): SharedCopy | null {
  const partner = partnersOf(corpus, articleId).find((p) => p.other.id === otherId);
  const mine = corpus.articles.find((a) => a.id === articleId);
  if (!partner || !mine) return null;
  const { other, reuse, passages } = partner;
  const rows = alignRows(corpus, mine, other, passages).map((row) => ({
    diff: wordDiff(mine.text, row.rangesMine, other.text, row.rangesOther),
    passages: row.passages,
    origin: row.origin,
    originText: row.originText,
  }));
  const mineIsA = reuse.articleA === articleId;
  return {
    mine,
    other,
    mineLabel: articleLabel(corpus, mine),
    otherLabel: articleLabel(corpus, other),
    kind: reuse.kind,
    shareMine: mineIsA ? reuse.containmentAB : reuse.containmentBA,
    shareOther: mineIsA ? reuse.containmentBA : reuse.containmentAB,
    rows,
  };
}

/**
 * The likely originals of what two articles share, sentence by sentence, each with how many rows
 * of the comparison it is, most first. The comparison's own rule, without comparing the words.
 */
export function originSummary(
  corpus: Corpus,
  articleId: string,
  otherId: string,
): { text: string; rows: number }[] {
  const partner = partnersOf(corpus, articleId).find((p) => p.other.id === otherId);
  const mine = corpus.articles.find((a) => a.id === articleId);
  if (!partner || !mine) return [];
  const counts = new Map<string, number>();
  for (const row of alignRows(corpus, mine, partner.other, partner.passages)) {
    counts.set(row.originText, (counts.get(row.originText) ?? 0) + 1);
  }
  return [...counts.entries()]
    .map(([text, rows]) => ({ text, rows }))
    .sort((a, b) => b.rows - a.rows || (a.text < b.text ? -1 : 1));
}

interface AlignedRow {
  rangesMine: TextRange[];
  rangesOther: TextRange[];
  passages: SharedPassage[];
  origin: LikelyOrigin;
  originText: string;
}

/** The rows of a comparison, in the open article's order, before their words are compared. */
function alignRows(
  corpus: Corpus,
  mine: Article,
  other: Article,
  passages: readonly SharedPassage[],
): AlignedRow[] {
  const sentencesMine = sentencesOf(mine);
  const sentencesOther = sentencesOf(other);

  // Sentences are linked where a passage's words sit in both; linked sentences form one row.
  const parent = new Map<string, string>();
  const find = (key: string): string => {
    let root = key;
    while (parent.has(root) && parent.get(root) !== root) root = parent.get(root) ?? root;
    parent.set(key, root);
    return root;
  };
  const link = (m: number, o: number) => {
    const a = find(`m${m}`);
    const b = find(`o${o}`);
    if (a !== b) parent.set(b, a);
  };
  const counted = new Map<TextRange, number>();
  const wordCount = (article: Article, range: TextRange | undefined) => {
    if (!range) return 0;
    let n = counted.get(range);
    if (n === undefined) {
      n = wordsIn(article.text, range).length;
      counted.set(range, n);
    }
    return n;
  };
  const passageRows: { passage: SharedPassage; sentences: string[] }[] = [];
  for (const passage of passages) {
    const wordsMine = wordsIn(mine.text, passage.mine);
    const wordsOther = wordsIn(other.text, passage.other);
    // How many of the passage's words each pair of sentences holds.
    const weights = new Map<string, { m: number; o: number; words: number }>();
    const count = (m: number, o: number, words: number) => {
      const key = `${m}:${o}`;
      const known = weights.get(key);
      if (known) known.words += words;
      else weights.set(key, { m, o, words });
    };
    const verbatim =
      wordsMine.length === wordsOther.length &&
      wordsMine.every((w, k) => w.norm === wordsOther[k]?.norm);
    if (verbatim) {
      wordsMine.forEach((w, k) => {
        const at = wordsOther[k]?.at ?? 0;
        // Words between sentences (-1) pair none.
        const m = indexHolding(sentencesMine, w.at);
        const o = indexHolding(sentencesOther, at);
        if (m >= 0 && o >= 0) count(m, o, 1);
      });
    } else {
      // Reworded copy comes sentence by sentence: the passage is the sentences themselves.
      for (const m of sentencesIn(sentencesMine, passage.mine)) {
        for (const o of sentencesIn(sentencesOther, passage.other)) count(m, o, Infinity);
      }
    }
    const keys = new Set<string>();
    for (const { m, o, words } of weights.values()) {
      // A run that spills a word or two into the next sentence does not pair that sentence.
      const needed = Math.min(
        MIN_LINK_WORDS,
        wordCount(mine, sentencesMine[m]),
        wordCount(other, sentencesOther[o]),
      );
      if (words < needed) continue;
      link(m, o);
      keys.add(`m${m}`).add(`o${o}`);
    }
    passageRows.push({ passage, sentences: [...keys] });
  }

  const groups = new Map<string, { mine: number[]; other: number[] }>();
  for (const key of parent.keys()) {
    const root = find(key);
    const group = groups.get(root) ?? { mine: [], other: [] };
    groups.set(root, group);
    const index = Number(key.slice(1));
    (key.startsWith('m') ? group.mine : group.other).push(index);
  }
  return [...groups.entries()]
    .map(([root, group]): AlignedRow => {
      const m = [...new Set(group.mine)].sort((x, y) => x - y);
      const o = [...new Set(group.other)].sort((x, y) => x - y);
      const rangesMine = m.flatMap((i) => sentencesMine[i] ?? []);
      const rangesOther = o.flatMap((i) => sentencesOther[i] ?? []);
      const inRow = passageRows
        .filter((p) => p.sentences.some((key) => find(key) === root))
        .map((p) => p.passage);
      const origin = likelyOrigin(corpus, [
        { article: mine, ranges: inRow.map((p) => p.mine) },
        { article: other, ranges: inRow.map((p) => p.other) },
      ]);
      return {
        rangesMine,
        rangesOther,
        passages: inRow,
        origin,
        originText: originWords(corpus, origin, [mine.id, other.id]),
      };
    })
    .sort((x, y) => (x.rangesMine[0]?.start ?? 0) - (y.rangesMine[0]?.start ?? 0));
}

const FORM_WORDS: Record<CreditForm, string> = {
  contributed: 'a contributor line',
  dateline: 'a dateline',
  'sign-off': 'a sign-off',
  with: 'a “with” credit',
  'according-to': 'a sentence sourced to the agency',
  told: 'a sentence sourced to the agency',
  photo: 'a photo credit',
};

/** A credit in the open article and what it links to in the corpus. */
export interface CreditLink {
  credit: Credit;
  /** "a contributor line", "a dateline", "a photo credit"… */
  formWords: string;
  /** What the credit is and covers, in words: "a contributor line crediting Reuters with copy in this article". */
  covers: string;
  /** Articles that likely carry the agency's copy: those sharing the words the credit covers. */
  copies: { article: Article; label: string; kind: ReuseKind }[];
  /** The agency's own articles in the corpus, when it is an outlet here. */
  agencyArticles: { article: Article; label: string }[];
}

/**
 * The credits in an article, each linked to the agency's copy in the corpus: for a credit of the
 * article's copy, every article that shares text with it; for a sentence sourced to an agency,
 * the articles that share that sentence; a photo credit covers a picture and links to no text.
 */
export function creditLinks(corpus: Corpus, articleId: string): CreditLink[] {
  const article = corpus.articles.find((a) => a.id === articleId);
  if (!article) return [];
  const partners = partnersOf(corpus, articleId);
  const sentences = sentencesOf(article);
  const rank: Record<Credit['scope'], number> = { article: 0, sentence: 1, photo: 2 };
  return (
    corpus.credits
      .filter((c) => c.articleId === articleId)
      // A credit for the article's copy first: it says the most about where the words came from.
      .sort((a, b) => rank[a.scope] - rank[b.scope] || a.start - b.start)
      .map((credit) => {
        let covered: SharedPassage[][] = [];
        let covers: string;
        if (credit.scope === 'article') {
          covered = partners.map((p) => p.passages);
          covers = `${FORM_WORDS[credit.form]} crediting ${credit.agency} with copy in this article`;
        } else if (credit.scope === 'sentence') {
          const held = sentencesIn(sentences, credit);
          const range =
            held.length > 0
              ? {
                  start: sentences[held[0] ?? 0]?.start ?? credit.start,
                  end: sentences[held.at(-1) ?? 0]?.end ?? credit.end,
                }
              : credit;
          covered = partners.map((p) => p.passages.filter((s) => overlaps(s.mine, range)));
          covers = `one sentence sourced to ${credit.agency}, not the whole article`;
        } else {
          covers = `a photo credit to ${credit.agency}: where a picture came from, not the words`;
        }
        const copies = partners.flatMap((p, i) =>
          (covered[i]?.length ?? 0) > 0
            ? [{ article: p.other, label: articleLabel(corpus, p.other), kind: p.reuse.kind }]
            : [],
        );
        const agencyArticles =
          credit.outletId === null
            ? []
            : corpus.articles
                .filter((a) => a.outletId === credit.outletId && a.id !== articleId)
                .map((a) => ({ article: a, label: articleLabel(corpus, a) }));
        return { credit, formWords: FORM_WORDS[credit.form], covers, copies, agencyArticles };
      })
  );
}
