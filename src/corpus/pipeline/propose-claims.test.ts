import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IdSchema } from '../schema.ts';
import { attributeSentences } from './attribution.ts';
import { buildCorpus } from './build-corpus.ts';
import { textWith } from '../../test-support/pipeline/arbitrary-text.ts';
import { MINIMAL_FILES } from '../../test-support/pipeline/minimal-files.ts';
import { naiveSentences } from '../../test-support/pipeline/naive-sentences.ts';
import {
  normaliseWord,
  proposeClaims,
  type ProposalArticle,
  type ProposalFigure,
} from './propose-claims.ts';

const CONTEXT = {
  people: [
    { id: 'monitor', name: 'Monitor Group', aliases: ['Monitor'], affiliation: null },
    { id: 'mod', name: 'Defence Ministry', aliases: [], affiliation: null },
  ],
  organisations: [],
};

type FigureSpec = Omit<ProposalFigure, 'start' | 'end'>;

const killed = (quote: string, low: number): FigureSpec => ({
  quote,
  low,
  high: low,
  vague: false,
  group: 'people',
  outcome: 'killed',
  role: 'total',
  eventId: 'port-shelling',
});

function article(
  id: string,
  text: string,
  figures: FigureSpec[] = [],
  quotes: string[] = [],
): ProposalArticle {
  const sentences = naiveSentences(text);
  const locate = (quote: string) => {
    const start = text.indexOf(quote);
    if (start < 0) throw new Error(`"${quote}" is not in article ${id}`);
    return { start, end: start + quote.length, quote };
  };
  return {
    id,
    outlet: `Outlet ${id}`,
    sentences,
    attributions: attributeSentences(sentences, [], CONTEXT),
    figures: figures.map((f) => ({ ...f, ...locate(f.quote) })),
    quotes: quotes.map(locate),
    dates: [],
  };
}

const A = article(
  'a1',
  [
    'Shelling hit the river port of Velmora on Friday.',
    'The shelling of the port may amount to war crimes against fishermen, the Monitor Group said.',
    'Officials said 27 dockworkers were killed in the shelling.',
  ].join('\n'),
  [killed('27 dockworkers', 27)],
);
const B = article(
  'b2',
  [
    'The shelling of Velmora port may amount to war crimes against fishermen, the Monitor Group said.',
    'Hospital staff said 27 dockworkers were killed.',
  ].join('\n'),
  [killed('27 dockworkers', 27)],
);
const C = article(
  'c3',
  [
    'The Defence Ministry denied shelling the fishing harbour.',
    'The coast guard said 14 sailors were missing.',
    'The town council said 31 dockworkers were killed.',
    'The market stayed closed on Saturday.',
    'Boats were moored along the quay.',
    'The coast guard said 40 sailors were rescued.',
  ].join('\n'),
  [
    killed('31 dockworkers', 31),
    { ...killed('14 sailors', 14), outcome: 'missing', eventId: null },
    { ...killed('40 sailors', 40), outcome: 'rescued', eventId: null },
  ],
);
const ARTICLES = [A, B, C];

function spanOk(articles: readonly ProposalArticle[]) {
  const texts = new Map(
    articles.map((a) => [a.id, a.sentences.map((s) => [s.start, s.quote] as const)]),
  );
  return (span: { articleId: string; start: number; quote: string }) =>
    (texts.get(span.articleId) ?? []).some(
      ([start, quote]) => start === span.start && quote === span.quote,
    );
}

