import * as chrono from 'chrono-node';
import type { DatePrecision } from '../schema.ts';
import { dateEvent } from './link-events.ts';
import type { DateProposal, ExtractDates, Sentence } from './types.ts';

/**
 * chrono-node resolves the forms news copy uses ("Sept. 30", "September 30th 2015", "on
 * Wednesday", "from September to November") against a reference day, which is hard to get right
 * by hand. Its casual parser also reads idioms as dates ("to this day", "a day after", "a normal
 * Sunday"), so a result is kept only when it names a month, a year, a weekday after a
 * preposition, or a calendar word; clock times are cut off. Two dates joined by "and" after
 * "between" (or by "to", "until") become one range, which chrono does not do for full dates.
 */

const MONTH_NAME =
  /\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?)\b\.?/i;
const WEEKDAY_NAME = /\b(mon|tues?|wed(nes)?|thu(rs)?|fri|sat(ur)?|sun)(day)?\b/i;
const CALENDAR_WORD =
  /\b(today|yesterday|tomorrow|tonight|(this|last|next) (year|month|week)|this (morning|afternoon|evening)|last night|(\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty|thirty) (days?|weeks?|months?|years?) ago)\b/i;
/** Words before a weekday that make it a habit or a name, not a day: "a normal Sunday". */
const NOT_A_DAY_BEFORE =
  /(^|\s)(a|an|the|every|each|any|normal|typical|ordinary|one|another|that)\s*$/i;
const YEAR = /\b(1[89]|20)\d\d\b/;
const NUMERIC_DATE = /\b\d{1,4}[/-]\d{1,2}[/-]\d{1,4}\b/;
/** A weekday or a bare month is a date only after one of these ("on Monday", "in November"). */
const DATE_PREPOSITION =
  /(^|\s)(on|in|since|from|until|till|by|during|of|early|late|mid|between|to|through|before|after|last|next|this|and|until)\s*$/i;
const TRAILING_TIME =
  /(,?\s+(at\s+)?\d{1,2}([:.]\d{2})?\s*(am|pm|a\.m\.|p\.m\.)?(\s+[A-Z]{2,4})?)$/i;
/** A lone year after a preposition: "since it broke out in 2011". */
const LONE_YEAR =
  /\b(in|since|by|until|till|from|during|before|after|of|early|late|mid-?)\s+((?:1[89]|20)\d\d)\b(?![-\d])/gi;
/** What joins two dates into a range, and what must come before the first. */
const RANGE_GAP = /^\s*(and|to|until|till|through|–|—|-)\s*$/i;

interface Found {
  start: number;
  end: number;
  value: string;
  valueEnd: string | null;
  precision: DatePrecision;
}

