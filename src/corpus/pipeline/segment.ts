import type { Sentence, SegmentSentences, TextRange } from './types.ts';

/**
 * Rules rather than `Intl.Segmenter` or wink-nlp: both split after "Sept." and "U.S." and would
 * need the same abbreviation list to repair them, while rules give exact offsets directly. A line
 * break ends a sentence, so a headline without a full stop stands alone, except a soft break:
 * one inside a sentence of hard-wrapped text (wire copy pasted with a break every 70 characters),
 * which is read as a space. The sentence's quote keeps the break: it is the text as received.
 */

/** Words that end with a full stop without ending the sentence. Lower-case, without the stop. */
const ABBREVIATIONS = new Set([
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'mon',
  'tue',
  'tues',
  'wed',
  'thu',
  'thur',
  'thurs',
  'fri',
  'sat',
  'sun',
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'gen',
  'lt',
  'col',
  'maj',
  'capt',
  'cmdr',
  'sgt',
  'adm',
  'gov',
  'sen',
  'rep',
  'rev',
  'st',
  'mt',
  'ft',
  'jr',
  'sr',
  'hon',
  'pres',
  'no',
  'nos',
  'vol',
  'fig',
  'vs',
  'etc',
  'approx',
  'est',
  'dept',
  'inc',
  'corp',
  'ltd',
  'co',
]);

/** After these a full stop never ends a sentence when a number follows ("No. 5", "Sept. 30"). */
const BEFORE_NUMBER = /^(jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|no|nos|vol|fig|p|pp)$/i;

const CLOSERS = '"”’\')]»';
const OPENERS = '"“‘\'([«';

function isSpace(ch: string | undefined): boolean {
  return ch !== undefined && /\s/.test(ch);
}

/** The word that ends just before `at` (letters, digits, inner dots), e.g. "U.S" or "Sept". */
function wordBefore(text: string, at: number, from: number): string {
  let k = at;
  while (k > from && /[\p{L}\p{N}.]/u.test(text[k - 1] ?? '')) k -= 1;
  return text.slice(k, at).replace(/^\.+/, '');
}

/** True when the full stop at `dot` belongs to an abbreviation or an initial, not a sentence end. */
function isAbbreviation(text: string, dot: number, from: number, next: string): boolean {
  const word = wordBefore(text, dot, from);
  if (word.length === 0) return false;
  const lower = word.toLowerCase();
  if (/^\d/.test(next) && BEFORE_NUMBER.test(lower)) return true;
  if (ABBREVIATIONS.has(lower) && lower !== 'no') return true;
  // Initials and dotted acronyms: "W.", "U.S.", "a.m." (a lone capital letter is an initial).
  if (/^\p{Lu}$/u.test(word)) return true;
  if (/^(\p{L}\.)+\p{L}$/u.test(word)) return true;
  return false;
}

/** Splits one stretch of a line (no line breaks, no removed text) into sentence ranges. */
function splitStretch(text: string, from: number, to: number): TextRange[] {
  const ranges: TextRange[] = [];
  let start = from;
  for (let i = from; i < to; i += 1) {
    const ch = text[i];
    if (ch !== '.' && ch !== '!' && ch !== '?' && ch !== '…') continue;
    let end = i + 1;
    while (end < to && (text[end] === '.' || text[end] === '!' || text[end] === '?')) end += 1;
    while (end < to && CLOSERS.includes(text[end] ?? '')) end += 1;
    if (end >= to) break;
    if (!isSpace(text[end])) continue;
    let next = end;
    while (next < to && isSpace(text[next])) next += 1;
    const first = text[next] ?? '';
    const startsSentence = /[\p{Lu}\p{N}]/u.test(first) || OPENERS.includes(first);
    if (!startsSentence) continue;
    if (ch === '.' && end === i + 1 && isAbbreviation(text, i, start, first)) continue;
    ranges.push({ start, end });
    start = next;
    i = next - 1;
  }
  ranges.push({ start, end: to });
  return ranges;
}

