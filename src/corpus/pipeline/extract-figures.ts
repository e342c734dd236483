import type { FigureGroup } from '../schema.ts';
import type { ExtractFigures, FigureProposal, Sentence } from './types.ts';

/**
 * Rules, not wink-nlp or compromise. The forms a casualty count takes in news copy are a closed
 * set (digits, number words, "a dozen", "hundreds of", a qualifier in front, a range), and rules
 * give exact offsets, keep "hundreds" vague rather than turning it into a number, and can say
 * why a number is not a figure (a year, a day of the month, an age, a percentage, a duration).
 * wink-nlp's CARDINAL entities find the same numbers but would still need every one of these
 * rules on top, and its tokens carry no string offsets. compromise reads "hundreds" and
 * "a dozen" as no number at all.
 */

interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
}

const TOKEN = /[\p{L}\p{N}]+(?:[-'’.,][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

function tokenize(sentence: Sentence): Token[] {
  const tokens: Token[] = [];
  for (const match of sentence.quote.matchAll(TOKEN)) {
    const start = sentence.start + match.index;
    tokens.push({
      text: match[0],
      lower: match[0].toLowerCase(),
      start,
      end: start + match[0].length,
    });
  }
  return tokens;
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

/** Qualifiers as written, longest first; `bound` says what the number bounds. */
const QUALIFIERS: readonly { words: string[]; bound: 'lower' | 'upper' | 'about' }[] = [
  { words: ['at', 'least'], bound: 'lower' },
  { words: ['more', 'than'], bound: 'lower' },
  { words: ['no', 'fewer', 'than'], bound: 'lower' },
  { words: ['well', 'over'], bound: 'lower' },
  { words: ['just', 'over'], bound: 'lower' },
  { words: ['over'], bound: 'lower' },
  { words: ['upwards', 'of'], bound: 'lower' },
  { words: ['at', 'most'], bound: 'upper' },
  { words: ['up', 'to'], bound: 'upper' },
  { words: ['as', 'many', 'as'], bound: 'upper' },
  { words: ['fewer', 'than'], bound: 'upper' },
  { words: ['less', 'than'], bound: 'upper' },
  { words: ['almost'], bound: 'upper' },
  { words: ['nearly'], bound: 'upper' },
  { words: ['close', 'to'], bound: 'upper' },
  { words: ['an', 'estimated'], bound: 'about' },
  { words: ['around'], bound: 'about' },
  { words: ['about'], bound: 'about' },
  { words: ['some'], bound: 'about' },
  { words: ['roughly'], bound: 'about' },
  { words: ['approximately'], bound: 'about' },
  { words: ['approx'], bound: 'about' },
  { words: ['an', 'estimated'], bound: 'about' },
];

const GROUPS: Record<string, FigureGroup> = {};
function addGroup(group: FigureGroup, words: string): void {
  for (const word of words.split(' ')) GROUPS[word] = group;
}
addGroup('civilians', 'civilian civilians noncombatants non-combatants');
addGroup('children', 'child children kid kids boy boys girl girls minors infants babies toddlers');
addGroup('women', 'woman women');
addGroup(
  'fighters',
  'fighter fighters militant militants combatant combatants soldier soldiers troops rebel rebels insurgent insurgents jihadist jihadists gunmen servicemen',
);
addGroup(
  'people',
  'people person persons resident residents men man villagers witnesses witness survivors survivor activists bodies victims refugees patients',
);
addGroup(
  'attacks',
  'attack attacks strike strikes airstrike airstrikes air-strikes raid raids bombing bombings sorties shelling shellings',
);

/** Words that end the noun phrase after a number: a head noun is never found beyond them. */
const STOP = new Set(
  'in on at by for from to of with without into onto over under after before during since until and or but nor as than that which who whom whose where when while were was is are be been being had has have did do does will would could should may might can its their his her our your my the a an this these those it they he she we you i'.split(
    ' ',
  ),
);

const MONTHS =
  /^(jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september|oct|october|nov|november|dec|december)$/;
const TIME_UNITS =
  /^(years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centur(y|ies)|nights?|am|pm|a\.m|p\.m|percent|per|%|dollars?|euros?|pounds?|rubles?|roubles?)$/;
const CURRENCY = /^[$€£¥₽]$/;

interface Outcome {
  pattern: RegExp;
  outcome: string;
  /** Only people can be killed or injured: a count of missiles or strikes takes no such outcome. */
  people: boolean;
}

const PEOPLE_GROUPS: ReadonlySet<FigureGroup> = new Set([
  'civilians',
  'children',
  'women',
  'fighters',
  'people',
]);

/** The verb (or noun) in the sentence that says what happened to what was counted. */
const OUTCOMES: readonly Outcome[] = [
  {
    pattern:
      /^(kill(ed|ing|s)?|dead|died|dies|die|deaths?|slain|massacred|fatalities|lost|bodies)$/,
    outcome: 'killed',
    people: true,
  },
  { pattern: /^victims$/, outcome: 'victims', people: true },
  {
    pattern: /^(injur(ed|ing|ies|y|es)?|wound(ed|ing|s)?|hurt)$/,
    outcome: 'injured',
    people: true,
  },
  { pattern: /^missing$/, outcome: 'missing', people: true },
  { pattern: /^(displaced|fled|evacuated)$/, outcome: 'displaced', people: true },
  { pattern: /^(arrested|detained|captured)$/, outcome: 'detained', people: true },
  { pattern: /^document(ed|ing|s)?$/, outcome: 'documented', people: false },
  { pattern: /^analy[sz](ed|es|is|ing|e)$/, outcome: 'analysed', people: false },
  {
    pattern: /^(investigat(ed|ing|es|e)|examin(ed|ing|es|e))$/,
    outcome: 'investigated',
    people: false,
  },
  { pattern: /^interview(ed|ing|s)?$/, outcome: 'interviewed', people: false },
  // What a report did with the attacks it counts: all of it is documenting them.
  { pattern: /^review(ed|ing|s)?$/, outcome: 'documented', people: false },
  { pattern: /^focus(ed|es|ing|sed|ses|sing)?$/, outcome: 'documented', people: false },
];

/** Two outcomes joined by "or": "killed or missing", "dead or injured". */
const JOINED_OUTCOME = /\b(killed|dead) or (missing|injured|wounded)\b/i;

interface NumberCore {
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

/** "30-40" written as one token. */
function parseHyphenRange(tokens: readonly Token[], i: number): NumberCore | null {
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

/** Parses a cardinal starting at token `i`: digits or words, with "hundred", "million", "dozen". */
function parseCardinal(tokens: readonly Token[], i: number): NumberCore | null {
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
    // "two hundred and fifty", "three thousand": words after a multiplier add on.
    while (MULTIPLIERS[at(to) ?? ''] !== undefined) {
      value *= MULTIPLIERS[at(to) ?? ''] ?? 1;
      to += 1;
      const joined = at(to) === 'and' ? to + 1 : to;
      const more = wordValue(at(joined) ?? '');
      if (more !== undefined && more < 100 && !MULTIPLIERS[at(joined + 1) ?? '']) {
        value += more;
        to = joined + 1;
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

/** Parses a vague amount at token `i`: "hundreds of", "tens of thousands of", "dozens of". */
function parseVague(tokens: readonly Token[], i: number): NumberCore | null {
  const at = (k: number) => tokens[k]?.lower;
  const word = at(i);
  if (word === 'tens' || word === 'hundreds') {
    if (at(i + 1) === 'of' && at(i + 2) === 'thousands') {
      const value = word === 'tens' ? 20_000 : 200_000;
      return { from: i, to: i + 3, value, vague: true, isOne: false };
    }
  }
  const low = VAGUE[word ?? ''];
  if (low === undefined) return null;
  // "scores" is a count only in "scores of": otherwise it is exam or match scores.
  if (at(i + 1) !== 'of' && word === 'scores') return null;
  return { from: i, to: i + 1, value: low, vague: true, isOne: false };
}

function qualifierBefore(
  tokens: readonly Token[],
  from: number,
): { from: number; text: string; bound: 'lower' | 'upper' | 'about' } | null {
  for (const q of QUALIFIERS) {
    const start = from - q.words.length;
    if (start < 0) continue;
    if (q.words.every((w, k) => tokens[start + k]?.lower === w)) {
      const first = tokens[start];
      const last = tokens[from - 1];
      if (!first || !last) continue;
      return { from: start, text: q.words.join(' '), bound: q.bound };
    }
  }
  return null;
}

/** True when the number is a day of the month, a year, an age, a duration, a share or money. */
function isNotACount(tokens: readonly Token[], core: NumberCore): boolean {
  const before = tokens[core.from - 1]?.lower ?? '';
  const before2 = tokens[core.from - 2]?.lower ?? '';
  const after = tokens[core.to]?.lower ?? '';
  const after2 = tokens[core.to + 1]?.lower ?? '';
  const first = tokens[core.from];
  if (!first) return true;
  const digits = /^\d/.test(first.text);
  // A day of the month: "Sept. 30", "November 29", "30 September", "15 of October".
  if (digits && (MONTHS.test(before) || (before === '.' && MONTHS.test(before2)))) return true;
  if (MONTHS.test(after) || (after === 'of' && MONTHS.test(after2))) return true;
  // A year: four digits without a thousands comma, unless it plainly counts something.
  if (
    /^(1[89]|20)\d\d$/.test(first.text) &&
    (GROUPS[after] === undefined ||
      /^(in|since|by|until|till|from|during|before|after|of)$/.test(before))
  ) {
    return true;
  }
  if (TIME_UNITS.test(after) || CURRENCY.test(before)) return true;
  if (after === ':' && /^\d/.test(after2)) return true;
  if (before === 'aged' || before === 'age' || before === 'ages') return true;
  if ((before === '.' && (before2 === 'no' || before2 === 'nos')) || before === 'number')
    return true;
  return false;
}

interface Head {
  /** Last token of the counted noun phrase (exclusive end index). */
  to: number;
  group: FigureGroup;
  found: boolean;
}

/** The noun the number counts: "25 suspected Russian air strikes", "hundreds of civilians". */
function findHead(tokens: readonly Token[], from: number): Head {
  let k = from;
  if (tokens[k]?.lower === 'of') {
    k += 1;
    if (/^(the|these|those|its|their|them)$/.test(tokens[k]?.lower ?? '')) k += 1;
  }
  let firstWord = -1;
  for (let n = 0; n < 4; n += 1) {
    const token = tokens[k + n];
    if (!token || !/^[\p{L}]/u.test(token.text) || STOP.has(token.lower)) break;
    const group = GROUPS[token.lower] ?? GROUPS[token.lower.replace(/[’']s$/, '')];
    if (group) return { to: k + n + 1, group, found: true };
    if (firstWord < 0 && !/^\p{Lu}/u.test(token.text)) firstWord = k + n;
  }
  if (firstWord >= 0) return { to: firstWord + 1, group: 'other', found: true };
  return { to: from, group: 'other', found: false };
}

function outcomeNear(
  tokens: readonly Token[],
  from: number,
  to: number,
  sentence: string,
  group: FigureGroup,
): string | null {
  const counted = PEOPLE_GROUPS.has(group);
  const joined = JOINED_OUTCOME.exec(sentence);
  if (joined && counted)
    return `${joined[1] === 'dead' ? 'killed' : joined[1]} or ${joined[2] === 'wounded' ? 'injured' : joined[2]}`;
  let best: { distance: number; outcome: string } | null = null;
  tokens.forEach((token, k) => {
    if (k >= from && k < to) return;
    const match = OUTCOMES.find((o) => o.pattern.test(token.lower));
    if (!match || (match.people && !counted)) return;
    // A verb before the figure governs it only within one clause: in "focuses on six attacks,
    // which five of the attacks targeted", "focuses" says nothing about the five.
    if (
      k < from &&
      tokens
        .slice(k + 1, from)
        .some((t, n, rest) => t.lower === ',' && CLAUSE_START.test(rest[n + 1]?.lower ?? ''))
    ) {
      return;
    }
    // Preceding words win ties: "killing 49 civilians and injuring many others".
    const distance = k < from ? from - k : k - to + 1.5;
    if (!best || distance < best.distance) best = { distance, outcome: match.outcome };
  });
  return (best as { outcome: string } | null)?.outcome ?? null;
}

/** Words that open a new clause after a comma. */
const CLAUSE_START = /^(which|who|whom|whose|while|whereas|but)$/;

const CASUALTY_VERB = /^(kill(ed|ing|s)?|injur(ed|ing|es)?|wound(ed|ing|s)?)$/;

function figuresInSentence(text: string, sentence: Sentence): FigureProposal[] {
  const tokens = tokenize(sentence);
  const found: (FigureProposal & { from: number; to: number; qualifierBound: string | null })[] =
    [];
  let i = 0;
  while (i < tokens.length) {
    let core = parseVague(tokens, i) ?? parseCardinal(tokens, i) ?? parseHyphenRange(tokens, i);
    if (!core) {
      i += 1;
      continue;
    }
    let high: number | null = core.rangeHigh ?? core.value;
    let rangeFrom = core.from;
    // Ranges: "between 30 and 40", "from 30 to 40", "30 to 40", "30 – 40", "30-40".
    const joiner = tokens[core.to]?.lower;
    const before = tokens[core.from - 1]?.lower;
    const joins =
      (joiner === 'and' && before === 'between') ||
      joiner === 'to' ||
      joiner === '-' ||
      joiner === '–';
    const second =
      !core.vague && core.rangeHigh === undefined && joins
        ? parseCardinal(tokens, core.to + 1)
        : null;
    if (second && !second.isOne && second.value > core.value) {
      high = second.value;
      if (before === 'between' || before === 'from') rangeFrom = core.from - 1;
      core = { ...core, to: second.to, isOne: false };
    }
    if (isNotACount(tokens, core)) {
      i = core.to;
      continue;
    }
    const head = findHead(tokens, core.to);
    const afterCasualtyVerb = CASUALTY_VERB.test(before ?? '');
    const tollBefore = tokens
      .slice(Math.max(0, core.from - 6), core.from)
      .some((t) => t.lower === 'toll');
    if (!head.found && !afterCasualtyVerb && !tollBefore) {
      i = core.to;
      continue;
    }
    const group: FigureGroup = head.found ? head.group : 'people';
    // Figures count people or attacks: "three missiles" and "thousands of locations" are not
    // figures, nor is an identifying "one" ("one woman", "one airstrike").
    if (group === 'other' || core.isOne) {
      i = core.to;
      continue;
    }
    const qualifier = rangeFrom === core.from ? qualifierBefore(tokens, core.from) : null;
    let bound = qualifier?.bound ?? null;
    let qualifierText =
      qualifier?.text ?? (rangeFrom !== core.from ? (tokens[rangeFrom]?.lower ?? null) : null);
    // "at least 32 children and 11 women": the qualifier covers both members of the list.
    const previous = found[found.length - 1];
    if (
      !qualifier &&
      previous &&
      tokens[core.from - 1]?.lower === 'and' &&
      previous.to === core.from - 1
    ) {
      qualifierText = previous.qualifier;
      bound = previous.qualifierBound as typeof bound;
    }
    const startToken = tokens[qualifier?.from ?? rangeFrom];
    // "dozens of witnesses and activists": a noun joined to the counted one belongs to the count.
    if (head.found && /^(and|or)$/.test(tokens[head.to]?.lower ?? '')) {
      const joinedNoun = tokens[head.to + 1];
      if (joinedNoun && GROUPS[joinedNoun.lower] !== undefined) head.to += 2;
    }
    const endToken = tokens[Math.max(head.to, core.to) - 1];
    if (!startToken || !endToken) {
      i = core.to;
      continue;
    }
    if (high === core.value) high = bound === 'lower' || core.vague ? null : core.value;
    const including = /^(including|includes|among)$/.test(
      tokens[(qualifier?.from ?? core.from) - 1]?.lower ?? '',
    );
    const outcome =
      including && previous
        ? previous.outcome
        : outcomeNear(
            tokens,
            qualifier?.from ?? rangeFrom,
            // The counted noun itself may say what happened: "40 bodies", "victims".
            core.to,
            sentence.quote,
            group,
          );
    found.push({
      start: startToken.start,
      end: endToken.end,
      quote: text.slice(startToken.start, endToken.end),
      low: core.value,
      high,
      qualifier: qualifierText,
      vague: core.vague,
      group,
      outcome,
      eventId: null,
      eventNote: null,
      from: qualifier?.from ?? rangeFrom,
      to: Math.max(head.to, core.to),
      qualifierBound: bound,
    });
    i = Math.max(head.to, core.to);
  }
  return found.map((f): FigureProposal => ({
    start: f.start,
    end: f.end,
    quote: f.quote,
    low: f.low,
    high: f.high,
    qualifier: f.qualifier,
    vague: f.vague,
    group: f.group,
    outcome: f.outcome,
    eventId: f.eventId,
    eventNote: f.eventNote,
  }));
}

/**
 * Counted quantities in the sentences, in text order, each span verbatim. `eventId` is left null
 * and `eventNote` null: `linkEvents` decides both once dates and places are known.
 */
export const extractFigures: ExtractFigures = (text, sentences) =>
  sentences.flatMap((sentence) => figuresInSentence(text, sentence));
