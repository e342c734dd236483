import functionWords from './lexicon/function-words.json' with { type: 'json' };
import { countBefore } from './spans.ts';
import type { Sentence, TextRange } from './types.ts';

/** A word of body text, normalised for comparison, with its place in the article. */
export interface Token {
  /** Lower case, apostrophes folded: "northland's". */
  norm: string;
  start: number;
  end: number;
  /** Inside quotation marks: words a speaker said, which two outlets may both quote without copying. */
  quoted: boolean;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/**
 * The words of an article's body, in text order, leaving out removed ranges (boilerplate).
 * Linear in the text length: ranges are walked in step with the words.
 */
export function tokenize(
  text: string,
  removed: readonly TextRange[],
  quoted: readonly TextRange[],
): Token[] {
  const skip = [...removed].sort((a, b) => a.start - b.start);
  const quotes = [...quoted].sort((a, b) => a.start - b.start);
  const tokens: Token[] = [];
  let r = 0;
  let q = 0;
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    const end = start + match[0].length;
    while (r < skip.length && (skip[r]?.end ?? 0) <= start) r += 1;
    const removedHere = r < skip.length && (skip[r]?.start ?? Infinity) <= start;
    if (removedHere) continue;
    while (q < quotes.length && (quotes[q]?.end ?? 0) <= start) q += 1;
    const inQuote = q < quotes.length && (quotes[q]?.start ?? Infinity) <= start;
    tokens.push({ norm: match[0].toLowerCase().replace(/’/gu, "'"), start, end, quoted: inQuote });
  }
  return tokens;
}

/** Words too common to say two sentences share content: `lexicon/function-words.json`. */
const STOPWORDS: ReadonlySet<string> = new Set(functionWords.commonWords);

/** The content words of a sentence: lower case, no stop words, no one-letter words. */
export function contentWords(tokens: readonly Token[]): string[] {
  return tokens.map((t) => t.norm).filter((w) => w.length > 1 && !STOPWORDS.has(w));
}

/** The tokens that lie inside a sentence, by binary search on the token starts. */
export function tokensOf(tokens: readonly Token[], range: TextRange): Token[] {
  const first = countBefore(tokens, (t) => t.start < range.start);
  const out: Token[] = [];
  for (let i = first; i < tokens.length; i++) {
    const token = tokens[i];
    if (token === undefined || token.start >= range.end) break;
    out.push(token);
  }
  return out;
}

/** Sentences with their tokens and content words, ready for alignment. */
export interface SentenceWords {
  sentence: Sentence;
  tokens: Token[];
  words: Set<string>;
  /** Share of the sentence's tokens inside quotation marks. */
  quotedShare: number;
}

/** Splits an article's tokens by sentence. */
export function sentenceWords(
  sentences: readonly Sentence[],
  tokens: readonly Token[],
): SentenceWords[] {
  return sentences.map((sentence) => {
    const own = tokensOf(tokens, sentence);
    const quoted = own.filter((t) => t.quoted).length;
    return {
      sentence,
      tokens: own,
      words: new Set(contentWords(own)),
      quotedShare: own.length === 0 ? 0 : quoted / own.length,
    };
  });
}
