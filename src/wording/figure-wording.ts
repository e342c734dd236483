import type { Figure, FigureGroup, FigureRole } from '../corpus/schema.ts';

/**
 * How a figure is put into words, in one place for every view and export: its amount with the
 * qualifier as written ("at least 200"), its words with the counted noun ("at least 200
 * civilians"), what it counts ("a witness's account"), and whose it is ("per Harbour
 * Watch"). A vague amount ("hundreds") is always its word, never its conventional number.
 */

/**
 * How sure a cited figure is, which decides how it is drawn:
 * - `exact`: "49 civilians";
 * - `range`: "between 40 and 50";
 * - `lower-bound`: "at least 200", "more than 100" (no upper end);
 * - `approximate`: "around a dozen", "almost 50", "up to 30";
 * - `vague`: "hundreds", "dozens": the number is a convention, never a value.
 */
export type FigureKind = 'exact' | 'range' | 'lower-bound' | 'approximate' | 'vague';

/** What the amount of a figure is read from. */
export type FigureAmount = Pick<Figure, 'low' | 'high' | 'qualifier' | 'vague' | 'quote'>;

/** What the words of a figure are read from; `noun` may be missing from older callers' data. */
export type FigureWording = FigureAmount & Pick<Figure, 'group'> & Partial<Pick<Figure, 'noun'>>;

/** The kind of a figure; any qualifier the list does not know makes it approximate, never exact. */
export function figureKind(
  figure: Pick<Figure, 'low' | 'high' | 'qualifier' | 'vague'>,
): FigureKind {
  if (figure.vague) return 'vague';
  if (figure.high === null) return 'lower-bound';
  if (figure.qualifier !== null) return 'approximate';
  if (figure.high > figure.low) return 'range';
  return 'exact';
}

/**
 * A count with thousands separators, exactly as en-GB writes it: 1200 → "1,200". Whole numbers are
 * grouped by hand: a page's first Intl call loads locale data, 10-20 ms of a first render.
 */
export function formatCount(value: number): string {
  return Number.isSafeInteger(value)
    ? String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
    : value.toLocaleString('en-GB');
}

const VAGUE_WORDS =
  /\b(hundreds|thousands|millions|dozens|scores|tens|several|many|numerous|countless|a few|few)\b/i;
/** Vague words that read "hundreds of civilians"; the others read "several civilians". */
const TAKES_OF = new Set(['hundreds', 'thousands', 'millions', 'dozens', 'scores', 'tens']);

/** The word that makes a vague figure vague ("hundreds"), from its quote; "vague" when none is found. */
export function vagueWord(quote: string): string {
  return VAGUE_WORDS.exec(quote)?.[1]?.toLocaleLowerCase() ?? 'vague';
}

/**
 * A figure's amount as a short label that keeps its qualifier: "49", "at least 200", "around 12",
 * "40–50", "200 or more" (open-ended without a qualifier), "hundreds (vague)". A vague figure never
 * shows its conventional number.
 */
export function figureAmount(figure: FigureAmount): string {
  const low = formatCount(figure.low);
  const qualifier = figure.qualifier === null ? '' : `${figure.qualifier} `;
  switch (figureKind(figure)) {
    case 'vague':
      return `${vagueWord(figure.quote)} (vague)`;
    case 'lower-bound':
      // "at least 200" says it is open-ended; a bare bound needs the words ("200 or more").
      return figure.qualifier === null ? `${low} or more` : `${qualifier}${low}`;
    case 'approximate':
    case 'range':
      return figure.high !== null && figure.high > figure.low
        ? `${qualifier}${low}–${formatCount(figure.high)}`
        : `${qualifier}${low}`;
    case 'exact':
      return low;
  }
}

const GROUP_WORDS: Record<FigureGroup, string> = {
  civilians: 'civilians',
  children: 'children',
  women: 'women',
  fighters: 'fighters',
  people: 'people',
  attacks: 'attacks',
  other: 'other counts',
};

/** The counted noun: as written when the corpus keeps it, else the group's word; none for "other". */
function countedNoun(figure: FigureWording): string | null {
  if (figure.noun) return figure.noun;
  return figure.group === 'other' ? null : GROUP_WORDS[figure.group];
}

/**
 * A figure in words a reader can trust: the qualifier and bounds as written with the counted noun
 * ("at least 200 civilians", "12–15 fighters", "6 airstrikes"), and a vague amount as its word with
 * the noun, marked vague, never a number ("hundreds of civilians (vague)").
 */
export function figureWords(figure: FigureWording): string {
  const noun = countedNoun(figure);
  if (figure.vague) {
    const word = vagueWord(figure.quote);
    const words = noun === null ? word : `${word}${TAKES_OF.has(word) ? ' of' : ''} ${noun}`;
    return `${words} (vague)`;
  }
  const amount = figureAmount(figure);
  return noun === null ? amount : `${amount} ${noun}`;
}

/** True when two figures say the same amount in the same way (value, qualifier and vagueness). */
export function sameAmount(a: FigureAmount, b: FigureAmount): boolean {
  return (
    a.low === b.low &&
    a.high === b.high &&
    a.vague === b.vague &&
    (a.vague ? vagueWord(a.quote) === vagueWord(b.quote) : a.qualifier === b.qualifier)
  );
}

/**
 * True when two figures can both be true: their ranges meet. "At least 32" and 32 can; 49 and 46
 * cannot, nor 180 and "at least 200". A vague amount is read only as the least its word can mean
 * ("hundreds": at least 200) with no upper end, so "hundreds" and 12 cannot both be true, while
 * "dozens" and "at least 32" can.
 */
