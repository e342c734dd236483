import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Figure } from '../corpus/schema.ts';
import {
  attributionWords,
  compatibleAmounts,
  figureAmount,
  figureKind,
  figureRange,
  figureWords,
  formatCount,
  groupLabel,
  isToll,
  roleWords,
  sameAmount,
  vagueWord,
} from './figure-wording.ts';

type Words = Parameters<typeof figureWords>[0];

const fig = (
  quote: string,
  low: number,
  high: number | null,
  qualifier: string | null = null,
  vague = false,
  more: Partial<Words> = {},
): Words => ({ quote, low, high, qualifier, vague, group: 'civilians', noun: null, ...more });

const exact49 = fig('49 civilians', 49, 49);
const atLeast200 = fig('at least 200 civilians', 200, null, 'at least');
const aroundDozen = fig('around a dozen fighters', 12, 12, 'around', false, { group: 'fighters' });
const hundreds = fig('Hundreds of civilians', 200, null, null, true);

describe('figureKind', () => {
  it('tells exact, lower bound, approximate, range and vague apart', () => {
    expect(figureKind(exact49)).toBe('exact');
    expect(figureKind(atLeast200)).toBe('lower-bound');
    expect(figureKind(aroundDozen)).toBe('approximate');
    expect(figureKind(fig('40 to 50 people', 40, 50))).toBe('range');
    expect(figureKind(hundreds)).toBe('vague');
  });

  it('never calls a qualified figure exact', () => {
    expect(figureKind(fig('some unheard-of 30', 30, 30, 'unheard-of'))).toBe('approximate');
  });
});

describe('figureAmount', () => {
  it('keeps the qualifier and never gives a vague figure a number', () => {
    expect(figureAmount(exact49)).toBe('49');
    expect(figureAmount(atLeast200)).toBe('at least 200');
    expect(figureAmount(aroundDozen)).toBe('around 12');
    expect(figureAmount(hundreds)).toBe('hundreds (vague)');
    expect(figureAmount(fig('1200 people', 1200, 1200))).toBe('1,200');
    expect(figureAmount(fig('200-plus', 200, null))).toBe('200 or more');
    expect(figureAmount(fig('between 40 and 50', 40, 50))).toBe('40–50');
    expect(figureAmount(fig('about 40 to 50', 40, 50, 'about'))).toBe('about 40–50');
  });
});

describe('figureWords', () => {
  it('says the amount with its counted noun, as written', () => {
    expect(figureWords(atLeast200)).toBe('at least 200 civilians');
    expect(figureWords(exact49)).toBe('49 civilians');
    expect(figureWords(aroundDozen)).toBe('around 12 fighters');
    expect(figureWords(fig('12 to 15 children', 12, 15, null, false, { group: 'children' }))).toBe(
      '12–15 children',
    );
    // The noun as written wins over the group's word.
    expect(
      figureWords(fig('40 bodies', 40, 40, null, false, { group: 'people', noun: 'bodies' })),
    ).toBe('40 bodies');
    expect(figureWords(fig('25', 25, 25, null, false, { group: 'other' }))).toBe('25');
  });

  it('never writes "at least … or more" (the old corpus formatter did)', () => {
    expect(figureWords(atLeast200)).not.toMatch(/or more/);
    expect(figureWords(fig('300 or more civilians', 300, null))).toBe('300 or more civilians');
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e9 }),
        fc.constantFrom('at least', 'more than', 'over', 'upwards of'),
        (low, qualifier) => {
          const words = figureWords(fig(`${qualifier} ${low}`, low, null, qualifier));
          expect(words).toBe(`${qualifier} ${formatCount(low)} civilians`);
          expect(words).not.toContain('or more');
        },
      ),
    );
  });

  it('gives a vague amount as its word and noun, marked vague, without its conventional number', () => {
    expect(figureWords(hundreds)).toBe('hundreds of civilians (vague)');
    expect(
      figureWords(fig('dozens of witnesses', 24, null, null, true, { noun: 'witnesses' })),
    ).toBe('dozens of witnesses (vague)');
    expect(figureWords(fig('several people', 3, null, null, true, { group: 'people' }))).toBe(
      'several people (vague)',
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1e7 }),
        fc.constantFrom('hundreds', 'Thousands', 'dozens', 'scores', 'many'),
        (low, word) => {
          const vague = fig(`${word} of civilians`, low, null, null, true);
          expect(figureWords(vague)).not.toMatch(/\d/);
          expect(figureAmount(vague)).not.toMatch(/\d/);
        },
      ),
    );
  });

  it('groups whole numbers exactly as en-GB does, without Intl', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (n) => {
        expect(formatCount(n)).toBe(n.toLocaleString('en-GB'));
      }),
    );
    expect(formatCount(2.5)).toBe('2.5');
  });
});

describe('vagueWord', () => {
  it('finds the vague word in the quote', () => {
    expect(vagueWord('Hundreds of civilians')).toBe('hundreds');
    expect(vagueWord('dozens of witnesses')).toBe('dozens');
    expect(vagueWord('a great many')).toBe('many');
    expect(vagueWord('a number of people')).toBe('vague');
  });
});

