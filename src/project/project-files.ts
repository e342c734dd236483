import { parse, stringify } from 'yaml';
import {
  FrontMatterSchema,
  OutletsFileSchema,
  type OutletEntry,
} from '../corpus/catalogue-schema.ts';
import publisherFields from '../corpus/pipeline/lexicon/publisher-metadata.json' with { type: 'json' };
import wireAgencies from '../corpus/pipeline/lexicon/wire-agencies.json' with { type: 'json' };
import { MAX_ARTICLE_CHARS, type InputFiles } from '../corpus/pipeline/load-inputs.ts';
import { IdSchema, type IdentificationHow, type OutletKind } from '../corpus/schema.ts';
import type { ArticleDraft, DraftEvidence, ImportProblem } from './article-draft.ts';

/** What a project holds before it is written: its title, its drafts, and files it keeps as they are. */
export interface ProjectDrafts {
  title: string;
  drafts: readonly ArticleDraft[];
  /**
   * Files of an imported project that the drafts do not make (see `KEPT_FILES`), carried over
   * byte for byte. Articles and outlets are always written from the drafts.
   */
  kept?: InputFiles;
}

export type ProjectFilesResult =
  | {
      ok: true;
      files: InputFiles;
      /** Each draft's key and the id its article file was given. */
      articleIds: Map<string, string>;
    }
  | { ok: false; problems: ImportProblem[] };

/**
 * outlets.yaml of a data folder opened whole: kept for the articles still under their outlets'
 * names, written afresh for the others (see `outletsFile`).
 */
export const KEPT_OUTLETS = 'outlets.yaml';

/** The catalogue files a project keeps as they came, when it has them; the rest comes from drafts. */
export const KEPT_FILES = [
  'corpus.yaml',
  'claims.yaml',
  'events.yaml',
  'people.yaml',
  'reviews.yaml',
] as const;

/**
 * The reference date of a project whose drafts carry no published date. It must be fixed, so the
 * same drafts always give the same files; the first day of 1970 is plainly a placeholder, and the
 * corpus.yaml written with it says so and asks for the real day.
 */
export const FALLBACK_REFERENCE_DATE = '1970-01-01';

// Every string double-quoted on one line: no value can then open a line with `---` and end the
// front matter early, nor be read back as a number, a date or a boolean.
const YAML_OPTIONS = {
  defaultStringType: 'QUOTE_DOUBLE',
  defaultKeyType: 'PLAIN',
  lineWidth: 0,
} as const;

const yaml = (value: unknown) => stringify(value, YAML_OPTIONS);

const PUBLISHER_FIELDS = publisherFields.fields.map((source) => new RegExp(source, 'iu'));

/** Names the lexicon gives news agencies: an outlet of that name is a wire agency. */
const AGENCY_NAMES = new Set(
  wireAgencies.agencies.flatMap((agency) => [agency.name, ...agency.forms]),
);

/** Two spellings of an outlet's name that differ only in spaces or capitals are one outlet. */
const nameKey = (name: string) => name.trim().replace(/\s+/gu, ' ').toLowerCase();

/** A catalogue id from an outlet's name: "The Harbour Ledger" → "the-harbour-ledger". */
export function outletSlug(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
  // A name in a script without Latin letters leaves nothing; the id still has to say what it is.
  return slug === '' ? 'outlet' : slug;
}

/** Article ids "001", "002", …, wide enough that they sort in the drafts' order. */
function articleId(index: number, count: number): string {
  return String(index + 1).padStart(Math.max(3, String(count).length), '0');
}

/**
 * Each draft's article id: the one its data folder gave it, when it has one no other draft has,
 * else the next free number ("001", "002"…), so an opened folder's claims and reviews still name
 * their articles and a new article never takes an id they use.
 */
