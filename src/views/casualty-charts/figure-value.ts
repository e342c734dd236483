import type { Figure, FigureGroup } from '../../corpus/schema.ts';

/**
 * How sure a cited figure is, which decides how it is drawn:
 * - `exact`: "49 civilians";
 * - `range`: "between 40 and 50";
 * - `lower-bound`: "at least 200", "more than 100" (no upper end);
 * - `approximate`: "around a dozen", "almost 50", "up to 30";
 * - `vague`: "hundreds", "dozens": the number is a convention, never a value.
 */
export type FigureKind = 'exact' | 'range' | 'lower-bound' | 'approximate' | 'vague';

type FigureValue = Pick<Figure, 'low' | 'high' | 'qualifier' | 'vague' | 'quote'>;

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

const number = new Intl.NumberFormat('en-GB');

/** Formats a count with thousands separators: 1200 → "1,200". */
export function formatCount(value: number): string {
  return number.format(value);
}

const VAGUE_WORDS =
  /\b(hundreds|thousands|dozens|scores|tens|several|many|numerous|countless|a few|few)\b/i;

/** The word that makes a vague figure vague ("hundreds"), from its quote; "vague" when none is found. */
export function vagueWord(quote: string): string {
  return VAGUE_WORDS.exec(quote)?.[1]?.toLocaleLowerCase() ?? 'vague';
}

/**
 * A figure as a short label that keeps its qualifier: "49", "at least 200", "around 12",
 * "40–50", "hundreds (vague)". A vague figure never shows its conventional number.
 */
export function formatFigure(figure: FigureValue): string {
  const low = formatCount(figure.low);
  switch (figureKind(figure)) {
    case 'vague':
      return `${vagueWord(figure.quote)} (vague)`;
    case 'lower-bound':
      return figure.qualifier === null ? `${low} or more` : `${figure.qualifier} ${low}`;
    case 'approximate':
      return figure.high !== null && figure.high > figure.low
        ? `${figure.qualifier ?? ''} ${low}–${formatCount(figure.high)}`.trim()
        : `${figure.qualifier ?? ''} ${low}`.trim();
    case 'range':
      return `${low}–${formatCount(figure.high ?? figure.low)}`;
    case 'exact':
      return low;
  }
}

/** True when two figures say the same amount in the same way (value, qualifier and vagueness). */
export function sameValue(a: FigureValue, b: FigureValue): boolean {
  return (
    a.low === b.low &&
    a.high === b.high &&
    a.vague === b.vague &&
    (a.vague ? vagueWord(a.quote) === vagueWord(b.quote) : a.qualifier === b.qualifier)
  );
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
export function figureRange(figures: readonly FigureValue[]): string {
  const precise = figures.filter((f) => !f.vague);
  const vague = [...new Set(figures.filter((f) => f.vague).map((f) => vagueWord(f.quote)))];
  const parts: string[] = [];
  if (precise.length > 0) {
    const distinct = precise.filter((f, i) => precise.findIndex((g) => sameValue(f, g)) === i);
    if (distinct.length === 1 && distinct[0]) {
      parts.push(formatFigure(distinct[0]));
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
