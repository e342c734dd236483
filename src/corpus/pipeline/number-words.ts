import { isOutcomeWord } from './lexicon/lexicon.ts';

/**
 * Numbers as news copy writes them, read from word tokens: digits ("1,500", "2.5"), number words
 * ("forty-nine", "two hundred and fifty", "a dozen", "half a dozen"), a range written as one token
 * ("30-40"), and vague amounts ("hundreds", "tens of thousands", "several hundred"), which are
 * never turned into an exact number. What the number counts, and whether it counts at all (a year, an
 * age, money), is for `extractFigures` to say.
 */

/**
 * Four digits as a year is written, 1800 to 2099, with no thousands comma: "2015", not "2,015".
 * Whether such a number is a year or a count is for its neighbours to say.
 */
export const YEAR_DIGITS = /^(1[89]|20)\d\d$/;

/** What the parser reads of a token: its text as written and in lower case. */
export interface NumberToken {
  text: string;
  lower: string;
}

const UNITS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const MULTIPLIERS: Record<string, number> = {
  hundred: 100,
  thousand: 1_000,
  million: 1_000_000,
  billion: 1_000_000_000,
};

/**
 * Vague amounts and the low bound each stands for by convention: "hundreds" means at least two
 * hundred. They are flagged `vague` so no view shows them as an exact count.
 */
const VAGUE: Record<string, number> = {
  dozens: 24,
  scores: 40,
  hundreds: 200,
  thousands: 2_000,
  millions: 2_000_000,
};

/** A number read at a token: where it lies among the tokens, its value, and whether it is vague. */
export interface NumberCore {
  /** Token indexes, end exclusive. */
  from: number;
  to: number;
  value: number;
  vague: boolean;
  /** A bare "one", kept only where it clearly counts people. */
  isOne: boolean;
  /** The upper end of a range written as one token, "30-40". */
  rangeHigh?: number;
}

/** "30-40" written as one token: its low end, the high end as `rangeHigh`; null when reversed. */
export function parseHyphenRange(tokens: readonly NumberToken[], i: number): NumberCore | null {
  const match = /^(\d+)[-–](\d+)$/.exec(tokens[i]?.text ?? '');
  if (!match) return null;
  const low = Number(match[1]);
  const high = Number(match[2]);
  if (!(high > low)) return null;
  return { from: i, to: i + 1, value: low, vague: false, isOne: false, rangeHigh: high };
}

function wordValue(lower: string): number | undefined {
  const unit = UNITS[lower];
  if (unit !== undefined) return unit;
  const tens = TENS[lower];
  if (tens !== undefined) return tens;
  const [a, b, ...rest] = lower.split('-');
  if (a === undefined || b === undefined || rest.length > 0) return undefined;
  const t = TENS[a];
  const u = UNITS[b];
  return t !== undefined && u !== undefined && u > 0 && u < 10 ? t + u : undefined;
}

function digitValue(text: string): number | undefined {
  if (/^\d{1,3}(,\d{3})+$/.test(text)) return Number(text.replace(/,/g, ''));
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text);
  return undefined;
}

/**
 * The cardinal starting at token `i`: digits or words, with "hundred", "million", "dozen"; null
 * when none starts there.
 */
