import words from './lexicon/attribution.json' with { type: 'json' };
import type { EventEntry, PersonEntry } from '../catalogue-schema.ts';
import { countBefore, indexHolding } from './spans.ts';
import { escapeRegExp } from './text-patterns.ts';
import type { ExtractQuotes, Located, QuoteProposal, Sentence, TextRange } from './types.ts';

/**
 * Quotation marks are read one paragraph at a time with a stack, so nested straight quotes,
 * back-to-back quotes and a quote never closed before the paragraph ends all come out whole.
 * An apostrophe (a right single mark between letters: "Northland’s") never opens or closes a quote.
 *
 * The speaker is read from the words around the quote: "X said", "said X", "X, a spokesman for
 * Y, told", "according to X", "X said:" before a quoted paragraph. A pronoun ("he", "it") takes
 * the nearest named speaker of its kind (a person for he/she, an organisation for it) before it
 * in the same or the previous paragraph, paragraphs that are only a quotation not counting;
 * possessives ("the Palace’s claims") and names inside quotes are never antecedents. When the
 * text does not tell, the speaker is null.
 */

/** Verbs that introduce quoted words, from the attribution lexicon the sentence rules read too. */
const REPORTING_VERB = new RegExp(
  `\\b(${[...words.speechVerbs, ...words.denialVerbs]
    .sort((a, b) => b.length - a.length)
    .join('|')}|according to)\\b`,
  'gi',
);

/** How far from a quotation mark its attribution is looked for, in characters. */
const REACH = 300;

const PRONOUN = /^(he|she|it)$/i;
const REPORT_WORDS = /^(the|its|a|a new|the new|its new) (report|statement|study)$/i;
const GROUP_WORDS = /^the ((human )?rights )?(group|organi[sz]ation|ministry|agency)$/i;

interface Mention extends Located {
  personId: string;
  organisation: boolean;
  possessive: boolean;
}

interface RawQuote extends TextRange {
  /** Where the opening and closing marks sit (the close is the paragraph end when unclosed). */
  open: number;
  close: number;
  depth: number;
  /** The quote this one is nested in. */
  parent: RawQuote | null;
}

/** The sentence that holds the offset. */
function sentenceAt(sentences: readonly Sentence[], at: number): Sentence | undefined {
  return sentences[indexHolding(sentences, at)];
}

/** Index of the last item whose `end` is at or before `at` (items sorted by start, disjoint). */
function lastEndingBy(items: readonly TextRange[], at: number): number {
  return countBefore(items, (item) => item.end <= at) - 1;
}

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}

function isSpace(ch: string | undefined): boolean {
  return ch === undefined || /\s/.test(ch);
}

