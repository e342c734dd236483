import type { Removed, RemovedReason } from '../schema.ts';
import furniture from './lexicon/furniture.json' with { type: 'json' };
import { topicWords } from './topic-words.ts';
import type { CleanArticle } from './types.ts';

/**
 * Boilerplate is found line by line (a "line" is the text between two line breaks), because page
 * furniture, captions and appeals arrive as lines of their own when a page is copied as text.
 * General rules come first: they describe patterns any news site uses. The per-site table holds
 * only what cannot be told apart from body text without knowing the site; each entry applies
 * only when its own signature line is in the article.
 */

interface LineRule {
  rule: string;
  reason: RemovedReason;
  pattern: RegExp;
}

function compile(source: string, flags = 'iu'): RegExp {
  return new RegExp(source, flags);
}

/** Whole lines that are page furniture on any site, from `lexicon/furniture.json`. */
const LINE_RULES: readonly LineRule[] = furniture.lineRules.map((r) => ({
  rule: r.rule,
  reason: r.reason as RemovedReason,
  pattern: compile(r.pattern),
}));

interface SiteRules {
  site: string;
  /** A line that only this site prints; the site's other rules apply only when it is present. */
  signature: RegExp;
  lines: readonly LineRule[];
}

/** The small per-site list: furniture that looks like a headline unless you know the site. */
const SITE_RULES: readonly SiteRules[] = furniture.siteRules.map((site) => ({
  site: site.site,
  // Site signatures are matched as written (case matters) on any line of the article.
  signature: compile(site.signature, 'mu'),
  lines: site.lines.map((r) => ({
    rule: r.rule,
    reason: r.reason as RemovedReason,
    pattern: compile(r.pattern, 'u'),
  })),
}));

/** A line that opens a donation, membership or republishing appeal. */
const APPEAL_START = compile(furniture.appealStart);

/** Words that keep a paragraph inside an appeal block once one has opened. */
const APPEAL_WORDS = compile(furniture.appealWords);

/** A photo credit at the end of a caption: "(Photo by … /Getty Images)", "REUTERS/Name". */
const CREDIT_ENDINGS: readonly RegExp[] = furniture.creditEndings.map((c) => compile(c));

function creditAtEnd(line: string): RegExpExecArray | null {
  for (const pattern of CREDIT_ENDINGS) {
    const match = pattern.exec(line);
    if (match) return match;
  }
  return null;
}

/**
 * Image file-name residue glued to the first word of a paragraph when a page is copied as text:
 * "river-flood-rescuewebAccording …". A run of at least three parts joined by "-" or "_",
 * with no space, whose last part runs into a capitalised word without a space.
 */
const FILE_NAME_RESIDUE = /^[A-Za-z0-9]+(?:[-_][A-Za-z0-9]+){2,}/;

/** A wire dateline opening the first paragraph: "MOSCOW (Reuters) - ", "BEIRUT, Lebanon — ". */
const WIRE_DATELINE =
  /^[A-Z][A-Z.'’-]{2,}(?: [A-Z][A-Z.'’-]+)*(?:, [A-Z][A-Za-z.'’-]+(?: [A-Z][A-Za-z.'’-]+)*)?(?: \d{1,2})?(?: \([A-Za-z .&-]{2,40}\))? [-–—] /;

/** A saved page's metadata date glued before its first line: "date 2020-03-03 Headline…". */
const METADATA_DATE_PREFIX = /^date (?:19|20)\d\d-\d\d-\d\d /;

/** A dateline of place, day and a colon: "Rivertown, May 6:", "Tarsa, Apr 26 (Agency):". */
const PLACE_DAY_DATELINE =
  /^[A-Z][A-Za-z'’-]+(?: [A-Z][A-Za-z'’-]+)?, (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}(?: \([^()]{2,40}\))?: /;

interface Line {
  start: number;
  /** End of the line's content, before "\r\n" or "\n". */
  end: number;
  /** The content trimmed of spaces, and where that trimmed content starts and ends. */
  trimmed: string;
  trimmedStart: number;
  trimmedEnd: number;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    let next = text.indexOf('\n', start);
    if (next < 0) next = text.length;
    const end = next > start && text[next - 1] === '\r' ? next - 1 : next;
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    lines.push({
      start,
      end,
      trimmed,
      trimmedStart: start + lead,
      trimmedEnd: start + lead + trimmed.length,
    });
    start = next + 1;
  }
  return lines;
}

