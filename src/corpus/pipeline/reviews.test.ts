import { formatInputError } from './input-error.ts';
import { applyReviews, parseReviews, type Proposals } from './reviews.ts';

const TEXT = 'Strikes killed at least 12 civilians on Monday. "We counted them," Holt said.';
const at = (quote: string) => {
  const start = TEXT.indexOf(quote);
  return { articleId: 'a1', start, end: start + quote.length, quote };
};

function proposals(): Proposals {
  return {
    evidence: [
      {
        ...at('Strikes killed at least 12 civilians on Monday.'),
        claimId: 'toll',
        stance: 'asserts',
        attributedTo: null,
        hedged: false,
        origin: 'auto',
      },
    ],
    figures: [
      {
        ...at('12 civilians'),
        low: 12,
        high: 12,
        qualifier: null,
        vague: false,
        group: 'civilians',
        noun: null,
        role: 'total',
        partOfStart: null,
        outcome: 'killed',
        eventId: null,
        attributedTo: null,
        origin: 'auto',
      },
    ],
    dates: [],
    quotes: [{ ...at('We counted them,'), speakerId: null, origin: 'auto' }],
  };
}

const CATALOGUE = {
  texts: new Map([['a1', TEXT]]),
  claimIds: new Set(['toll']),
  eventIds: new Set(['strike']),
  personIds: new Set(['holt']),
};

function apply(yaml: string) {
  const parsed = parseReviews({ file: 'data/reviews.yaml', text: yaml });
  if (!parsed.ok) return { ok: false as const, messages: parsed.errors.map(formatInputError) };
  const result = applyReviews(parsed.reviews, parsed.source, proposals(), CATALOGUE);
  return result.ok
    ? { ok: true as const, result }
    : { ok: false as const, messages: result.errors.map(formatInputError) };
}

describe('applyReviews', () => {
  it('corrects a figure by quoting it: the quoted words become its span, origin reviewed', () => {
    const applied = apply(`- kind: figure
  action: correct
  article: a1
  quote: at least 12 civilians
  high: null
  qualifier: at least
  event: strike
`);
    expect(applied.ok).toBe(true);
    if (!applied.ok) return;
    const [figure] = applied.result.proposals.figures;
    expect(figure).toMatchObject({
      quote: 'at least 12 civilians',
      low: 12,
      high: null,
      qualifier: 'at least',
      eventId: 'strike',
      origin: 'reviewed',
    });
    expect(TEXT.slice(figure!.start, figure!.end)).toBe(figure!.quote);
  });

  it('confirms, rejects and adds', () => {
    const applied = apply(`- kind: evidence
  action: confirm
  article: a1
  claim: toll
  quote: killed at least 12
- kind: quote
  action: correct
  article: a1
  quote: We counted them,
  speaker: holt
- kind: figure
  action: reject
  article: a1
  quote: 12 civilians
- kind: date
  action: add
  article: a1
  quote: Monday
  value: '2020-03-02'
  precision: day
`);
    expect(applied.ok).toBe(true);
    if (!applied.ok) return;
    const { evidence, figures, dates, quotes } = applied.result.proposals;
    expect(evidence[0]).toMatchObject({
      origin: 'reviewed',
      quote: 'Strikes killed at least 12 civilians on Monday.',
    });
    expect(quotes[0]).toMatchObject({ speakerId: 'holt', origin: 'reviewed' });
    expect(figures).toEqual([]);
    expect(dates).toEqual([
      {
        ...at('Monday'),
        value: '2020-03-02',
        valueEnd: null,
        precision: 'day',
        eventId: null,
        origin: 'reviewed',
      },
    ]);
    expect(applied.result.applied).toBe(4);
  });

  it('fails with file, line and reason when the quote is not in the article', () => {
    const applied = apply(`- kind: figure
  action: confirm
  article: a1
  quote: 13 civilians
`);
    expect(applied).toEqual({
      ok: false,
      messages: ['data/reviews.yaml:4: quote: "13 civilians" is not in article a1'],
    });
  });

  it('fails when a review names an unknown claim, event, person or article', () => {
    const applied = apply(`- kind: evidence
  action: confirm
  article: a1
  claim: toll-13
  quote: killed
- kind: figure
  action: correct
  article: a1
  quote: 12 civilians
  event: no-such-strike
- kind: quote
  action: correct
  article: a1
  quote: We counted
  speaker: nobody
- kind: date
  action: add
  article: b9
  quote: Monday
  value: '2020-03-02'
  precision: day
`);
    expect(applied).toEqual({
      ok: false,
      messages: [
        'data/reviews.yaml:4: claim: "toll-13" is not a claim in claims.yaml (known: toll)',
        'data/reviews.yaml:10: event: "no-such-strike" is not an event in events.yaml (known: strike)',
        'data/reviews.yaml:15: speaker: "nobody" is not a person in people.yaml (known: holt)',
        'data/reviews.yaml:18: article: "b9" is not an article id (known: a1)',
      ],
    });
  });

  it('refuses to confirm or correct what the machine did not propose, and a confirm with changes', () => {
    const applied = apply(`- kind: date
  action: correct
  article: a1
  quote: Monday
  value: '2020-03-02'
- kind: figure
  action: confirm
  article: a1
  quote: 12 civilians
  low: 13
- kind: evidence
  action: add
  article: a1
  claim: toll
  quote: Holt said
`);
    expect(applied).toEqual({
      ok: false,
      messages: [
        'data/reviews.yaml:4: quote: no machine date overlaps these words in article a1: nothing to correct (use action: add)',
        'data/reviews.yaml:10: low: a confirm takes no changes (low): use action: correct',
        'data/reviews.yaml:11: an add must give stance, hedged: the machine has nothing to start from',
      ],
    });
  });

  it('refuses a review of an unknown kind or action, naming the line', () => {
    const applied = apply(`- kind: figure
  action: approve
  article: a1
  quote: 12 civilians
`);
    expect(applied.ok).toBe(false);
    expect(!applied.ok && applied.messages[0]).toMatch(
      /^data\/reviews\.yaml:2: action: expected one of confirm, correct, reject, add, got "approve"$/,
    );
  });

  it('accepts an empty review file', () => {
    const applied = apply('# no reviews yet\n');
    expect(applied.ok && applied.result.applied).toBe(0);
  });
});