function articleIds(drafts: readonly ArticleDraft[]): string[] {
  const own = new Map<string, number>();
  const usable = (d: ArticleDraft) => d.id !== undefined && IdSchema.safeParse(d.id).success;
  for (const d of drafts) if (usable(d)) own.set(d.id ?? '', (own.get(d.id ?? '') ?? 0) + 1);
  const kept = (d: ArticleDraft) => usable(d) && own.get(d.id ?? '') === 1;
  const taken = new Set(drafts.filter(kept).map((d) => d.id ?? ''));
  let next = 0;
  return drafts.map((draft) => {
    if (kept(draft)) return draft.id ?? '';
    let id = articleId(next++, drafts.length);
    while (taken.has(id)) id = articleId(next++, drafts.length);
    taken.add(id);
    return id;
  });
}

const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

/** What keeps a draft from being written, each naming the draft's source and the field. */
function draftProblems(draft: ArticleDraft): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const problem = (field: string, message: string) =>
    problems.push({ source: draft.source, line: null, field, message, level: 'error' });
  if (draft.text.trim() === '') {
    problem('text', 'the article has no text: paste or import its text, or remove the draft');
  } else if (draft.text.includes('\u0000')) {
    problem('text', 'the text holds binary data (NUL characters): import it as a text file');
  } else if (LONE_SURROGATE.test(draft.text)) {
    // UTF-8 cannot hold half a surrogate pair: written out, the text would change.
    problem('text', 'the text holds a broken character (half a UTF-16 pair): re-import it');
  } else if (draft.text.length > MAX_ARTICLE_CHARS) {
    problem(
      'text',
      `the text is ${(draft.text.length / (1024 * 1024)).toFixed(1)} MB; the limit is ${MAX_ARTICLE_CHARS / (1024 * 1024)} MB per article: split or trim it`,
    );
  }
  for (const field of ['title', 'outlet'] as const) {
    const value = draft[field];
    if (value !== null && LONE_SURROGATE.test(value)) {
      problem(field, `the ${field} holds a broken character (half a UTF-16 pair): retype it`);
    }
  }
  if (
    draft.published !== null &&
    !FrontMatterSchema.shape.published.safeParse(draft.published).success
  ) {
    problem(
      'published',
      `expected a day like 2015-12-23, got "${draft.published}": correct it or clear it`,
    );
  }
  if (draft.url !== null && !FrontMatterSchema.shape.url.safeParse(draft.url).success) {
    problem(
      'url',
      `expected a web address like https://example.org/story, got "${draft.url}": correct it or clear it`,
    );
  }
  return problems;
}

/** One entry of outlets.yaml as written: the catalogue's fields, in its order. */
interface OutletFileEntry {
  id: string;
  name: string;
  kind: OutletKind;
  identification: {
    how: IdentificationHow;
    evidence: [];
    metadata?: { article: string; field: string; value: string; note: string }[];
  };
}

/**
 * The metadata field of an outlet name that rests on the person's word alone: read back from a
 * project, it is a typed name again, not evidence.
 */
export const TYPED_OUTLET_FIELD = 'typed by the person who imported it';

/** Whether a draft's evidence is a page naming its own publisher in its metadata. */
const namesPublisher = (evidence: DraftEvidence) =>
  PUBLISHER_FIELDS.some((field) => field.test(evidence.from));

/**
 * How one article tells its outlet, and the entries that record it. The page's own metadata naming
 * its publisher (og:site_name, JSON-LD publisher.name) is the publisher stating who it is:
 * `stated`, with the field and value kept as metadata, never as words of the text. Anything else
 * (a table's column, a file's front matter, a name the person typed) rests on someone's word the
 * corpus cannot show, so it is `inferred`, and the entry says on whose word.
 */
function outletTelling(draft: ArticleDraft, name: string, id: string) {
  const supporting = draft.evidence.filter(
    (e) => e.proposes === 'outlet' && nameKey(e.value) === nameKey(name),
  );
  if (supporting.length === 0) {
    return {
      how: 'inferred' as const,
      metadata: [
        {
          article: id,
          field: TYPED_OUTLET_FIELD,
          value: name,
          note: 'Neither the article’s words nor its page were recorded naming the outlet: it rests on the word of the person who imported it.',
        },
      ],
    };
  }
  const stated = supporting.some(namesPublisher);
  return {
    how: stated ? ('stated' as const) : ('inferred' as const),
    metadata: supporting.map((e) => ({
      article: id,
      field: e.from,
      value: e.value,
      note: namesPublisher(e)
        ? 'The page’s own metadata names its publisher; the article’s words do not.'
        : 'Given by the imported file, not by the article’s words or its page: it rests on whoever wrote that file.',
    })),
  };
}

