import { checkCorpus, type CorpusProblem } from './check-corpus.ts';
import { CorpusSchema, type Corpus } from './schema.ts';

/** Why a corpus could not be used, in the words a user sees. */
export type CorpusFailureKind = 'not-json' | 'schema' | 'empty' | 'reference' | 'span';

export interface CorpusFailure {
  kind: CorpusFailureKind;
  /** One sentence naming the problem. */
  summary: string;
  /** Each problem with its field path, at most `MAX_DETAILS` of them. */
  details: string[];
}

export type CorpusParseResult =
  { ok: true; corpus: Corpus } | { ok: false; failure: CorpusFailure };

const MAX_DETAILS = 20;

function pathToString(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    return out === '' ? String(key) : `${out}.${String(key)}`;
  }, '');
}

function listed(lines: string[]): string[] {
  return lines.length > MAX_DETAILS
    ? [...lines.slice(0, MAX_DETAILS), `…and ${lines.length - MAX_DETAILS} more`]
    : lines;
}

function fromProblems(problems: CorpusProblem[]): CorpusFailure {
  const first = problems[0];
  const kind: CorpusFailureKind =
    first?.code === 'empty-corpus'
      ? 'empty'
      : problems.some((p) => p.code === 'dangling-reference' || p.code === 'duplicate-id')
        ? 'reference'
        : 'span';
  const summary =
    kind === 'empty'
      ? 'The corpus is empty: it has no articles to compare.'
      : kind === 'reference'
        ? 'The corpus refers to something it does not contain.'
        : 'A quoted span in the corpus does not match its article text.';
  const detail = (p: CorpusProblem) =>
    p.message.startsWith(p.path) ? p.message : `${p.path}: ${p.message}`;
  return { kind, summary, details: listed(problems.map(detail)) };
}

/**
 * Validates a decoded JSON value as a corpus: the schema first, then references and spans.
 * Never throws; a failure names each problem with its field path.
 */
export function parseCorpus(value: unknown): CorpusParseResult {
  const parsed = CorpusSchema.safeParse(value);
  if (!parsed.success) {
    const details = parsed.error.issues.map((issue) => {
      const path = pathToString(issue.path);
      const message =
        issue.code === 'invalid_type' && issue.message.endsWith('received undefined')
          ? `required field is missing (${issue.message.toLowerCase()})`
          : issue.message;
      return `${path === '' ? '(top level)' : path}: ${message}`;
    });
    return {
      ok: false,
      failure: {
        kind: 'schema',
        summary: 'The corpus does not match the expected format.',
        details: listed(details),
      },
    };
  }
  const problems = checkCorpus(parsed.data);
  if (problems.length > 0) return { ok: false, failure: fromProblems(problems) };
  return { ok: true, corpus: parsed.data };
}

/** Like `parseCorpus`, from the raw text of a corpus file. */
export function parseCorpusText(text: string): CorpusParseResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const start = text.trimStart().slice(0, 40);
    return {
      ok: false,
      failure: {
        kind: 'not-json',
        summary: 'The corpus file is not JSON.',
        details: [reason, ...(start === '' ? ['The file is empty.'] : [`It begins: ${start}`])],
      },
    };
  }
  return parseCorpus(value);
}
