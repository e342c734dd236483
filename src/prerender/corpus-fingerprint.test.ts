import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { corpusFingerprint, matchesFingerprint } from './corpus-fingerprint.ts';

describe('corpusFingerprint', () => {
  it('is the same for the same text and differs for a one-character change', () => {
    const text = '{"title":"Amnesty report","articles":[]}';
    expect(corpusFingerprint(text)).toBe(corpusFingerprint(`${text}`));
    expect(corpusFingerprint(text)).not.toBe(corpusFingerprint(text.replace('A', 'a')));
    expect(matchesFingerprint(text, corpusFingerprint(text))).toBe(true);
    expect(matchesFingerprint(text.replace('A', 'a'), corpusFingerprint(text))).toBe(false);
  });

  it('tells texts of different lengths apart, whatever they hold', () => {
    fc.assert(
      fc.property(fc.string(), fc.string({ minLength: 1 }), (text, more) => {
        expect(matchesFingerprint(text + more, corpusFingerprint(text))).toBe(false);
      }),
    );
  });

  it('matches the FNV-1a reference values', () => {
    // FNV-1a 32-bit of "" is 0x811c9dc5 and of "a" is 0xe40c292c (the published test vectors).
    expect(corpusFingerprint('')).toBe(`0-${(0x811c9dc5).toString(36)}`);
    expect(corpusFingerprint('a')).toBe(`1-${(0xe40c292c).toString(36)}`);
  });
});
