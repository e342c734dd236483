import type { Claim, Evidence, Figure, Person, Quote } from '../schema.ts';
import { attributeSentences, NameBook } from './attribution.ts';
import { findDiscrepancies, type DiscrepancyArticle } from './discrepancies.ts';
import { naiveSentences } from './fixtures/naive-sentences.ts';

const PEOPLE: Person[] = [
  { id: 'monitor', name: 'Monitor Group', aliases: ['Monitor'], affiliation: null },
  { id: 'mod', name: 'Defence Ministry', aliases: ['Defence Ministry'], affiliation: null },
  { id: 'petrov', name: 'Ivan Petrov', aliases: ['Petrov'], affiliation: 'Defence Ministry' },
];
const CLAIMS: Claim[] = [
  {
    id: 'war-crimes',
    statement: 'The strikes may be war crimes',
    category: 'legal-assessment',
    claimant: 'Monitor Group',
    figure: null,
    origin: 'curated',
  },
];
const book = new NameBook({ people: PEOPLE, organisations: [] });

const TEXTS: Record<string, string> = {
  a1: 'Strikes may be war crimes\nThe strikes killed 12 civilians in Tarsa, the Monitor Group said.\nThe strikes may amount to war crimes, the Monitor Group said.\n"We counted every single body in the town square," Petrov said.\nThe Defence Ministry had no immediate comment.',
  b2: 'War crimes in Tarsa\nThe strikes killed 19 civilians in Tarsa.\nThe Monitor Group said the army committed war crimes.\n"We counted every body in the town square," Petrov said.\nThe Defence Ministry dismissed the report as fake.',
};

function span(articleId: string, quote: string) {
  const text = TEXTS[articleId]!;
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(quote);
  return { articleId, start, end: start + quote.length, quote };
}

function articles(): DiscrepancyArticle[] {
  return Object.entries(TEXTS).map(([id, text]) => {
    const sentences = naiveSentences(text);
    return {
      id,
      sentences,
      attributions: attributeSentences(
        sentences,
        [],
        { people: PEOPLE, organisations: [] },
        new Set([0]),
      ),
      headline: [0],
    };
  });
}

const evidence = (
  articleId: string,
  quote: string,
  hedged: boolean,
  stance: Evidence['stance'] = 'attributes',
): Evidence => ({
  ...span(articleId, quote),
  claimId: 'war-crimes',
  stance,
  attributedTo: stance === 'asserts' ? null : 'Monitor Group',
  hedged,
  origin: 'auto',
});

const figure = (articleId: string, quote: string, n: number): Figure => ({
  ...span(articleId, quote),
  id: `${articleId}-f01`,
  low: n,
  high: n,
  qualifier: null,
  vague: false,
  group: 'civilians',
  noun: null,
  role: 'total',
  partOf: null,
  outcome: 'killed',
  eventId: 'tarsa',
  attributedTo: null,
  origin: 'auto',
});

const quote = (articleId: string, words: string): Quote => ({
  ...span(articleId, words),
  speakerId: 'petrov',
  origin: 'auto',
});

const found = findDiscrepancies({
  articles: articles(),
  evidence: [
    evidence('a1', 'Strikes may be war crimes', true, 'asserts'),
    evidence('a1', 'The strikes may amount to war crimes, the Monitor Group said.', true),
    evidence('b2', 'War crimes in Tarsa', false, 'asserts'),
    evidence('b2', 'The Monitor Group said the army committed war crimes.', false),
  ],
  figures: [figure('a1', '12 civilians', 12), figure('b2', '19 civilians', 19)],
  quotes: [
    quote('a1', 'We counted every single body in the town square,'),
    quote('b2', 'We counted every body in the town square,'),
  ],
  claims: CLAIMS,
  events: [
    {
      id: 'tarsa',
      kind: 'strike',
      label: 'Strike on Tarsa',
      date: null,
      endDate: null,
      datePrecision: 'day',
      place: null,
    },
  ],
  people: PEOPLE,
  book,
  affiliationOf: new Map([['Ivan Petrov', 'Defence Ministry']]),
});

