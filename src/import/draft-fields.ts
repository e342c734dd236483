import { cleanArticle } from '../corpus/pipeline/clean.ts';
import { IsoDateSchema } from '../corpus/schema.ts';
import type { ArticleDraft, DraftEvidence, ImportProblem } from '../project/article-draft.ts';

/** A draft as a reader proposes it, before import gives it its key. */
export type ProposedDraft = Omit<ArticleDraft, 'key'>;

/** A proposed draft and where it was read: the file (or paste), and the line of a table's row. */
export interface LocatedDraft {
  draft: ProposedDraft;
  file: string;
  line: number | null;
}

/** What one reader makes of one input: the drafts it found and what was wrong. */
export interface ReadResult {
  drafts: LocatedDraft[];
  problems: ImportProblem[];
}

/** A draft with nothing proposed yet but its text. */
export function emptyDraft(source: string, text: string): ProposedDraft {
  return {
    source,
    text,
    title: null,
    outlet: null,
    published: null,
    url: null,
    byline: null,
    evidence: [],
  };
}

/** A problem about a whole input, or about one line and field of it. */
export function problem(
  source: string,
  level: ImportProblem['level'],
  message: string,
  where: { line?: number | null; field?: string | null } = {},
): ImportProblem {
  return { source, line: where.line ?? null, field: where.field ?? null, level, message };
}

/** Collapses the runs of white space a page or a cell puts inside a one-line value. */
export function oneLine(value: string): string {
  return value.replace(/\s+/gu, ' ').trim();
}

const DATE_PREFIX = /^(\d{4}-\d{2}-\d{2})(?:$|[T ]\d)/u;

/**
 * The day a stated date or timestamp names, as written: "2017-05-23T08:00:00+01:00" is
 * "2017-05-23", never moved to another time zone. Null when it does not start with a real day.
 */
export function dayOf(value: string): string | null {
  const day = DATE_PREFIX.exec(value.trim())?.[1];
  return day !== undefined && IsoDateSchema.safeParse(day).success ? day : null;
}

/** The address when it is an absolute http(s) URL, trimmed; null for anything else. */
export function httpUrl(value: string): string | null {
  const trimmed = value.trim();
  try {
    const url = new URL(trimmed);
    return url.protocol === 'http:' || url.protocol === 'https:' ? trimmed : null;
  } catch {
    return null;
  }
}

/** The longest first line proposed as a title: a longer one is a paragraph, not a headline. */
const MAX_TITLE_CHARS = 200;

/**
 * The text's first non-empty line as a proposed title, with its evidence; `strip` removes a
 * marker that is not part of the title (a Markdown heading's "#"). A line the build sets aside as
 * page furniture ("This story is over 5 years old", a cookie notice) is passed over: it would
 * name the article by its site's chrome.
 */
export function firstLineTitle(
  text: string,
  strip: (line: string) => string = (line) => line,
): { title: string; evidence: DraftEvidence } | null {
  const furniture = cleanArticle(text);
  let passedOver = false;
  for (const match of text.matchAll(/[^\r\n]+/gu)) {
    const line = match[0];
    if (line.trim() === '') continue;
    const start = match.index + (line.length - line.trimStart().length);
    const end = match.index + line.trimEnd().length;
    if (furniture.some((r) => r.start <= start && r.end >= end)) {
      passedOver = true;
      continue;
    }
    const title = oneLine(strip(line));
    if (title === '' || title.length > MAX_TITLE_CHARS) return null;
    const from = passedOver
      ? "the text's first line that is not page furniture"
      : "the text's first line";
    return { title, evidence: { proposes: 'title', from, value: line } };
  }
  return null;
}
