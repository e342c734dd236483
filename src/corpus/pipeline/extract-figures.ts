import type { FigureGroup } from '../schema.ts';
import figureWords from './lexicon/figure-words.json' with { type: 'json' };
import { figureRole, type RoleCandidate } from './figure-role.ts';
import {
  DEMONYM_ENDINGS,
  JOINED_OUTCOMES,
  NOUN_GROUP,
  NOUN_OUTCOME,
  isOutcomeWord,
  phraseAt,
  outcomesStartingWith,
  QUALIFIERS,
  WORDS,
  type Bound,
  type Phrase,
} from './lexicon/lexicon.ts';
import {
  YEAR_DIGITS,
  parseCardinal,
  parseNumber,
  parseVague,
  type NumberCore,
} from './number-words.ts';
import type { ExtractContext, ExtractFigures, FigureProposal, Sentence } from './types.ts';

/**
 * Rules, not wink-nlp or compromise. The forms a count takes in news copy are few (digits, number
 * words, "a dozen", "hundreds of", a qualifier in front, a range), and rules give exact offsets,
 * keep "hundreds" vague rather than turning it into a number (`number-words.ts` reads the numbers
 * themselves), and can say why a number is not a figure (a year, a day of the month, an age, a
 * measure, money). wink-nlp's CARDINAL entities find
 * the same numbers but would still need every one of these rules on top, its tokens carry no
 * string offsets, and its part-of-speech tags would not tell a counted noun from a verb after a
 * number better than the lexicon does; so it was removed from the dependencies. What the rules
 * know (counted nouns and their groups, outcome words, qualifiers, the cues of each role) is in
 * `lexicon/*.json`.
 */

interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
}

const TOKEN = /[\p{L}\p{N}]+(?:[-'’.,][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

/** "toll" before "bridge", "booth", "road"…: part of another noun, never a casualty word. */
const NOT_CASUALTY_COMPOUNDS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries(figureWords.notCasualtyCompounds).map(([word, nouns]) => [word, new Set(nouns)]),
);

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
  // The compound reads as one word no lexicon knows, so no rule takes it for a casualty word.
  tokens.forEach((token, i) => {
    const next = tokens[i + 1];
    if (next !== undefined && NOT_CASUALTY_COMPOUNDS.get(token.lower)?.has(next.lower)) {
      token.lower = `${token.lower} ${next.lower}`;
    }
  });
  return tokens;
}

const PEOPLE_GROUPS: ReadonlySet<FigureGroup> = new Set([
  'civilians',
  'children',
  'women',
  'fighters',
  'people',
]);

/** Words that end the noun phrase after a number: a head noun is never found beyond them. */
const STOP = new Set(
  'in on at by for from to of with without into onto over under after before during since until and or but nor as than that which who whom whose where when while among were was is are be been being had has have did do does will would could should may might can its their his her our your my the a an this these those it they he she we you i'.split(
    ' ',
  ),
);

const MONTHS =
  /^(jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september|oct|october|nov|november|dec|december)$/;

/** How many tokens away a report's verb ("documented") may be from the count it governs. */
const METHOD_REACH = 6;

/** Words that open a new clause after a comma. */
const CLAUSE_START = /^(which|who|whom|whose|while|whereas|but)$/;

/**
 * "with 12 children among them", "23 of whom": a phrase within three words after the figure that
 * makes it part of a count named before. Never across a comma or other mark: in "killed nine
 * people, among them two children" the phrase opens the next part, and nine is the whole.
 */
function partAfter(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k <= from + 3; k += 1) {
    if (phraseStartsAt(tokens, k, WORDS.partAfter)) return true;
    if (/^[,;:—–()]$/u.test(tokens[k]?.text ?? '')) return false;
  }
  return false;
}

/**
 * A word of a qualifier as written, or with two neighbouring letters swapped ("ta least"), the
 * commonest typing slip. Only one word of a qualifier of two or more words, the others exact, so
 * a lone short word is never read as another.
 */
function sameOrTransposed(written: string | undefined, word: string, length: number): boolean {
  if (written === word) return true;
  if (written === undefined || length < 2 || written.length !== word.length) return false;
  const k = [...written].findIndex((ch, i) => ch !== word[i]);
  return (
    k >= 0 &&
    written[k] === word[k + 1] &&
    written[k + 1] === word[k] &&
    written.slice(k + 2) === word.slice(k + 2)
  );
}