describe('findDiscrepancies', () => {
  it('finds different figures for the same event and group', () => {
    const figures = found.filter((d) => d.kind === 'figure');
    expect(figures).toHaveLength(1);
    expect(figures[0]).toMatchObject({
      subject: 'Strike on Tarsa: civilians killed',
      eventId: 'tarsa',
    });
    expect(figures[0]!.items.map((i) => i.note)).toEqual([
      'article a1 gives 12 civilians killed',
      'article b2 gives 19 civilians killed',
    ]);
  });

  it('finds a dropped hedge in the claimant’s voice', () => {
    const hedge = found.find((d) => d.kind === 'hedge');
    expect(hedge?.claimId).toBe('war-crimes');
    expect(hedge?.items.map((i) => [i.articleId, i.note])).toEqual([
      ['a1', 'article a1 keeps the hedge'],
      ['b2', 'article b2 drops the hedge'],
      ['b2', 'article b2 drops the hedge'],
    ]);
  });

  it('finds no dropped hedge for a claim its claimant stated flatly', () => {
    const flat = findDiscrepancies({
      articles: articles(),
      evidence: [
        evidence('a1', 'The strikes may amount to war crimes, the Monitor Group said.', true),
        evidence('b2', 'The Monitor Group said the army committed war crimes.', false),
      ],
      figures: [],
      quotes: [],
      claims: [{ ...CLAIMS[0]!, statement: 'The strikes were war crimes' }],
      events: [],
      people: PEOPLE,
      book,
      affiliationOf: new Map(),
    });
    expect(flat.filter((d) => d.kind === 'hedge')).toEqual([]);
  });

  it('finds a quote worded differently, naming the words only one version has', () => {
    const quoteFinding = found.find((d) => d.kind === 'quote');
    expect(quoteFinding?.subject).toMatch(/^A quotation of Ivan Petrov worded differently/);
    expect(quoteFinding?.items.map((i) => i.note)).toEqual([
      "article a1's wording; only here: single",
      "article b2's wording",
    ]);
  });

  it('does not call one quotation quoted to different extents a rewording, but sees a changed word', () => {
    const shared = 'when the first bombs fell on the crowded square';
    const findQuotes = (tail: string) => {
      const texts = {
        x1: `"The market was full of people buying bread ${shared}," Holt said.`,
        y2: `"${tail}, nobody ran," Holt said.`,
      };
      const at = (articleId: 'x1' | 'y2', words: string): Quote => {
        const start = texts[articleId].indexOf(words);
        return {
          articleId,
          start,
          end: start + words.length,
          quote: words,
          speakerId: 'petrov',
          origin: 'auto',
        };
      };
      return findDiscrepancies({
        articles: [],
        evidence: [],
        figures: [],
        quotes: [
          at('x1', texts.x1.slice(1, texts.x1.indexOf(',"') + 1)),
          at('y2', texts.y2.slice(1, texts.y2.indexOf(',"') + 1)),
        ],
        claims: [],
        events: [],
        people: PEOPLE,
        book,
        affiliationOf: new Map(),
      });
    };
    expect(findQuotes(shared)).toEqual([]);
    const reworded = findQuotes(shared.replace('first', 'heavy'));
    expect(reworded.map((d) => d.kind)).toEqual(['quote']);
  });

  it('finds an actor with "no comment" in one article and a rejection in another', () => {
    const response = found.find((d) => d.kind === 'response');
    expect(response?.subject).toBe(
      'Defence Ministry: "no comment" in one article, a rejection of the report in another',
    );
    expect(response?.items.map((i) => i.quote)).toEqual([
      'The Defence Ministry had no immediate comment.',
      'The Defence Ministry dismissed the report as fake.',
    ]);
  });

  it('finds a headline that drops the hedge its body keeps, and every item is verbatim', () => {
    expect(found.filter((d) => d.kind === 'headline')).toEqual([]);
    for (const d of found) {
      expect(d.items.length).toBeGreaterThanOrEqual(2);
      for (const i of d.items) expect(TEXTS[i.articleId]!.slice(i.start, i.end)).toBe(i.quote);
    }
  });

  it('sees a headline that states flatly what its own body hedges', () => {
    const text = TEXTS.b2!;
    const headline = findDiscrepancies({
      articles: articles().filter((a) => a.id === 'b2'),
      evidence: [
        evidence('b2', 'War crimes in Tarsa', false, 'asserts'),
        {
          ...evidence('b2', 'The Monitor Group said the army committed war crimes.', false),
          hedged: true,
        },
      ],
      figures: [],
      quotes: [],
      claims: CLAIMS,
      events: [],
      people: PEOPLE,
      book,
      affiliationOf: new Map(),
    }).filter((d) => d.kind === 'headline');
    expect(headline).toHaveLength(1);
    expect(headline[0]!.items.map((i) => text.slice(i.start, i.end))).toEqual([
      'War crimes in Tarsa',
      'The Monitor Group said the army committed war crimes.',
    ]);
  });
});
