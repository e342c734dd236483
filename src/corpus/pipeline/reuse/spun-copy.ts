import type { Reuse } from '../../schema.ts';
import { pairKey, postingPairs, share, type ComparedArticle } from './shared.ts';

/**
 * Spun copy: the same sentence with words swapped, as a rewriter makes it to pass a copy off as
 * new. Found by aligning sentences of different articles that share rare words: their content
 * words must mostly agree while keeping the sentence's length and order, and they must not be the
 * same words verbatim (that is wire copy) nor both quotations (a reworded quote is its own finding).
 */

/** Content-word overlap (Jaccard) from which two sentences count as one sentence reworded. */
const SPUN_SIMILARITY = 0.5;
/** Content words a sentence needs before its rewording can be told from a coincidence. */
const SPUN_MIN_WORDS = 8;
/** Spun sentences keep their length: the shorter has at least this share of the longer's words. */
const SPUN_LENGTH_RATIO = 0.8;
/** …and their order: this share of the longer's words appear in the same order in the other. */
const SPUN_ORDER_SIMILARITY = 0.6;
/** Sentences longer than this are not aligned word by word (the cost is their product). */
const MAX_ALIGN_WORDS = 120;
/** Rare words per sentence used to find sentences to align with. */
const RARE_PER_SENTENCE = 4;
/** A word in more sentences than this is too common to find alignments with. */
const MAX_SENTENCE_POSTINGS = 200;

/** Length of the longest common subsequence of two word lists (words kept in order, gaps allowed). */
function commonSubsequence(a: readonly string[], b: readonly string[]): number {
  if (a.length > MAX_ALIGN_WORDS || b.length > MAX_ALIGN_WORDS) return 0;
  let previous = new Uint16Array(b.length + 1);
  let current = new Uint16Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      current[j] =
        a[i - 1] === b[j - 1]
          ? (previous[j - 1] ?? 0) + 1
          : Math.max(previous[j] ?? 0, current[j - 1] ?? 0);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length] ?? 0;
}

function jaccard(x: ReadonlySet<string>, y: ReadonlySet<string>): number {
  let both = 0;
  for (const w of x) if (y.has(w)) both += 1;
  const either = x.size + y.size - both;
  return either === 0 ? 0 : both / either;
}

/** Two sentences of different articles that say the same with different words. */
export interface AlignedSentences {
  a: number;
  sentenceA: number;
  b: number;
  sentenceB: number;
  similarity: number;
}

/**
 * Pairs of sentences from different articles whose content words mostly agree but are not the
 * same words in the same order. Candidates come from an index of each sentence's rarest shared
 * words, so the work grows with the number of sentences, not with its square.
 */
