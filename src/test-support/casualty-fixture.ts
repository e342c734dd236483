import { CORPUS_VERSION, type Corpus, type Figure, type Span } from '../corpus/schema.ts';

/**
 * A small corpus written for the casualty view's tests: one market strike three outlets report
 * (two say 49 civilians, one 46: a disagreement), with a part ("including 12 children"), a
 * witness's counts, a count of missiles, the campaign's "at least 200" beside a vague "hundreds",
 * a method count and a wider count of the whole war. Each figure has the role the words give it.
 */

const TEXT_W1 = `Strike on Kafr Town market
A strike on the market in Kafr Town on 3 May killed 49 civilians, including 12 children, the civil defence said.
One resident, Samir Haddad, said he counted 40 bodies in the street; a neighbour lost her husband and three children.
The market was hit by three missiles.
Hundreds of civilians have been killed since the campaign began, activists said.
Investigators documented six attacks for the report.`;

const TEXT_W2 = `Kafr Town market strike
The Kafr Town market strike on 3 May killed 49 civilians.
At least 200 civilians have died in the campaign, Amberly International said.`;

const TEXT_W3 = `Market strike
The market strike in Kafr Town killed 46 civilians, according to the health directorate of the province and two local monitoring groups.
The war has claimed around 300,000 lives.`;

function spanIn(articleId: string, text: string, quote: string): Span {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`casualty fixture: "${quote}" not in article ${articleId}`);
  return { articleId, start, end: start + quote.length, quote };
}

const w1 = (quote: string) => spanIn('w1', TEXT_W1, quote);
const w2 = (quote: string) => spanIn('w2', TEXT_W2, quote);
const w3 = (quote: string) => spanIn('w3', TEXT_W3, quote);

type FigureFields = Omit<Figure, keyof Span | 'origin'> & { origin?: Figure['origin'] };

const figure = (span: Span, fields: FigureFields): Figure => ({
  ...span,
  origin: 'reviewed',
  ...fields,
});

const exact = (value: number) => ({ low: value, high: value, qualifier: null, vague: false });

