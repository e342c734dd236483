import type { Passage, Reuse } from '../../schema.ts';
import type { Token } from '../compare-tokens.ts';
import { pairKey, postingPairs, share, type ComparedArticle } from './shared.ts';

/**
 * Wire copy: long verbatim runs of words that two articles share. Found through an inverted index
 * of word 8-gram shingles, so only articles that share a shingle are ever compared. A word quoted in
 * either article does not count towards it: two outlets may quote one speaker without copying.
 */

/** Words per shingle: long enough that two outlets do not write the same run by chance. */
export const SHINGLE = 8;
/**
 * Postings longer than this are not paired all with all (quadratic when one wire story runs in
 * hundreds of articles): each article pairs with the first few instead, which keeps every copy
 * linked to its source group while the pairs grow linearly.
 */
const MAX_POSTINGS = 50;
/** Wire copy needs this many shared words outside quotation marks (shared quotes are not copy). */
const MIN_WIRE_WORDS = 20;

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

/**
 * Wire copy between every pair of articles that share enough of it: containment both ways and the
 * verbatim passages, with offsets in both articles. Keyed by `pairKey` of the two articles'
 * indexes, in the order the pairs are found; the earlier article of the list is `articleA`.
 */
export function findWireCopy(articles: readonly ComparedArticle[]): Map<string, Reuse> {
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
      const a = posting[x] ?? 0;
      const b = posting[y] ?? 0;
      const key = `${a}:${b}`;
      const pair = pairs.get(key);
      if (pair === undefined) pairs.set(key, { a, b, shared: 1 });
      else pair.shared += 1;
    }
  }

  const wire = new Map<string, Reuse>();
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
    wire.set(pairKey(a, b), {
      articleA: A.id,
      articleB: B.id,
      containmentAB: share(coveredA, A.tokens.length),
      containmentBA: share(coveredB, B.tokens.length),
      kind: 'wire',
      passages: runs.map((run) => passageOf(A, B, run)),
    });
  }
  return wire;
}
