import { CORPUS_VERSION } from '../corpus/schema.ts';
import type {
  Article,
  IdentificationHow,
  Claim,
  ClaimCategory,
  Corpus,
  DateMention,
  Discrepancy,
  Event,
  Evidence,
  Figure,
  FigureGroup,
  Outlet,
  OutletKind,
  Person,
  Quote,
  Removed,
  Reuse,
  SourceGroup,
  Span,
  Stance,
} from '../corpus/schema.ts';

/** How big a synthetic corpus to make, and from which seed. */
export interface GenerateCorpusOptions {
  /** The same seed and options give the same corpus. */
  seed: number;
  outlets: number;
  /** At least `outlets`: every outlet publishes one article, the rest go to outlets at random. */
  articles: number;
  claims: number;
  /** How many claims each original article carries (capped at `claims`). */
  claimsPerArticle: number;
  /** Figures in each article beyond those its claims cite. */
  figuresPerArticle: number;
  datesPerArticle: number;
  quotesPerArticle: number;
  /** Share of articles (0 to 1) that republish an earlier article's copy as wire copy. */
  reuseShare: number;
}

/** The defaults: a small corpus, a dozen claims across five outlets. */
export const DEFAULT_GENERATE_OPTIONS: GenerateCorpusOptions = {
  seed: 1,
  outlets: 5,
  articles: 6,
  claims: 12,
  claimsPerArticle: 6,
  figuresPerArticle: 2,
  datesPerArticle: 1,
  quotesPerArticle: 1,
  reuseShare: 0.2,
};

/** Mulberry32: a tiny seeded generator of numbers in [0, 1), so output can be made again from its seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** A share from 0 to 1, rounded to hundredths. */
const share = (part: number, whole: number) =>
  Math.min(1, Math.round((part / Math.max(1, whole)) * 100) / 100);

const CATEGORIES: ClaimCategory[] = [
  'casualties',
  'legal-assessment',
  'denial',
  'weapons',
  'method',
  'chronology',
];
const KINDS: OutletKind[] = ['newspaper', 'wire', 'broadcaster', 'magazine', 'digital', 'blog'];
// An invented war's places and voices, so no test or benchmark leans on a real story's names.
const PLACES = ['Tarsa', 'Eastmoor', 'Kerrin', 'Belvo', 'Ostra', 'Vanmoor', 'Lisk', 'Pell'];
const CLAIMANTS = [
  'Monitor Group',
  'Valdoran Defence Ministry',
  'Valdoran Presidency',
  'Relief Alliance',
];
const GROUPS: FigureGroup[] = ['civilians', 'children', 'women', 'fighters', 'people'];
const MONTHS = ['September', 'October', 'November', 'December'];

/** Appends text and hands back the span of each piece, so offsets can never drift from the text. */
class TextBuilder {
  text = '';

  readonly articleId: string;

  constructor(articleId: string) {
    this.articleId = articleId;
  }

  add(part: string): Span {
    const start = this.text.length;
    this.text += part;
    return { articleId: this.articleId, start, end: this.text.length, quote: part };
  }

  /** The span of `part` inside a piece added earlier at `span`. */
  within(span: Span, part: string): Span {
    const at = span.quote.indexOf(part);
    if (at < 0) throw new Error(`generate: "${part}" is not inside "${span.quote}"`);
    const start = span.start + at;
    return { articleId: this.articleId, start, end: start + part.length, quote: part };
  }
}

interface Written {
  article: Article;
  evidence: Evidence[];
  figures: Figure[];
  dates: DateMention[];
  quotes: Quote[];
  /** The outlet's identifying words in this article, with why they count. */
  identification: (Span & { note: string }) | null;
  /** The reporting itself (no title, menu or credit): what wire copy republishes. */
  body: { start: number; end: number };
}

/**
 * A synthetic corpus of any size that passes `parseCorpus`: every id resolves, every span equals
 * its quote. Deterministic for a seed; for tests and the benchmark, never for findings.
 */
