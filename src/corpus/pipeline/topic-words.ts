import functionWords from './lexicon/function-words.json' with { type: 'json' };

/** Words that carry no topic, from `lexicon/function-words.json`. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  ...functionWords.commonWords,
  ...functionWords.moreCommonWords,
  ...functionWords.topicStopWords,
]);

/**
 * The topic words of a passage, in text order: lower case, a possessive and a final plural "s"
 * dropped, words under three letters and function words (as written or as stemmed) left out.
 * Two passages share a topic when they share these.
 */
export function topicWords(text: string): string[] {
  const found: string[] = [];
  for (const [word] of text.toLowerCase().matchAll(/\p{L}[\p{L}'’-]*/gu)) {
    const stem = word.replace(/['’]s$/u, '').replace(/(?<=\p{L}{3})s$/u, '');
    if (stem.length >= 3 && !FUNCTION_WORDS.has(word) && !FUNCTION_WORDS.has(stem)) {
      found.push(stem);
    }
  }
  return found;
}