/** Mentions of the catalogue's speakers: whole words, multi-word names in any letter case. */
function findMentions(
  text: string,
  from: number,
  to: number,
  people: readonly PersonEntry[],
): Mention[] {
  const names = people.flatMap((person) =>
    [...new Set([person.name, ...person.aliases])].map((name) => ({ person, name })),
  );
  names.sort((a, b) => b.name.length - a.name.length);
  const span = text.slice(from, to);
  const found: Mention[] = [];
  for (const { person, name } of names) {
    const flags = name.includes(' ') ? 'giu' : 'gu';
    const pattern = new RegExp(
      `(?<![\\p{L}\\p{N}-])${escapeRegExp(name).replace(/\\s+|\s+/g, '\\s+')}(?![\\p{L}\\p{N}]|-[\\p{L}])`,
      flags,
    );
    for (const match of span.matchAll(pattern)) {
      const start = from + match.index;
      const end = start + match[0].length;
      if (found.some((m) => start < m.end && m.start < end)) continue;
      found.push({
        start,
        end,
        quote: match[0],
        personId: person.id,
        organisation: person.affiliation === null,
        possessive: /^[’']s?(?![\p{L}])/u.test(text.slice(end, end + 2)),
      });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Quotations in one paragraph, outermost and nested, with their mark positions. */
function quotesInParagraph(text: string, from: number, to: number): RawQuote[] {
  const result: RawQuote[] = [];
  const stack: { mark: string; at: number; index: number }[] = [];
  const openQuote = (mark: string, at: number) => {
    const top = stack[stack.length - 1];
    const parent = top ? (result[top.index] ?? null) : null;
    result.push({ start: at + 1, end: at + 1, open: at, close: -1, depth: stack.length, parent });
    stack.push({ mark, at, index: result.length - 1 });
  };
  const closeQuote = (kind: string, at: number): boolean => {
    for (let k = stack.length - 1; k >= 0; k -= 1) {
      if (stack[k]?.mark !== kind) continue;
      const entry = stack[k];
      const raw = entry ? result[entry.index] : undefined;
      if (raw) {
        raw.close = at;
        raw.end = at;
      }
      // Quotes opened inside and never closed end with the one that closes around them.
      for (const inner of stack.slice(k + 1)) {
        const r = result[inner.index];
        if (r) {
          r.close = at;
          r.end = at;
        }
      }
      stack.length = k;
      return true;
    }
    return false;
  };
  const isOpen = (kind: string) => stack.some((s) => s.mark === kind);
  for (let i = from; i < to; i += 1) {
    const ch = text[i];
    const prev = i > from ? text[i - 1] : undefined;
    const next = i + 1 < to ? text[i + 1] : undefined;
    const openerContext = (isSpace(prev) || /[([{—–\-/“‘"]/.test(prev ?? '')) && !isSpace(next);
    const closerContext = !isSpace(prev) && (isSpace(next) || !isLetter(next));
    switch (ch) {
      case '“':
        openQuote('double', i);
        break;
      case '”':
        closeQuote('double', i);
        break;
      case '"': {
        const top = stack[stack.length - 1];
        if (top?.mark === 'straight' && closerContext) closeQuote('straight', i);
        else if (openerContext) openQuote('straight', i);
        else if (isOpen('straight')) closeQuote('straight', i);
        break;
      }
      case '‘':
        // A left mark followed by a space closes a quote a left mark opened: "weapons, ‘ Vale".
        if (isOpen('single') && isSpace(next)) closeQuote('single', i);
        else if (openerContext) openQuote('single', i);
        break;
      case '’':
        if (isLetter(prev) && isLetter(next)) break;
        if (isOpen('single')) closeQuote('single', i);
        break;
      case "'":
        if (isLetter(prev) && isLetter(next)) break;
        if (isOpen('apostrophe') && closerContext) closeQuote('apostrophe', i);
        else if (openerContext && isLetter(next)) openQuote('apostrophe', i);
        break;
      default:
        break;
    }
  }
  // A quote never closed runs to the end of its paragraph; an unclosed straight single mark is
  // far more often a stray apostrophe, so it is dropped.
  for (const entry of stack) {
    const raw = result[entry.index];
    if (!raw) continue;
    if (entry.mark === 'apostrophe') raw.close = -2;
    else {
      raw.close = to;
      raw.end = to;
    }
  }
  return result.filter((r) => r.close >= 0);
}

function trimmed(text: string, range: TextRange): TextRange | null {
  let { start, end } = range;
  while (start < end && isSpace(text[start])) start += 1;
  while (end > start && isSpace(text[end - 1])) end -= 1;
  if (end <= start || !/[\p{L}\p{N}]/u.test(text.slice(start, end))) return null;
  return { start, end };
}

interface Speaker {
  personId: string | null;
  cue: Located | null;
}

const NONE: Speaker = { personId: null, cue: null };

interface Scene {
  text: string;
  sentences: readonly Sentence[];
  mentions: readonly Mention[];
  /** Mentions usable as antecedents: outside quotes, not possessive. */
  antecedents: readonly Mention[];
  quoteOnly: ReadonlySet<number>;
  paragraphs: ReadonlyMap<number, readonly Sentence[]>;
  reportAuthor: string | null;
}

function located(text: string, start: number, end: number): Located {
  return { start, end, quote: text.slice(start, end) };
}

/** The subject of a reporting verb in [from, to): a person nearest the verb, else an organisation. */
function subjectIn(scene: Scene, from: number, to: number): Speaker {
  const inside = scene.mentions.filter((m) => m.start >= from && m.end <= to && !m.possessive);
  const person = inside.filter((m) => !m.organisation).pop();
  const chosen = person ?? inside.pop();
  if (chosen)
    return { personId: chosen.personId, cue: located(scene.text, chosen.start, chosen.end) };
  // The subject is the last clause before the verb: "By targeting hospitals, it denounced".
  const segment = scene.text.slice(from, to);
  const clause = Math.max(
    segment.lastIndexOf(','),
    segment.lastIndexOf(';'),
    segment.lastIndexOf(':'),
  );
  const tail =
    clause >= 0 && clause < segment.trimEnd().length - 1 ? segment.slice(clause + 1) : segment;
  const words = tail.replace(/^[\s,.;:—–-]+|[\s,.;:—–-]+$/g, '');
  const start = to - tail.length + tail.indexOf(words);
  if (words.length === 0) return NONE;
  if (PRONOUN.test(words)) return resolvePronoun(scene, words, start);
  if (REPORT_WORDS.test(words)) {
    return { personId: scene.reportAuthor, cue: located(scene.text, start, start + words.length) };
  }
  if (GROUP_WORDS.test(words)) return resolvePronoun(scene, 'it', start, words);
  return NONE;
}

/** The nearest earlier speaker of the pronoun's kind, in this or the previous narrative paragraph. */
function resolvePronoun(scene: Scene, pronoun: string, at: number, words = pronoun): Speaker {
  const organisation = pronoun.toLowerCase() === 'it';
  const cue = located(scene.text, at, at + words.length);
  const here = sentenceAt(scene.sentences, at);
  if (!here) return { personId: null, cue };
  let previous = here.paragraph - 1;
  while (previous >= 0 && scene.quoteOnly.has(previous)) previous -= 1;
  // Quote-only paragraphs in between hold no antecedents, so the window is one stretch of text.
  const windowStart =
    scene.paragraphs.get(previous)?.[0]?.start ??
    scene.paragraphs.get(here.paragraph)?.[0]?.start ??
    at;
  for (let k = lastEndingBy(scene.antecedents, at); k >= 0; k -= 1) {
    const m = scene.antecedents[k];
    if (!m || m.start < windowStart) break;
    if (m.organisation === organisation) return { personId: m.personId, cue };
  }
  return { personId: null, cue };
}

/** The last reporting verb in [from, to), as [start, end) of the verb. */
function lastVerb(text: string, from: number, to: number): TextRange | null {
  let last: TextRange | null = null;
  const span = text.slice(from, to);
  for (const match of span.matchAll(REPORTING_VERB)) {
    last = { start: from + match.index, end: from + match.index + match[0].length };
  }
  return last;
}

function firstVerb(text: string, from: number, to: number): TextRange | null {
  const match = new RegExp(REPORTING_VERB.source, 'i').exec(text.slice(from, to));
  return match ? { start: from + match.index, end: from + match.index + match[0].length } : null;
}

/** "X said" or "said X" after the closing mark, up to the end of the sentence. */
function speakerAfter(scene: Scene, after: number, end: number): Speaker | null {
  const { text } = scene;
  const sentenceEnd = Math.min(end, after + REACH);
  const verb = firstVerb(text, after, sentenceEnd);
  if (!verb) {
    // "…,” Monitor" with the verb lost: the name alone after the quote.
    const rest = text.slice(after, sentenceEnd).replace(/^[\s,.;:—–-]+|[\s,.;:—–-]+$/g, '');
    const only = scene.mentions.find(
      (m) => m.quote === rest && m.start >= after && m.end <= sentenceEnd,
    );
    return only ? { personId: only.personId, cue: located(text, only.start, only.end) } : null;
  }
  const between = text.slice(after, verb.start);
  // Another quotation opening before the verb means the verb belongs to it ("…” “…,” he said"
  // is handled as a continuation, not here), unless only a conjunction and marks separate them.
  if (/^[\s,.;:—–-]*$/.test(between)) {
    // "said X": the speaker follows the verb.
    const following = scene.mentions.find(
      (m) =>
        m.start >= verb.end &&
        m.end <= sentenceEnd &&
        /^\s*(the\s+)?$/i.test(text.slice(verb.end, m.start)),
    );
    if (following)
      return { personId: following.personId, cue: located(text, following.start, following.end) };
    const words = /^\s+((?:the|its|a) (?:new )?[\p{L}]+(?: [\p{L}]+)?)/iu.exec(
      text.slice(verb.end, sentenceEnd),
    );
    if (words?.[1]) {
      const phrase = words[1].replace(/\s+(in|on|at|to|from|with)\b.*$/i, '');
      const start = verb.end + text.slice(verb.end).indexOf(phrase);
      return subjectIn(scene, start, start + phrase.length);
    }
    return null;
  }
  return subjectIn(scene, after, verb.start);
}

/** "X said:", "X told reporters that", "according to X," before the opening mark. */
function speakerBefore(scene: Scene, sentenceStart: number, open: number): Speaker | null {
  const { text } = scene;
  const possessive = scene.mentions
    .filter((m) => m.start >= sentenceStart && m.end <= open && m.possessive)
    .pop();
  // "the Palace’s claims it has only struck “armed” targets".
  if (
    possessive &&
    /^[’']s?\s+(claims?|statement|assertion|words|accusations?|allegations?)\b/.test(
      text.slice(possessive.end),
    )
  ) {
    return { personId: possessive.personId, cue: located(text, possessive.start, possessive.end) };
  }
  const verb = lastVerb(text, Math.max(sentenceStart, open - REACH), open);
  if (!verb) return null;
  if (/^according to$/i.test(text.slice(verb.start, verb.end))) {
    const next = scene.mentions.find((m) => m.start >= verb.end && m.end <= open);
    return next ? { personId: next.personId, cue: located(text, next.start, next.end) } : null;
  }
  const subject = subjectIn(scene, Math.max(sentenceStart, verb.start - REACH), verb.start);
  return subject.personId !== null || subject.cue !== null ? subject : null;
}

function reportAuthor(
  events: readonly EventEntry[],
  people: readonly PersonEntry[],
): string | null {
  const reports = events.filter((e) => e.kind === 'publication');
  const report = reports.length === 1 ? reports[0] : undefined;
  if (!report) return null;
  // The report's author is the organisation its label names ("the Monitor Group's report").
  const authors = findMentions(report.label, 0, report.label.length, people).filter(
    (m) => m.organisation,
  );
  const ids = new Set(authors.map((m) => m.personId));
  return ids.size === 1 ? (authors[0]?.personId ?? null) : null;
}

/**
 * Words inside quotation marks in the sentences, in text order, each span verbatim (without the
 * marks and the spaces inside them), with the speaker where the text tells.
 */
export const extractQuotes: ExtractQuotes = (text, sentences, context) => {
  const paragraphs = new Map<number, Sentence[]>();
  for (const s of sentences) {
    const list = paragraphs.get(s.paragraph);
    if (list) list.push(s);
    else paragraphs.set(s.paragraph, [s]);
  }

  const raws: { raw: RawQuote; range: TextRange; paragraph: number }[] = [];
  const quoteOnly = new Set<number>();
  for (const [paragraph, list] of paragraphs) {
    const first = list[0];
    const last = list[list.length - 1];
    if (!first || !last) continue;
    const found = quotesInParagraph(text, first.start, last.end);
    for (const raw of found) {
      const range = trimmed(text, raw);
      if (range) raws.push({ raw, range, paragraph });
    }
    const outer = found.filter((r) => r.depth === 0);
    const covered = outer.reduce((n, r) => n + (Math.min(r.close + 1, last.end) - r.open), 0);
    if (outer.length > 0 && last.end - first.start - covered <= 3) quoteOnly.add(paragraph);
  }

  const mentions = findMentions(text, 0, text.length, context.people).filter((m) => {
    const s = sentenceAt(sentences, m.start);
    return s !== undefined && m.end <= s.end;
  });
  const outerQuotes = raws
    .filter(({ raw }) => raw.depth === 0)
    .map(({ raw }) => ({ start: raw.open, end: raw.close }));
  const insideQuote = (m: Mention) => {
    const k = lastEndingBy(outerQuotes, m.start);
    const next = outerQuotes[k + 1];
    return next !== undefined && m.start > next.start && m.end <= next.end;
  };
  const scene: Scene = {
    text,
    sentences,
    mentions,
    antecedents: mentions.filter((m) => !m.possessive && !insideQuote(m)),
    quoteOnly,
    paragraphs,
    reportAuthor: reportAuthor(context.events, context.people),
  };

  const results: QuoteProposal[] = [];
  const spoken = new Map<RawQuote, Speaker>();
  const seen: Seen = { lastNamed: new Map(), lastOuter: new Map() };
  for (const { raw, range, paragraph } of raws) {
    let speaker: Speaker | null = null;
    if (raw.depth > 0) {
      // A quote inside a quote is the outer speaker's words.
      let outer: RawQuote = raw;
      while (outer.parent) outer = outer.parent;
      speaker = spoken.get(outer) ?? null;
    } else {
      const closeAt = Math.min(raw.close + 1, text.length);
      const closing = sentenceAt(sentences, raw.close) ?? sentenceAt(sentences, closeAt - 1);
      const opening = sentenceAt(sentences, raw.open);
      if (closing) speaker = speakerAfter(scene, closeAt, closing.end);
      if (!speaker && opening) speaker = speakerBefore(scene, opening.start, raw.open);
      if (!speaker) speaker = continuation(scene, seen, paragraph);
    }
    const chosen = speaker ?? NONE;
    spoken.set(raw, chosen);
    if (raw.depth === 0) {
      seen.lastOuter.set(paragraph, chosen);
      if (chosen.personId !== null) seen.lastNamed.set(paragraph, chosen);
    }
    results.push({
      start: range.start,
      end: range.end,
      quote: text.slice(range.start, range.end),
      speakerId: chosen.personId,
      speakerCue: chosen.cue,
    });
  }
  return results
    .map((q, i) => ({ q, i }))
    .sort((a, b) => a.q.start - b.q.start || a.i - b.i)
    .map(({ q }) => q);
};

/** What the quotes read so far said, per paragraph: the last named speaker, the last speaker. */
interface Seen {
  lastNamed: Map<number, Speaker>;
  lastOuter: Map<number, Speaker>;
}

/**
 * A quote with no attribution of its own: it continues the quote before it in the same
 * paragraph, or, opening a paragraph that is only a quotation, it is the words of whoever the
 * paragraph before introduced ("Tom Vale said :") or quoted.
 */
function continuation(scene: Scene, seen: Seen, paragraph: number): Speaker | null {
  const before = seen.lastNamed.get(paragraph);
  if (before) return before;
  if (!scene.quoteOnly.has(paragraph)) return null;
  const previous = scene.paragraphs.get(paragraph - 1) ?? [];
  const lastSentence = previous[previous.length - 1];
  if (!lastSentence) return null;
  if (scene.quoteOnly.has(paragraph - 1)) return seen.lastOuter.get(paragraph - 1) ?? null;
  const verb = lastVerb(
    scene.text,
    Math.max(lastSentence.start, lastSentence.end - REACH),
    lastSentence.end,
  );
  if (!verb) return null;
  const subject = subjectIn(scene, lastSentence.start, verb.start);
  return subject.personId !== null ? subject : null;
}
