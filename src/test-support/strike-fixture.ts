import { fixtureCorpus } from './fixture-corpus.ts';
import type { Corpus, Span } from '../corpus/schema.ts';

/**
 * The fixture corpus with two more strikes, for the timeline and chart tests: al-Gharlo, known only
 * to the month, with figures for children and women that two outlets cite differently (one a lower
 * bound, one vague), and an Alvina strike no article mentions. New sentences are appended to the
 * articles, so every span of the fixture keeps its offsets.
 */

const A2_MORE = '\nA strike on al-Gharlo in October killed at least 32 children and 11 women.';
const A3_MORE = '\nIn al-Gharlo, Hovt, dozens of children were killed in October.';

function extend(corpus: Corpus): Corpus {
  const articles = corpus.articles.map((a) =>
    a.id === 'a2'
      ? { ...a, text: a.text + A2_MORE }
      : a.id === 'a3'
        ? { ...a, text: a.text + A3_MORE }
        : a,
  );
  const textOf = (id: string) => articles.find((a) => a.id === id)?.text ?? '';
  const span = (articleId: string, quote: string): Span => {
    const text = textOf(articleId);
    // The new words sit in the appended sentence: search from the end.
    const start = text.lastIndexOf(quote);
    if (start < 0) throw new Error(`strike fixture: "${quote}" not in article ${articleId}`);
    return { articleId, start, end: start + quote.length, quote };
  };

  return {
    ...corpus,
    articles,
    claims: [
      ...corpus.claims,
      {
        id: 'al-gharlo-32-children',
        statement: 'A strike on al-Gharlo killed at least 32 children (Oct 2015)',
        category: 'casualties',
        claimant: 'Amberly International',
        figure: { eventId: 'al-gharlo', group: 'children', outcome: 'killed' },
        origin: 'curated',
      },
    ],
    events: [
      ...corpus.events,
      {
        id: 'al-gharlo',
        kind: 'strike',
        label: 'al-Gharlo residential strike',
        date: '2015-10-01',
        endDate: null,
        datePrecision: 'month',
        place: {
          name: 'al-Gharlo',
          aliases: ['Gharlo'],
          governorate: 'Hovt',
          country: 'Sylva',
          coordinates: null,
        },
      },
      {
        id: 'alvina-strike',
        kind: 'strike',
        label: 'Alvina strike',
        date: '2015-11-03',
        endDate: null,
        datePrecision: 'day',
        place: {
          name: 'Alvina',
          aliases: [],
          governorate: 'Alvina',
          country: 'Sylva',
          coordinates: null,
        },
      },
    ],
    evidence: [
      ...corpus.evidence,
      {
        ...span('a2', 'A strike on al-Gharlo in October killed at least 32 children and 11 women.'),
        claimId: 'al-gharlo-32-children',
        stance: 'asserts',
        attributedTo: null,
        hedged: false,
        origin: 'auto',
      },
    ],
    figures: [
      ...corpus.figures,
      {
        ...span('a2', 'at least 32 children'),
        id: 'a2-f3',
        low: 32,
        high: null,
        qualifier: 'at least',
        vague: false,
        group: 'children',
        noun: null,
        role: 'total',
        partOf: null,
        outcome: 'killed',
        eventId: 'al-gharlo',
        attributedTo: null,
        origin: 'auto',
      },
      {
        ...span('a2', '11 women'),
        id: 'a2-f4',
        low: 11,
        high: 11,
        qualifier: null,
        vague: false,
        group: 'women',
        noun: null,
        role: 'total',
        partOf: null,
        outcome: 'killed',
        eventId: 'al-gharlo',
        attributedTo: null,
        origin: 'auto',
      },
      {
        ...span('a3', 'dozens of children'),
        id: 'a3-f2',
        low: 24,
        high: null,
        qualifier: null,
        vague: true,
        group: 'children',
        noun: null,
        role: 'total',
        partOf: null,
        outcome: 'killed',
        eventId: 'al-gharlo',
        attributedTo: null,
        origin: 'auto',
      },
    ],
    dates: [
      ...corpus.dates,
      {
        ...span('a2', 'in October'),
        value: '2015-10-01',
        valueEnd: null,
        precision: 'month',
        eventId: 'al-gharlo',
        origin: 'auto',
      },
    ],
    discrepancies: [
      ...corpus.discrepancies,
      {
        kind: 'figure',
        subject: 'al-Gharlo strike: children killed',
        claimId: 'al-gharlo-32-children',
        eventId: 'al-gharlo',
        items: [
          { ...span('a2', 'at least 32 children'), note: 'at least 32' },
          { ...span('a3', 'dozens of children'), note: 'dozens (vague)' },
        ],
      },
    ],
  };
}