function qualifierBefore(
  tokens: readonly Token[],
  from: number,
): { from: number; text: string; bound: Bound } | null {
  for (const q of QUALIFIERS) {
    const start = from - q.words.length;
    if (start < 0) continue;
    const slips = q.words.filter((w, k) => tokens[start + k]?.lower !== w).length;
    if (
      slips <= 1 &&
      q.words.every((w, k) => sameOrTransposed(tokens[start + k]?.lower, w, q.words.length))
    ) {
      const first = tokens[start];
      const last = tokens[from - 1];
      if (!first || !last) continue;
      return { from: start, text: q.words.join(' '), bound: q.bound };
    }
  }
  return null;
}

/** True when the number is a day of the month, a year, an age, a measure, a share or money. */
function isNotACount(tokens: readonly Token[], core: NumberCore): boolean {
  const before = tokens[core.from - 1]?.lower ?? '';
  const before2 = tokens[core.from - 2]?.lower ?? '';
  const after = tokens[core.to]?.lower ?? '';
  const after2 = tokens[core.to + 1]?.lower ?? '';
  const first = tokens[core.from];
  if (!first) return true;
  const digits = /^\d/.test(first.text);
  // A decimal is a measure ("7.8", "2.5 km") unless a multiplier makes it a count ("2.5 million").
  if (/^\d+\.\d+$/.test(first.text) && core.to === core.from + 1) return true;
  // A day of the month: "Sept. 30", "November 29", "30 September", "15 of October".
  if (digits && (MONTHS.test(before) || (before === '.' && MONTHS.test(before2)))) return true;
  if (MONTHS.test(after) || (after === 'of' && MONTHS.test(after2))) return true;
  // A year: four digits without a thousands comma, unless it plainly counts something.
  if (
    YEAR_DIGITS.test(first.text) &&
    (NOUN_GROUP.get(after) === undefined ||
      /^(in|since|by|until|till|from|during|before|after|of)$/.test(before))
  ) {
    return true;
  }
  if (WORDS.notCountedUnits.has(after) || WORDS.currency.has(before)) return true;
  if (after === ':' && /^\d/.test(after2)) return true;
  if (after === '-' && WORDS.notCountedUnits.has(after2)) return true;
  if (WORDS.notCountedBefore.has(before) || (before === '.' && WORDS.notCountedBefore.has(before2)))
    return true;
  // An ordinal written with digits ("the 3rd") or a share ("30%").
  if (/^\d+(st|nd|rd|th)$/.test(first.lower)) return true;
  return false;
}

interface Head {
  /** Exclusive end index of the counted noun phrase. */
  to: number;
  group: FigureGroup;
  found: boolean;
  /** Token indexes of the counted noun as written ("police officers"), end exclusive. */
  nounFrom: number;
  nounTo: number;
}

function isDemonym(token: Token): boolean {
  return (
    /^\p{Lu}\p{Ll}+$/u.test(token.text) && DEMONYM_ENDINGS.some((e) => token.lower.endsWith(e))
  );
}