export function parseCardinal(tokens: readonly NumberToken[], i: number): NumberCore | null {
  const first = tokens[i];
  if (!first) return null;
  const at = (k: number) => tokens[k]?.lower;
  let value: number | undefined;
  let to = i + 1;
  const digits = digitValue(first.text);
  if (digits !== undefined) {
    value = digits;
  } else if ((first.lower === 'a' || first.lower === 'an') && at(i + 1) === 'dozen') {
    return { from: i, to: i + 2, value: 12, vague: false, isOne: false };
  } else if (
    (first.lower === 'a' || first.lower === 'an') &&
    MULTIPLIERS[at(i + 1) ?? ''] !== undefined
  ) {
    return {
      from: i,
      to: i + 2,
      value: MULTIPLIERS[at(i + 1) ?? ''] ?? 0,
      vague: false,
      isOne: false,
    };
  } else if (first.lower === 'half' && at(i + 1) === 'a' && at(i + 2) === 'dozen') {
    return { from: i, to: i + 3, value: 6, vague: false, isOne: false };
  } else if (first.lower === 'dozen' && at(i - 1) !== 'a') {
    return null;
  } else {
    value = wordValue(first.lower);
    if (value === undefined) return null;
    // "thirty five" written as two words.
    if (TENS[first.lower] !== undefined) {
      const unit = UNITS[at(to) ?? ''];
      if (unit !== undefined && unit > 0 && unit < 10) {
        value += unit;
        to += 1;
      }
    }
    // "two hundred and fifty", "three thousand": words after a multiplier add on.
    while (MULTIPLIERS[at(to) ?? ''] !== undefined) {
      value *= MULTIPLIERS[at(to) ?? ''] ?? 1;
      to += 1;
      const joined = at(to) === 'and' ? to + 1 : to;
      const more = wordValue(at(joined) ?? '');
      if (more !== undefined && more < 100 && !MULTIPLIERS[at(joined + 1) ?? '']) {
        value += more;
        to = joined + 1;
        // "three hundred and thirty five"
        const unit = UNITS[at(to) ?? ''];
        if (TENS[at(joined) ?? ''] !== undefined && unit !== undefined && unit > 0 && unit < 10) {
          value += unit;
          to += 1;
        }
      }
    }
  }
  const multiplier = MULTIPLIERS[at(to) ?? ''];
  if (multiplier !== undefined && multiplier >= 1000) {
    value *= multiplier;
    to += 1;
  }
  if (at(to) === 'dozen') {
    value *= 12;
    to += 1;
  }
  return { from: i, to, value, vague: false, isOne: first.lower === 'one' && to === i + 1 };
}

/**
 * The vague amount at token `i` ("hundreds", "tens of thousands", "several hundred", "dozens"),
 * flagged `vague`, its value the low bound the words stand for by convention; null when none.
 */
export function parseVague(tokens: readonly NumberToken[], i: number): NumberCore | null {
  const at = (k: number) => tokens[k]?.lower;
  const word = at(i);
  if (word === 'tens' || word === 'hundreds') {
    if (at(i + 1) === 'of' && at(i + 2) === 'thousands') {
      const value = word === 'tens' ? 20_000 : 200_000;
      return { from: i, to: i + 3, value, vague: true, isOne: false };
    }
  }
  // "several hundred", "a few thousand": vague, however the words put it.
  const some =
    word === 'several' || word === 'few' ? i : word === 'a' && at(i + 1) === 'few' ? i + 1 : -1;
  const scale = some < 0 ? undefined : at(some + 1);
  if (scale === 'hundred' || scale === 'thousand' || scale === 'dozen') {
    const value = scale === 'hundred' ? 200 : scale === 'thousand' ? 2_000 : 24;
    return { from: i, to: some + 2, value, vague: true, isOne: false };
  }
  const low = VAGUE[word ?? ''];
  if (low === undefined) return null;
  // "scores" is a count in "scores of" or next to what happened ("scores injured", "wounding
  // scores"): otherwise it is exam or match scores.
  if (
    word === 'scores' &&
    at(i + 1) !== 'of' &&
    !isOutcomeWord(at(i + 1) ?? '', true) &&
    !isOutcomeWord(at(i - 1) ?? '', true)
  )
    return null;
  return { from: i, to: i + 1, value: low, vague: true, isOne: false };
}

/**
 * The number at token `i`, of whichever form starts there: a vague amount first ("several
 * hundred" is vague, not two words), then a cardinal, then a range in one token.
 */
export function parseNumber(tokens: readonly NumberToken[], i: number): NumberCore | null {
  return parseVague(tokens, i) ?? parseCardinal(tokens, i) ?? parseHyphenRange(tokens, i);
}