function iso(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The last day of the month a calendar day falls in: a month range runs to its end. */
function lastDayOfMonth(day: string): string {
  const [y, m] = day.split('-').map(Number);
  const last = new Date(Date.UTC(y ?? 2000, m ?? 1, 0)).getUTCDate();
  return `${day.slice(0, 8)}${String(last).padStart(2, '0')}`;
}

function reference(referenceDate: string): chrono.ParsingReference {
  const [y, m, d] = referenceDate.split('-').map(Number);
  // Noon UTC with a zero offset: the calendar day chrono sees is the reference day everywhere.
  return { instant: new Date(Date.UTC(y ?? 2000, (m ?? 1) - 1, d ?? 1, 12)), timezone: 0 };
}

function resolve(
  components: chrono.ParsedComponents,
  text: string,
): Omit<Found, 'start' | 'end' | 'valueEnd'> | null {
  const year = components.get('year');
  const month = components.get('month');
  const day = components.get('day');
  if (year === null || month === null || day === null) return null;
  const dayKnown =
    components.isCertain('day') ||
    components.isCertain('weekday') ||
    (CALENDAR_WORD.test(text) &&
      /today|yesterday|tomorrow|tonight|this (morning|afternoon|evening)|last night|days? ago/i.test(
        text,
      ));
  if (dayKnown) return { value: iso(year, month, day), precision: 'day' };
  if (components.isCertain('month') || MONTH_NAME.test(text) || /\bmonth\b/i.test(text)) {
    return { value: iso(year, month, 1), precision: 'month' };
  }
  return { value: iso(year, 1, 1), precision: 'year' };
}

/** True when chrono's match is a date a reader would point at, not an idiom or a clock time. */
function namesADate(text: string, before: string): boolean {
  const hasMonth = MONTH_NAME.test(text);
  const hasDayNumber = /\d/.test(text.replace(YEAR, ''));
  if (hasMonth) {
    // "may" is a verb and "march" a noun unless a day, a year or a preposition makes them months.
    if (hasDayNumber || YEAR.test(text) || /\bto\b|\buntil\b|-|–/.test(text)) return true;
    return (
      DATE_PREPOSITION.test(before) && /^\p{Lu}/u.test(text.replace(/^(on|in|from|since)\s+/i, ''))
    );
  }
  if (YEAR.test(text) || NUMERIC_DATE.test(text) || CALENDAR_WORD.test(text)) return true;
  if (WEEKDAY_NAME.test(text)) {
    if (/^(last|next|this)\b/i.test(text) || DATE_PREPOSITION.test(before)) return true;
    // Wire style: "said Sunday", "killed late Saturday", "Wednesday's collapse".
    if (NOT_A_DAY_BEFORE.test(before)) return false;
    return /\p{Ll}[\p{Ll}’']*\s*$/u.test(before) || /^\s*$/.test(before);
  }
  return false;
}

/** chrono slows down sharply on very long inputs; no real sentence is this long, so a run-on
 * "sentence" (a list, a table flattened to text) is read in pieces cut at spaces. */
const CHUNK = 1000;

interface ChronoHit {
  index: number;
  text: string;
  start: chrono.ParsedComponents;
  end: chrono.ParsedComponents | undefined;
}

function parseInChunks(quote: string, ref: chrono.ParsingReference): ChronoHit[] {
  const hits: ChronoHit[] = [];
  let offset = 0;
  while (offset < quote.length) {
    let end = Math.min(quote.length, offset + CHUNK);
    if (end < quote.length) {
      const space = quote.lastIndexOf(' ', end);
      if (space > offset + CHUNK / 2) end = space;
    }
    for (const r of chrono.parse(quote.slice(offset, end), ref, { forwardDate: false })) {
      hits.push({ index: offset + r.index, text: r.text, start: r.start, end: r.end });
    }
    offset = end;
  }
  return hits;
}

function shiftDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number);
  const date = new Date(Date.UTC(y ?? 2000, (m ?? 1) - 1, (d ?? 1) + days));
  return iso(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

function datesInSentence(sentence: Sentence, ref: chrono.ParsingReference): Found[] {
  const found: Found[] = [];
  const referenceDay = ref.instant?.toISOString().slice(0, 10) ?? '';
  const quote = sentence.quote;
  for (const result of parseInChunks(quote, ref)) {
    let text = result.text;
    // chrono keeps a dangling "of" ("September to November of") and clock times; neither is the date.
    text = text.replace(/\s+of\s*$/i, '').replace(/[\s,;:]+$/, '');
    if (result.start.isCertain('hour')) {
      const time = TRAILING_TIME.exec(text);
      if (time) text = text.slice(0, time.index);
    }
    // The span is the date itself, without the preposition chrono takes in ("on Wednesday").
    const preposition = /^(on|in|at|since|from|between|by|until|till|during)\s+/i.exec(text);
    const index = result.index + (preposition?.[0].length ?? 0);
    if (preposition) text = text.slice(preposition[0].length);
    const before = quote.slice(0, index);
    if (text.length === 0 || !namesADate(text, before)) continue;
    const start = resolve(result.start, text);
    if (!start) continue;
    // A bare weekday in news copy is this week's or last week's, never a day still to come:
    // "said Sunday" in an article of Thursday is four days before, not three after.
    if (
      start.precision === 'day' &&
      WEEKDAY_NAME.test(text) &&
      !/\bnext\b/i.test(text) &&
      !result.start.isCertain('day') &&
      start.value > referenceDay
    ) {
      start.value = shiftDays(start.value, -7);
    }
    const end = result.end ? resolve(result.end, text) : null;
    let valueEnd = end && end.value !== start.value ? end.value : null;
    if (valueEnd !== null && end?.precision === 'month') valueEnd = lastDayOfMonth(valueEnd);
    found.push({
      start: index,
      end: index + text.length,
      value: start.value,
      valueEnd,
      precision: start.precision,
    });
  }
  for (const match of quote.matchAll(LONE_YEAR)) {
    const year = match[2];
    if (!year) continue;
    const start = match.index + match[0].length - year.length;
    if (found.some((f) => start < f.end && f.start < start + year.length)) continue;
    found.push({
      start,
      end: start + year.length,
      value: `${year}-01-01`,
      valueEnd: null,
      precision: 'year',
    });
  }
  found.sort((a, b) => a.start - b.start);
  return joinRanges(quote, found);
}

/**
 * "between September 30th 2015 and November 29th 2015", "from 1 March to 3 April": one range.
 * "of this year" after a month range sets its year and joins its span.
 */
function joinRanges(quote: string, found: Found[]): Found[] {
  const joined: Found[] = [];
  for (const date of found) {
    const previous = joined[joined.length - 1];
    if (previous) {
      const gap = quote.slice(previous.end, date.start);
      const lead = /between\s+$/i.exec(quote.slice(0, previous.start));
      const joiner = RANGE_GAP.exec(gap)?.[1]?.toLowerCase();
      const fits = joiner !== undefined && (joiner !== 'and' || lead !== null);
      if (fits && previous.valueEnd === null && date.value > previous.value) {
        previous.valueEnd = date.valueEnd ?? date.value;
        if (date.precision === 'month') previous.valueEnd = lastDayOfMonth(previous.valueEnd);
        previous.end = date.end;
        continue;
      }
      if (
        /^\s+(of\s+)?$/i.test(gap) &&
        date.precision === 'year' &&
        previous.precision !== 'year'
      ) {
        // "from September to November of last year": the year phrase decides the year.
        const year = date.value.slice(0, 4);
        previous.value = year + previous.value.slice(4);
        if (previous.valueEnd !== null) previous.valueEnd = year + previous.valueEnd.slice(4);
        previous.end = date.end;
        continue;
      }
    }
    joined.push({ ...date });
  }
  return joined;
}

/**
 * Dates in the sentences, resolved against `context.referenceDate`, in text order, each span
 * verbatim; `eventId` is the event that happened on the date or the span it bounds (see `dateEvent`).
 */
export const extractDates: ExtractDates = (text, sentences, context) => {
  const ref = reference(context.referenceDate);
  return sentences.flatMap((sentence) =>
    datesInSentence(sentence, ref).map((date): DateProposal => {
      const start = sentence.start + date.start;
      const end = sentence.start + date.end;
      return {
        start,
        end,
        quote: text.slice(start, end),
        value: date.value,
        valueEnd: date.valueEnd,
        precision: date.precision,
        eventId: dateEvent(date, text.slice(sentence.start, start), context.events),
      };
    }),
  );
};
