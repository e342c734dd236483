import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatFigure } from './format-figure.ts';

const figure = (over: Partial<Parameters<typeof formatFigure>[0]>) => ({
  low: 0,
  high: null,
  qualifier: null,
  vague: false,
  group: 'civilians' as const,
  quote: '',
  ...over,
});

describe('formatFigure', () => {
  it('keeps the qualifier and bounds as written', () => {
    expect(formatFigure(figure({ low: 200, qualifier: 'at least' }))).toBe(
      'at least 200 civilians',
    );
    expect(formatFigure(figure({ low: 49, high: 49 }))).toBe('49 civilians');
    expect(
      formatFigure(figure({ low: 12, high: 12, qualifier: 'around', group: 'fighters' })),
    ).toBe('around 12 fighters');
    expect(formatFigure(figure({ low: 12, high: 15, group: 'children' }))).toBe('12–15 children');
    expect(formatFigure(figure({ low: 1200, high: 1200 }))).toBe('1,200 civilians');
  });

  it('never makes an open-ended figure look exact', () => {
    expect(formatFigure(figure({ low: 300 }))).toBe('300 or more civilians');
  });

  it('shows a vague amount as its words, marked vague, without its conventional number', () => {
    const text = formatFigure(figure({ low: 200, vague: true, quote: 'hundreds of civilians' }));
    expect(text).toBe('hundreds of civilians (vague)');
    expect(text).not.toContain('200');
  });

  it('leaves out the group word "other"', () => {
    expect(formatFigure(figure({ low: 25, high: 25, group: 'other' }))).toBe('25');
  });

  it('groups whole numbers exactly as en-GB does, without Intl', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (low) => {
        expect(formatFigure(figure({ low, high: low, group: 'other' }))).toBe(
          low.toLocaleString('en-GB'),
        );
      }),
    );
    expect(formatFigure(figure({ low: 1234567, high: 1234567 }))).toBe('1,234,567 civilians');
    expect(formatFigure(figure({ low: 2.5, high: 2.5, group: 'other' }))).toBe('2.5');
  });
});
