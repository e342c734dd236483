import type { Claim, Evidence, Figure, Person, Quote } from '../schema.ts';
import { attributeSentences, NameBook } from './attribution.ts';
import {
  findDiscrepancies,
  type DiscrepancyArticle,
  type DiscrepancyInput,
} from './discrepancies.ts';
import { naiveSentences } from '../../test-support/pipeline/naive-sentences.ts';

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
    // A word added is a rewording, not a swap: "worded differently", never "altered".
    expect(quoteFinding?.subject).toBe(
      'A quotation of Ivan Petrov worded differently: “We counted every single body in the town…”',
    );
    expect(quoteFinding?.items.map((i) => i.note)).toEqual([
      "article a1's wording, credited to Ivan Petrov; only here: single",
      "article b2's wording, credited to Ivan Petrov",
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

  it('calls "no immediate comment" in one article and a rejection in another a difference in timing', () => {
    const response = found.find((d) => d.kind === 'response');
    expect(response?.subject).toBe(
      'Defence Ministry: “no immediate comment” in article a1, a rejection of the report in article b2: a difference in timing, not a contradiction',
    );
    expect(response?.subject).not.toMatch(/contradictory/i);
    expect(response?.items.map((i) => i.note)).toEqual([
      'article a1: no immediate comment (a first answer)',
      'article b2: rejects the report',
    ]);
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

/** A small corpus of texts written for one test: sentences split naively, attributed by the build's rules. */
function corpusOf(texts: Record<string, string>, people: Person[] = PEOPLE) {
  const at = (articleId: string, quote: string, occurrence = 1) => {
    const text = texts[articleId]!;
    let start = -1;
    for (let n = 0; n < occurrence; n++) start = text.indexOf(quote, start + 1);
    if (start < 0) throw new Error(`${articleId}: ${quote}`);
    return { articleId, start, end: start + quote.length, quote };
  };
  const articles: DiscrepancyArticle[] = Object.entries(texts).map(([id, text]) => {
    const sentences = naiveSentences(text);
    return {
      id,
      sentences,
      attributions: attributeSentences(sentences, [], { people, organisations: [] }),
      headline: [],
    };
  });
  const run = (over: Partial<DiscrepancyInput>) =>
    findDiscrepancies({
      articles,
      evidence: [],
      figures: [],
      quotes: [],
      claims: [],
      events: [],
      people,
      book: new NameBook({ people, organisations: [] }),
      affiliationOf: new Map(
        people.flatMap((p) => (p.affiliation === null ? [] : [[p.name, p.affiliation] as const])),
      ),
      ...over,
    });
  return { at, run };
}

const TARSA = {
  id: 'tarsa',
  kind: 'strike' as const,
  label: 'Strike on Tarsa',
  date: null,
  endDate: null,
  datePrecision: 'day' as const,
  place: null,
};

describe('figure discrepancies compare totals only', () => {
  const texts = {
    m1: 'The group analysed 25 strikes on Tarsa. A witness saw 40 bodies in the square. The strikes killed at least 200 civilians.',
    m2: 'The group documented 6 strikes on Tarsa in detail. The strikes killed 150 civilians. The strikes injured 300 civilians.',
  };
  const { at, run } = corpusOf(texts);
  const fig = (
    articleId: 'm1' | 'm2',
    quote: string,
    over: Partial<Figure> & Pick<Figure, 'low' | 'high' | 'group' | 'outcome' | 'role'>,
  ): Figure => ({
    ...at(articleId, quote),
    id: `${articleId}-${quote}`,
    qualifier: null,
    vague: false,
    noun: null,
    partOf: null,
    eventId: 'tarsa',
    attributedTo: null,
    origin: 'auto',
    ...over,
  });
  const analysed = fig('m1', '25 strikes', {
    low: 25,
    high: 25,
    group: 'attacks',
    outcome: 'analysed',
    role: 'method',
  });
  const documented = fig('m2', '6 strikes', {
    low: 6,
    high: 6,
    group: 'attacks',
    outcome: 'documented',
    role: 'method',
  });

  it('never sets two measures of a report against each other ("25 analysed", "6 documented")', () => {
    expect(run({ figures: [analysed, documented], events: [TARSA] })).toEqual([]);
    // Even if a method count were labelled with one outcome, it is not a toll to compare.
    const sameOutcome = { ...documented, outcome: 'analysed' };
    expect(run({ figures: [analysed, sameOutcome], events: [TARSA] })).toEqual([]);
    // …whereas the same two numbers as totals of one outcome do disagree.
    const asTotals = [analysed, sameOutcome].map((f) => ({ ...f, role: 'total' as const }));
    expect(run({ figures: asTotals, events: [TARSA] }).map((d) => d.subject)).toEqual([
      'Strike on Tarsa: attacks analysed',
    ]);
  });

  it("never compares a witness's account, a part or another outcome with a total", () => {
    const bodies = fig('m1', '40 bodies', {
      low: 40,
      high: 40,
      group: 'civilians',
      outcome: 'killed',
      role: 'account',
    });
    const killed = fig('m2', '150 civilians', {
      low: 150,
      high: 150,
      group: 'civilians',
      outcome: 'killed',
      role: 'total',
    });
    const injured = fig('m2', '300 civilians', {
      low: 300,
      high: 300,
      group: 'civilians',
      outcome: 'injured',
      role: 'total',
    });
    const part = { ...bodies, role: 'part' as const };
    expect(run({ figures: [bodies, killed], events: [TARSA] })).toEqual([]);
    expect(run({ figures: [part, killed], events: [TARSA] })).toEqual([]);
    // 300 injured is no disagreement with 150 killed, nor is an unstated outcome.
    const unstated = { ...bodies, role: 'total' as const, outcome: null, low: 500, high: 500 };
    expect(run({ figures: [killed, injured, unstated], events: [TARSA] })).toEqual([]);
  });

  it('words an open-ended total once: "at least 200", never "at least 200 or more"', () => {
    const atLeast = fig('m1', 'at least 200 civilians', {
      low: 200,
      high: null,
      qualifier: 'at least',
      group: 'civilians',
      outcome: 'killed',
      role: 'total',
      attributedTo: 'Monitor Group',
    });
    const killed = fig('m2', '150 civilians', {
      low: 150,
      high: 150,
      group: 'civilians',
      outcome: 'killed',
      role: 'total',
    });
    const [d] = run({ figures: [atLeast, killed], events: [TARSA] });
    expect(d?.items.map((i) => i.note)).toEqual([
      'article m1 gives at least 200 civilians killed, per Monitor Group',
      'article m2 gives 150 civilians killed',
    ]);
    const bare = run({ figures: [{ ...atLeast, qualifier: null }, killed], events: [TARSA] });
    expect(bare[0]?.items[0]?.note).toBe(
      'article m1 gives 200 or more civilians killed, per Monitor Group',
    );
  });
});

describe('quote discrepancies', () => {
  const people: Person[] = [
    ...PEOPLE,
    { id: 'holt', name: 'Anna Holt', aliases: ['Holt'], affiliation: 'Monitor Group' },
    { id: 'lavrin', name: 'Oleg Lavrin', aliases: ['Lavrin'], affiliation: 'Defence Ministry' },
  ];
  const quoteAt = (
    at: ReturnType<typeof corpusOf>['at'],
    articleId: string,
    words: string,
    speakerId: string | null,
  ): Quote => ({ ...at(articleId, words), speakerId, origin: 'auto' });

  it("gives each version the speaker its own article names, not the first article's", () => {
    const texts = {
      q1: '"The strikes hit homes and a school with no military target nearby," Anna Holt said in a statement.',
      q2: '"The air force hit homes and a school with no military objective nearby," the Monitor Group said in a report.',
    };
    const { at, run } = corpusOf(texts, people);
    const found = run({
      quotes: [
        quoteAt(
          at,
          'q1',
          'The strikes hit homes and a school with no military target nearby,',
          'holt',
        ),
        quoteAt(
          at,
          'q2',
          'The air force hit homes and a school with no military objective nearby,',
          'monitor',
        ),
      ],
    });
    expect(found).toHaveLength(1);
    expect(found[0]?.subject).toBe(
      'A quotation, credited to Anna Holt in article q1 and to Monitor Group in article q2, worded differently: “The strikes hit homes and a school with…”',
    );
    expect(found[0]?.items.map((i) => i.note)).toEqual([
      "article q1's wording, credited to Anna Holt (in a statement); only here: strikes, target",
      "article q2's wording, credited to Monitor Group (in a report); only here: air, force, objective",
    ]);
  });

  it('takes the speaker from the sentence when the quote itself names none', () => {
    const texts = {
      r1: 'Oleg Lavrin spoke on Monday. "Our pilots never strike homes or markets or schools," Lavrin said.',
      r2: '"Our pilots never hit homes or markets or schools," he told reporters, Oleg Lavrin said.',
    };
    const { at, run } = corpusOf(texts, people);
    const found = run({
      quotes: [
        quoteAt(at, 'r1', 'Our pilots never strike homes or markets or schools,', null),
        quoteAt(at, 'r2', 'Our pilots never hit homes or markets or schools,', null),
      ],
    });
    expect(found.map((d) => d.subject)).toEqual([
      'A quotation of Oleg Lavrin altered in one of articles r1 or r2, words swapped for others: “Our pilots never strike homes or markets or…”',
    ]);
  });

  it('flags a quotation whose words were swapped for synonyms as altered, naming the altered version', () => {
    const original =
      'We act in strict conformity with the norms of international law and the rules of international law on weapons';
    const spun =
      'We act in strict conformity with the norms of worldwide law and the rules of global law on weapons';
    const texts = { o1: `"${original}," Lavrin said.`, s2: `"${spun}," Lavrin said.` };
    const { at, run } = corpusOf(texts, people);
    const found = run({
      quotes: [quoteAt(at, 'o1', original, 'lavrin'), quoteAt(at, 's2', spun, 'lavrin')],
    });
    expect(found).toHaveLength(1);
    expect(found[0]?.kind).toBe('quote');
    expect(found[0]?.subject).toBe(
      'A quotation of Oleg Lavrin altered in article s2, words swapped for others: “We act in strict conformity with the norms…”',
    );
    expect(found[0]?.subject).not.toMatch(/worded differently/);
    expect(found[0]?.items.map((i) => [i.articleId, i.note])).toEqual([
      ['o1', "article o1's version; credited to Oleg Lavrin"],
      [
        's2',
        "article s2's version, altered: “worldwide” and “global” where article o1 has “international”; credited to Oleg Lavrin",
      ],
    ]);
  });

  it('names the odd one out among three versions as the altered one', () => {
    const words = 'The ministry will study every page of the report before it answers';
    const spun = 'The ministry will examine every page of the report before it answers';
    const texts = {
      t1: `"${words}," Lavrin said.`,
      t2: `"${words}," Lavrin said.`,
      t3: `"${spun}," Lavrin said.`,
    };
    const { at, run } = corpusOf(texts, people);
    const found = run({
      quotes: [
        quoteAt(at, 't1', words, 'lavrin'),
        quoteAt(at, 't2', words, 'lavrin'),
        quoteAt(at, 't3', spun, 'lavrin'),
      ],
    });
    expect(found.map((d) => d.subject)).toEqual([
      'A quotation of Oleg Lavrin altered in article t3, words swapped for others: “The ministry will study every page of the…”',
    ]);
    expect(found[0]?.items.at(-1)?.note).toBe(
      "article t3's version, altered: “examine” where article t1 has “study”; “examine” where article t2 has “study”; credited to Oleg Lavrin",
    );
  });
});

describe('response discrepancies', () => {
  it('quotes the passage that rejects the report, and gives its timing', () => {
    const texts = {
      n1: 'The Defence Ministry had no immediate comment.',
      r2: 'The Defence Ministry also rejected accusations that it used cluster bombs. Later on Monday the Defence Ministry dismissed the report as fake.',
    };
    const { run } = corpusOf(texts);
    const [response] = run({});
    expect(response?.subject).toMatch(/a difference in timing, not a contradiction$/);
    expect(response?.items.map((i) => [i.quote, i.note])).toEqual([
      [
        'The Defence Ministry had no immediate comment.',
        'article n1: no immediate comment (a first answer)',
      ],
      [
        'Later on Monday the Defence Ministry dismissed the report as fake.',
        'article r2: rejects the report (“Later on Monday”)',
      ],
    ]);
  });

  it('does not call a plain refusal to comment a matter of timing', () => {
    const texts = {
      n1: 'The Defence Ministry declined to comment.',
      r2: 'The Defence Ministry dismissed the report as fake.',
    };
    const [response] = corpusOf(texts).run({});
    expect(response?.subject).toBe(
      'Defence Ministry: no comment in article n1, a rejection of the report in article r2: responses at different times or to different askers',
    );
  });

  it('reads a rejection in the words that call a report false, with no verb of denial', () => {
    // "Disinformation" is one of the words the attribution reads as calling a claim false.
    const texts = {
      n1: 'The Defence Ministry declined to comment.',
      r2: 'The Defence Ministry said the report was disinformation.',
    };
    const [response] = corpusOf(texts).run({});
    expect(response?.subject).toBe(
      'Defence Ministry: no comment in article n1, a rejection of the report in article r2: responses at different times or to different askers',
    );
  });
});
