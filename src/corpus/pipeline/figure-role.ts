import type { FigureRole } from '../schema.ts';
import { phraseAt, WORDS } from './lexicon/lexicon.ts';
import { YEAR_DIGITS } from './number-words.ts';
import type { ExtractContext } from './types.ts';

/**
 * What a figure counts, read from the words around it (the role). Rules, in order: a ratio
 * ("for each"), a change ("rose by", "up from", "more than first reported"), the work behind a
 * report (documented, analysed, interviewed), one person's account (a possessive before the
 * count, a verb of seeing or counting), a part of a total ("including", "among the dead were",
 * "15 of the 96"), a wider count (a war, another year); otherwise a total. The words live in
 * `lexicon/figure-words.json`.
 */

interface Token {
  lower: string;
}

/** What `extractFigures` knows about one number when its role is decided. */
export interface RoleCandidate {
  /** Token index where the figure starts (its qualifier, if any). */
  from: number;
  numberFrom: number;
  numberTo: number;
  /** Exclusive end of the counted noun (or of the number when there is none). */
  headTo: number;
  outcome: string | null;
  /** A change cue next to the number. */
  change: boolean;
  /** "including", "among the dead were" just before the figure. */
  partCue: boolean;
  /** Index of the figure this one is coordinated with ("32 children and 11 women"). */
  coordinatedWith: number | null;
  /** "15 of the 96": a part of the count that follows. */
  partitiveOf: boolean;
  /** "five of the attacks" after "six attacks": the index of that earlier count. */
  sameCountAs: number | null;
}

export interface RoleDecision {
  role: FigureRole;
  /** Index (among the sentence's figures) of the total this part belongs to. */
  partOf: number | null;
}

const METHOD_OUTCOMES = new Set(['documented', 'analysed', 'investigated', 'interviewed']);
const CLAUSE_PUNCTUATION = new Set([',', ';', '(', ')', '—', '–', ':']);

/** The year the compared events happened: the earliest dated event that is not a whole war. */
function storyYear(context: ExtractContext): number {
  const years = context.events
    .filter((e) => e.kind !== 'war' && e.date !== null)
    .map((e) => Number(e.date?.slice(0, 4)));
  return years.length > 0 ? Math.min(...years) : Number(context.referenceDate.slice(0, 4));
}

function isRatio(tokens: readonly Token[], c: RoleCandidate): boolean {
  if (WORDS.ratioAfter.some((p) => phraseAt(tokens, c.headTo, p))) return true;
  // "one in five": a number, "in", then this one.
  return (
    tokens[c.from - 1]?.lower === 'in' &&
    /^(\d+|one|two|three|four|five|ten)$/.test(tokens[c.from - 2]?.lower ?? '')
  );
}

function isAccount(tokens: readonly Token[], c: RoleCandidate): boolean {
  // A possessive before the count or before a list ending in it: "her husband and three children".
  for (let k = c.from - 1; k >= Math.max(0, c.from - 4); k -= 1) {
    const word = tokens[k]?.lower ?? '';
    if (WORDS.accountBefore.has(word)) return true;
    if (!/^[\p{L}]+$/u.test(word) && word !== ',') break;
  }
  // A verb of seeing or counting just before, or after the noun: "saw 40 bodies", "bodies lined up".
  for (let k = c.from - 1; k >= Math.max(0, c.from - 6); k -= 1) {
    const word = tokens[k]?.lower ?? '';
    if (word === ';' || word === '.') break;
    if (WORDS.accountVerbs.has(word)) return true;
  }
  return WORDS.accountVerbs.has(tokens[c.headTo]?.lower ?? '');
}

function isWar(tokens: readonly Token[], k: number): boolean {
  return (
    WORDS.warWords.has(tokens[k]?.lower ?? '') &&
    !WORDS.contextNotAfterWar.has(tokens[k + 1]?.lower ?? '')
  );
}

/**
 * A count of something wider than the events compared: a year before them anywhere in the
 * sentence ("since 2001"), a war next to the count ("the war has killed", "killed in the
 * conflict"), or a wider frame in its clause ("so far this year", "nationwide").
 */
function isContext(tokens: readonly Token[], c: RoleCandidate, year: number): boolean {
  let start = c.from;
  while (start > 0 && !CLAUSE_PUNCTUATION.has(tokens[start - 1]?.lower ?? '')) start -= 1;
  let end = c.headTo;
  while (end < tokens.length && !CLAUSE_PUNCTUATION.has(tokens[end]?.lower ?? '')) end += 1;
  // A year before the compared events, in the figure's own clause: "killed 900 since 2001".
  for (let k = start; k < end; k += 1) {
    const word = tokens[k]?.lower ?? '';
    if (YEAR_DIGITS.test(word) && Number(word) < year) return true;
  }
  for (let k = Math.max(0, c.from - 4); k < c.from; k += 1) if (isWar(tokens, k)) return true;
  for (let k = c.headTo; k < Math.min(tokens.length, c.headTo + 5); k += 1) {
    if (CLAUSE_PUNCTUATION.has(tokens[k]?.lower ?? '')) break;
    if (isWar(tokens, k)) return true;
  }
  for (let k = start; k < end; k += 1) {
    if (k >= c.from && k < c.headTo) continue;
    if (WORDS.contextWords.some((p) => phraseAt(tokens, k, p))) return true;
  }
  return false;
}

/** The role of each figure of one sentence, given in text order. */
export function figureRole(
  tokens: readonly Token[],
  candidates: readonly RoleCandidate[],
  context: ExtractContext,
): RoleDecision[] {
  const year = storyYear(context);
  const decisions: RoleDecision[] = [];
  candidates.forEach((c, n) => {
    const decide = (): RoleDecision => {
      if (isRatio(tokens, c)) return { role: 'ratio', partOf: null };
      if (c.change) return { role: 'change', partOf: null };
      if (c.outcome !== null && METHOD_OUTCOMES.has(c.outcome))
        return { role: 'method', partOf: null };
      if (isAccount(tokens, c)) return { role: 'account', partOf: null };
      const joined = c.coordinatedWith === null ? undefined : decisions[c.coordinatedWith];
      if (joined && joined.role !== 'total') return joined;
      if (c.sameCountAs !== null) {
        const earlier = decisions[c.sameCountAs];
        // A part of a report's own count is the report's work too; of a total, a part of it.
        if (earlier && earlier.role !== 'total') return { role: earlier.role, partOf: null };
        return { role: 'part', partOf: c.sameCountAs };
      }
      if (c.partitiveOf) return { role: 'part', partOf: n + 1 < candidates.length ? n + 1 : null };
      if (c.partCue) {
        let total: number | null = null;
        for (let k = n - 1; k >= 0; k -= 1) {
          if (decisions[k]?.role === 'total') {
            total = k;
            break;
          }
        }
        return { role: 'part', partOf: total };
      }
      if (isContext(tokens, c, year)) return { role: 'context', partOf: null };
      return { role: 'total', partOf: null };
    };
    decisions.push(decide());
  });
  return decisions;
}
