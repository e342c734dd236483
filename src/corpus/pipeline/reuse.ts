import type { Passage, Reuse, SourceGroup } from '../schema.ts';
import { type SentenceWords, type Token } from './compare-tokens.ts';

/**
 * Text two articles share. Wire copy: long verbatim runs, found through an inverted index of word
 * 8-gram shingles, so only articles that share a shingle are ever compared. Spun copy: the same
 * sentence with words swapped, found by aligning sentences that share rare words.
 */

/** One article as the comparison sees it. */
export interface ComparedArticle {
  id: string;
  text: string;
  tokens: Token[];
  sentences: SentenceWords[];
}

/** Words per shingle: long enough that two outlets do not write the same run by chance. */
export const SHINGLE = 8;
/**
 * Postings longer than this are not paired all with all (quadratic when one wire story runs in
 * hundreds of articles): each article pairs with the first few instead, which keeps every copy
 * linked to its source group while the pairs grow linearly.
 */
const MAX_POSTINGS = 50;
/** Reuse partners listed per article at most (the closest ones). */
export const MAX_PARTNERS = 10;
/** How many of a long posting's first entries every other entry is paired with. */
const ANCHORS = 5;
/** Wire copy needs this many shared words outside quotation marks (shared quotes are not copy). */
const MIN_WIRE_WORDS = 20;
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

/** Index pairs (x < y) of a posting list: all of them when short, else each with the first few. */
function* postingPairs(length: number, limit: number): Generator<[number, number]> {
  if (length <= limit) {
    for (let x = 0; x < length; x++) for (let y = x + 1; y < length; y++) yield [x, y];
    return;
  }
  for (let y = 1; y < length; y++) for (let x = 0; x < Math.min(y, ANCHORS); x++) yield [x, y];
}

function shingleHashes(tokens: readonly Token[], ids: Map<string, number>): Int32Array {
  const count = Math.max(0, tokens.length - SHINGLE + 1);
  const hashes = new Int32Array(count);
  const idOf = (word: string) => {
    let id = ids.get(word);
    if (id === undefined) {
      id = ids.size + 1;
      ids.set(word, id);
    }
    return id;
  };
  const wordIds = tokens.map((t) => idOf(t.norm));
  for (let i = 0; i < count; i++) {
    let h = 0x811c9dc5;
    for (let k = 0; k < SHINGLE; k++) h = Math.imul(h ^ (wordIds[i + k] ?? 0), 0x01000193);
    hashes[i] = h;
  }
  return hashes;
}

interface Run {
  a: number;
  b: number;
  length: number;
}

/** Maximal runs of equal words that start on a shared shingle; hash collisions are checked away. */
function verbatimRuns(
  a: ComparedArticle,
  b: ComparedArticle,
  hashesA: Int32Array,
  hashesB: Int32Array,
): Run[] {
  const positionsB = new Map<number, number[]>();
  hashesB.forEach((h, j) => {
    const list = positionsB.get(h);
    if (list === undefined) positionsB.set(h, [j]);
    else if (list.length < 8) list.push(j);
  });
  const runs: Run[] = [];
  const same = (i: number, j: number) => a.tokens[i]?.norm === b.tokens[j]?.norm;
  for (let i = 0; i < hashesA.length; i++) {
    for (const j of positionsB.get(hashesA[i] ?? 0) ?? []) {
      // Only start runs where the previous words differ: the rest are inside a run already found.
      if (i > 0 && j > 0 && same(i - 1, j - 1)) continue;
      let length = 0;
      while (
        i + length < a.tokens.length &&
        j + length < b.tokens.length &&
        same(i + length, j + length)
      ) {
        length += 1;
      }
      if (length >= SHINGLE) runs.push({ a: i, b: j, length });
    }
  }
  // Longest first, then keep runs that do not overlap one already kept, in either article.
  runs.sort((x, y) => y.length - x.length || x.a - y.a || x.b - y.b);
  const usedA = new Uint8Array(a.tokens.length);
  const usedB = new Uint8Array(b.tokens.length);
  const kept: Run[] = [];
  for (const run of runs) {
    let free = true;
    for (let k = 0; k < run.length && free; k++) {
      if (usedA[run.a + k] === 1 || usedB[run.b + k] === 1) free = false;
    }
    if (!free) continue;
    for (let k = 0; k < run.length; k++) {
      usedA[run.a + k] = 1;
      usedB[run.b + k] = 1;
    }
    kept.push(run);
  }
  return kept.sort((x, y) => x.a - y.a);
}

function passageOf(a: ComparedArticle, b: ComparedArticle, run: Run): Passage {
  const firstA = a.tokens[run.a];
  const lastA = a.tokens[run.a + run.length - 1];
  const firstB = b.tokens[run.b];
  const lastB = b.tokens[run.b + run.length - 1];
  const startA = firstA?.start ?? 0;
  const endA = lastA?.end ?? 0;
  const startB = firstB?.start ?? 0;
  const endB = lastB?.end ?? 0;
  return {
    startA,
    endA,
    quoteA: a.text.slice(startA, endA),
    startB,
    endB,
    quoteB: b.text.slice(startB, endB),
  };
}

