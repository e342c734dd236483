import { sentenceWords, tokenize } from '../../corpus/pipeline/compare-tokens.ts';
import type { ComparedArticle } from '../../corpus/pipeline/reuse/shared.ts';
import { naiveSentences } from './naive-sentences.ts';

/**
 * Invented articles for the reuse finders' tests: a wire paragraph several of them carry, and a
 * quotation two of them print, so each finder's tests and the composition's share one world.
 */

export const WIRE =
  'Heavy rain flooded the valley town of Orrin on Tuesday, cutting the only road to the coast and leaving hundreds of families without power or clean water for a second day.';

export const QUOTE =
  'We have never seen water rise this fast in forty years of keeping records here';

/** An article as the reuse finders see it: its tokens (quoted words marked) and its sentences. */
export function comparedArticle(id: string, text: string): ComparedArticle {
  const quoted = [...text.matchAll(/“([^”]+)”/g)].map((m) => ({
    start: m.index + 1,
    end: m.index + 1 + (m[1] ?? '').length,
  }));
  const tokens = tokenize(text, [], quoted);
  return { id, text, tokens, sentences: sentenceWords(naiveSentences(text), tokens) };
}

/** Carries the wire paragraph and the quotation. */
export const WITH_WIRE_AND_QUOTE = comparedArticle(
  'a',
  `${WIRE}\nOfficials said repairs would take a week.\n“${QUOTE},” the mayor said.`,
);
/** Carries the wire paragraph between words of its own. */
export const WITH_WIRE = comparedArticle('b', `Local news.\n${WIRE}\nSchools were closed.`);
/** The wire paragraph reworded, word for word: spun copy. */
export const SPUN = comparedArticle(
  'c',
  'Heavy rainfall inundated the valley city of Orrin on Tuesday, severing the sole road to the coast and leaving hundreds of households without electricity or clean water for a second day.',
);