/** Trims spaces on both sides of a range; null when nothing is left. */
function trimRange(text: string, range: TextRange): TextRange | null {
  let { start, end } = range;
  while (start < end && isSpace(text[start])) start += 1;
  while (end > start && isSpace(text[end - 1])) end -= 1;
  return end > start ? { start, end } : null;
}

/** Subtracts removed ranges from one line, leaving the stretches of body text. */
function bodyStretches(line: TextRange, removed: readonly TextRange[]): TextRange[] {
  let pieces: TextRange[] = [line];
  for (const cut of removed) {
    if (cut.end <= line.start || cut.start >= line.end) continue;
    pieces = pieces.flatMap((p) => {
      if (cut.end <= p.start || cut.start >= p.end) return [p];
      const left = { start: p.start, end: Math.max(p.start, cut.start) };
      const right = { start: Math.min(p.end, cut.end), end: p.end };
      return [left, right].filter((r) => r.end > r.start);
    });
  }
  return pieces;
}

/** A line ends a sentence when its last character (before closing marks) is a terminator. */
const CLOSED_LINE = /[.!?…:;]["”’')\]»]*\s*$/u;

/**
 * The line breaks that sit inside a sentence. A break after an open line (no full stop at its
 * end) is soft when the next line goes on in lower case or with a digit ("The death\ntoll…",
 * "More than\n1,000"); and in text that is hard-wrapped throughout (most open lines go on so),
 * every break after an open line is soft, since there a capital starts a name as often as a
 * sentence. A blank line always ends the paragraph.
 */
export function softBreaks(text: string): Set<number> {
  const lines: TextRange[] = [];
  let at = 0;
  while (at <= text.length) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    lines.push({ start: at, end });
    at = end + 1;
  }
  const open: { brk: number; lower: boolean }[] = [];
  for (let k = 0; k + 1 < lines.length; k += 1) {
    const line = lines[k];
    const next = lines[k + 1];
    if (!line || !next) continue;
    const here = text.slice(line.start, line.end);
    const after = text.slice(next.start, next.end);
    if (here.trim() === '' || after.trim() === '' || CLOSED_LINE.test(here)) continue;
    open.push({ brk: line.end, lower: /^\s*[\p{Ll}\p{N}]/u.test(after) });
  }
  const goesOn = open.filter((o) => o.lower).length;
  const wrapped = open.length >= 4 && goesOn / open.length >= 0.5;
  return new Set(open.filter((o) => wrapped || o.lower).map((o) => o.brk));
}

/** The sentences of the body text, in order, each verbatim, none touching a removed range. */
export const segmentSentences: SegmentSentences = (text, removed) => {
  const soft = softBreaks(text);
  const sentences: Sentence[] = [];
  let paragraph = -1;
  let lineStart = 0;
  while (lineStart <= text.length) {
    // A "line" runs to the next hard break: soft breaks inside it are read as spaces.
    let lineEnd = text.indexOf('\n', lineStart);
    while (lineEnd >= 0 && soft.has(lineEnd)) lineEnd = text.indexOf('\n', lineEnd + 1);
    if (lineEnd < 0) lineEnd = text.length;
    const found: Sentence[] = [];
    for (const stretch of bodyStretches({ start: lineStart, end: lineEnd }, removed)) {
      for (const range of splitStretch(text, stretch.start, stretch.end)) {
        const trimmed = trimRange(text, range);
        if (!trimmed) continue;
        found.push({ ...trimmed, quote: text.slice(trimmed.start, trimmed.end), paragraph: 0 });
      }
    }
    if (found.length > 0) {
      paragraph += 1;
      for (const sentence of found) sentences.push({ ...sentence, paragraph });
    }
    lineStart = lineEnd + 1;
  }
  return sentences;
};

/**
 * A sentence's words with its soft line breaks read as spaces, for rules that match words: the
 * same length as the quote, so every offset into it is an offset into the quote.
 */
export function flat(quote: string): string {
  return quote.replace(/\r?\n/g, (m) => ' '.repeat(m.length));
}
