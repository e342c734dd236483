import fc from 'fast-check';
import { escapeRegExp } from './text-patterns.ts';

describe('escapeRegExp', () => {
  it('makes a pattern that matches the text itself, whatever characters it holds', () => {
    expect(escapeRegExp('St. Mary (north) [2]')).toBe('St\\. Mary \\(north\\) \\[2\\]');
    fc.assert(
      fc.property(fc.string(), (text) => {
        const match = new RegExp(escapeRegExp(text), 'u').exec(text);
        expect(match?.index).toBe(0);
        expect(match?.[0]).toBe(text);
      }),
    );
  });
});
