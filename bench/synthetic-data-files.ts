import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { parse, stringify } from 'yaml';
import { seededRandom } from '../src/test-support/generate-corpus.ts';
import {
  EventsFileSchema,
  PeopleFileSchema,
  ClaimsFileSchema,
} from '../src/corpus/catalogue-schema.ts';

/**
 * The catalogue files a synthetic data folder copies from a real one: unchanged, except that a
 * claim defined by example (`like`) quotes the real articles, which a synthetic folder lacks, so its
 * passages are carried into the first synthetic article and the examples point there.
 */
export const CATALOGUE_FILES = [
  'corpus.yaml',
  'claims.yaml',
  'events.yaml',
  'people.yaml',
] as const;
export type CatalogueTemplate = Record<(typeof CATALOGUE_FILES)[number], string>;

export interface SyntheticDataOptions {
  /** How many article files to write. */
  articles: number;
  /** The same seed and options give byte-identical files. */
  seed: number;
  /** Claims, events, people and settings, copied as they are: the build does its real work. */
  catalogue: CatalogueTemplate;
  /** Share of articles (0 to 1) that republish part of one earlier article verbatim, as wire copy. */
  reuseShare?: number;
  /** Articles per outlet (the last outlet may have fewer). */
  articlesPerOutlet?: number;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

// Words and phrasings of news copy about air strikes. Sentences are assembled from many choices
// so that unrelated articles rarely share long verbatim runs: reuse is where the writer puts it.
const FILLER = `the a on in of for with after before during near across while as since officials
residents witnesses monitors reporters said told added reported according local regional
government opposition forces aircraft jets helicopters bombs shells rockets town village city
district province market hospital school mosque bakery road bridge convoy shelter camp families
children women men fighters rebels troops observers group agency ministry spokesman statement
briefing report evidence video images survivors doctors rescuers volunteers week month morning
night Monday Tuesday Wednesday Thursday Friday Saturday Sunday heavy repeated fresh deadly
several many few dozens scores others earlier later again still also however meanwhile despite
independent verified unconfirmed disputed investigation inquiry accounts records figures toll
damage destruction homes buildings streets roads vehicles power water supplies aid deliveries`
  .split(/\s+/)
  .filter((word) => word !== '');

const SYLLABLES = 'ba ko ri tan mel sor vi dun pe lash gor ni ta zem ul fra mo kes di ran'.split(
  ' ',
);

/**
 * Invented words. Articles nobody copied must share little beyond names, numbers and small words,
 * or the build would rightly find every pair "spun" from the other: real outlets' own words differ.
 */
const INVENTED: string[] = (() => {
  const next = seededRandom(97);
  const syllable = () => SYLLABLES[Math.floor(next() * SYLLABLES.length)] ?? 'ba';
  return Array.from({ length: 5000 }, () =>
    Array.from({ length: 2 + Math.floor(next() * 2) }, syllable).join(''),
  );
})();

const QUALIFIERS = ['at least', 'around', 'more than', 'almost', 'nearly', 'up to', 'about', ''];
const GROUPS = ['civilians', 'children', 'women', 'fighters', 'people'];
const OUTCOMES = ['killed', 'injured', 'wounded', 'killed or injured'];
const VAGUE = ['dozens of', 'hundreds of', 'scores of', 'a dozen'];
const NUMBER_WORDS = ['two', 'three', 'five', 'six', 'seven', 'eight', 'ten', 'eleven', 'twelve'];
const MONTHS = ['Sept.', 'Oct.', 'Nov.', 'Dec.', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const SPEECH = ['said', 'told reporters', 'said in a statement', 'told a news briefing', 'added'];
const STRIKE = ['air strikes', 'airstrikes', 'bombing raids', 'strikes', 'air raids'];
const HEDGES = ['may amount to', 'could amount to', 'may constitute', 'amount to', 'are'];
const BOILERPLATE = [
  'Related: More coverage of the war',
  'Donate now to support independent journalism',
  'Share this article',
  'Photo: A damaged street (Reuters)',
  'Top Content Trending',
];

interface Vocabulary {
  places: string[];
  people: string[];
  claimants: string[];
}

/** Names the catalogue gives, so the build's place, speaker and claim matching has real work. */
function vocabulary(catalogue: CatalogueTemplate): Vocabulary {
  const events = EventsFileSchema.safeParse(parse(catalogue['events.yaml']));
  const people = PeopleFileSchema.safeParse(parse(catalogue['people.yaml']));
  const claims = ClaimsFileSchema.safeParse(parse(catalogue['claims.yaml']));
  const places = events.success
    ? events.data.flatMap((e) => (e.place ? [e.place.name, ...e.place.aliases] : []))
    : [];
  return {
    places: places.length > 0 ? [...new Set(places)] : ['Tarsa', 'Eastmoor', 'Kerrin', 'Northland'],
    people:
      people.success && people.data.length > 0 ? people.data.map((p) => p.name) : ['a spokesman'],
    claimants:
      claims.success && claims.data.length > 0
        ? [...new Set(claims.data.map((c) => c.claimant))]
        : ['Monitor Group'],
  };
}

class Writer {
  private readonly next: () => number;
  private readonly words: Vocabulary;

  constructor(next: () => number, words: Vocabulary) {
    this.next = next;
    this.words = words;
  }

  int(low: number, high: number): number {
    return low + Math.floor(this.next() * (high - low + 1));
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }

  filler(min: number, max: number): string {
    return Array.from({ length: this.int(min, max) }, () =>
      this.next() < 0.35 ? this.pick(FILLER) : this.pick(INVENTED),
    ).join(' ');
  }

  figure(): string {
    const roll = this.next();
    if (roll < 0.2) return `${this.pick(VAGUE)} ${this.pick(GROUPS)}`;
    if (roll < 0.35) return `${this.pick(NUMBER_WORDS)} ${this.pick(GROUPS)}`;
    const qualifier = this.pick(QUALIFIERS);
    return `${qualifier === '' ? '' : `${qualifier} `}${this.int(2, 400)} ${this.pick(GROUPS)}`;
  }

  date(): string {
    const roll = this.next();
    if (roll < 0.3) return `on ${this.pick(WEEKDAYS)}`;
    if (roll < 0.7) return `on ${this.pick(MONTHS)} ${this.int(1, 28)}`;
    return `on ${this.int(1, 28)} ${this.pick(MONTHS)} 2015`;
  }

  /** One to three words: put between the fixed words of a pattern, so no two articles share a long run. */
  gap(): string {
    return this.filler(1, 3);
  }

  sentence(): string {
    const w = this.words;
    switch (this.int(0, 7)) {
      case 0:
        return `${this.pick(w.claimants)} ${this.gap()} said ${this.pick(STRIKE)} ${this.gap()} had ${this.pick(OUTCOMES)} ${this.figure()} in ${this.pick(w.places)} ${this.date()}, ${this.filler(4, 10)}.`;
      case 1:
        return `“${capital(this.filler(6, 14))},” ${this.pick(w.people)} ${this.pick(SPEECH)}.`;
      case 2:
        return `Between ${this.pick(MONTHS)} ${this.int(1, 28)} and ${this.pick(MONTHS)} ${this.int(1, 28)}, ${this.figure()} were ${this.pick(OUTCOMES)} in ${this.pick(w.places)} ${this.gap()}, according to ${this.pick(w.claimants)} and ${this.filler(4, 10)}.`;
      case 3:
        return `The ${this.pick(STRIKE)} on ${this.pick(w.places)} ${this.pick(HEDGES)} war crimes ${this.gap()}, ${this.pick(w.claimants)} ${this.gap()} said ${this.date()}, ${this.filler(4, 10)}.`;
      case 4:
        return `${this.pick(w.people)} ${this.gap()} denied targeting civilians ${this.gap()} and called the report "${this.pick(['fake', 'biased', 'groundless', 'one-sided'])}", ${this.filler(4, 10)}.`;
      case 5:
        return `The report ${this.gap()} was based on ${this.pick(['interviews with witnesses', 'video evidence', 'satellite images', 'survivor accounts'])} ${this.gap()} and ${this.filler(4, 10)}.`;
      default:
        return `${capital(this.filler(10, 28))}.`;
    }
  }

  paragraph(): string {
    return Array.from({ length: this.int(1, 3) }, () => this.sentence()).join(' ');
  }
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function yamlString(value: string): string {
  // JSON strings are valid YAML double-quoted scalars.
  return JSON.stringify(value);
}

/**
 * The claims file with every example passage (`like`) re-pointed at `articleId`, and those
 * passages, once each, for that article to carry: the claims by example then match at scale as the
 * real ones do. A file without examples comes back unchanged, byte for byte.
 */
function claimsWithExamplesIn(
  claimsText: string,
  articleId: string,
): { text: string; passages: string[] } {
  const claims: unknown = parse(claimsText);
  if (!Array.isArray(claims)) return { text: claimsText, passages: [] };
  const passages: string[] = [];
  let changed = false;
  for (const claim of claims as {
    like?: { article: string; quote: string; occurrence?: number }[];
  }[]) {
    for (const example of claim.like ?? []) {
      if (!passages.includes(example.quote)) passages.push(example.quote);
      example.article = articleId;
      delete example.occurrence;
      changed = true;
    }
  }
  return changed ? { text: stringify(claims), passages } : { text: claimsText, passages: [] };
}

/**
 * The files of a synthetic data folder in the layout `data/` uses (corpus.yaml, outlets.yaml,
 * claims.yaml, events.yaml, people.yaml, articles/<id>.md), by path inside the folder. Articles
 * are invented news copy naming the catalogue's places, people and claimants, with figures, dates,
 * quotes and boilerplate; each outlet is identified by a credit line its first article carries.
 * A `reuseShare` of articles republish part of one earlier article verbatim. Deterministic.
 */
export function syntheticDataFiles(options: SyntheticDataOptions): Record<string, string> {
  const { articles: count, seed, catalogue } = options;
  const reuseShare = options.reuseShare ?? 0.1;
  const perOutlet = Math.max(1, options.articlesPerOutlet ?? 5);
  if (!Number.isInteger(count) || count < 1)
    throw new Error(`articles must be a positive integer, got ${count}`);

  const next = seededRandom(seed);
  const writer = new Writer(next, vocabulary(catalogue));
  const files: Record<string, string> = {};
  for (const name of CATALOGUE_FILES) files[name] = catalogue[name];

  const width = Math.max(4, String(count).length);
  const examples = claimsWithExamplesIn(catalogue['claims.yaml'], `s${pad(0, width)}`);
  files['claims.yaml'] = examples.text;
  const outletCount = Math.ceil(count / perOutlet);
  const outletWidth = Math.max(3, String(outletCount).length);
  // Only articles of their own are copied, so copies of copies do not tie whole families together.
  const originals: string[][] = [];
  const outletLines: string[] = [];

  for (let i = 0; i < count; i++) {
    const id = `s${pad(i, width)}`;
    const outletIndex = Math.floor(i / perOutlet);
    const outletId = `synthetic-outlet-${pad(outletIndex, outletWidth)}`;
    const outletName = `Synthetic Outlet ${pad(outletIndex, outletWidth)}`;
    const credit = `Reporting by ${outletName}`;

    let paragraphs = Array.from({ length: writer.int(8, 20) }, () => writer.paragraph());
    const source = originals.length > 0 && next() < reuseShare ? writer.pick(originals) : undefined;
    if (source) {
      // Wire copy: a run of the earlier article's paragraphs, verbatim, then some of its own.
      const start = writer.int(0, Math.max(0, source.length - 4));
      paragraphs = [...source.slice(start, start + writer.int(4, 10)), ...paragraphs.slice(0, 4)];
    }
    if (!source) originals.push(paragraphs);
    const boilerplate = next() < 0.5 ? [writer.pick(BOILERPLATE)] : [];
    const title = capital(writer.filler(5, 11));
    const body = [
      title,
      '',
      ...paragraphs.flatMap((p) => [p, '']),
      ...(i === 0 ? examples.passages.flatMap((p) => [p, '']) : []),
      ...boilerplate,
      credit,
      '',
    ].join('\n');
    const published =
      next() < 0.85 ? `'2015-${pad(writer.int(9, 12), 2)}-${pad(writer.int(1, 28), 2)}'` : 'null';
    const url = next() < 0.8 ? `https://news.example.org/${outletId}/${id}` : 'null';
    files[`articles/${id}.md`] =
      `---\nid: ${yamlString(id)}\noutlet: ${outletId}\ntitle: ${yamlString(title)}\npublished: ${published}\nurl: ${url}\n---\n${body}`;

    if (i % perOutlet === 0) {
      outletLines.push(
        `- id: ${outletId}`,
        `  name: ${outletName}`,
        `  kind: ${writer.pick(['newspaper', 'wire', 'broadcaster', 'digital', 'blog'])}`,
        `  identification:`,
        `    how: stated`,
        `    evidence:`,
        `      - article: ${yamlString(id)}`,
        `        quote: ${yamlString(credit)}`,
        `        note: the credit line names the outlet`,
      );
    }
  }
  files['outlets.yaml'] = `${outletLines.join('\n')}\n`;
  return files;
}

/** Reads the catalogue files a synthetic folder copies; throws naming the first one missing. */
export async function readCatalogue(dataDir: string): Promise<CatalogueTemplate> {
  const entries = await Promise.all(
    CATALOGUE_FILES.map(async (name) => {
      try {
        return [name, await readFile(join(dataDir, name), 'utf8')] as const;
      } catch (error) {
        throw new Error(`the benchmark copies ${name} from the data folder, which lacks it`, {
          cause: error,
        });
      }
    }),
  );
  return Object.fromEntries(entries) as CatalogueTemplate;
}

/** Writes files (path inside the folder → text) under `dir`, making folders as needed. */
export async function writeDataFolder(dir: string, files: Record<string, string>): Promise<void> {
  for (const [name, text] of Object.entries(files)) {
    const path = join(dir, name);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, text);
  }
}
