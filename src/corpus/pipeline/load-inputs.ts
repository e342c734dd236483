import {
  ClaimsFileSchema,
  CorpusSettingsSchema,
  EventsFileSchema,
  FrontMatterSchema,
  OutletsFileSchema,
  PeopleFileSchema,
  type ClaimEntry,
  type CorpusSettings,
  type EventEntry,
  type FrontMatter,
  type OutletEntry,
  type PersonEntry,
} from '../catalogue-schema.ts';
import type { Outlet, OutletMetadata } from '../schema.ts';
import type { InputError } from './input-error.ts';
import { locateQuote } from './locate-quote.ts';
import { parseYaml, type YamlSource } from './yaml-source.ts';

/** The files of a data folder, by path relative to it ("articles/003.md"), as decoded text. */
export type InputFiles = Readonly<Record<string, string>>;

/** The largest article body the build accepts, in characters (about 2 MB of text). */
export const MAX_ARTICLE_CHARS = 2 * 1024 * 1024;

/** One article file: its front matter and its body exactly as received. */
export interface ArticleInput {
  id: string;
  outletId: string;
  title: string | null;
  published: string | null;
  url: string | null;
  /** Who the front matter names as the author; null when it names nobody. */
  byline: string | null;
  /** Everything after the closing `---` line, unchanged. */
  text: string;
  /** The file as the user names it, for messages. */
  file: string;
}

/** A passage a curated claim is defined by (`like`), found in its article. */
export interface ClaimExample {
  claimId: string;
  articleId: string;
  start: number;
  end: number;
  quote: string;
}

/** A YAML file kept as text with its display name, for a stage that parses it later. */
export interface NamedText {
  file: string;
  text: string;
}

/** Everything in a data folder, validated: every id one file gives for another resolves. */
export interface Inputs {
  settings: CorpusSettings;
  /** Sorted by id. */
  articles: ArticleInput[];
  /** Identification evidence resolved to spans of the articles. */
  outlets: Outlet[];
  /** The curated claims; empty when the folder has no `claims.yaml`. */
  claims: ClaimEntry[];
  /** The folder has a `claims.yaml`: without one, the build proposes the claims itself. */
  claimsFile: boolean;
  /** The passages quoted as examples of curated claims (`like`), resolved to spans, in file order. */
  examples: ClaimExample[];
  events: EventEntry[];
  people: PersonEntry[];
  /** `reviews.yaml` when present; parsed only by a build that applies reviews. */
  reviews: NamedText | null;
}

export type LoadResult = { ok: true; inputs: Inputs } | { ok: false; errors: InputError[] };

export interface LoadOptions {
  /** How messages name the data folder ("data"). */
  root?: string;
}

const CATALOGUE = {
  settings: 'corpus.yaml',
  outlets: 'outlets.yaml',
  claims: 'claims.yaml',
  events: 'events.yaml',
  people: 'people.yaml',
  reviews: 'reviews.yaml',
} as const;

const ARTICLE_FILE = /^articles\/[^/]+\.md$/;

const FRONT_MATTER_HELP =
  'expected front matter: a first line "---", then the fields id, outlet, title, published and url, then a line "---" before the article text';

interface FrontMatterParse {
  frontMatter: FrontMatter;
  text: string;
  source: YamlSource;
}

/** A file cut at its front matter: the YAML between the two `---` lines and the body after. */
export type FrontMatterSplit =
  | {
      ok: true;
      yaml: string;
      /** Everything after the closing `---` line, unchanged. */
      text: string;
      /** 1-based line of the closing `---`. */
      closingLine: number;
    }
  | { ok: false; reason: 'no-opening' | 'not-closed' };

/**
 * Cuts a file at its front matter by the rule the build reads articles with, so a page that
 * imports a Markdown file keeps exactly the body the command line would.
 */