/** The noun the number counts: "25 suspected artillery strikes", "hundreds of civilians". */
function findHead(tokens: readonly Token[], from: number): Head {
  let k = from;
  if (tokens[k]?.lower === 'of') {
    k += 1;
    if (/^(the|these|those|its|their|them|his|her|my|our|your)$/.test(tokens[k]?.lower ?? ''))
      k += 1;
  }
  const noun = (at: number, group: FigureGroup): Head => {
    let nounFrom = at;
    // A compound's modifier is part of the noun as written: "police officers", "air strikes".
    while (
      nounFrom > k &&
      WORDS.compoundModifiers.has(tokens[nounFrom - 1]?.lower ?? '') &&
      tokens[nounFrom - 1]?.lower !== tokens[at]?.lower
    ) {
      nounFrom -= 1;
    }
    return { to: at + 1, group, found: true, nounFrom, nounTo: at + 1 };
  };
  let firstWord = -1;
  for (let n = 0; n < 4; n += 1) {
    const token = tokens[k + n];
    // The stop of a dotted abbreviation ("two U.N. envoys") does not end the noun phrase.
    if (token?.text === '.' && /^\p{Lu}(\.\p{Lu})+$/u.test(tokens[k + n - 1]?.text ?? '')) continue;
    if (!token || !/^[\p{L}]/u.test(token.text) || STOP.has(token.lower)) break;
    // "35 killed", "14 dead": the word after the number says what happened, not what is counted.
    if (!NOUN_GROUP.has(token.lower) && isOutcomeWord(token.lower)) break;
    const group = NOUN_GROUP.get(token.lower) ?? NOUN_GROUP.get(token.lower.replace(/[’']s$/, ''));
    if (group) {
      // A compound of counted nouns ends at its last: "police officers", "staff members".
      let at = k + n;
      let last = group;
      while (/^\p{Ll}/u.test(tokens[at + 1]?.text ?? '')) {
        const next = NOUN_GROUP.get(tokens[at + 1]?.lower ?? '');
        if (next === undefined || STOP.has(tokens[at + 1]?.lower ?? '')) break;
        at += 1;
        // The last noun says what is counted ("women teachers" are teachers, "child soldiers"
        // soldiers), unless it says what happened: "civilian deaths" are civilians killed.
        if (!NOUN_OUTCOME.has(tokens[at]?.lower ?? '')) last = next;
      }
      return { ...noun(at, last), nounFrom: noun(k + n, group).nounFrom };
    }
    if (n === 0 && isDemonym(token)) return noun(k, 'people');
    // A word the lexicon lacks is a counted noun only if it reads as one: a plural, not a verb
    // form ("40 fleeing", "12 hurt") nor a singular adjective ("two main roads").
    if (firstWord < 0 && /^\p{Ll}[\p{Ll}-]*s$/u.test(token.text) && !/(ed|ing)$/.test(token.lower))
      firstWord = k + n;
  }
  if (firstWord >= 0) return noun(firstWord, 'other');
  return { to: from, group: 'other', found: false, nounFrom: from, nounTo: from };
}

interface FoundOutcome {
  outcome: string;
  /** Token index of the word that says it. */
  at: number;
}

/** Indexes where a clause ends: ";" and a comma that opens a "which", "while", "but" clause. */
function clauseBreaks(tokens: readonly Token[]): Set<number> {
  const breaks = new Set<number>();
  tokens.forEach((t, k) => {
    if (t.lower === ';' || (t.lower === ',' && CLAUSE_START.test(tokens[k + 1]?.lower ?? '')))
      breaks.add(k);
  });
  return breaks;
}

/** True when a number is written between two token indexes. */
function countBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k += 1) if (parseCardinal(tokens, k) !== null) return true;
  return false;
}

function outcomeNear(
  tokens: readonly Token[],
  from: number,
  to: number,
  group: FigureGroup,
  breaks: ReadonlySet<number>,
): FoundOutcome | null {
  const counted = PEOPLE_GROUPS.has(group);
  const crosses = (a: number, b: number) => {
    for (let k = a; k < b; k += 1) if (breaks.has(k)) return true;
    return false;
  };
  let best: { distance: number; found: FoundOutcome; weak: boolean } | null = null;
  for (let k = 0; k < tokens.length; k += 1) {
    if (k >= from && k < to) continue;
    const joined = counted ? JOINED_OUTCOMES.find((j) => phraseAt(tokens, k, j.pattern)) : null;
    const match = joined
      ? { outcome: joined.outcome, people: true, weak: false, words: joined.pattern }
      : outcomesStartingWith(tokens[k]?.lower ?? '').find((o) => phraseAt(tokens, k, o.words));
    if (!match || (match.people && !counted)) continue;
    // What a report did (documented, analysed) reaches only the count it is next to.
    if (!match.people && (k < from ? from - k : k - to) > METHOD_REACH) continue;
    // ...and only the first count after it: "documented six attacks in three provinces".
    if (!match.people && k < from && countBetween(tokens, k + 1, from)) continue;
    // A verb governs a figure only within its clause: in "focuses on six attacks, which killed
    // five", "focuses" says nothing about the five.
    if (k < from ? crosses(k, from) : crosses(to, k)) continue;
    // Preceding words win ties: "killing 49 civilians and injuring many others".
    const distance = k < from ? from - k : k - to + 1.5;
    const candidate = { distance, found: { outcome: match.outcome, at: k }, weak: match.weak };
    if (
      !best ||
      (best.weak && !candidate.weak) ||
      (best.weak === candidate.weak && distance < best.distance)
    ) {
      best = candidate;
    }
    if (joined) k += joined.pattern.length - 1;
  }
  return best?.found ?? null;
}

/** True when a phrase of `list` ends just before token `at`. */
function phraseEndsAt(tokens: readonly Token[], at: number, list: readonly Phrase[]): boolean {
  return list.some((p) => phraseAt(tokens, at - p.length, p));
}

/** True when a phrase of `list` starts at token `at`. */
function phraseStartsAt(tokens: readonly Token[], at: number, list: readonly Phrase[]): boolean {
  return list.some((p) => phraseAt(tokens, at, p));
}

/**
 * A number with no counted noun after it still counts when its words say what it counts: after a
 * casualty verb ("killing 35"), after a toll ("the toll rose to 41"), after "the number of dead",
 * before an outcome ("35 killed", "14 were wounded"), or as a change of such a count.
 */
function countsWithoutNoun(tokens: readonly Token[], core: NumberCore, from: number): boolean {
  const before = tokens[from - 1]?.lower ?? '';
  if (WORDS.casualtyVerbsBefore.has(before)) return true;
  const window = tokens.slice(Math.max(0, from - 8), from);
  if (window.some((t) => WORDS.tollWords.has(t.lower))) return true;
  // "The death toll from the floods in the valley has reached 57": the toll is named earlier
  // in the sentence, the number is its value, and no other number comes between.
  if (WORDS.tollVerbsBefore.has(before)) {
    for (let k = from - 2; k >= 0; k -= 1) {
      const word = tokens[k]?.lower ?? '';
      if (word === ';' || (parseCardinal(tokens, k) !== null && !/^(1[89]|20)\d\d$/.test(word)))
        break;
      if (WORDS.tollWords.has(word) || (word === 'number' && tokens[k + 1]?.lower === 'of'))
        return true;
    }
  }
  if (
    window.some(
      (t, n) =>
        t.lower === 'number' &&
        window[n + 1]?.lower === 'of' &&
        WORDS.numberOfWords.has(window[n + 2]?.lower ?? ''),
    )
  ) {
    return true;
  }
  // "hundreds were being treated", "300 are reported to have been injured", "9 of whom are
  // still in hospital": what happened to them follows, after auxiliaries only.
  let k = core.to;
  if (tokens[k]?.lower === 'of' && /^(whom|them)$/.test(tokens[k + 1]?.lower ?? '')) k += 2;
  for (const end = k + 6; k < end; k += 1) {
    const word = tokens[k]?.lower ?? '';
    const outcome = outcomesStartingWith(tokens[k]?.lower ?? '').find(
      (o) => o.people && phraseAt(tokens, k, o.words),
    );
    if (outcome) return true;
    if (!AUXILIARIES.test(word)) break;
  }
  return false;
}

/** The first outcome said after `at`, through auxiliaries only: "(of whom) are still in hospital". */
function outcomeAfter(tokens: readonly Token[], at: number): string | null {
  for (let k = at; k < at + 6; k += 1) {
    const outcome = outcomesStartingWith(tokens[k]?.lower ?? '').find(
      (o) => o.people && phraseAt(tokens, k, o.words),
    );
    if (outcome) return outcome.outcome;
    if (!AUXILIARIES.test(tokens[k]?.lower ?? '')) return null;
  }
  return null;
}

/** Words that may stand between a bare number and what happened to it. */
const AUXILIARIES =
  /^(were|was|have|has|had|been|being|are|is|be|people|more|others|other|later|still|also|now|reported|reportedly|said|feared|believed|thought|known|confirmed|to|all|either)$/;

/**
 * "five of the attacks" after "six attacks" in the same sentence: a part of that earlier count.
 * Returns its index among the sentence's figures.
 */
function sameCountAs(
  tokens: readonly Token[],
  after: number,
  headWord: string,
  earlier: readonly { noun: string | null }[],
): number | null {
  if (tokens[after]?.lower !== 'of' || !/^(the|these|those)$/.test(tokens[after + 1]?.lower ?? ''))
    return null;
  for (let n = earlier.length - 1; n >= 0; n -= 1) {
    const noun = earlier[n]?.noun?.toLowerCase().split(/\s+/).at(-1);
    if (noun !== undefined && noun === headWord) return n;
  }
  return null;
}

/** An outcome said of what comes just before: "were killed", "died", "have been injured". */
function passiveOutcomeAfter(tokens: readonly Token[], at: number): string | null {
  for (let k = at; k < at + 4; k += 1) {
    const word = tokens[k]?.lower ?? '';
    if (!word.endsWith('ing')) {
      const outcome = outcomesStartingWith(tokens[k]?.lower ?? '').find(
        (o) => o.people && !o.weak && phraseAt(tokens, k, o.words),
      );
      if (outcome) return outcome.outcome;
    }
    if (!/^(were|was|have|has|had|been|are|is|reportedly|also|all)$/.test(word)) return null;
  }
  return null;
}

/** "The previous death toll ... was 250": the number is an earlier value of the count. */
function earlierTollBefore(tokens: readonly Token[], from: number): boolean {
  for (let k = from - 1; k >= 0; k -= 1) {
    const word = tokens[k]?.lower ?? '';
    if (word === ';' || (parseCardinal(tokens, k) !== null && !/^(1[89]|20)\d\d$/.test(word)))
      return false;
    if (WORDS.tollWords.has(word) || word === 'figure' || word === 'tally') {
      const before = [tokens[k - 1]?.lower, tokens[k - 2]?.lower];
      if (before.some((w) => w !== undefined && WORDS.earlierWords.has(w))) return true;
    }
  }
  return false;
}

/** "had put the toll at", "had said the death toll was": a toll from before, in the past perfect. */
function pastPerfectToll(tokens: readonly Token[], from: number): boolean {
  for (let k = from - 1; k >= Math.max(0, from - 8); k -= 1) {
    if (tokens[k]?.lower !== 'had') continue;
    const rest = tokens.slice(k + 1, from).map((t) => t.lower);
    // A toll noun, not a verb: "had killed 200" is the count itself.
    if (rest.some((w) => /^(toll|tally|count|figure)$/.test(w))) return true;
  }
  return false;
}

/** True when the sentence is about people killed or hurt, so a bare change counts them. */
function sentenceCountsCasualties(tokens: readonly Token[]): boolean {
  return tokens.some((t) => WORDS.tollWords.has(t.lower) || isOutcomeWord(t.lower, true));
}

function figuresInSentence(
  text: string,
  sentence: Sentence,
  context: ExtractContext,
): FigureProposal[] {
  const tokens = tokenize(sentence);
  const breaks = clauseBreaks(tokens);
  const found: (FigureProposal & {
    from: number;
    to: number;
    qualifierBound: string | null;
    candidate: RoleCandidate;
  })[] = [];
  let i = 0;
  while (i < tokens.length) {
    let core = parseNumber(tokens, i);
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
      (joiner === 'to' && before !== 'from') ||
      joiner === '-' ||
      joiner === '–';
    const second =
      !core.vague && core.rangeHigh === undefined && joins
        ? parseCardinal(tokens, core.to + 1)
        : null;
    if (second && !second.isOne && second.value > core.value) {
      high = second.value;
      if (before === 'between') rangeFrom = core.from - 1;
      core = { ...core, to: second.to, isOne: false };
    }
    if (isNotACount(tokens, core)) {
      i = core.to;
      continue;
    }
    // "1,200+": the plus belongs to the number and makes it a lower bound.
    const plus =
      tokens[core.to]?.lower === '+' && tokens[core.to]?.start === tokens[core.to - 1]?.end;
    if (plus) core = { ...core, to: core.to + 1 };
    const qualifier = rangeFrom === core.from ? qualifierBefore(tokens, core.from) : null;
    const from = qualifier?.from ?? rangeFrom;
    const change =
      phraseEndsAt(tokens, from, WORDS.changeBefore) ||
      phraseStartsAt(tokens, core.to, WORDS.changeAfter) ||
      earlierTollBefore(tokens, from) ||
      // "officials had put the toll at 33": a value given before the one now reported.
      pastPerfectToll(tokens, from) ||
      // "12 more people were found", "8 more bodies": an increment, not the count itself.
      (tokens[core.to]?.lower === 'more' && tokens[core.to + 1]?.lower !== 'than');
    // "of whom", "of them" after a number: a part of the count before it.
    const ofWhom =
      tokens[core.to]?.lower === 'of' && /^(whom|them)$/.test(tokens[core.to + 1]?.lower ?? '');
    // "15 of the 96 victims": the first number counts a part of what the second counts.
    const partitiveOf =
      tokens[core.to]?.lower === 'of'
        ? (() => {
            const k = tokens[core.to + 1]?.lower === 'the' ? core.to + 2 : core.to + 1;
            return parseCardinal(tokens, k) ?? parseVague(tokens, k);
          })()
        : null;
    let head = partitiveOf ? findHead(tokens, partitiveOf.to) : findHead(tokens, core.to);
    if (partitiveOf) head = { ...head, to: core.to, nounFrom: head.nounFrom, nounTo: head.nounTo };
    // "two national days of mourning": a measure, whatever word stands between.
    if (
      head.found &&
      (WORDS.notCountedUnits.has(tokens[head.to]?.lower ?? '') ||
        WORDS.notCountedUnits.has(tokens[head.nounTo - 1]?.lower ?? ''))
    ) {
      i = core.to;
      continue;
    }
    const casualtyChange = change && sentenceCountsCasualties(tokens);
    if (!head.found && !casualtyChange && !countsWithoutNoun(tokens, core, from)) {
      i = core.to;
      continue;
    }
    // An identifying "one" ("one woman", "one airstrike") is not a count; "rose by one" is.
    // "killing one person", "one was still missing": a count; "one worker rescued from the
    // building said" names a person.
    const afterOne = head.found ? head.to : core.to;
    const oneCounted =
      core.isOne &&
      (WORDS.casualtyVerbsBefore.has(tokens[from - 1]?.lower ?? '') ||
        (/^(was|were|is|are|has|had|have)$/.test(tokens[afterOne]?.lower ?? '') &&
          outcomeAfter(tokens, afterOne) !== null));
    if (core.isOne && !change && !oneCounted) {
      i = core.to;
      continue;
    }
    let group: FigureGroup = head.found ? head.group : 'people';
    let bound = qualifier?.bound ?? null;
    let qualifierText =
      qualifier?.text ?? (rangeFrom !== core.from ? (tokens[rangeFrom]?.lower ?? null) : null);
    // "at least 32 children and 11 women": the qualifier covers both members of the list.
    const previous = found[found.length - 1];
    // "15 children, 10 women and six policemen": each member of a list joins the one before.
    const coordinated =
      previous !== undefined &&
      /^(and|,)$/.test(tokens[core.from - 1]?.lower ?? '') &&
      previous.to === core.from - 1;
    // The qualifier of "at least 32 children and 11 women" covers both; in a longer list ("at
    // least 15 children, 10 women and six policemen") it is read as the first member's only.
    const pairOnly =
      tokens[core.from - 1]?.lower === 'and' && previous?.candidate.coordinatedWith === null;
    if (!qualifier && coordinated && pairOnly) {
      qualifierText = previous.qualifier;
      bound = previous.qualifierBound as typeof bound;
    }
    const startToken = tokens[from];
    // "dozens of witnesses and activists": a noun joined to the counted one belongs to the count.
    if (head.found && !partitiveOf && /^(and|or)$/.test(tokens[head.to]?.lower ?? '')) {
      const joinedNoun = tokens[head.to + 1];
      if (
        joinedNoun &&
        NOUN_GROUP.get(joinedNoun.lower) !== undefined &&
        NOUN_OUTCOME.get(joinedNoun.lower) === undefined &&
        !isOutcomeWord(joinedNoun.lower)
      ) {
        head.to += 2;
        head.nounTo = head.to;
      }
    }
    const spanTo = partitiveOf ? core.to : Math.max(head.to, core.to);
    const endToken = tokens[spanTo - 1];
    if (!startToken || !endToken) {
      i = core.to;
      continue;
    }
    // "passed 70", "crossed 500", "1,200+": a lower bound the words give without a qualifier.
    if (bound === null && WORDS.lowerBoundVerbs.has(tokens[from - 1]?.lower ?? '')) bound = 'lower';
    if (plus) {
      bound = 'lower';
      qualifierText ??= '+';
    }
    if (high === core.value) high = bound === 'lower' || core.vague ? null : core.value;
    const headWord = head.found ? (tokens[head.nounTo - 1]?.lower ?? '') : '';
    const nounOutcome = NOUN_OUTCOME.get(headWord) ?? null;
    // "…stands at 60, with 55 bodies recovered": a breakdown of the total before it;
    // "with 12 children among them": a part of what was counted before.
    const partCue =
      phraseEndsAt(tokens, from, WORDS.partBefore) ||
      (tokens[from - 1]?.lower === 'with' && found.some((f) => f.candidate.outcome !== null)) ||
      partAfter(tokens, Math.max(head.to, core.to));
    let outcome: string | null = ofWhom
      ? (outcomeAfter(tokens, core.to + 2) ?? previous?.outcome ?? null)
      : (partCue || coordinated) && previous?.outcome
        ? previous.outcome
        : (nounOutcome ??
          outcomeNear(tokens, from, core.to, head.found ? group : 'people', breaks)?.outcome ??
          null);
    // A noun the lexicon does not know counts people when something happened to them that only
    // happens to people, said of them: "12 miners were killed", "30 climbers died".
    if (group === 'other' && head.found && outcome === null && !NOUN_GROUP.has(headWord)) {
      const asPeople = passiveOutcomeAfter(tokens, head.to);
      if (asPeople !== null && /s$/.test(headWord)) {
        group = 'people';
        outcome = asPeople;
      }
    }
    // Those who attack are not victims: "hundreds of armed men stormed the village, killing 30".
    if (head.found && WORDS.agentVerbsAfter.has(tokens[head.to]?.lower ?? '')) outcome = null;
    const noun = head.found
      ? text.slice(tokens[head.nounFrom]?.start ?? 0, tokens[head.nounTo - 1]?.end ?? 0)
      : null;
    const candidate: RoleCandidate = {
      from,
      numberFrom: core.from,
      numberTo: core.to,
      headTo: head.found ? head.to : core.to,
      outcome,
      change,
      partCue: partCue || ofWhom,
      coordinatedWith: coordinated ? found.length - 1 : null,
      partitiveOf: partitiveOf !== null,
      sameCountAs: sameCountAs(tokens, core.to, headWord, found),
    };
    found.push({
      start: startToken.start,
      end: endToken.end,
      quote: text.slice(startToken.start, endToken.end),
      low: core.value,
      high,
      qualifier: qualifierText,
      vague: core.vague,
      group,
      noun,
      outcome,
      role: 'total',
      partOfStart: null,
      eventId: null,
      eventNote: null,
      from,
      to: spanTo,
      qualifierBound: bound,
      candidate,
    });
    i = spanTo;
  }
  const roles = figureRole(
    tokens,
    found.map((f) => f.candidate),
    context,
  );
  return found.map((f, n): FigureProposal => {
    const role = roles[n] ?? { role: 'total' as const, partOf: null };
    const total = role.partOf === null ? undefined : found[role.partOf];
    return {
      start: f.start,
      end: f.end,
      quote: f.quote,
      low: f.low,
      high: f.high,
      qualifier: f.qualifier,
      vague: f.vague,
      group: f.group,
      noun: f.noun,
      outcome: f.outcome ?? (total ? total.outcome : null),
      role: role.role,
      partOfStart: total ? total.start : null,
      eventId: f.eventId,
      eventNote: f.eventNote,
    };
  });
}

/**
 * Counted quantities in the sentences, in text order, each span verbatim, with what each counts
 * (`role`). `eventId` is left null: `linkEvents` decides it once dates and places are known.
 */
export const extractFigures: ExtractFigures = (text, sentences, context) =>
  sentences.flatMap((sentence) => figuresInSentence(text, sentence, context));