export const casualtyFixture: Corpus = {
  version: CORPUS_VERSION,
  title: 'Fixture: the Kafr Town market strike',
  referenceDate: '2016-05-05',
  outlets: [
    {
      id: 'wire-one',
      name: 'Wire One',
      kind: 'wire',
      identification: { how: 'stated', evidence: [] },
    },
    {
      id: 'reprint-daily',
      name: 'Reprint Daily',
      kind: 'newspaper',
      identification: { how: 'inferred', evidence: [] },
    },
    {
      id: 'unidentified-w3',
      name: 'Unidentified outlet (article w3)',
      kind: 'unknown',
      identification: { how: 'unknown', evidence: [] },
    },
  ],
  articles: [
    {
      id: 'w1',
      outletId: 'wire-one',
      title: 'Strike on Kafr Town market',
      published: '2016-05-04',
      url: null,
      text: TEXT_W1,
      removed: [],
    },
    {
      id: 'w2',
      outletId: 'reprint-daily',
      title: 'Kafr Town market strike',
      published: '2016-05-04',
      url: null,
      text: TEXT_W2,
      removed: [],
    },
    {
      id: 'w3',
      outletId: 'unidentified-w3',
      title: null,
      published: null,
      url: null,
      text: TEXT_W3,
      removed: [],
    },
  ],
  claims: [
    {
      id: 'market-49-civilians',
      statement: 'The strike on Kafr Town market killed 49 civilians (3 May 2016)',
      category: 'casualties',
      claimant: 'Civil defence',
      figure: { eventId: 'market', group: 'civilians', outcome: 'killed' },
      origin: 'curated',
    },
  ],
  events: [
    {
      id: 'campaign',
      kind: 'campaign',
      label: 'The air campaign',
      date: '2016-01-10',
      endDate: null,
      datePrecision: 'day',
      place: null,
    },
    {
      id: 'market',
      kind: 'strike',
      label: 'Kafr Town market strike',
      date: '2016-05-03',
      endDate: null,
      datePrecision: 'day',
      place: {
        name: 'Kafr Town',
        aliases: [],
        governorate: null,
        country: null,
        coordinates: null,
      },
    },
    {
      id: 'war',
      kind: 'war',
      label: 'The war',
      date: '2011-01-01',
      endDate: null,
      datePrecision: 'year',
      place: null,
    },
  ],
  people: [],
  evidence: [
    {
      ...w1(
        'A strike on the market in Kafr Town on 3 May killed 49 civilians, including 12 children, the civil defence said.',
      ),
      claimId: 'market-49-civilians',
      stance: 'attributes',
      attributedTo: 'the civil defence',
      hedged: false,
      origin: 'reviewed',
    },
  ],
  figures: [
    figure(w1('49 civilians'), {
      id: 'w1-f1',
      ...exact(49),
      group: 'civilians',
      noun: 'civilians',
      outcome: 'killed',
      role: 'total',
      partOf: null,
      eventId: 'market',
      attributedTo: 'the civil defence',
    }),
    figure(w1('12 children'), {
      id: 'w1-f2',
      ...exact(12),
      group: 'children',
      noun: 'children',
      outcome: 'killed',
      role: 'part',
      partOf: 'w1-f1',
      eventId: 'market',
      attributedTo: 'the civil defence',
    }),
    figure(w1('40 bodies'), {
      id: 'w1-f3',
      ...exact(40),
      group: 'people',
      noun: 'bodies',
      outcome: 'killed',
      role: 'account',
      partOf: null,
      eventId: 'market',
      attributedTo: 'Samir Haddad',
    }),
    figure(w1('three children'), {
      id: 'w1-f4',
      ...exact(3),
      group: 'children',
      noun: 'children',
      outcome: 'killed',
      role: 'account',
      partOf: null,
      eventId: 'market',
      attributedTo: 'Samir Haddad',
    }),
    figure(w1('three missiles'), {
      id: 'w1-f5',
      ...exact(3),
      group: 'other',
      noun: 'missiles',
      outcome: null,
      role: 'total',
      partOf: null,
      eventId: 'market',
      attributedTo: null,
    }),
    figure(w1('Hundreds of civilians'), {
      id: 'w1-f6',
      low: 200,
      high: null,
      qualifier: null,
      vague: true,
      group: 'civilians',
      noun: 'civilians',
      outcome: 'killed',
      role: 'total',
      partOf: null,
      eventId: 'campaign',
      attributedTo: 'activists',
      origin: 'auto',
    }),
    figure(w1('six attacks'), {
      id: 'w1-f7',
      ...exact(6),
      group: 'attacks',
      noun: 'attacks',
      outcome: 'documented',
      role: 'method',
      partOf: null,
      eventId: 'campaign',
      attributedTo: null,
    }),
    figure(w2('49 civilians'), {
      id: 'w2-f1',
      ...exact(49),
      group: 'civilians',
      noun: 'civilians',
      outcome: 'killed',
      role: 'total',
      partOf: null,
      eventId: 'market',
      attributedTo: null,
    }),
    figure(w2('At least 200 civilians'), {
      id: 'w2-f2',
      low: 200,
      high: null,
      qualifier: 'at least',
      vague: false,
      group: 'civilians',
      noun: 'civilians',
      outcome: 'killed',
      role: 'total',
      partOf: null,
      eventId: 'campaign',
      attributedTo: 'Amberly International',
    }),
    figure(w3('46 civilians'), {
      id: 'w3-f1',
      ...exact(46),
      group: 'civilians',
      noun: 'civilians',
      outcome: 'killed',
      role: 'total',
      partOf: null,
      eventId: 'market',
      attributedTo: 'the health directorate of the province and two local monitoring groups',
    }),
    figure(w3('around 300,000 lives'), {
      id: 'w3-f2',
      low: 300000,
      high: 300000,
      qualifier: 'around',
      vague: false,
      group: 'people',
      noun: 'lives',
      outcome: 'killed',
      role: 'context',
      partOf: null,
      eventId: 'war',
      attributedTo: null,
    }),
  ],
  dates: [],
  quotes: [],
  reuse: [],
  sourceGroups: [
    { id: 'source-1', articleIds: ['w1'] },
    { id: 'source-2', articleIds: ['w2'] },
    { id: 'source-3', articleIds: ['w3'] },
  ],
  credits: [],
  discrepancies: [],
  diagnostics: [],
};