export function generateCorpus(options: Partial<GenerateCorpusOptions> = {}): Corpus {
  const o = { ...DEFAULT_GENERATE_OPTIONS, ...options };
  const outletCount = Math.max(1, Math.floor(o.outlets));
  const articleCount = Math.max(outletCount, Math.floor(o.articles));
  const claimCount = Math.max(1, Math.floor(o.claims));
  const rand = seededRandom(o.seed);
  const pick = <T>(items: readonly T[]): T => {
    const item = items[Math.floor(rand() * items.length)];
    if (item === undefined) throw new Error('generate: pick from an empty list');
    return item;
  };

  const events: Event[] = PLACES.map((place, i) => ({
    id: `event-${pad(i + 1, 2)}`,
    kind: 'strike',
    label: `${place} strike`,
    date: `2015-${pad(10 + (i % 3), 2)}-${pad(1 + ((i * 7) % 28), 2)}`,
    endDate: null,
    datePrecision: 'day',
    place: {
      name: place,
      aliases: [],
      governorate: null,
      country: 'Riverland',
      coordinates: null,
    },
  }));
  const people: Person[] = CLAIMANTS.map((affiliation, i) => ({
    id: `person-${pad(i + 1, 2)}`,
    name: `Speaker ${i + 1}`,
    aliases: [],
    affiliation,
  }));

  const claims: Claim[] = Array.from({ length: claimCount }, (_, i) => {
    const category = CATEGORIES[i % CATEGORIES.length] ?? 'casualties';
    const event = events[i % events.length];
    const place = event?.place?.name ?? 'Riverland';
    const n = i + 1;
    const claimant = CLAIMANTS[i % CLAIMANTS.length] ?? 'Monitor Group';
    if (category === 'casualties') {
      const group = GROUPS[i % GROUPS.length] ?? 'civilians';
      return {
        id: `claim-${pad(n, 4)}`,
        statement: `The strike in ${place} (claim ${n}) killed ${10 + (i % 90)} ${group}`,
        category,
        claimant,
        figure: { eventId: event?.id ?? null, group, outcome: 'killed' },
        origin: 'curated',
      };
    }
    const statements: Record<Exclude<ClaimCategory, 'casualties'>, string> = {
      'legal-assessment': `The strikes near ${place} (claim ${n}) may amount to war crimes`,
      denial: `Valdora denies striking ${place} (claim ${n})`,
      weapons: `Cluster munitions were used in ${place} (claim ${n})`,
      method: `Unguided bombs hit ${place} (claim ${n})`,
      chronology: `The ${place} strike (claim ${n}) came before the talks`,
    };
    return {
      id: `claim-${pad(n, 4)}`,
      statement: statements[category],
      category,
      claimant,
      figure: null,
      origin: 'curated',
    };
  });

  const outletIds = Array.from({ length: outletCount }, (_, i) => `outlet-${pad(i + 1, 3)}`);
  const articleOutlet = Array.from({ length: articleCount }, (_, i) =>
    i < outletCount ? (outletIds[i] ?? '') : pick(outletIds),
  );
  const articleIds = Array.from({ length: articleCount }, (_, i) => pad(i, 3));
  const how = outletIds.map((_, i): IdentificationHow =>
    i % 7 === 6 ? 'unknown' : i % 3 === 2 ? 'inferred' : 'stated',
  );
  const howOf = new Map(outletIds.map((id, i) => [id, how[i] ?? ('stated' as const)]));
  const outletName = (id: string, i: number) =>
    howOf.get(id) === 'unknown'
      ? `Unidentified outlet (article ${articleIds[i] ?? ''})`
      : `Outlet ${id.slice(7)}`;

  const written: Written[] = [];
  const reuse: Reuse[] = [];
  // Union-find over articles: reuse joins them into one independent source.
  const parent = articleIds.map((_, i) => i);
  const root = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r] ?? r;
    return r;
  };

  const claimsPerArticle = Math.max(0, Math.min(claimCount, Math.floor(o.claimsPerArticle)));
  // Each claim's figure as its source gives it; outlets sometimes cite another number.
  const claimFigure = claims.map((_, i) => 10 + (i % 90));
  let citations = 0;

  for (let i = 0; i < articleCount; i++) {
    const id = articleIds[i] ?? pad(i, 3);
    const outletId = articleOutlet[i] ?? '';
    const outletHow = howOf.get(outletId) ?? 'stated';
    const b = new TextBuilder(id);
    const removed: Removed[] = [];
    const evidence: Evidence[] = [];
    const figures: Figure[] = [];
    const dates: DateMention[] = [];
    const quotes: Quote[] = [];
    let identification: Written['identification'] = null;

    const place = pick(PLACES);
    const title = `Strikes reported near ${place} (${id})`;
    b.add(`${title}\n\n`);
    if (outletHow === 'inferred') {
      const menu = b.add(`Menu | World | ${outletName(outletId, i)} Live`);
      removed.push({ start: menu.start, end: menu.end, reason: 'site-menu', rule: 'menu-bar' });
      identification = { ...menu, note: 'the site menu carries the outlet name' };
      b.add('\n');
    }

    let bodyStart = b.text.length;
    const source =
      i > 0 && rand() < o.reuseShare ? written[Math.floor(rand() * written.length)] : undefined;
    if (source) {
      // Wire copy: the source's reporting, verbatim, after a short standfirst.
      b.add('Republished from the wire.\n');
      const bodyOffset = source.body.start;
      const wireCopy = source.article.text.slice(bodyOffset, source.body.end);
      const copied = b.add(wireCopy);
      bodyStart = copied.start;
      const shift = copied.start - bodyOffset;
      const moved = <T extends Span>(span: T): T => ({
        ...span,
        articleId: id,
        start: span.start + shift,
        end: span.end + shift,
      });
      for (const r of source.article.removed) {
        if (r.start >= bodyOffset && r.end <= source.body.end)
          removed.push({ ...r, start: r.start + shift, end: r.end + shift });
      }
      evidence.push(...source.evidence.map((e) => ({ ...moved(e), origin: 'auto' as const })));
      figures.push(
        ...source.figures.map((f, k) => ({
          ...moved(f),
          id: `${id}-f${k + 1}`,
          origin: 'auto' as const,
        })),
      );
      dates.push(...source.dates.map(moved));
      quotes.push(...source.quotes.map(moved));
      const sourceIndex = articleIds.indexOf(source.article.id);
      reuse.push({
        articleA: source.article.id,
        articleB: id,
        // Shares of each text; containmentBA is set once this article's text is complete.
        containmentAB: share(wireCopy.length, source.article.text.length),
        containmentBA: 0,
        kind: 'wire',
        passages: [
          {
            startA: bodyOffset,
            endA: source.body.end,
            quoteA: wireCopy,
            startB: copied.start,
            endB: copied.end,
            quoteB: wireCopy,
          },
        ].filter((p) => p.quoteA.length > 0),
      });
      parent[root(i)] = root(sourceIndex);
    } else {
      const offset = Math.floor(rand() * claimCount);
      for (let k = 0; k < claimsPerArticle; k++) {
        const claimIndex = (offset + k * 7) % claimCount;
        const claim = claims[claimIndex];
        if (!claim || evidence.some((e) => e.claimId === claim.id)) continue;
        const stance: Stance = rand() < 0.5 ? 'attributes' : rand() < 0.8 ? 'asserts' : 'disputes';
        const hedged = rand() < 0.3;
        let sentence: string;
        let figurePart: {
          quote: string;
          low: number;
          high: number | null;
          qualifier: string | null;
          vague: boolean;
        } | null = null;
        if (claim.figure) {
          const exact = claimFigure[claimIndex] ?? 10;
          // One citation in five is vague, one in five differs: enough to show both in any corpus.
          const variant = citations++ % 5;
          figurePart =
            variant === 0
              ? {
                  quote: `hundreds of ${claim.figure.group}`,
                  low: 200,
                  high: null,
                  qualifier: null,
                  vague: true,
                }
              : variant === 1
                ? {
                    quote: `at least ${exact - 3} ${claim.figure.group}`,
                    low: exact - 3,
                    high: null,
                    qualifier: 'at least',
                    vague: false,
                  }
                : {
                    quote: `${exact} ${claim.figure.group}`,
                    low: exact,
                    high: exact,
                    qualifier: null,
                    vague: false,
                  };
          sentence = claim.statement.replace(
            / killed .*$/,
            ` ${hedged ? 'may have killed' : 'killed'} ${figurePart.quote}`,
          );
        } else {
          const statement = claim.statement;
          // Lower-case the first word after "Reportedly," unless it is a name.
          const opening = statement.startsWith('Valdora ')
            ? statement
            : `${statement.charAt(0).toLowerCase()}${statement.slice(1)}`;
          sentence = hedged ? `Reportedly, ${opening}` : statement;
        }
        const said =
          stance === 'attributes'
            ? `, ${claim.claimant} said.`
            : stance === 'disputes'
              ? `: that is false, officials said, rejecting ${claim.claimant}.`
              : '.';
        const span = b.add(`${sentence}${said}`);
        b.add(' ');
        evidence.push({
          ...span,
          claimId: claim.id,
          stance,
          attributedTo: stance === 'asserts' ? null : claim.claimant,
          hedged,
          origin: rand() < 0.5 ? 'reviewed' : 'auto',
        });
        if (figurePart && claim.figure) {
          figures.push({
            ...b.within(span, figurePart.quote),
            id: `${id}-f${figures.length + 1}`,
            low: figurePart.low,
            high: figurePart.high,
            qualifier: figurePart.qualifier,
            vague: figurePart.vague,
            group: claim.figure.group,
            noun: null,
            role: 'total',
            partOf: null,
            outcome: 'killed',
            eventId: claim.figure.eventId,
            attributedTo: stance === 'asserts' ? null : claim.claimant,
            origin: 'auto',
          });
        }
      }
      b.add('\n');
      for (let k = 0; k < o.figuresPerArticle; k++) {
        const count = 2 + Math.floor(rand() * 60);
        const group = pick(GROUPS);
        const sentence = b.add(`Around ${count} ${group} were injured in ${pick(PLACES)}. `);
        figures.push({
          ...b.within(sentence, `Around ${count} ${group}`),
          id: `${id}-f${figures.length + 1}`,
          low: count,
          high: count,
          qualifier: 'around',
          vague: false,
          group,
          noun: null,
          role: 'total',
          partOf: null,
          outcome: 'injured',
          eventId: null,
          attributedTo: null,
          origin: 'auto',
        });
      }
      for (let k = 0; k < o.datesPerArticle; k++) {
        const event = pick(events);
        const day = 1 + Math.floor(rand() * 28);
        const monthIndex = Math.floor(rand() * MONTHS.length);
        const words = `on ${day} ${MONTHS[monthIndex] ?? 'November'} 2015`;
        const sentence = b.add(`The ${event.label} happened ${words}. `);
        dates.push({
          ...b.within(sentence, words),
          value: `2015-${pad(9 + monthIndex, 2)}-${pad(day, 2)}`,
          valueEnd: null,
          precision: 'day',
          eventId: event.id,
          origin: 'auto',
        });
      }
      for (let k = 0; k < o.quotesPerArticle; k++) {
        const person = pick(people);
        const words = `We have seen nothing new in ${pick(PLACES)}`;
        const sentence = b.add(`"${words}," ${person.name} said. `);
        quotes.push({ ...b.within(sentence, words), speakerId: person.id, origin: 'auto' });
      }
      b.add('\n');
    }
    const body = { start: bodyStart, end: b.text.length };

    const tail = b.add('\nDonate to keep our reporting free.');
    removed.push({ start: tail.start + 1, end: tail.end, reason: 'appeal', rule: 'donate' });
    if (outletHow === 'stated') {
      b.add('\n');
      const credit = b.add(`Reporting by ${outletName(outletId, i)}`);
      removed.push({
        start: credit.start,
        end: credit.end,
        reason: 'credit',
        rule: 'reporting-by',
      });
      identification = { ...credit, note: 'the credit line names the outlet' };
    }

    removed.sort((x, y) => x.start - y.start);
    const own = reuse.at(-1);
    if (source && own) own.containmentBA = share(body.end - body.start, b.text.length);
    written.push({
      article: {
        id,
        outletId,
        title: i % 11 === 10 ? null : title,
        published: i % 13 === 12 ? null : `2015-12-${pad(20 + (i % 8), 2)}`,
        url: i % 5 === 4 ? null : `https://example.org/${outletId}/${id}`,
        text: b.text,
        removed,
      },
      evidence,
      figures,
      dates,
      quotes,
      identification,
      body,
    });
  }

  const firstArticle = new Map<string, number>();
  articleOutlet.forEach((outletId, i) => {
    if (!firstArticle.has(outletId)) firstArticle.set(outletId, i);
  });
  const outlets: Outlet[] = outletIds.map((id, i) => {
    const outletHow = howOf.get(id) ?? 'stated';
    const evidence = written
      .filter((w) => w.article.outletId === id && w.identification !== null)
      .slice(0, 1)
      .flatMap((w) => (w.identification ? [w.identification] : []));
    return {
      id,
      name: outletName(id, firstArticle.get(id) ?? i),
      kind: outletHow === 'unknown' ? 'unknown' : (KINDS[i % KINDS.length] ?? 'newspaper'),
      identification: { how: outletHow, evidence: outletHow === 'unknown' ? [] : evidence },
    };
  });

  const groups = new Map<number, string[]>();
  articleIds.forEach((id, i) => {
    const r = root(i);
    groups.set(r, [...(groups.get(r) ?? []), id]);
  });
  const sourceGroups: SourceGroup[] = [...groups.values()].map((ids, k) => ({
    id: `source-${k + 1}`,
    articleIds: ids,
  }));

  const allFigures = written.flatMap((w) => w.figures);
  const allEvidence = written.flatMap((w) => w.evidence);
  const discrepancies: Discrepancy[] = [];
  for (const claim of claims) {
    if (!claim.figure) continue;
    const cited = new Map<string, Figure>();
    for (const e of allEvidence) {
      if (e.claimId !== claim.id) continue;
      const figure = allFigures.find(
        (f) => f.articleId === e.articleId && f.start >= e.start && f.end <= e.end,
      );
      if (figure && !cited.has(figure.quote)) cited.set(figure.quote, figure);
    }
    if (cited.size < 2) continue;
    discrepancies.push({
      kind: 'figure',
      subject: `${claim.statement}: figures differ`,
      claimId: claim.id,
      eventId: claim.figure.eventId,
      items: [...cited.values()].map((f) => ({
        articleId: f.articleId,
        start: f.start,
        end: f.end,
        quote: f.quote,
        note: f.quote,
      })),
    });
  }

  return {
    version: CORPUS_VERSION,
    title: `Synthetic corpus (seed ${o.seed}): ${outletCount} outlets, ${claimCount} claims`,
    referenceDate: '2015-12-23',
    outlets,
    articles: written.map((w) => w.article),
    claims,
    events,
    people,
    evidence: allEvidence,
    figures: allFigures,
    dates: written.flatMap((w) => w.dates),
    quotes: written.flatMap((w) => w.quotes),
    reuse,
    sourceGroups,
    credits: [],
    discrepancies,
    diagnostics: [],
  };
}
