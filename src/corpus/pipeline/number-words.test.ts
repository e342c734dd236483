import fc from 'fast-check';
import { parseCardinal, parseHyphenRange, parseNumber, parseVague } from './number-words.ts';

/** Words split on spaces, as the figure tokenizer gives them ("forty-nine", "1,500", "30-40"). */
const tokens = (text: string) =>
  text.split(/\s+/u).map((word) => ({ text: word, lower: word.toLowerCase() }));

/** The number at the first word, as [value, words read, vague]. */
function read(text: string) {
  const core = parseNumber(tokens(text), 0);
  return core === null ? null : [core.value, core.to - core.from, core.vague];
}

describe('parseCardinal', () => {
  it('reads digits with thousands commas and decimals, and a multiplier after them', () => {
    expect(read('1,500 residents')).toEqual([1500, 1, false]);
    expect(read('300,000 people')).toEqual([300_000, 1, false]);
    expect(read('2.5 million people')).toEqual([2_500_000, 2, false]);
    expect(read('1,50 people')).toBeNull();
  });

  it('reads number words, hyphenated or in two words, with "hundred", "thousand" and "and"', () => {
    expect(read('Forty-nine people')).toEqual([49, 1, false]);
    expect(read('thirty five people')).toEqual([35, 2, false]);
    expect(read('two hundred and fifty people')).toEqual([250, 4, false]);
    expect(read('three hundred and thirty five people')).toEqual([335, 5, false]);
    expect(read('three thousand people')).toEqual([3000, 2, false]);
    expect(read('a hundred people')).toEqual([100, 2, false]);
  });

  it('reads "a dozen", "half a dozen" and "three dozen", but not a lone "dozen"', () => {
    expect(read('a dozen fighters')).toEqual([12, 2, false]);
    expect(read('half a dozen fighters')).toEqual([6, 3, false]);
    expect(read('three dozen fighters')).toEqual([36, 2, false]);
    expect(parseCardinal(tokens('dozen eggs'), 0)).toBeNull();
  });

  it('marks a bare "one", which counts only where the words around it say so', () => {
    expect(parseCardinal(tokens('one woman'), 0)?.isOne).toBe(true);
    expect(parseCardinal(tokens('one hundred people'), 0)?.isOne).toBe(false);
    expect(parseCardinal(tokens('the town'), 0)).toBeNull();
  });
});

describe('parseHyphenRange', () => {
  it('reads "30-40" as a range in one token, never one that runs backwards', () => {
    expect(parseHyphenRange(tokens('30-40 people'), 0)).toMatchObject({ value: 30, rangeHigh: 40 });
    expect(parseHyphenRange(tokens('40-30 people'), 0)).toBeNull();
  });
});

describe('parseVague', () => {
  it('gives each vague amount the low bound it stands for, flagged vague', () => {
    expect(read('hundreds of civilians')).toEqual([200, 1, true]);
    expect(read('dozens of witnesses')).toEqual([24, 1, true]);
    expect(read('thousands of attacks')).toEqual([2000, 1, true]);
    expect(read('Scores of people')).toEqual([40, 1, true]);
    expect(read('tens of thousands of people')).toEqual([20_000, 3, true]);
    expect(read('hundreds of thousands of people')).toEqual([200_000, 3, true]);
  });

  it('reads "several hundred" and "a few thousand" as vague, however the words put it', () => {
    expect(read('several hundred homes')).toEqual([200, 2, true]);
    expect(read('a few thousand homes')).toEqual([2000, 3, true]);
    expect(read('few dozen homes')).toEqual([24, 2, true]);
  });

  it('reads "scores" as an amount only where it counts, not exam or match scores', () => {
    expect(parseVague(tokens('scores injured'), 0)?.value).toBe(40);
    expect(parseVague(tokens('wounding scores'), 1)?.value).toBe(40);
    expect(parseVague(tokens('exam scores rose'), 1)).toBeNull();
  });
});

describe('parseNumber', () => {
  it('never throws, and what it reads starts at the token asked and lies among the tokens', () => {
    const word = fc.constantFrom(
      'a',
      'an',
      'few',
      'several',
      'hundred',
      'hundreds',
      'of',
      'thousands',
      'tens',
      'and',
      'dozen',
      'half',
      'thirty',
      'five',
      'forty-nine',
      '1,500',
      '2.5',
      '30-40',
      'million',
      'scores',
      'killed',
      'people',
    );
    fc.assert(
      fc.property(fc.array(word, { maxLength: 12 }), (words) => {
        const list = words.map((w) => ({ text: w, lower: w }));
        list.forEach((_, i) => {
          const core = parseNumber(list, i);
          if (core === null) return;
          expect(core.from).toBe(i);
          expect(core.to).toBeGreaterThan(i);
          expect(core.to).toBeLessThanOrEqual(list.length);
          expect(Number.isFinite(core.value) && core.value >= 0).toBe(true);
        });
      }),
    );
  });
});
