import type { Located } from './types.ts';

export type LocateResult = { ok: true; span: Located } | { ok: false; message: string };

const MAX_SHOWN = 60;

function clip(text: string): string {
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text;
}

/** Folds the differences a person does not see when copying: quote marks, dashes, spaces, case. */
function fold(text: string): string {
  return text
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/[‐‑‒–—]/g, '-')
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

function occurrences(text: string, quote: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) found.push(at);
  return found;
}

/**
 * Finds the words a person quoted in an article: the `occurrence`-th match (1-based), or the only
 * one. The span it returns satisfies `text.slice(start, end) === quote`; otherwise it says why not.
 */
export function locateQuote(
  text: string,
  quote: string,
  articleId: string,
  occurrence?: number,
): LocateResult {
  const found = occurrences(text, quote);
  if (found.length === 0) {
    const near = fold(text).includes(fold(quote))
      ? ' (a passage differs only in quote marks, dashes, spaces or capitals: copy it exactly)'
      : '';
    return { ok: false, message: `"${clip(quote)}" is not in article ${articleId}${near}` };
  }
  if (occurrence === undefined && found.length > 1) {
    return {
      ok: false,
      message: `"${clip(quote)}" occurs ${found.length} times in article ${articleId}: add occurrence: 1 to ${found.length} to pick one, or quote more words`,
    };
  }
  const index = (occurrence ?? 1) - 1;
  const start = found[index];
  if (start === undefined) {
    return {
      ok: false,
      message: `occurrence ${occurrence ?? 1} asked for, but "${clip(quote)}" occurs ${found.length} time(s) in article ${articleId}`,
    };
  }
  return { ok: true, span: { start, end: start + quote.length, quote } };
}
