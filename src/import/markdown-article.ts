import { z } from 'zod';
import { splitFrontMatter } from '../corpus/pipeline/load-inputs.ts';
import { parseYaml } from '../corpus/pipeline/yaml-source.ts';
import type { DraftEvidence, ImportProblem } from '../project/article-draft.ts';
import {
  dayOf,
  emptyDraft,
  firstLineTitle,
  httpUrl,
  oneLine,
  problem,
  type ReadResult,
} from './draft-fields.ts';

const FIELDS = ['title', 'outlet', 'published', 'url', 'byline'] as const;
type Field = (typeof FIELDS)[number];
const isField = (key: string): key is Field => (FIELDS as readonly string[]).includes(key);

// A data folder's article names its id and its outlet's id; the project gives its own ids, so an
// id is not a field to propose, nor a field to warn about.
const QUIETLY_IGNORED = new Set(['id']);

const FrontMatterFieldsSchema = z.record(z.string(), z.unknown());

/** A Markdown heading's marks around a title line: "# Title #". */
const stripHeading = (line: string) =>
  line.replace(/^\s{0,3}#{1,6}\s+/u, '').replace(/\s+#+\s*$/u, '');

/** The value a field proposes, or a reason it cannot be used. */
function fieldValue(
  field: Field,
  raw: unknown,
): { value: string; stated: string } | { reason: string } {
  if (typeof raw !== 'string' && typeof raw !== 'number') return { reason: 'is not text' };
  const text = String(raw);
  if (field === 'published') {
    const day = dayOf(text);
    return day === null ? { reason: 'is not a date as YYYY-MM-DD' } : { value: day, stated: text };
  }
  if (field === 'url') {
    const url = httpUrl(text);
    return url === null ? { reason: 'is not an http(s) address' } : { value: url, stated: text };
  }
  const value = oneLine(text);
  return value === '' ? { reason: 'is empty' } : { value, stated: text };
}

/**
 * Reads a Markdown file: with front matter, its title, outlet, published, url and byline are
 * proposed and the body is what follows the closing `---` line, cut by the rule the build reads
 * articles with; without, the whole file is the text. Never throws.
 */
export function readMarkdownArticle(source: string, content: string): ReadResult {
  const problems: ImportProblem[] = [];
  const split = splitFrontMatter(content);
  if (!split.ok && split.reason === 'not-closed') {
    problems.push(
      problem(
        source,
        'error',
        'The front matter opened on line 1 is never closed: add a line "---" after its fields, then import it again.',
        { line: 1 },
      ),
    );
    return { drafts: [], problems };
  }
  const text = split.ok ? split.text : content;
  if (text.trim() === '') {
    problems.push(
      problem(source, 'error', 'There is no article text after the front matter.', {
        line: split.ok ? split.closingLine + 1 : null,
      }),
    );
    return { drafts: [], problems };
  }
  const draft = emptyDraft(source, text);

  if (split.ok) {
    const parsed = parseYaml(source, split.yaml, FrontMatterFieldsSchema, {
      lineOffset: 1,
      expected: 'fields such as title, outlet, published and url',
      emptyValue: {},
    });
    if (!parsed.ok) {
      for (const error of parsed.errors) {
        problems.push(
          problem(
            source,
            'warning',
            `The front matter could not be read (${error.message}); the text was imported without it.`,
            { line: error.line, field: error.field },
          ),
        );
      }
    } else {
      for (const [key, raw] of Object.entries(parsed.value)) {
        const field = key.trim().toLowerCase();
        const line = parsed.source.lineOf([key]);
        if (QUIETLY_IGNORED.has(field) || raw === null) continue;
        if (!isField(field)) {
          problems.push(
            problem(
              source,
              'warning',
              `The front matter field "${key}" is not one import reads (${FIELDS.join(', ')}); it was ignored.`,
              { line, field: key },
            ),
          );
          continue;
        }
        if (draft[field] !== null) continue;
        const result = fieldValue(field, raw);
        if ('reason' in result) {
          problems.push(
            problem(
              source,
              'warning',
              `The front matter's ${key} ${result.reason}; it was not used.`,
              { line, field: key },
            ),
          );
          continue;
        }
        draft[field] = result.value;
        const evidence: DraftEvidence = {
          proposes: field,
          from: 'front matter',
          value: result.stated,
        };
        draft.evidence.push(evidence);
      }
    }
  }

  if (draft.title === null) {
    const first = firstLineTitle(text, stripHeading);
    if (first !== null) {
      draft.title = first.title;
      draft.evidence.push(first.evidence);
    }
  }
  return { drafts: [{ draft, file: source, line: null }], problems };
}