function share(covered: number, total: number): number {
  return total === 0 ? 0 : Math.round((covered / total) * 1000) / 1000;
}

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
      {
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
  }
  return aligned.sort(
    (x, y) => x.a - y.a || x.b - y.b || x.sentenceA - y.sentenceA || x.sentenceB - y.sentenceB,
  );
}

/**
 * Wire and spun copy between every pair of articles that share any: containment both ways and the
 * passages, verbatim, with offsets in both articles. Pairs are ordered by article id.
 */
export function findReuse(
  articles: readonly ComparedArticle[],
  /** Told of each article whose partners were cut to the closest `MAX_PARTNERS`, with how many it had. */
  onCapped: (articleId: string, partners: number) => void = () => {},
): Reuse[] {
  const ids = new Map<string, number>();
  const hashes = articles.map((article) => shingleHashes(article.tokens, ids));
  const index = new Map<number, number[]>();
  hashes.forEach((list, a) => {
    for (const h of new Set(list)) {
      const posting = index.get(h);
      if (posting === undefined) index.set(h, [a]);
      else posting.push(a);
    }
  });
  // Count shared shingles per pair; only pairs that could hold enough copy are compared in full.
  const pairs = new Map<string, { a: number; b: number; shared: number }>();
  for (const posting of index.values()) {
    for (const [x, y] of postingPairs(posting.length, MAX_POSTINGS)) {
      {
        const a = posting[x] ?? 0;
        const b = posting[y] ?? 0;
        const key = `${a}:${b}`;
        const pair = pairs.get(key);
        if (pair === undefined) pairs.set(key, { a, b, shared: 1 });
        else pair.shared += 1;
      }
    }
  }

  const reuse = new Map<string, Reuse>();
  const keyOf = (a: number, b: number) => `${Math.min(a, b)}:${Math.max(a, b)}`;
  for (const { a, b, shared } of pairs.values()) {
    if (shared < MIN_WIRE_WORDS - SHINGLE + 1) continue;
    const A = articles[a];
    const B = articles[b];
    if (A === undefined || B === undefined) continue;
    const runs = verbatimRuns(A, B, hashes[a] ?? new Int32Array(), hashes[b] ?? new Int32Array());
    let unquoted = 0;
    let coveredA = 0;
    let coveredB = 0;
    for (const run of runs) {
      coveredA += run.length;
      coveredB += run.length;
      for (let k = 0; k < run.length; k++) {
        if (A.tokens[run.a + k]?.quoted !== true && B.tokens[run.b + k]?.quoted !== true)
          unquoted += 1;
      }
    }
    if (unquoted < MIN_WIRE_WORDS) continue;
    reuse.set(keyOf(a, b), {
      articleA: A.id,
      articleB: B.id,
      containmentAB: share(coveredA, A.tokens.length),
      containmentBA: share(coveredB, B.tokens.length),
      kind: 'wire',
      passages: runs.map((run) => passageOf(A, B, run)),
    });
  }

  // Spun copy: aligned sentences that are not both quotations (a reworded quote is its own finding).
  const spun = new Map<string, AlignedSentences[]>();
  for (const pair of alignSentences(articles)) {
    const sa = articles[pair.a]?.sentences[pair.sentenceA];
    const sb = articles[pair.b]?.sentences[pair.sentenceB];
    if (sa === undefined || sb === undefined) continue;
    if (sa.quotedShare >= 0.5 && sb.quotedShare >= 0.5) continue;
    const key = keyOf(pair.a, pair.b);
    if (reuse.has(key)) continue;
    const list = spun.get(key);
    if (list === undefined) spun.set(key, [pair]);
    else list.push(pair);
  }
  for (const [key, candidates] of spun) {
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
    reuse.set(key, {
      articleA: A.id,
      articleB: B.id,
      containmentAB: share(coveredA, A.tokens.length),
      containmentBA: share(coveredB, B.tokens.length),
      kind: 'spun',
      passages,
    });
  }

  // When one story is copied everywhere, every pair shares copy and listing them all would grow
  // with the square of the articles: each article keeps its closest partners, and a pair stays
  // when either side keeps it.
  const partners = new Map<string, Reuse[]>();
  for (const r of reuse.values()) {
    for (const id of [r.articleA, r.articleB]) {
      const list = partners.get(id);
      if (list === undefined) partners.set(id, [r]);
      else list.push(r);
    }
  }
  const kept = new Set<Reuse>();
  for (const [id, list] of partners) {
    const closeness = (r: Reuse) => Math.max(r.containmentAB, r.containmentBA);
    list.sort(
      (x, y) =>
        closeness(y) - closeness(x) || (x.articleA + x.articleB < y.articleA + y.articleB ? -1 : 1),
    );
    for (const r of list.slice(0, MAX_PARTNERS)) kept.add(r);
    if (list.length > MAX_PARTNERS) onCapped(id, list.length);
  }

  return [...kept].sort((x, y) =>
    x.articleA < y.articleA
      ? -1
      : x.articleA > y.articleA
        ? 1
        : x.articleB < y.articleB
          ? -1
          : x.articleB > y.articleB
            ? 1
            : 0,
  );
}

/**
 * Independent sources: articles linked by reuse, directly or through others, form one group.
 * Every article is in exactly one group; groups are ordered by their first article id.
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
