import type { Corpus } from './schema.ts';

/**
 * The corpus as the exact text the command line writes and the page downloads: two-space JSON and
 * a final newline. One function for both, so the same inputs give the same bytes wherever they
 * are built.
 */
export function corpusJson(corpus: Corpus): string {
  return `${JSON.stringify(corpus, null, 2)}\n`;
}
