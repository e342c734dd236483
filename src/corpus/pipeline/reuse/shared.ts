import type { SentenceWords, Token } from '../compare-tokens.ts';

/**
 * What the reuse finders share: the article as they compare it, the way a long posting list is
 * paired so that their work grows linearly, the key of an article pair and a containment share.
 */

/** One article as the comparison sees it. */
export interface ComparedArticle {
  id: string;
  text: string;
  tokens: Token[];
  sentences: SentenceWords[];
}

/** How many of a long posting's first entries every other entry is paired with. */
const ANCHORS = 5;

/**
 * Index pairs (x < y) of a posting list: all of them when short, else each with the first few.
 * Pairing a long list all with all is quadratic (one wire story runs in hundreds of articles);
 * pairing each entry with the first few keeps every copy linked to its source group.
 */
export function* postingPairs(length: number, limit: number): Generator<[number, number]> {
  if (length <= limit) {
    for (let x = 0; x < length; x++) for (let y = x + 1; y < length; y++) yield [x, y];
    return;
  }
  for (let y = 1; y < length; y++) for (let x = 0; x < Math.min(y, ANCHORS); x++) yield [x, y];
}

/**
 * The key of a pair of articles by their indexes, the same whichever comes first, so wire and
 * spun copy of one pair meet under one key.
 */
export function pairKey(a: number, b: number): string {
  return `${Math.min(a, b)}:${Math.max(a, b)}`;
}

/** `covered` as a share of `total`, to three decimals (0 for an empty article). */
export function share(covered: number, total: number): number {
  return total === 0 ? 0 : Math.round((covered / total) * 1000) / 1000;
}
