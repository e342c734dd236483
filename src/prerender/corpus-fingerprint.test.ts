import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixtureCorpus } from '../test-support/fixture-corpus.ts';
import type { Corpus } from '../corpus/schema.ts';
import { corpusFingerprint, matchesFingerprint } from './corpus-fingerprint.ts';

// The corpus file as the build writes it. The fingerprint is of this text: what the page was drawn
// from, compared with what the browser later fetched.
const serialise = (corpus: Corpus) => `${JSON.stringify(corpus, null, 2)}\n`;
const corpusText = serialise(fixtureCorpus);

/** The fixture corpus with one change made to a copy of it. */
function changed(change: (corpus: Corpus) => void): string {
  const copy = structuredClone(fixtureCorpus);
  change(copy);
  return serialise(copy);
}

describe('corpusFingerprint', () => {
  it('is the same for the same corpus however its text was come by', () => {
    const fingerprint = corpusFingerprint(corpusText);
    // Built again from a copy of the data, and sent as UTF-8 and decoded, as the browser fetches it.
    const rebuilt = serialise(structuredClone(fixtureCorpus));
    const fetched = new TextDecoder().decode(new TextEncoder().encode(corpusText));
    expect(corpusFingerprint(rebuilt)).toBe(fingerprint);
    expect(corpusFingerprint(fetched)).toBe(fingerprint);
    expect(matchesFingerprint(rebuilt, fingerprint)).toBe(true);
    expect(matchesFingerprint(fetched, fingerprint)).toBe(true);
    // It goes into an HTML attribute as it is.
    expect(fingerprint).toMatch(/^[0-9a-z]+-[0-9a-z]+$/);
  });

  it.each([
    [
      'the last character of the last article',
      (c: Corpus) => {
        const last = c.articles.at(-1)!;
        last.text = `${last.text.slice(0, -1)}${last.text.endsWith('.') ? '!' : '.'}`;
      },
    ],
    ['a figure', (c: Corpus) => void (c.figures[0]!.low += 1)],
    [
      'an outlet’s name',
      (c: Corpus) => void (c.outlets[0]!.name = c.outlets[0]!.name.toUpperCase()),
    ],
    ['an article’s date', (c: Corpus) => void (c.articles[0]!.published = '1999-01-01')],
    ['the order of the articles', (c: Corpus) => void c.articles.reverse()],
  ])('tells the corpus apart from one with another %s', (_, change) => {
    const other = changed(change);
    expect(other).not.toBe(corpusText);
    expect(corpusFingerprint(other)).not.toBe(corpusFingerprint(corpusText));
    expect(matchesFingerprint(other, corpusFingerprint(corpusText))).toBe(false);
  });

  it('tells apart any one changed UTF-16 code unit, anywhere in the corpus', () => {
    const fingerprint = corpusFingerprint(corpusText);
    fc.assert(
      fc.property(
        fc.nat({ max: corpusText.length - 1 }),
        fc.integer({ min: 0, max: 0xffff }),
        (at, unit) => {
          fc.pre(corpusText.charCodeAt(at) !== unit);
          const other =
            corpusText.slice(0, at) + String.fromCharCode(unit) + corpusText.slice(at + 1);
          expect(corpusFingerprint(other)).not.toBe(fingerprint);
          expect(matchesFingerprint(other, fingerprint)).toBe(false);
        },
      ),
      { numRuns: 300 },
    );
    // Code units that share their low byte (Cyrillic а, U+0430, and the digit 0) are still two.
    expect(corpusFingerprint('killed 40')).not.toBe(corpusFingerprint('killed 4\u0430'));
  });

  it('refuses a fingerprint that is not one', () => {
    for (const fingerprint of ['', '-', corpusFingerprint(corpusText).split('-')[0]!]) {
      expect(matchesFingerprint(corpusText, fingerprint)).toBe(false);
    }
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