export function splitFrontMatter(content: string): FrontMatterSplit {
  // A byte order mark is invisible in editors; tolerate it before the opening line.
  const opening = /^\uFEFF?---[ \t]*\r?\n/.exec(content);
  if (opening === null) return { ok: false, reason: 'no-opening' };
  const closing = /^---[ \t]*(?:\r?\n|$)/m;
  const rest = content.slice(opening[0].length);
  const close = closing.exec(rest);
  if (close === null) return { ok: false, reason: 'not-closed' };
  return {
    ok: true,
    yaml: rest.slice(0, close.index),
    text: rest.slice(close.index + close[0].length),
    closingLine: content.slice(0, opening[0].length + close.index).split('\n').length,
  };
}

/** Splits an article file at its front matter; the body is exactly what follows the closing line. */
function parseArticleFile(
  file: string,
  content: string,
): { ok: true; value: FrontMatterParse } | { ok: false; errors: InputError[] } {
  const fail = (line: number | null, message: string) => ({
    ok: false as const,
    errors: [{ file, line, field: null, message }],
  });
  if (content.trim() === '') return fail(null, `the file is empty: ${FRONT_MATTER_HELP}`);
  if (content.includes('\u0000')) {
    return fail(null, 'the file holds binary data (NUL characters): expected UTF-8 text');
  }
  const split = splitFrontMatter(content);
  if (!split.ok && split.reason === 'no-opening') return fail(1, FRONT_MATTER_HELP);
  if (!split.ok) {
    return fail(1, 'the front matter is not closed: expected a line "---" after its fields');
  }
  const { yaml: yamlText, text } = split;
  const parsed = parseYaml(file, yamlText, FrontMatterSchema, {
    lineOffset: 1,
    expected: 'the fields id, outlet, title, published and url',
  });
  if (!parsed.ok) return parsed;
  if (text.trim() === '') {
    return fail(split.closingLine + 1, 'the article has no text after its front matter');
  }
  if (text.length > MAX_ARTICLE_CHARS) {
    const mb = (text.length / (1024 * 1024)).toFixed(1);
    return fail(
      null,
      `the article text is ${mb} MB; the limit is ${MAX_ARTICLE_CHARS / (1024 * 1024)} MB per article: split or trim it`,
    );
  }
  return { ok: true, value: { frontMatter: parsed.value, text, source: parsed.source } };
}

function duplicateIds<T extends { id: string }>(
  entries: readonly T[],
  source: YamlSource,
  kind: string,
): InputError[] {
  const seen = new Map<string, number>();
  const errors: InputError[] = [];
  entries.forEach((entry, i) => {
    const first = seen.get(entry.id);
    if (first === undefined) {
      seen.set(entry.id, i);
      return;
    }
    errors.push({
      file: source.file,
      line: source.lineOf([i, 'id']),
      field: 'id',
      message: `${kind} id "${entry.id}" is already used on line ${source.lineOf([first, 'id']) ?? '?'}`,
    });
  });
  return errors;
}

const MAX_KNOWN = 12;

function known(ids: Iterable<string>): string {
  const list = [...ids].sort();
  if (list.length === 0) return 'none are defined';
  const more = list.length > MAX_KNOWN ? `, …and ${list.length - MAX_KNOWN} more` : '';
  return `known: ${list.slice(0, MAX_KNOWN).join(', ')}${more}`;
}

/**
 * Reads a data folder's files into validated inputs, or every problem found, each naming the file,
 * the line and the field. Never throws.
 */