describe('sameAmount and compatibleAmounts', () => {
  it('treats "49" and "at least 49" as different amounts', () => {
    expect(sameAmount(exact49, fig('49 people', 49, 49))).toBe(true);
    expect(sameAmount(exact49, fig('at least 49', 49, null, 'at least'))).toBe(false);
    expect(sameAmount(hundreds, fig('hundreds of people', 200, null, null, true))).toBe(true);
    expect(sameAmount(hundreds, fig('dozens of people', 200, null, null, true))).toBe(false);
  });

  it('says when two figures cannot both be true', () => {
    expect(compatibleAmounts(exact49, fig('46', 46, 46))).toBe(false);
    expect(compatibleAmounts(atLeast200, fig('180', 180, 180))).toBe(false);
    expect(compatibleAmounts(fig('at least 32', 32, null, 'at least'), fig('32', 32, 32))).toBe(
      true,
    );
    // A vague word means at least its least ("hundreds": 200), with no upper end.
    expect(compatibleAmounts(hundreds, atLeast200)).toBe(true);
    expect(compatibleAmounts(hundreds, fig('5000', 5000, 5000))).toBe(true);
    expect(compatibleAmounts(hundreds, fig('12', 12, 12))).toBe(false);
  });
});

describe('figureRange', () => {
  it('spans what outlets cite and says when the ends are bounds', () => {
    expect(figureRange([exact49, fig('46 people', 46, 46)])).toBe('46–49');
    expect(figureRange([atLeast200, atLeast200])).toBe('at least 200');
    expect(figureRange([exact49, fig('at least 32', 32, null, 'at least')])).toBe(
      '32–49 (1 of 2 a lower bound)',
    );
    expect(figureRange([atLeast200, hundreds])).toBe('at least 200; hundreds (vague)');
    expect(figureRange([hundreds])).toBe('hundreds (vague)');
    expect(figureRange([])).toBe('');
  });
});

describe('groupLabel', () => {
  it('names the group and the outcome', () => {
    expect(groupLabel('children', 'killed')).toBe('children killed');
    expect(groupLabel('attacks', null)).toBe('attacks (outcome not stated)');
    expect(groupLabel('people', 'victims')).toBe('people (victims)');
  });
});

describe('isToll and roleWords', () => {
  const role = (over: Partial<Figure>) =>
    ({ role: 'total', group: 'civilians', outcome: 'killed', noun: null, ...over }) as Pick<
      Figure,
      'role' | 'group' | 'outcome' | 'noun'
    >;

  it('takes only totals and parts of people with an outcome that happened to them as tolls', () => {
    expect(isToll(role({}))).toBe(true);
    expect(isToll(role({ role: 'part', group: 'children' }))).toBe(true);
    expect(isToll(role({ outcome: 'injured' }))).toBe(true);
    expect(isToll(role({ role: 'account', group: 'people' }))).toBe(false);
    expect(isToll(role({ role: 'method', group: 'attacks', outcome: 'documented' }))).toBe(false);
    expect(isToll(role({ role: 'context', group: 'people' }))).toBe(false);
    // "three missiles", "thousands of attacks": a total, but not of people.
    expect(isToll(role({ group: 'other', noun: 'missiles', outcome: null }))).toBe(false);
    expect(isToll(role({ group: 'attacks', outcome: null }))).toBe(false);
    // Patients present in a hospital are not a toll, nor a count whose outcome is not given.
    expect(isToll(role({ group: 'people', outcome: 'present' }))).toBe(false);
    expect(isToll(role({ group: 'people', outcome: null }))).toBe(false);
  });

  it('says what a number counts in a reader’s words', () => {
    expect(roleWords(role({ role: 'account', group: 'people', noun: 'bodies' }))).toBe(
      "a witness's account",
    );
    expect(
      roleWords(role({ role: 'method', group: 'attacks', outcome: 'documented', noun: 'attacks' })),
    ).toBe("the report's method: attacks documented");
    expect(roleWords(role({ role: 'method', group: 'attacks', outcome: null }))).toBe(
      "the report's method",
    );
    expect(roleWords(role({ role: 'context', group: 'people', outcome: 'victims' }))).toBe(
      'a wider count',
    );
    expect(roleWords(role({ role: 'ratio' }))).toBe('a rate, not a count');
    expect(roleWords(role({ role: 'change' }))).toBe('a change in a count');
    expect(roleWords(role({ group: 'other', noun: 'missiles', outcome: null }))).toBe(
      'a count of missiles, not of people',
    );
    expect(roleWords(role({ group: 'attacks', noun: 'attacks', outcome: null }))).toBe(
      'a count of attacks, not a toll',
    );
    expect(roleWords(role({ group: 'people', outcome: 'present' }))).toBe(
      'a count of people present, not a toll',
    );
  });

  it('gives an attribution in full, or nothing when the text gives none', () => {
    expect(attributionWords({ attributedTo: 'Mohammed Quvani al-Ghavel' })).toBe(
      'per Mohammed Quvani al-Ghavel',
    );
    expect(attributionWords({ attributedTo: null })).toBeNull();
  });
});