describe('proposeClaims', () => {
  const { claims, evidence } = proposeClaims(ARTICLES);
  const evidenceOf = (id: string | undefined) => evidence.filter((e) => e.claimId === id);

  it('groups sentences of different articles that make the same proposition, one per article', () => {
    const claim = claims.find((c) => c.category === 'legal-assessment');
    expect(claim, JSON.stringify(claims, null, 2)).toBeDefined();
    const own = evidenceOf(claim?.id);
    expect(own.map((e) => e.articleId)).toEqual(['a1', 'b2']);
    expect(claim?.claimant).toBe('Monitor Group');
    for (const e of own) {
      expect(e.stance).toBe('attributes');
      expect(e.attributedTo).toBe('Monitor Group');
      expect(e.hedged, 'the sentence keeps "may"').toBe(true);
    }
  });

  it('makes a claim of the same count (value, group, outcome) in several articles, with its figure', () => {
    const claim = claims.find((c) => c.figure?.outcome === 'killed');
    expect(claim?.category).toBe('casualties');
    expect(claim?.figure).toEqual({ eventId: 'port-shelling', group: 'people', outcome: 'killed' });
    expect(evidenceOf(claim?.id).map((e) => e.articleId)).toEqual(['a1', 'b2']);
    expect(claim?.id).toBe('auto-27-dockworkers-killed');
  });

  it('proposes a count no other article gives, when its article leads with it, but not a lone value among others of its kind', () => {
    const lone = claims.find((c) => c.figure?.outcome === 'missing');
    expect(evidenceOf(lone?.id).map((e) => e.quote)).toEqual([
      'The coast guard said 14 sailors were missing.',
    ]);
    expect(
      claims.some((c) => c.figure?.outcome === 'rescued'),
      'a lone count at the end of its article is not what the article claims',
    ).toBe(false);
    expect(
      evidence.some((e) => e.quote.includes('31 dockworkers')),
      '31 killed is another article’s value of the same toll: a discrepancy, not a new claim',
    ).toBe(false);
  });

  it('proposes a denial one outlet alone leads with', () => {
    const denial = claims.find((c) => c.category === 'denial');
    expect(denial?.claimant).toBe('Defence Ministry');
    expect(evidenceOf(denial?.id).map((e) => [e.articleId, e.stance])).toEqual([
      ['c3', 'attributes'],
    ]);
  });

  it('takes the statement verbatim from a sentence of an article and says so', () => {
    const verbatim = spanOk(ARTICLES);
    for (const claim of claims) {
      expect(claim.origin).toBe('auto');
      expect(claim.machineWorded).toBeDefined();
      expect(claim.statement).toBe(claim.machineWorded?.quote);
      expect(verbatim(claim.machineWorded!)).toBe(true);
    }
    for (const e of evidence) expect(verbatim(e)).toBe(true);
  });

  it('gives readable ids, unique and never one already taken', () => {
    const ids = claims.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      expect(id).toMatch(/^auto-/);
      expect(IdSchema.safeParse(id).success).toBe(true);
    }
    const again = proposeClaims(ARTICLES, { taken: new Set(['auto-27-dockworkers-killed']) });
    expect(again.claims.map((c) => c.id)).toContain('auto-27-dockworkers-killed-2');
  });

  it('is deterministic', () => {
    expect(proposeClaims(ARTICLES)).toEqual(proposeClaims(ARTICLES));
  });

  it('groups two outlets quoting the same words', () => {
    const quoted = proposeClaims([
      article(
        'q1',
        '"The shells fell on homes and never on soldiers," said Ana Rill, a teacher.',
        [],
        ['The shells fell on homes and never on soldiers,'],
      ),
      article(
        'q2',
        'Speaking by phone at dawn, she repeated that "the shells fell on homes and never on soldiers".',
        [],
        ['the shells fell on homes and never on soldiers'],
      ),
      article(
        'q3',
        'Ana Rill said: "The shells fell on homes and never on soldiers."',
        [],
        ['The shells fell on homes and never on soldiers.'],
      ),
    ]);
    const articles = quoted.evidence.map((e) => e.articleId).sort();
    expect(articles).toEqual(['q1', 'q2', 'q3']);
    expect(quoted.claims).toHaveLength(1);
  });

  it('proposes nothing for articles it cannot read or that carry nothing check-worthy', () => {
    expect(proposeClaims([])).toEqual({ claims: [], evidence: [] });
    expect(proposeClaims([article('n1', 'The weather was mild.')]).claims).toEqual([]);
  });

  it('never throws on arbitrary text, and every span it returns is a sentence, verbatim', () => {
    const cues = [
      'the Monitor Group said',
      'denied',
      'war crimes',
      '"killed all of them"',
      '12 people were killed',
      '.',
      '\n',
    ];
    fc.assert(
      fc.property(fc.array(textWith(cues), { maxLength: 4 }), (texts) => {
        const articles = texts.map((text, i) => article(`x${i}`, text));
        const { claims: proposed, evidence: found } = proposeClaims(articles);
        const verbatim = spanOk(articles);
        return (
          found.every(verbatim) &&
          proposed.every((c) => c.machineWorded !== undefined && verbatim(c.machineWorded))
        );
      }),
      { numRuns: 60 },
    );
  });
});