export function loadInputs(files: InputFiles, options: LoadOptions = {}): LoadResult {
  const root = options.root ?? 'data';
  const display = (name: string) => `${root}/${name}`;
  const errors: InputError[] = [];

  const yamlFile = <S extends Parameters<typeof parseYaml>[2]>(
    name: string,
    schema: S,
    expected: string,
  ) => {
    const text = files[name];
    if (text === undefined) {
      errors.push({
        file: display(name),
        line: null,
        field: null,
        message: `the file is missing: expected ${expected}`,
      });
      return null;
    }
    if (text.includes('\u0000')) {
      errors.push({
        file: display(name),
        line: null,
        field: null,
        message: 'the file holds binary data (NUL characters): expected UTF-8 text',
      });
      return null;
    }
    const parsed = parseYaml(display(name), text, schema, { expected });
    if (!parsed.ok) {
      errors.push(...parsed.errors);
      return null;
    }
    return parsed;
  };

  const settings = yamlFile(CATALOGUE.settings, CorpusSettingsSchema, 'title and referenceDate');
  const outlets = yamlFile(CATALOGUE.outlets, OutletsFileSchema, 'a list of outlets');
  // claims.yaml is optional: without it the machine proposes the claims.
  const claimsFile = files[CATALOGUE.claims] !== undefined;
  const claims = claimsFile
    ? yamlFile(CATALOGUE.claims, ClaimsFileSchema, 'a list of claims')
    : { value: [] as ClaimEntry[], source: null };
  const events = yamlFile(CATALOGUE.events, EventsFileSchema, 'a list of events');
  const people = yamlFile(CATALOGUE.people, PeopleFileSchema, 'a list of people');

  if (outlets) errors.push(...duplicateIds(outlets.value, outlets.source, 'outlet'));
  if (claims?.source) errors.push(...duplicateIds(claims.value, claims.source, 'claim'));
  if (events) errors.push(...duplicateIds(events.value, events.source, 'event'));
  if (people) errors.push(...duplicateIds(people.value, people.source, 'person'));

  const eventIds = new Set(events?.value.map((e) => e.id));
  if (claims?.source && events) {
    const source = claims.source;
    claims.value.forEach((claim, i) => {
      const eventId = claim.figure?.event ?? null;
      if (eventId !== null && !eventIds.has(eventId)) {
        errors.push({
          file: source.file,
          line: source.lineOf([i, 'figure', 'event']),
          field: 'figure.event',
          message: `"${eventId}" is not an event in ${display(CATALOGUE.events)} (${known(eventIds)})`,
        });
      }
    });
  }
  if (claims?.source) {
    const source = claims.source;
    claims.value.forEach((claim, i) => {
      if (claim.cues === undefined && claim.like === undefined) {
        errors.push({
          file: source.file,
          line: source.lineOf([i, 'id']),
          field: 'cues',
          message: `claim "${claim.id}" has neither like (passages quoted from articles that make the claim) nor cues (regular expressions): give at least one`,
        });
      }
      (['all', 'any', 'none'] as const).forEach((key) =>
        (claim.cues?.[key] ?? []).forEach((pattern, j) => {
          try {
            new RegExp(pattern, 'iu');
          } catch (error) {
            const reason = error instanceof Error ? error.message : String(error);
            errors.push({
              file: source.file,
              line: source.lineOf([i, 'cues', key, j]),
              field: `cues.${key}[${j}]`,
              message: `expected a regular expression: ${reason}`,
            });
          }
        }),
      );
    });
  }

  // Articles: front matter, unique ids, known outlets.
  const articles: ArticleInput[] = [];
  const firstFileOfId = new Map<string, string>();
  const outletIds = new Set(outlets?.value.map((o) => o.id));
  const articleNames = Object.keys(files)
    .filter((name) => ARTICLE_FILE.test(name))
    .sort();
  let someArticleFailed = false;
  if (articleNames.length === 0) {
    errors.push({
      file: display('articles'),
      line: null,
      field: null,
      message: 'no articles: expected at least one file articles/<id>.md',
    });
  }
  for (const name of articleNames) {
    const file = display(name);
    const parsed = parseArticleFile(file, files[name] ?? '');
    if (!parsed.ok) {
      errors.push(...parsed.errors);
      someArticleFailed = true;
      continue;
    }
    const { frontMatter, text, source } = parsed.value;
    const other = firstFileOfId.get(frontMatter.id);
    if (other !== undefined) {
      errors.push({
        file,
        line: source.lineOf(['id']),
        field: 'id',
        message: `article id "${frontMatter.id}" is already the id of ${other}: each article needs its own id`,
      });
      continue;
    }
    firstFileOfId.set(frontMatter.id, file);
    if (outlets && !outletIds.has(frontMatter.outlet)) {
      errors.push({
        file,
        line: source.lineOf(['outlet']),
        field: 'outlet',
        message: `"${frontMatter.outlet}" is not an outlet in ${display(CATALOGUE.outlets)} (${known(outletIds)})`,
      });
    }
    articles.push({
      id: frontMatter.id,
      outletId: frontMatter.outlet,
      title: frontMatter.title,
      published: frontMatter.published,
      url: frontMatter.url,
      byline: frontMatter.byline ?? null,
      text,
      file,
    });
  }
  articles.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  const textOf = new Map(articles.map((a) => [a.id, a.text]));
  const resolvedOutlets: Outlet[] = [];
  if (outlets) {
    outlets.value.forEach((entry: OutletEntry, i) => {
      const evidence: Outlet['identification']['evidence'] = [];
      entry.identification.evidence.forEach((quoted, j) => {
        const path = [i, 'identification', 'evidence', j];
        const text = textOf.get(quoted.article);
        if (text === undefined) {
          // The article may be one that failed to load: that has its own error already.
          if (!someArticleFailed) {
            errors.push({
              file: outlets.source.file,
              line: outlets.source.lineOf([...path, 'article']),
              field: `identification.evidence[${j}].article`,
              message: `"${quoted.article}" is not an article id (${known(textOf.keys())})`,
            });
          }
          return;
        }
        const found = locateQuote(text, quoted.quote, quoted.article, quoted.occurrence);
        if (!found.ok) {
          errors.push({
            file: outlets.source.file,
            line: outlets.source.lineOf([...path, 'quote']),
            field: `identification.evidence[${j}].quote`,
            message: found.message,
          });
          return;
        }
        evidence.push({ articleId: quoted.article, ...found.span, note: quoted.note });
      });
      const metadata: OutletMetadata[] = [];
      entry.identification.metadata.forEach((given, j) => {
        if (!textOf.has(given.article)) {
          if (!someArticleFailed) {
            errors.push({
              file: outlets.source.file,
              line: outlets.source.lineOf([i, 'identification', 'metadata', j, 'article']),
              field: `identification.metadata[${j}].article`,
              message: `"${given.article}" is not an article id (${known(textOf.keys())})`,
            });
          }
          return;
        }
        const { article, ...rest } = given;
        metadata.push({ articleId: article, ...rest });
      });
      resolvedOutlets.push({
        id: entry.id,
        name: entry.name,
        kind: entry.kind,
        // Left out when empty, so a catalogue without metadata builds the same bytes as before.
        identification: {
          how: entry.identification.how,
          evidence,
          ...(metadata.length > 0 ? { metadata } : {}),
        },
      });
    });
  }

  // Claims by example: each quoted passage is found in its article as reviews' quotes are.
  const examples: ClaimExample[] = [];
  if (claims?.source) {
    const source = claims.source;
    claims.value.forEach((claim, i) => {
      (claim.like ?? []).forEach((quoted, j) => {
        const path = [i, 'like', j];
        const text = textOf.get(quoted.article);
        if (text === undefined) {
          // The article may be one that failed to load: that has its own error already.
          if (!someArticleFailed) {
            errors.push({
              file: source.file,
              line: source.lineOf([...path, 'article']),
              field: `like[${j}].article`,
              message: `"${quoted.article}" is not an article id (${known(textOf.keys())})`,
            });
          }
          return;
        }
        const found = locateQuote(text, quoted.quote, quoted.article, quoted.occurrence);
        if (!found.ok) {
          errors.push({
            file: source.file,
            line: source.lineOf([...path, 'quote']),
            field: `like[${j}].quote`,
            message: found.message,
          });
          return;
        }
        examples.push({ claimId: claim.id, articleId: quoted.article, ...found.span });
      });
    });
  }

  if (errors.length > 0 || !settings || !outlets || !claims || !events || !people) {
    return { ok: false, errors };
  }
  const reviewsText = files[CATALOGUE.reviews];
  return {
    ok: true,
    inputs: {
      settings: settings.value,
      articles,
      outlets: resolvedOutlets,
      claims: claims.value,
      claimsFile,
      examples,
      events: events.value,
      people: people.value,
      reviews:
        reviewsText === undefined ? null : { file: display(CATALOGUE.reviews), text: reviewsText },
    },
  };
}