const OUTLETS_HEADER = `# Written from the project's drafts. \`stated\`: the article's page names its publisher in its
# own metadata (kept under \`metadata\`, since those words are not in the article text).
# \`inferred\`: the name rests on a table, a file or the person who imported the article.
# \`unknown\`: nothing tells, and the outlet stays unidentified rather than guessed.
`;

/**
 * outlets.yaml's entries written from the drafts, and each article's outlet id, in the drafts'
 * order. `taken`: ids a kept outlets.yaml already uses, which a new entry steps round.
 */
function outletsOf(
  drafts: readonly ArticleDraft[],
  ids: readonly string[],
  taken: ReadonlySet<string> = new Set(),
) {
  const entries: OutletFileEntry[] = [];
  const byName = new Map<string, OutletFileEntry>();
  // The unidentified outlets' ids are fixed by their article: a named outlet's slug steps round them.
  const used = new Set([
    ...taken,
    ...drafts.flatMap((d, i) =>
      (d.outlet?.trim() ?? '') === '' ? [`unidentified-${ids[i]}`] : [],
    ),
  ]);
  const outletIds = drafts.map((draft, i) => {
    const id = ids[i] ?? '';
    const name = draft.outlet?.trim().replace(/\s+/gu, ' ') ?? '';
    if (name === '') {
      entries.push({
        id: `unidentified-${id}`,
        name: `Unidentified outlet (article ${id})`,
        kind: 'unknown',
        identification: { how: 'unknown', evidence: [] },
      });
      return `unidentified-${id}`;
    }
    const telling = outletTelling(draft, draft.outlet?.trim() ?? name, id);
    let entry = byName.get(nameKey(name));
    if (entry === undefined) {
      const base = outletSlug(name);
      let slug = base;
      for (let n = 2; used.has(slug); n++) slug = `${base}-${n}`;
      used.add(slug);
      entry = {
        id: slug,
        name,
        kind: AGENCY_NAMES.has(name) ? 'wire' : 'unknown',
        identification: { how: telling.how, evidence: [], metadata: [] },
      };
      byName.set(nameKey(name), entry);
      entries.push(entry);
    } else if (telling.how === 'stated') {
      entry.identification.how = 'stated';
    }
    entry.identification.metadata?.push(...telling.metadata);
    return entry.id;
  });
  return { entries, outletIds };
}

/** The outlets of a kept outlets.yaml (a data folder opened whole), by id; null when it has none. */
function keptOutlets(text: string | undefined): Map<string, OutletEntry> | null {
  if (text === undefined) return null;
  const parsed = OutletsFileSchema.safeParse(parse(text));
  return parsed.success ? new Map(parsed.data.map((o) => [o.id, o])) : null;
}

/**
 * outlets.yaml and each article's outlet id. A data folder opened whole keeps its outlets.yaml as
 * it was (with the evidence it records) for every article still under its outlet's name; only an
 * article brought in anew, or whose outlet was renamed, gets an entry written from its draft.
 */
function outletsFile(
  drafts: readonly ArticleDraft[],
  ids: readonly string[],
  keptText: string | undefined,
) {
  const kept = keptOutlets(keptText);
  const keeps = (draft: ArticleDraft) => {
    const entry = draft.outletId === undefined ? undefined : kept?.get(draft.outletId);
    if (entry === undefined) return false;
    const name = draft.outlet?.trim().replace(/\s+/gu, ' ') ?? '';
    // An outlet nothing identified comes back as no name: it is still that placeholder.
    return name === ''
      ? entry.identification.how === 'unknown'
      : nameKey(name) === nameKey(entry.name);
  };
  const fresh = drafts
    .map((d, i) => ({ draft: d, id: ids[i] ?? '' }))
    .filter((x) => !keeps(x.draft));
  const written = outletsOf(
    fresh.map((x) => x.draft),
    fresh.map((x) => x.id),
    new Set(kept?.keys() ?? []),
  );
  const writtenId = new Map(fresh.map((x, i) => [x.draft.key, written.outletIds[i] ?? '']));
  const outletIds = drafts.map((d) =>
    keeps(d) ? (d.outletId ?? '') : (writtenId.get(d.key) ?? ''),
  );
  if (kept === null || keptText === undefined) {
    return { text: `${OUTLETS_HEADER}\n${yaml(written.entries)}`, outletIds };
  }
  if (written.entries.length === 0) return { text: keptText, outletIds };
  // The kept file as it was, the new entries after it.
  const joined = kept.size === 0 ? '' : `${keptText.replace(/\n*$/u, '')}\n`;
  return { text: `${joined}${yaml(written.entries)}`, outletIds };
}

