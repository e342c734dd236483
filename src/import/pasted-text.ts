import type { ImportProblem } from '../project/article-draft.ts';
import {
  emptyDraft,
  firstLineTitle,
  problem,
  type LocatedDraft,
  type ReadResult,
} from './draft-fields.ts';

/** A line holding only three or more "=" signs (spaces around them allowed) parts two articles. */
const SEPARATOR = /^[ \t]*={3,}[ \t]*$/gmu;

/**
 * The articles of a paste, in order: the text between separator lines, each exactly as pasted
 * but for the line breaks that belong to the separator lines. Parts with no text are left out.
 */
export function splitPastedText(text: string): string[] {
  const parts: string[] = [];
  let start = 0;
  const take = (end: number, atSeparator: boolean) => {
    // The line break before a separator line belongs to it, not to the article above.
    const slice = text.slice(start, end);
    const part = atSeparator ? slice.replace(/(?:\r\n|\n|\r)$/u, '') : slice;
    if (part.trim() !== '') parts.push(part);
  };
  for (const match of text.matchAll(SEPARATOR)) {
    take(match.index, true);
    start = match.index + match[0].length;
    // …and so does the line break that ends it.
    start += /^(?:\r\n|\n|\r)/u.exec(text.slice(start, start + 2))?.[0].length ?? 0;
  }
  take(text.length, false);
  return parts;
}

/** A plain text as one draft, exactly as given, its first line proposed as the title. */
export function plainTextDraft(source: string, text: string): LocatedDraft {
  const draft = emptyDraft(source, text);
  const first = firstLineTitle(text);
  if (first !== null) {
    draft.title = first.title;
    draft.evidence.push(first.evidence);
  }
  return { draft, file: source, line: null };
}

/** Reads a `.txt` file: the whole text, exactly as decoded, is one article. */
export function readPlainText(source: string, text: string): ReadResult {
  if (text.trim() === '') {
    return {
      drafts: [],
      problems: [problem(source, 'error', 'The file is empty: it has no text.')],
    };
  }
  return { drafts: [plainTextDraft(source, text)], problems: [] };
}

/**
 * Reads pasted text: one article, or several parted by separator lines. Each is named
 * "pasted text N", counting on from `firstNumber` so pastes made one after another keep apart.
 */
export function readPastedText(text: string, firstNumber = 1): ReadResult {
  const problems: ImportProblem[] = [];
  const parts = splitPastedText(text);
  if (parts.length === 0) {
    problems.push(
      problem(
        'pasted text',
        'error',
        'The pasted text is empty: paste an article’s text, then add it.',
      ),
    );
  }
  return {
    drafts: parts.map((part, i) => plainTextDraft(`pasted text ${firstNumber + i}`, part)),
    problems,
  };
}