/** The fixture corpus plus the al-Gharlo and Alvina strikes; valid, every span checked by the tests. */
export const strikeFixture: Corpus = extend(fixtureCorpus);

const A1_ROLES =
  '\nAt the Arvel market a witness, Sami Haddad, counted 12 bodies; the group documented 6 strikes there.';
const A2_ROLES = '\nIn all, at least 46 civilians died in al-Gharlo, including 32 children.';
const A3_CAPTION = '\nAlvina, Nov. 3: rescuers search a building hit in the Mastell neighbourhood.';

/**
 * The strike fixture with numbers of every role and a strike named only in boilerplate, for the
 * timeline's tests: at Arvel a witness's count (an account, attributed to him) and the report's
 * method count; at al-Gharlo a total with a part linked to it; and the Alvina strike named only in
 * a photo caption of article a3. Sentences are appended, so the strike fixture's spans keep their
 * offsets.
 */
function withRoles(corpus: Corpus): Corpus {
  const more: Record<string, string> = { a1: A1_ROLES, a2: A2_ROLES, a3: A3_CAPTION };
  const articles = corpus.articles.map((a) => {
    const extra = more[a.id];
    if (extra === undefined) return a;
    const text = a.text + extra;
    return a.id === 'a3'
      ? {
          ...a,
          text,
          removed: [
            ...a.removed,
            {
              start: a.text.length + 1,
              end: text.length,
              reason: 'caption' as const,
              rule: 'test',
            },
          ],
        }
      : { ...a, text };
  });
  const span = (articleId: string, quote: string): Span => {
    const text = articles.find((a) => a.id === articleId)?.text ?? '';
    const start = text.lastIndexOf(quote);
    if (start < 0) throw new Error(`role fixture: "${quote}" not in article ${articleId}`);
    return { articleId, start, end: start + quote.length, quote };
  };
  const base = {
    qualifier: null,
    vague: false,
    noun: null,
    partOf: null,
    origin: 'auto' as const,
  };
  return {
    ...corpus,
    articles,
    figures: [
      ...corpus.figures,
      {
        ...span('a1', '12 bodies'),
        ...base,
        id: 'a1-f4',
        low: 12,
        high: 12,
        group: 'people',
        noun: 'bodies',
        outcome: 'killed',
        role: 'account',
        eventId: 'arvel-market',
        attributedTo: 'Sami Haddad',
      },
      {
        ...span('a1', '6 strikes'),
        ...base,
        id: 'a1-f5',
        low: 6,
        high: 6,
        group: 'attacks',
        noun: 'strikes',
        outcome: 'documented',
        role: 'method',
        eventId: 'arvel-market',
        attributedTo: 'Amberly International',
      },
      {
        ...span('a2', 'at least 46 civilians'),
        ...base,
        id: 'a2-f5',
        low: 46,
        high: null,
        qualifier: 'at least',
        group: 'civilians',
        outcome: 'killed',
        role: 'total',
        eventId: 'al-gharlo',
        attributedTo: null,
      },
      {
        ...span('a2', '32 children'),
        ...base,
        id: 'a2-f6',
        low: 32,
        high: 32,
        group: 'children',
        outcome: 'killed',
        role: 'part',
        partOf: 'a2-f5',
        eventId: 'al-gharlo',
        attributedTo: null,
      },
    ],
  };
}

/** The strike fixture plus numbers of every role and a strike named only in a photo caption. */
export const roleFixture: Corpus = withRoles(strikeFixture);