export function alignSentences(articles: readonly ComparedArticle[]): AlignedSentences[] {
  // How many distinct sentences hold each word. Verbatim copies of a sentence count once, so wire
  // copy shared by two articles does not hide a third that spun the same sentence.
  const documentFrequency = new Map<string, number>();
  const distinct = new Set<string>();
  for (const article of articles) {
    for (const s of article.sentences) {
      const key = s.tokens.map((t) => t.norm).join(' ');
      if (distinct.has(key)) continue;
      distinct.add(key);
      for (const w of s.words) documentFrequency.set(w, (documentFrequency.get(w) ?? 0) + 1);
    }
  }
  const postings = new Map<string, { a: number; s: number }[]>();
  articles.forEach((article, a) =>
    article.sentences.forEach((sentence, s) => {
      if (sentence.words.size < SPUN_MIN_WORDS) return;
      const rare = [...sentence.words]
        .filter((w) => (documentFrequency.get(w) ?? 0) >= 2)
        .sort(
          (x, y) =>
            (documentFrequency.get(x) ?? 0) - (documentFrequency.get(y) ?? 0) || (x < y ? -1 : 1),
        )
        .slice(0, RARE_PER_SENTENCE);
      for (const w of rare) {
        const list = postings.get(w);
        if (list === undefined) postings.set(w, [{ a, s }]);
        else list.push({ a, s });
      }
    }),
  );
  const seen = new Set<string>();
  const aligned: AlignedSentences[] = [];
  for (const list of postings.values()) {
    for (const [x, y] of postingPairs(list.length, MAX_SENTENCE_POSTINGS)) {
      const p = list[x];
      const q = list[y];
      if (p === undefined || q === undefined || p.a === q.a) continue;
      const [first, second] = p.a < q.a ? [p, q] : [q, p];
      const key = `${first.a}:${first.s}:${second.a}:${second.s}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const sa = articles[first.a]?.sentences[first.s];
      const sb = articles[second.a]?.sentences[second.s];
      if (sa === undefined || sb === undefined) continue;
      const similarity = jaccard(sa.words, sb.words);
      if (similarity < SPUN_SIMILARITY) continue;
      const wordsA = sa.tokens.map((t) => t.norm);
      const wordsB = sb.tokens.map((t) => t.norm);
      const joinedA = wordsA.join(' ');
      const joinedB = wordsB.join(' ');
      if (joinedA.includes(joinedB) || joinedB.includes(joinedA)) continue;
      // Spinning swaps words one for one and keeps the sentence's order and length; two outlets
      // retelling one fact independently reorder it and add or drop clauses.
      const longer = Math.max(wordsA.length, wordsB.length);
      if (Math.min(wordsA.length, wordsB.length) / longer < SPUN_LENGTH_RATIO) continue;
      if (commonSubsequence(wordsA, wordsB) / longer < SPUN_ORDER_SIMILARITY) continue;
      aligned.push({
        a: first.a,
        sentenceA: first.s,
        b: second.a,
        sentenceB: second.s,
        similarity,
      });
    }
  }
  return aligned.sort(
    (x, y) => x.a - y.a || x.b - y.b || x.sentenceA - y.sentenceA || x.sentenceB - y.sentenceB,
  );
}

/**
 * Spun copy between every pair of articles not in `skip` (the pairs already found as wire copy):
 * containment both ways and the aligned sentences as passages, with offsets in both articles.
 * Keyed by `pairKey` of the two articles' indexes, in the order the pairs are found; the earlier
 * article of the list is `articleA`.
 */
export function findSpunCopy(
  articles: readonly ComparedArticle[],
  skip: ReadonlySet<string>,
): Map<string, Reuse> {
  // Aligned sentences that are not both quotations (a reworded quote is its own finding).
  const candidatesByPair = new Map<string, AlignedSentences[]>();
  for (const pair of alignSentences(articles)) {
    const sa = articles[pair.a]?.sentences[pair.sentenceA];
    const sb = articles[pair.b]?.sentences[pair.sentenceB];
    if (sa === undefined || sb === undefined) continue;
    if (sa.quotedShare >= 0.5 && sb.quotedShare >= 0.5) continue;
    const key = pairKey(pair.a, pair.b);
    if (skip.has(key)) continue;
    const list = candidatesByPair.get(key);
    if (list === undefined) candidatesByPair.set(key, [pair]);
    else list.push(pair);
  }
  const spun = new Map<string, Reuse>();
  for (const [key, candidates] of candidatesByPair) {
    // Each sentence aligns with at most one other (the most similar), so containment stays a share.
    const usedA = new Set<number>();
    const usedB = new Set<number>();
    const pairsOfSentences = [...candidates]
      .sort(
        (x, y) =>
          y.similarity - x.similarity || x.sentenceA - y.sentenceA || x.sentenceB - y.sentenceB,
      )
      .filter((pair) => {
        if (usedA.has(pair.sentenceA) || usedB.has(pair.sentenceB)) return false;
        usedA.add(pair.sentenceA);
        usedB.add(pair.sentenceB);
        return true;
      })
      .sort((x, y) => x.sentenceA - y.sentenceA || x.sentenceB - y.sentenceB);
    const first = pairsOfSentences[0];
    if (first === undefined) continue;
    const A = articles[first.a];
    const B = articles[first.b];
    if (A === undefined || B === undefined) continue;
    let coveredA = 0;
    let coveredB = 0;
    const passages = pairsOfSentences.map((pair) => {
      const sa = A.sentences[pair.sentenceA];
      const sb = B.sentences[pair.sentenceB];
      coveredA += sa?.tokens.length ?? 0;
      coveredB += sb?.tokens.length ?? 0;
      return {
        startA: sa?.sentence.start ?? 0,
        endA: sa?.sentence.end ?? 0,
        quoteA: sa?.sentence.quote ?? '',
        startB: sb?.sentence.start ?? 0,
        endB: sb?.sentence.end ?? 0,
        quoteB: sb?.sentence.quote ?? '',
      };
    });
    spun.set(key, {
      articleA: A.id,
      articleB: B.id,
      containmentAB: share(coveredA, A.tokens.length),
      containmentBA: share(coveredB, B.tokens.length),
      kind: 'spun',
      passages,
    });
  }
  return spun;
}
