import { describe, expect, it } from 'vitest';
import type { Figure } from '../../corpus/schema.ts';
import {
  carries,
  countsAsTotal,
  GRADE_RULES,
  GRADES,
  gradeClaim,
  gradeTotals,
} from './claim-grade.ts';

/** An invented figure: "at least 30 villagers killed" unless told otherwise. */
function figure(over: Partial<Figure> = {}): Figure {
  return {
    articleId: 'k1',
    start: 0,
    end: 10,
    quote: 'at least 30 villagers',
    id: 'k1-f1',
    low: 30,
    high: null,
    qualifier: 'at least',
    vague: false,
    group: 'civilians',
    noun: 'villagers',
    outcome: 'killed',
    role: 'total',
    partOf: null,
    eventId: 'flood',
    attributedTo: null,
    origin: 'auto',
    ...over,
  };
}

describe('gradeClaim', () => {
  it('corroborated: two or more independent sources carry it and no article reports a denial', () => {
    expect(gradeClaim({ sources: 2, disputes: 0 })).toBe('corroborated');
    expect(gradeClaim({ sources: 5, disputes: 0 })).toBe('corroborated');
  });

  it('single source: one independent source carries it and no article reports a denial', () => {
    expect(gradeClaim({ sources: 1, disputes: 0 })).toBe('single-source');
  });

  it('contested: some article carries it and some reports a denial, however many sources', () => {
    expect(gradeClaim({ sources: 1, disputes: 1 })).toBe('contested');
    expect(gradeClaim({ sources: 4, disputes: 3 })).toBe('contested');
  });

  it('denied: nothing carries it, and the corpus holds only denials of it', () => {
    expect(gradeClaim({ sources: 0, disputes: 2 })).toBe('denied');
  });

  it('no source: nothing carries or disputes it', () => {
    expect(gradeClaim({ sources: 0, disputes: 0 })).toBe('no-source');
  });

  it('states a rule for every grade', () => {
    for (const grade of GRADES) expect(GRADE_RULES[grade].length).toBeGreaterThan(10);
  });

  it('counts asserting and attributing passages as carrying a claim, a denial not', () => {
    expect(carries({ stance: 'asserts' })).toBe(true);
    expect(carries({ stance: 'attributes' })).toBe(true);
    expect(carries({ stance: 'disputes' })).toBe(false);
  });
});

describe('gradeTotals', () => {
  it('gives the one total every source cites', () => {
    const totals = gradeTotals(
      [
        { figure: figure(), source: 'a' },
        { figure: figure({ articleId: 'k2', id: 'k2-f1' }), source: 'b' },
      ],
      2,
    );
    expect(totals).toMatchObject({ range: 'at least 30', sources: 2 });
    expect(totals?.words).toBe('total at least 30 villagers');
  });

  it('gives the range across sources and the lowest total, the conservative figure', () => {
    const totals = gradeTotals(
      [
        {
          figure: figure({ low: 41, high: 41, qualifier: null, quote: '41 villagers' }),
          source: 'a',
        },
        {
          figure: figure({
            id: 'k2-f1',
            low: 38,
            high: 38,
            qualifier: null,
            quote: '38 villagers',
          }),
          source: 'b',
        },
        { figure: null, source: 'c' },
      ],
      3,
    );
    expect(totals?.lowest.id).toBe('k2-f1');
    expect(totals?.range).toBe('38–41');
    expect(totals?.sources).toBe(2);
    expect(totals?.words).toBe('totals 38–41, lowest 38 villagers (cited by 2 of 3 sources)');
  });

  it('counts a source once, however many of its articles cite a total', () => {
    const totals = gradeTotals(
      [
        { figure: figure(), source: 'a' },
        { figure: figure({ id: 'k2-f1' }), source: 'a' },
      ],
      1,
    );
    expect(totals?.sources).toBe(1);
    expect(totals?.words).toBe('total at least 30 villagers');
  });

  it('reads totals only: never a part, an account, or a vague amount as a number', () => {
    expect(countsAsTotal(figure({ role: 'part' }))).toBe(false);
    expect(countsAsTotal(figure({ role: 'account' }))).toBe(false);
    expect(countsAsTotal(figure({ vague: true }))).toBe(false);
    const vague = figure({ vague: true, low: 200, quote: 'hundreds of villagers' });
    expect(gradeTotals([{ figure: vague, source: 'a' }], 1)).toBeNull();
    // "Hundreds" (conventionally 200) is not the lowest beside an exact 250.
    const totals = gradeTotals(
      [
        { figure: vague, source: 'a' },
        {
          figure: figure({ low: 250, high: 250, qualifier: null, quote: '250 villagers' }),
          source: 'b',
        },
      ],
      2,
    );
    expect(totals?.lowest.low).toBe(250);
    expect(totals?.words).not.toContain('200');
    expect(totals?.words).not.toContain('hundreds');
  });

  it('is null when no source cites a total', () => {
    expect(gradeTotals([], 0)).toBeNull();
    expect(gradeTotals([{ figure: null, source: 'a' }], 1)).toBeNull();
  });
});