describe('proposeClaims: what is not a claim about the events compared', () => {
  const EVENTS = [
    { id: 'pit-flood', date: '2026-06-10' },
    { id: 'pit-fire', date: '2019-02-01' },
  ];
  const on = (a: ProposalArticle, text: string, value: string, eventId: string | null) => {
    const start = a.sentences
      .map((s) => s.quote)
      .join('\n')
      .indexOf(text);
    const precision = value.length === 4 ? ('year' as const) : ('month' as const);
    return {
      ...a,
      dates: [{ start, end: start + text.length, value, valueEnd: null, precision, eventId }],
    };
  };
  const miners = (quote: string, low: number, eventId: string): FigureSpec => ({
    ...killed(quote, low),
    eventId,
  });
  const countOf = (proposed: ReturnType<typeof proposeClaims>, quote: string) =>
    proposed.evidence.filter((e) => e.quote.includes(quote)).map((e) => e.articleId);

  it('does not propose a count its sentence dates before the event it is linked to', () => {
    const texts = [
      'In March last year, 58 miners were killed in a flood at the Korvel pit.',
      'Back in March last year, 58 miners were killed in a flood at the Korvel pit, the union said.',
    ];
    const plain = texts.map((t, i) => article(`p${i}`, t, [miners('58 miners', 58, 'pit-flood')]));
    const dated = plain.map((a) => on(a, 'March last year', '2026-03-01', null));
    expect(
      countOf(proposeClaims(plain, { events: EVENTS }), '58 miners'),
      'undated, the same count in two articles is a claim',
    ).toEqual(['p0', 'p1']);
    const proposed = proposeClaims(dated, { events: EVENTS });
    expect(proposed.claims.filter((c) => c.figure !== null)).toEqual([]);
    expect(
      countOf(
        proposeClaims(
          dated.map((a) => ({ ...a, dates: a.dates.map((d) => ({ ...d, value: '2026-07-01' })) })),
          { events: EVENTS },
        ),
        '58 miners',
      ),
      'a date after the event does not set the count aside',
    ).toEqual(['p0', 'p1']);
  });

  it('does not make a casualty claim of sentences that share rescue words but give no toll', () => {
    const scene = [
      'Firefighters and soldiers searched the flooded Korvel pit for survivors on Tuesday.',
      'On Tuesday firefighters and soldiers searched the flooded Korvel pit to rescue survivors.',
    ].map((t, i) => on(article(`s${i}`, t), 'Tuesday', '2026-06-10', 'pit-flood'));
    expect(proposeClaims(scene, { events: EVENTS }).claims).toEqual([]);
    const tolls = [
      'The flood at the Korvel pit was the deadliest in the region on Tuesday.',
      'On Tuesday the flood at the Korvel pit became the deadliest in the region.',
    ].map((t, i) => on(article(`t${i}`, t), 'Tuesday', '2026-06-10', 'pit-flood'));
    expect(
      proposeClaims(tolls, { events: EVENTS }).claims.map((c) => c.category),
      'a toll ranked without its number is a casualty claim',
    ).toEqual(['casualties']);
  });

  it('does not group counts of different events into one claim', () => {
    const texts = [
      'The union said the collapse at the Korvel pit killed 58 miners.',
      'The union said a collapse at the Korvel pit killed 12 miners.',
    ];
    const build = (second: string) =>
      proposeClaims(
        [
          article('u0', texts[0] ?? '', [miners('58 miners', 58, 'pit-flood')]),
          article('u1', texts[1] ?? '', [miners('12 miners', 12, second)]),
        ],
        { events: EVENTS },
      );
    const both = (proposed: ReturnType<typeof proposeClaims>) =>
      proposed.claims.filter(
        (c) =>
          new Set(proposed.evidence.filter((e) => e.claimId === c.id).map((e) => e.articleId))
            .size === 2,
      );
    expect(both(build('pit-flood')), 'two counts of one event: one toll claim').toHaveLength(1);
    expect(both(build('pit-fire'))).toEqual([]);
  });
});

describe('normaliseWord', () => {
  it('folds the forms of one word together', () => {
    expect(new Set(['denied', 'denies', 'deny', 'denying'].map(normaliseWord)).size).toBe(1);
    expect(new Set(['strikes', 'striking', 'strike'].map(normaliseWord)).size).toBe(1);
    expect(normaliseWord('Civilians')).toBe(normaliseWord('civilian'));
    expect(normaliseWord('300,000')).toBe('300000');
  });
});

describe('buildCorpus without a claims file', () => {
  const files = Object.fromEntries(
    Object.entries(MINIMAL_FILES).filter(
      ([name]) => name !== 'claims.yaml' && name !== 'reviews.yaml',
    ),
  );

  it('proposes the claims itself, each traced to a sentence, and the corpus verifies', () => {
    const built = buildCorpus(files);
    if (!built.ok) throw new Error(JSON.stringify(built.errors));
    const { claims, evidence, articles } = built.corpus;
    expect(claims.length).toBeGreaterThan(0);
    for (const claim of claims) {
      expect(claim.origin).toBe('auto');
      const text = articles.find((a) => a.id === claim.machineWorded?.articleId)?.text ?? '';
      expect(text.slice(claim.machineWorded!.start, claim.machineWorded!.end)).toBe(
        claim.statement,
      );
      expect(evidence.some((e) => e.claimId === claim.id)).toBe(true);
    }
  });

  it('proposes none beside a claims file unless asked', () => {
    const built = buildCorpus(MINIMAL_FILES);
    if (!built.ok) throw new Error(JSON.stringify(built.errors));
    expect(built.corpus.claims.every((c) => c.origin === 'curated')).toBe(true);
    const beside = buildCorpus(MINIMAL_FILES, { proposeClaims: true });
    if (!beside.ok) throw new Error(JSON.stringify(beside.errors));
    expect(beside.corpus.claims.some((c) => c.origin === 'auto')).toBe(true);
    expect(beside.corpus.claims.filter((c) => c.origin === 'curated')).toEqual(built.corpus.claims);
  });
});
