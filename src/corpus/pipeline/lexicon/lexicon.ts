import type { FigureGroup } from '../../schema.ts';
import countedNouns from './counted-nouns.json' with { type: 'json' };
import figureWords from './figure-words.json' with { type: 'json' };
import outcomes from './outcomes.json' with { type: 'json' };

/**
 * The figure rules' knowledge, read from the JSON files beside this one: which group a counted
 * noun names, which words say what happened to what was counted, and the words that mark a
 * number as a part, a change, a ratio, an account or a wider count. The rules in
 * `extract-figures.ts` and `figure-role.ts` read only these tables.
 */

export type Phrase = readonly string[];

/** True when the tokens from index `k` spell `phrase` (tokens carry their lower-case form). */
export function phraseAt(tokens: readonly { lower: string }[], k: number, phrase: Phrase): boolean {
  return k >= 0 && phrase.every((w, n) => tokens[k + n]?.lower === w);
}

/** Group of a counted noun, by its last word (lower case). */
export const NOUN_GROUP: ReadonlyMap<string, FigureGroup> = new Map(
  Object.entries(countedNouns.groups).flatMap(([group, words]) =>
    words.map((w) => [w.split(' ').at(-1) ?? w, group as FigureGroup] as const),
  ),
);

/** Counted nouns that say themselves what happened: "40 bodies" were killed, "30 wounded". */
export const NOUN_OUTCOME: ReadonlyMap<string, string> = new Map(
  Object.entries(countedNouns.outcomeNouns).flatMap(([outcome, words]) =>
    words.map((w) => [w, outcome] as const),
  ),
);

export const DEMONYM_ENDINGS: readonly string[] = countedNouns.demonymEndings;

export interface OutcomeWord {
  outcome: string;
  /** Only people can have it: a count of missiles is never "killed". */
  people: boolean;
  words: Phrase;
  /** A weak cue ("inside", "sheltering") counts only when no other outcome is in the clause. */
  weak: boolean;
}

/** Outcome phrases, longest first so "unaccounted for" wins over "unaccounted". */
export const OUTCOME_WORDS: readonly OutcomeWord[] = outcomes.outcomes
  .flatMap((o) =>
    o.words.map((w): OutcomeWord => ({
      outcome: o.outcome,
      people: o.people,
      words: w.split(' '),
      weak: o.outcome === 'present' || w === 'lost',
    })),
  )
  .sort((a, b) => b.words.length - a.words.length);

/** Outcome phrases by their first word, longest first: what `outcomesAt` looks through. */
const OUTCOMES_BY_FIRST_WORD: ReadonlyMap<string, readonly OutcomeWord[]> = (() => {
  const map = new Map<string, OutcomeWord[]>();
  for (const o of OUTCOME_WORDS) {
    const first = o.words[0] ?? '';
    map.set(first, [...(map.get(first) ?? []), o]);
  }
  return map;
})();

/** The outcome phrases that could start with `word` (lower case), longest first. */
export function outcomesStartingWith(word: string): readonly OutcomeWord[] {
  return OUTCOMES_BY_FIRST_WORD.get(word) ?? [];
}

/** True when `word` alone is an outcome word ("killed", "injured"). */
export function isOutcomeWord(word: string, peopleOnly = false): boolean {
  return outcomesStartingWith(word).some(
    (o) => o.words.length === 1 && (!peopleOnly || (o.people && !o.weak)),
  );
}

export const JOINED_OUTCOMES: readonly { pattern: Phrase; outcome: string }[] = outcomes.joined;

const set = (words: readonly string[]): ReadonlySet<string> => new Set(words);
const phrases = (list: readonly (readonly string[])[]): readonly Phrase[] =>
  [...list].sort((a, b) => b.length - a.length);

/** Qualifiers as written, longest first; `bound` says what the number bounds. */
export type Bound = 'lower' | 'upper' | 'about' | 'exact';
export const QUALIFIERS: readonly { words: Phrase; bound: Bound }[] = figureWords.qualifiers
  .map((q) => ({ words: q.words.split(' '), bound: q.bound as Bound }))
  .sort((a, b) => b.words.length - a.words.length);

export const WORDS = {
  notCountedUnits: set(figureWords.notCountedUnits),
  notCountedBefore: set(figureWords.notCountedBefore),
  currency: set(figureWords.currency),
  casualtyVerbsBefore: set(figureWords.casualtyVerbsBefore),
  tollWords: set(figureWords.tollWords),
  tollVerbsBefore: set(figureWords.tollVerbsBefore),
  earlierWords: set(figureWords.earlierWords),
  lowerBoundVerbs: set(figureWords.lowerBoundVerbs),
  numberOfWords: set(figureWords.numberOfWords),
  partBefore: phrases(figureWords.partBefore),
  partAfter: phrases(figureWords.partAfter),
  ratioAfter: phrases(figureWords.ratioAfter),
  changeBefore: phrases(figureWords.changeBefore),
  changeAfter: phrases(figureWords.changeAfter),
  accountBefore: set(figureWords.accountBefore),
  accountVerbs: set(figureWords.accountVerbs),
  firstPerson: set(figureWords.firstPerson),
  contextWords: phrases(figureWords.contextWords.map((w) => w.split(' '))),
  contextNotAfterWar: set(figureWords.contextNotAfterWar),
  warWords: set(figureWords.warWords),
  agentVerbsAfter: set(figureWords.agentVerbsAfter),
  compoundModifiers: set(figureWords.compoundModifiers),
};