export function compatibleAmounts(
  a: Pick<Figure, 'low' | 'high' | 'vague'>,
  b: Pick<Figure, 'low' | 'high' | 'vague'>,
): boolean {
  const high = (f: Pick<Figure, 'high' | 'vague'>) => (f.vague ? Infinity : (f.high ?? Infinity));
  return a.low <= high(b) && b.low <= high(a);
}

/** Outcomes that read after the group ("civilians killed"); others are nouns ("victims"). */
const FOLLOWS_GROUP = /(?:ed|dead|hurt|missing)$/;

/** "civilians killed", "attacks documented", "people (victims)", "people (outcome not stated)". */
export function groupLabel(group: FigureGroup, outcome: string | null): string {
  if (outcome === null) return `${GROUP_WORDS[group]} (outcome not stated)`;
  return FOLLOWS_GROUP.test(outcome)
    ? `${GROUP_WORDS[group]} ${outcome}`
    : `${GROUP_WORDS[group]} (${outcome})`;
}

/**
 * The span of what several outlets cite, as one phrase: "46–49", "at least 200", "32–49 (1 of 2
 * a lower bound)", and the vague words apart: "hundreds (vague)". Empty input gives "".
 */
export function figureRange(figures: readonly FigureAmount[]): string {
  const precise = figures.filter((f) => !f.vague);
  const vague = [...new Set(figures.filter((f) => f.vague).map((f) => vagueWord(f.quote)))];
  const parts: string[] = [];
  if (precise.length > 0) {
    const distinct = precise.filter((f, i) => precise.findIndex((g) => sameAmount(f, g)) === i);
    if (distinct.length === 1 && distinct[0]) {
      parts.push(figureAmount(distinct[0]));
    } else {
      const low = Math.min(...precise.map((f) => f.low));
      const high = Math.max(...precise.map((f) => f.high ?? f.low));
      const notes: string[] = [];
      const bounds = precise.filter((f) => f.high === null).length;
      const approximate = precise.filter((f) => f.high !== null && f.qualifier !== null).length;
      const of = `of ${precise.length}`;
      if (bounds > 0) notes.push(`${bounds} ${of} a lower bound`);
      if (approximate > 0) notes.push(`${approximate} ${of} approximate`);
      const span = low === high ? formatCount(low) : `${formatCount(low)}–${formatCount(high)}`;
      parts.push(notes.length > 0 ? `${span} (${notes.join(', ')})` : span);
    }
  }
  if (vague.length > 0) parts.push(`${vague.join(', ')} (vague)`);
  return parts.join('; ');
}

/**
 * Outcomes that make a count a toll of people: what happened to them because of the event. "Present"
 * (patients in a hospital), and the work behind a report ("documented", "analysed",
 * "interviewed"), are not tolls; nor is a count whose outcome the text does not give.
 */
const TOLL_OUTCOME =
  /kill|dead|die|death|fatal|injur|wound|hurt|maim|missing|unaccounted|victim|casualt|treated|hospitali|rescued|displaced|detained|arrested|abducted|kidnapped/i;

/** True when an outcome is something that happened to people: killed, injured, missing, victims… */
export function isTollOutcome(outcome: string | null): boolean {
  return outcome !== null && TOLL_OUTCOME.test(outcome);
}

/**
 * True when a figure is a toll a fact-checker compares across outlets: a total (or a part of one)
 * of people, with an outcome that happened to them. "Three missiles", "thousands of attacks", a
 * witness's "40 bodies" or the report's "six attacks" are not.
 */
export function isToll(figure: Pick<Figure, 'role' | 'group' | 'outcome'>): boolean {
  return (
    (figure.role === 'total' || figure.role === 'part') &&
    figure.group !== 'attacks' &&
    isTollOutcome(figure.outcome)
  );
}

const ROLE_WORDS: Record<FigureRole, string> = {
  total: 'a total',
  part: 'a part of a total',
  account: "a witness's account",
  change: 'a change in a count',
  ratio: 'a rate, not a count',
  method: "the report's method",
  context: 'a wider count',
};

/**
 * What a figure counts, in words a reader knows: "a witness's account", "the report's method: attacks
 * documented", "a wider count", and for a total that is not a toll of people, "a count of missiles,
 * not of people" or "a count of attacks, not a toll".
 */
export function roleWords(
  figure: Pick<Figure, 'role' | 'group' | 'outcome'> & Partial<Pick<Figure, 'noun'>>,
): string {
  const noun = figure.noun ?? (figure.group === 'other' ? null : GROUP_WORDS[figure.group]);
  if ((figure.role === 'total' || figure.role === 'part') && !isToll(figure)) {
    if (figure.group === 'attacks') return `a count of ${noun ?? 'attacks'}, not a toll`;
    if (figure.group === 'other')
      return noun ? `a count of ${noun}, not of people` : 'a count, not a toll';
    return figure.outcome === null
      ? 'a count of people, outcome not stated'
      : `a count of people ${figure.outcome}, not a toll`;
  }
  if (figure.role === 'method' && figure.outcome !== null) {
    return `${ROLE_WORDS.method}: ${noun ?? 'items'} ${figure.outcome}`;
  }
  return ROLE_WORDS[figure.role];
}

/** Whose figure it is, as a chart or list says it: "per Harbour Watch"; null when unsaid. */
export function attributionWords(figure: Pick<Figure, 'attributedTo'>): string | null {
  return figure.attributedTo === null ? null : `per ${figure.attributedTo}`;
}