/** corpus.yaml: the title, and the earliest published day as the day relative dates resolve to. */
function settingsFile(title: string, drafts: readonly ArticleDraft[]): string {
  const days = drafts.flatMap((d) => (d.published === null ? [] : [d.published])).sort();
  const earliest = days[0];
  const why =
    earliest === undefined
      ? `# No article has a published date, so the reference date is a placeholder: set it to the day\n# relative dates ("on Monday") in the articles should resolve against.\n`
      : `# The reference date is the earliest published date of the articles: relative dates ("on\n# Monday") in an article without a published date resolve against it.\n`;
  return `${why}${yaml({ title, referenceDate: earliest ?? FALLBACK_REFERENCE_DATE })}`;
}

/**
 * The data folder of a project's drafts, as the command line reads it: `articles/<id>.md` with
 * front matter and then each draft's text exactly, `outlets.yaml` with how each outlet is known,
 * `corpus.yaml`, `events.yaml` and `people.yaml`, and the kept files unchanged. A draft that
 * cannot be written comes back as problems naming its source and field; nothing is thrown.
 */
export function draftsToFiles(project: ProjectDrafts): ProjectFilesResult {
  const { drafts } = project;
  const kept = project.kept ?? {};
  const problems: ImportProblem[] = [];
  if (drafts.length === 0) {
    problems.push({
      source: 'project',
      line: null,
      field: null,
      message: 'the project has no articles: import at least one before building',
      level: 'error',
    });
  }
  if (project.title.trim() === '' && kept['corpus.yaml'] === undefined) {
    problems.push({
      source: 'project',
      line: null,
      field: 'title',
      message: 'the project has no title: give it one',
      level: 'error',
    });
  }
  const keys = new Set<string>();
  for (const draft of drafts) {
    if (keys.has(draft.key)) {
      problems.push({
        source: draft.source,
        line: null,
        field: 'key',
        message: `another draft has the same key "${draft.key}": each draft needs its own`,
        level: 'error',
      });
    }
    keys.add(draft.key);
    problems.push(...draftProblems(draft));
  }
  if (problems.length > 0) return { ok: false, problems };

  const ids = articleIds(drafts);
  const outlets = outletsFile(drafts, ids, kept[KEPT_OUTLETS]);
  const files: Record<string, string> = {
    'corpus.yaml': settingsFile(project.title.trim(), drafts),
    'outlets.yaml': outlets.text,
    'events.yaml': '[]\n',
    'people.yaml': '[]\n',
  };
  for (const name of KEPT_FILES) {
    const text = kept[name];
    if (text !== undefined) files[name] = text;
  }
  drafts.forEach((draft, i) => {
    const id = ids[i] ?? '';
    const frontMatter = yaml({
      id,
      outlet: outlets.outletIds[i],
      title: draft.title === '' ? null : draft.title,
      published: draft.published,
      url: draft.url,
      // Written only when known, so a project without bylines writes the files it always did.
      ...(draft.byline === null || draft.byline.trim() === ''
        ? {}
        : { byline: draft.byline.trim() }),
    });
    // The text follows the closing line untouched: the loader keeps everything after it.
    files[`articles/${id}.md`] = `---\n${frontMatter}---\n${draft.text}`;
  });
  return { ok: true, files, articleIds: new Map(drafts.map((d, i) => [d.key, ids[i] ?? ''])) };
}