/** Where the real first word starts inside a paragraph-initial file-name residue, or -1. */
function residueEnd(line: string): number {
  const run = FILE_NAME_RESIDUE.exec(line);
  if (!run) return -1;
  const token = run[0];
  const lastJoin = Math.max(token.lastIndexOf('-'), token.lastIndexOf('_'));
  const lastPart = token.slice(lastJoin + 1);
  // The first lower-to-upper change inside the last part is where the glued sentence begins.
  const glue = /[a-z0-9](?=[A-Z][a-z’'])/.exec(lastPart);
  if (!glue) return -1;
  return lastJoin + 1 + glue.index + 1;
}

function lineRule(line: string, siteRules: readonly LineRule[]): LineRule | undefined {
  if (line.length === 0 || line.length > 300) return undefined;
  return (
    LINE_RULES.find((r) => r.pattern.test(line)) ?? siteRules.find((r) => r.pattern.test(line))
  );
}

function isAppealParagraph(line: string): boolean {
  if (APPEAL_START.test(line) || APPEAL_WORDS.test(line)) return true;
  // A signature ("— Name, Publisher and CEO") or a lone label inside the block.
  return line.split(/\s+/).length <= 8;
}

/** The boilerplate ranges of an article, in text order, never overlapping, never inside a word. */
export const cleanArticle: CleanArticle = (text) => {
  const removed: Removed[] = [];
  const lines = splitLines(text);
  const siteRules = SITE_RULES.filter((s) => s.signature.test(text)).flatMap((s) => s.lines);
  const claimed = new Set<number>();

  lines.forEach((line, index) => {
    const { trimmed, trimmedStart, trimmedEnd } = line;
    const rule = lineRule(trimmed, siteRules);
    if (rule) {
      removed.push({ start: trimmedStart, end: trimmedEnd, reason: rule.reason, rule: rule.rule });
      claimed.add(index);
      return;
    }
    const credit = creditAtEnd(trimmed);
    if (credit && credit.index > 0) {
      // The paragraph before a bracketed photo credit is that photo's caption.
      const captionEnd = trimmedStart + credit.index;
      const creditStart = captionEnd + (credit[0].length - credit[0].trimStart().length);
      removed.push({
        start: trimmedStart,
        end: captionEnd,
        reason: 'caption',
        rule: 'credited-caption',
      });
      removed.push({
        start: creditStart,
        end: trimmedEnd,
        reason: 'credit',
        rule: 'bracketed-photo-credit',
      });
      claimed.add(index);
      return;
    }
    const dateline =
      WIRE_DATELINE.exec(trimmed) ??
      PLACE_DAY_DATELINE.exec(trimmed) ??
      METADATA_DATE_PREFIX.exec(trimmed);
    if (dateline && /[a-z]/.test(trimmed.slice(dateline[0].length))) {
      removed.push({
        start: trimmedStart,
        end: trimmedStart + dateline[0].trimEnd().length,
        reason: 'dateline',
        rule: 'wire-dateline',
      });
      return;
    }
    const residue = residueEnd(trimmed);
    if (residue > 0) {
      removed.push({
        start: trimmedStart,
        end: trimmedStart + residue,
        reason: 'caption',
        rule: 'image-file-name',
      });
    }
  });

  removed.push(...appealBlock(lines, claimed));
  removed.push(...pullQuotes(text, lines, claimed));
  removed.push(...repeatedParagraphs(lines, claimed));
  removed.push(...splicedStories(lines, claimed));
  return disjoint(removed);
};

/** Sorts ranges and drops any that another, longer range already contains (a residue in an appeal). */
function disjoint(ranges: Removed[]): Removed[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Removed[] = [];
  for (const range of sorted) {
    const last = kept[kept.length - 1];
    if (last && range.start < last.end) {
      if (range.end <= last.end) continue;
      kept.push({ ...range, start: last.end });
      continue;
    }
    kept.push(range);
  }
  return kept;
}

/**
 * The appeal at the end of an article: from a line that opens an appeal to the end of the text,
 * provided every paragraph after it still reads as part of the appeal. Lines another rule has
 * already claimed (a browser notice) keep their own reason and split the block.
 */
function appealBlock(lines: readonly Line[], claimed: Set<number>): Removed[] {
  const body = lines.map((l, i) => ({ l, i })).filter(({ l }) => l.trimmed.length > 0);
  let open = -1;
  for (let k = body.length - 1; k >= 0; k -= 1) {
    const entry = body[k];
    if (!entry) continue;
    if (claimed.has(entry.i)) continue;
    if (!isAppealParagraph(entry.l.trimmed)) break;
    if (APPEAL_START.test(entry.l.trimmed)) open = k;
  }
  if (open < 0) return [];
  const result: Removed[] = [];
  let current: Removed | null = null;
  for (const { l, i } of body.slice(open)) {
    if (claimed.has(i)) {
      current = null;
      continue;
    }
    if (current) current.end = l.trimmedEnd;
    else {
      current = {
        start: l.trimmedStart,
        end: l.trimmedEnd,
        reason: 'appeal',
        rule: 'appeal-block',
      };
      result.push(current);
    }
    claimed.add(i);
  }
  return result;
}

/** How long a paragraph must be before a repeat of it is taken for layout, not emphasis. */
const REPEAT_MIN = 60;
/** A teaser is at least this share of the paragraph it copies (a summary line is much shorter). */
const NEAR_COPY = 0.9;

/**
 * Paragraphs a page prints twice: a near-copy (the same paragraph cut short, or run on a few
 * characters into the next) printed just before the paragraph, and a paragraph repeated word for
 * word. The near-copy, or the second copy, is layout; counting it would count its figures and
 * quotes twice. A short line that opens a long paragraph (a summary) is not a copy.
 */
function repeatedParagraphs(lines: readonly Line[], claimed: Set<number>): Removed[] {
  const result: Removed[] = [];
  const seen = new Set<string>();
  // Lines by their opening words, so a teaser is compared only with lines that open the same way.
  const byOpening = new Map<string, number[]>();
  lines.forEach((line, index) => {
    if (line.trimmed.length < REPEAT_MIN) return;
    const key = line.trimmed.slice(0, REPEAT_MIN);
    byOpening.set(key, [...(byOpening.get(key) ?? []), index]);
  });
  lines.forEach((line, index) => {
    const words = line.trimmed;
    if (claimed.has(index) || words.length < REPEAT_MIN) return;
    // A near-copy printed first: one of the two is the other cut short (or run on by a few
    // characters into the next paragraph), and they are nearly the same length.
    const opensLater = (byOpening.get(words.slice(0, REPEAT_MIN)) ?? []).some((k) => {
      const other = lines[k]?.trimmed ?? '';
      if (k <= index || other === words) return false;
      const [short, long] = other.length < words.length ? [other, words] : [words, other];
      const core = short.replace(/\s*(\.\.\.|…)$/u, '');
      return long.startsWith(core) && core.length >= NEAR_COPY * long.length;
    });
    if (seen.has(words) || opensLater) {
      result.push({
        start: line.trimmedStart,
        end: line.trimmedEnd,
        reason: 'other',
        rule: seen.has(words) ? 'repeated-paragraph' : 'teaser',
      });
      claimed.add(index);
      return;
    }
    seen.add(words);
  });
  return result;
}

const QUOTE_ONLY = /^(["“‘'])([^"“”‘’]{12,})(["”’'])$/;

/**
 * A pull quote: a paragraph that is nothing but a quotation whose words the article prints again
 * in its body. It is layout, and counting it would double the quote.
 */
function pullQuotes(text: string, lines: readonly Line[], claimed: Set<number>): Removed[] {
  const result: Removed[] = [];
  lines.forEach((line, index) => {
    if (claimed.has(index)) return;
    const match = QUOTE_ONLY.exec(line.trimmed);
    const words = match?.[2];
    if (!words) return;
    const elsewhere = text.indexOf(words, line.trimmedEnd);
    const before = text.lastIndexOf(words, line.trimmedStart - 1);
    if (elsewhere < 0 && before < 0) return;
    result.push({
      start: line.trimmedStart,
      end: line.trimmedEnd,
      reason: 'other',
      rule: 'pull-quote',
    });
    claimed.add(index);
  });
  return result;
}

/** A block must have this many distinct topic words before its lack of shared words means anything. */
const SPLICE_MIN_WORDS = 15;
/** A spliced story shares at most this share of its topic words with the article around it. */
const SPLICE_MAX_SHARED = 0.05;
/** A headline is short. */
const HEADLINE_MAX_WORDS = 14;

/**
 * Another story spliced into the page: a block of lines (between blank lines), after the first,
 * that opens with a headline of its own (a short line without closing punctuation, with text
 * under it) and shares almost none of its topic words with the rest of the article. Its figures
 * and quotes are about something else. A quotation or a short paragraph can share no words with
 * the story too, so both tests must hold, and the block must be long enough to judge.
 */
function splicedStories(lines: readonly Line[], claimed: Set<number>): Removed[] {
  const blocks: number[][] = [];
  let current: number[] = [];
  lines.forEach((line, index) => {
    if (line.trimmed.length === 0) {
      if (current.length > 0) blocks.push(current);
      current = [];
    } else current.push(index);
  });
  if (current.length > 0) blocks.push(current);
  const words = blocks.map(
    (b) => new Set(topicWords(b.map((i) => lines[i]?.trimmed ?? '').join(' '))),
  );
  const result: Removed[] = [];
  blocks.forEach((block, k) => {
    const first = lines[block[0] ?? -1];
    const last = lines[block[block.length - 1] ?? -1];
    const own = words[k];
    if (k === 0 || block.length < 2 || !first || !last || !own) return;
    if (block.some((i) => claimed.has(i)) || own.size < SPLICE_MIN_WORDS) return;
    const head = first.trimmed;
    if (/[.!?:;"”’)]$/u.test(head) || head.split(/\s+/u).length > HEADLINE_MAX_WORDS) return;
    const rest = new Set(words.flatMap((w, j) => (j === k ? [] : [...w])));
    const shared = [...own].filter((w) => rest.has(w)).length;
    if (shared / own.size > SPLICE_MAX_SHARED) return;
    result.push({
      start: first.trimmedStart,
      end: last.trimmedEnd,
      reason: 'other',
      rule: 'spliced-story',
    });
    for (const i of block) claimed.add(i);
  });
  return result;
}
