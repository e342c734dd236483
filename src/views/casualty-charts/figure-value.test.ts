import { describe, expect, it } from 'vitest';
import {
  figureKind,
  figureRange,
  formatFigure,
  groupLabel,
  sameValue,
  vagueWord,
} from './figure-value.ts';

const fig = (
  quote: string,
  low: number,
  high: number | null,
  qualifier: string | null = null,
  vague = false,
) => ({ quote, low, high, qualifier, vague });

const exact49 = fig('49 civilians', 49, 49);
const atLeast200 = fig('at least 200 civilians', 200, null, 'at least');
const aroundDozen = fig('around a dozen fighters', 12, 12, 'around');
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

describe('formatFigure', () => {
  it('keeps the qualifier and never gives a vague figure a number', () => {
    expect(formatFigure(exact49)).toBe('49');
    expect(formatFigure(atLeast200)).toBe('at least 200');
    expect(formatFigure(aroundDozen)).toBe('around 12');
    expect(formatFigure(hundreds)).toBe('hundreds (vague)');
    expect(formatFigure(hundreds)).not.toMatch(/\d/);
    expect(formatFigure(fig('1200 people', 1200, 1200))).toBe('1,200');
    expect(formatFigure(fig('200-plus', 200, null))).toBe('200 or more');
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

describe('sameValue', () => {
  it('treats "49" and "at least 49" as different', () => {
    expect(sameValue(exact49, fig('49 people', 49, 49))).toBe(true);
    expect(sameValue(exact49, fig('at least 49', 49, null, 'at least'))).toBe(false);
    expect(sameValue(hundreds, fig('hundreds of people', 200, null, null, true))).toBe(true);
    expect(sameValue(hundreds, fig('dozens of people', 200, null, null, true))).toBe(false);
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
    expect(
      figureRange([fig('32 children', 32, 32), fig('at least 32', 32, null, 'at least')]),
    ).toBe('32 (1 of 2 a lower bound)');
    expect(figureRange([exact49, aroundDozen, atLeast200])).toBe(
      '12–200 (1 of 3 a lower bound, 1 of 3 approximate)',
    );
    expect(figureRange([hundreds])).toBe('hundreds (vague)');
    expect(figureRange([])).toBe('');
  });
});

describe('groupLabel', () => {
  it('names the group and the outcome', () => {
    expect(groupLabel('children', 'killed')).toBe('children killed');
    expect(groupLabel('attacks', null)).toBe('attacks (outcome not stated)');
    expect(groupLabel('civilians', 'dead')).toBe('civilians dead');
    // A noun outcome ("Around 300,000 people … its victims") does not read after the group.
    expect(groupLabel('people', 'victims')).toBe('people (victims)');
  });
});
