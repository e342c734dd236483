import words from './lexicon/attribution.json' with { type: 'json' };
import { flat } from './segment.ts';
import type { PersonEntry } from '../catalogue-schema.ts';
import type { Located, QuoteProposal, Sentence, TextRange } from './types.ts';

/**
 * Who a sentence reports as speaking. General rules of English news copy, not tuned to any
 * article: "X said", "said X", "according to X", "X, a spokesman for Y, told", a headline's
 * "X: …" or "…: X", a quotation with its speaker, and pronouns ("it said", "the group said")
 * resolved to the nearest named speaker only when that is unambiguous.
 */

/** Whose words a sentence carries, as far as the text tells. */
export interface Attribution {
  /** The speaker's name in canonical form ("Monitor Group", "Jana Holt"); null when the outlet speaks for itself or the speaker cannot be told. */
  speaker: string | null;
  /** The words that mark reported speech ("the Monitor Group said"); null when none. */
  cue: Located | null;
  /** The sentence reports a denial, rejection or rebuttal ("denied", "rejected", "dismissed … as"). */
  denial: boolean;
  /** The sentence is reported speech whose speaker the text does not resolve ("he said" with two candidates). */
  unresolved: boolean;
  /**
   * How the speaker is reported: `speech` (said, told, accused…), `work` (a report or its author
   * "documented", "focuses on", "found": a description of the work, which is the content of a
   * claim about the work itself), or null.
   */
  reported: 'speech' | 'work' | null;
  /**
   * The words the speaker's cue covers, when it covers only part of the sentence: the phrase
   * "claimed by X" sits in, the words after "in what X called". Absent: the whole sentence.
   */
  scope?: TextRange;
}

/** Names the build knows: people and organisations (claimants, affiliations, outlets). */
export interface AttributionContext {
  people: readonly PersonEntry[];
  organisations: readonly string[];
}

type EntityKind = 'person' | 'organisation';

interface Entity {
  name: string;
  kind: EntityKind;
}

const SPEECH_VERBS: readonly string[] = words.speechVerbs;

/** Verbs that describe a report's work rather than report its words. */
const WORK_VERBS: readonly string[] = words.workVerbs;

const DENIAL_VERBS: readonly string[] = words.denialVerbs;

/** What a person saw or counted: their account, read only with a person as the subject. */
const WITNESS_VERBS: readonly string[] = words.witnessVerbs;

/** Words between a speaker and its verb that do not change who speaks. */
const ADVERBS: readonly string[] = words.adverbs;

/** A verb list as a pattern that also matches a capitalised first letter (headlines). */
function verbPattern(verbs: readonly string[]): string {
  return verbs
    .map((v) => `[${v[0] ?? ''}${(v[0] ?? '').toUpperCase()}]${v.slice(1)}`)
    .sort((a, b) => b.length - a.length)
    .join('|');
}

/** A capitalised word of a name, with Arabic particles ("al-Ghazal") and initials ("U.S."). */
const WORD = `(?:(?:al|el|ad|ash|bin|ibn|abu)-)?\\p{Lu}(?:[\\p{L}\\p{M}\\d.\\-]|['’](?![sS](?!\\p{L})))*`;
const CONNECTOR = `(?:(?:of|for|and|the|de|on)\\s+){1,2}`;
const NAME = `${WORD}(?:\\s+(?:${CONNECTOR})?${WORD})*`;
/** Nouns after a name that still make the name the speaker: "the Monitor report said". */
const AGENT_NOUN = `(?:${words.agentNouns.join('|')})`;
const PRONOUN = '(?:[Hh]e|[Ss]he|[Ii]t|[Tt]hey|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)';
/**
 * A definite description that points back to a named organisation: "the group", "the human rights
 * organisation", "the London-based group" (a capitalised place is allowed only before "-based").
 */
// Its modifiers may be names: "the Northern Front group", "the Geneva-based agency".
const DESCRIPTION = `(?:[Tt]he\\s+(?:(?:[\\p{Ll}\\-]+|\\p{Lu}[\\p{L}.\\-]*)\\s+){0,4}(?:${words.descriptionHeads.join('|')}))`;
// A possessive name speaks only through an agent noun: "Monitor's report says", never "the
// Palace's claims".
/** "police said", "medical sources told": a lower-case speaker with no name, as written. */
// It opens its clause (the sentence's start, after a mark or "that"), so an object ("interviewed
// witnesses, and reviewed") is never read as a speaker.
const COMMON_SPEAKER = `(?:(?!(?:and|or|of|the|a|an)\\s)[\\p{Ll}\\-]+\\s+){0,2}(?:${words.commonSpeakers.join('|')})`;
const SPEAKER = `(?:(?<common>(?<=^|[,;:“”"’—–]\\s*|\\bthat\\s+)${COMMON_SPEAKER})|(?<pronoun>${PRONOUN})(?:\\s+(?:[\\p{Ll}\\-]+\\s+){0,2}${AGENT_NOUN})?|(?<description>${DESCRIPTION})|(?<name>${NAME}(?:['’]s\\s+(?:[\\p{Ll}\\d\\-]+\\s+){0,2}${AGENT_NOUN}|\\s+${AGENT_NOUN})?))`;
const VERBS = [...SPEECH_VERBS, ...DENIAL_VERBS, ...WORK_VERBS]
  .sort((a, b) => b.length - a.length)
  .join('|');
// A parenthetical between a speaker and its verb is a title or an aside, never a clause with a
// reporting verb of its own: "X on Sunday, the Y union said on Monday, adding" is Y speaking.
// An acronym in brackets may follow a name: "the Joint Review Board (JRB) said".
const BETWEEN = `(?:\\s*\\([\\p{Lu}\\d.&-]{2,12}\\))?(?:,(?<aside>(?:(?!(?<![\\p{L}])(?:${VERBS})(?![\\p{L}]))[^,;“”"]){1,100}),|,)?\\s+(?:(?:${ADVERBS.join('|')})\\s+){0,4}`;

const IS_WORK_VERB = new RegExp(`^(?:${WORK_VERBS.join('|')})$`, 'iu');
/** "released a statement claiming …": publishing words is saying them. */
const PUBLISHED_WORDS = /^(?:released|issued|published)$/iu;
const STATEMENT_AFTER =
  /^\s+(?:a|an|its|their|his|her)\s+(?:\p{Ll}+\s+)?(?:statement|report|communiqu\w*|press release)\b/iu;
const SPEAKER_VERB = new RegExp(
  `(?<![\\p{L}\\d])${SPEAKER}${BETWEEN}(?<verb>${VERBS})(?![\\p{L}])`,
  'gu',
);
/**
 * A reporting verb in a second predicate of the sentence's subject: "The Monitor Group runs a
 * network of sources and has accused the army of killing 40". The subject opens the sentence and
 * a lower-case word (its first verb) follows it; the reporting verb comes straight after "and".
 */
const COORDINATED_SPEAKER_VERB = new RegExp(
  `^${SPEAKER}\\s+(?=\\p{Ll})[^;:“”"]{1,160}?\\s+and\\s+(?:(?:has|have|had)\\s+)?(?:(?:${ADVERBS.join('|')})\\s+){0,2}(?<verb>${VERBS})(?![\\p{L}])`,
  'u',
);
/** "He saw 40 bodies", "Ann Marsh counted 12 graves": a person's account, as the outlet tells it. */
const WITNESS_SPEAKER_VERB = new RegExp(
  `(?<![\\p{L}\\d])${SPEAKER}${BETWEEN}(?<verb>${WITNESS_VERBS.join('|')})(?![\\p{L}])`,
  'gu',
);
/** Headlines capitalise every word: "Monitor Slams …", "…, Monitor Reported". */
const HEADLINE_SPEAKER_VERB = new RegExp(
  `(?<![\\p{L}\\d])${SPEAKER}${BETWEEN}(?<verb>${verbPattern([...SPEECH_VERBS, ...DENIAL_VERBS, ...WORK_VERBS])})(?![\\p{L}])`,
  'gu',
);
/** Description nouns that name a kind of organisation, not any organisation ("the group" may be any). */
const SPECIFIC_HEAD = /\b(ministry|agency|observatory|watchdog|charity)$/iu;
const APPOSITION_HEAD = new RegExp(`(?<head>${NAME}),\\s*(?:${NAME}['’]s\\s+)?$`, 'u');
/** Where a reporting clause after its speaker ends: punctuation, the end, or a time or place. */
const CLAUSE_END = `(?=\\s*(?:[,.;:!?)]|$|\\s(?:on|in|at|last|this|yesterday|today|earlier|later|after|before|during|when|while)\\b))`;
const VERB_SPEAKER = new RegExp(
  `(?<![\\p{L}])(?<verb>said|says|added|wrote|claimed)\\s+(?:the\\s+)?${SPEAKER}${CLAUSE_END}`,
  'gu',
);
/** "according to X": X may be any noun phrase up to the next punctuation. */
const ACCORDING_TO = new RegExp(
  `(?<![\\p{L}])[Aa]ccording to\\s+(?:(?<description>${DESCRIPTION})|(?<pronoun>${PRONOUN})\\s+\\p{Ll}+|(?:the\\s+|an?\\s+)?(?<phrase>[^,;.:“”"()]{2,60}?))(?=\\s*[,;.:)]|\\s*$)`,
  'gu',
);
/** "the toll of 40 that the Monitor Group claims": a count whose source follows it in a clause. */
const SOURCE_AFTER = new RegExp(
  `^[^,;.“”"]{0,40}?\\b(?:that|which|as)\\s+(?:the\\s+)?(?<name>${NAME})\\s+(?:${verbPattern(SPEECH_VERBS)})(?![\\p{L}])`,
  'u',
);
/** "According to X, …" before a count, with no other number between. */
const ACCORDING_BEFORE = new RegExp(
  `(?<![\\p{L}])[Aa]ccording to\\s+(?:the\\s+)?(?<name>${NAME})\\s*,[^;]*$`,
  'u',
);

/**
 * Whose a count is, when its own words say so and the sentence's speaker may not be its source:
 * "According to the Monitor Group, at least 40 died, a figure the ministry denies" is the
 * group's count; "the ministry rejected the toll of 40 that the group claims" too. Null when the
 * words around the count name no source of their own (the sentence's speaker then stands).
 */
export function countSource(
  sentence: string,
  start: number,
  end: number,
  book: NameBook,
): string | null {
  const after = SOURCE_AFTER.exec(sentence.slice(end))?.groups?.name;
  const before = ACCORDING_BEFORE.exec(sentence.slice(0, start))?.groups?.name;
  for (const written of [after, before]) {
    if (written === undefined) continue;
    const entity = book.resolve(written);
    if (entity) return entity.name;
  }
  return null;
}

/** "the blast, claimed by the Northern Front, …": a participle naming its source. */
const BY_AGENT = new RegExp(
  `(?<![\\p{L}])(?:${words.byAgentVerbs.join('|')})\\s+by\\s+(?:the\\s+)?(?<phrase>[^,;.:“”"()]{2,60}?)(?=\\s*[,;.:)]|\\s+(?:which|who|that|on|in|at|as|was|were|is|are|and)\\b|\\s*$)`,
  'giu',
);
/** An agentless reporting passive: "was named as", "is being treated as", "are thought to". */
const AGENTLESS = new RegExp(
  `(?<![\\p{L}])(?:(?:(?:was|were|is|are|has been|have been|had been)\\s+(?:being\\s+)?|being\\s+)(?:${words.agentlessVerbs.join('|')})\\s+(?:as|to)|(?:named|identified)\\s+as)(?![\\p{L}])`,
  'iu',
);
/** "in what police were treating as", "which the ministry called": a view framed in a clause. */
const FRAMING = new RegExp(
  `(?<![\\p{L}])(?:what|which)\\s+(?:the\\s+)?(?<phrase>[^,;.:“”"()]{2,50}?)\\s+(?:(?:is|are|was|were|has|have|had)\\s+(?:been\\s+)?)?(?:${words.framingVerbs.join('|')})(?:\\s+(?:it|this))?(?:\\s+as)?(?![\\p{L}])`,
  'giu',
);

/** The comma-delimited phrase of a sentence that holds [start, end), as offsets in the sentence. */
function phraseAround(text: string, start: number, end: number): TextRange {
  const before = text.slice(0, start).search(/[,;:(—–][^,;:(—–]*$/u);
  const after = text.slice(end).search(/[,;:)—–]/u);
  return { start: before < 0 ? 0 : before + 1, end: after < 0 ? text.length : end + after };
}

/** Nouns that make a short phrase a source: "Health ministry", "investigators", "police". */
const SOURCE_NOUN = new RegExp(`\\b(?:${words.agentNouns.join('|')}|police|investigators?)$`, 'iu');
/** A headline ending in its source after a colon or a dash: "… rises to 40 - Interior Ministry". */
const HEADLINE_SOURCE = /(?::|\s[-–—|])\s*(?<phrase>\p{Lu}[^:–—|]{1,50}?)\s*[.!]?\s*$/u;

/** "Monitor: …" — a short name, or a headline with a colon would read as its own speaker. */
const HEADLINE_PREFIX = new RegExp(`^(?<name>${WORD}(?:\\s+${WORD}){0,2}):\\s`, 'u');
const HEADLINE_SUFFIX = new RegExp(`:\\s*(?<name>${NAME})\\s*[.!]?\\s*$`, 'u');
/** "…, rights group says": a headline's trailing speaker may be a plain description. */
const HEADLINE_SAYS = new RegExp(
  `,\\s*(?:the\\s+)?(?<phrase>[\\p{L}’'\\- ]{2,40}?)\\s+(?:says|said|claims|warns)\\s*[.!]?\\s*$`,
  'iu',
);
/** "Rights group says …": a sentence-case headline's leading speaker may be a plain description too. */
const HEADLINE_LEADS = new RegExp(
  `^(?:the\\s+)?(?<phrase>[\\p{L}’'\\- ]{2,40}?)\\s+(?:says|said|claims|warns)\\s+(?=\\S)`,
  'iu',
);
const DENIAL = new RegExp(`(?<![\\p{L}])(?:${verbPattern(DENIAL_VERBS)})(?![\\p{L}])`, 'u');
const NEGATED_DENIAL = new RegExp(
  `(?:\\bnor|\\bnot|\\bnever|n['’]t)\\s+(?:(?:yet|explicitly|publicly)\\s+)?(?:${verbPattern(DENIAL_VERBS)})\\b`,
  'u',
);
/** Calling a report or claim false is a rebuttal even without a denial verb. */
const CALLED_FALSE = new RegExp(
  `\\b(?:${words.calledFalseVerbs.join('|')})\\b[^.;]{0,80}\\b(?:${words.calledFalseWords.join('|')})(?![\\p{L}])`,
  'iu',
);

/** Words that start sentences or clauses but never a speaker's name. */
const NOT_NAMES = new Set(
  'The A An But And However When While In On At For This That These Those Such Some Another One Since After Before As If Once Then So Yet Also Meanwhile Earlier Later Moreover Still Even Although Though Despite Last Next Most Many Both All Each Every He She It They We I You Its Our His Her Their To By From With According'.split(
    ' ',
  ),
);

/** Months and weekdays: capitalised, never speakers ("… since 30 September, and includes …"). */
const CALENDAR_WORD =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/u;

/** Words that make a name an organisation rather than a person. */
const ORGANISATION_WORDS = new RegExp(`\\b(?:${words.organisationWords.join('|')})\\b`, 'u');

function foldSpelling(word: string): string {
  return word
    .toLowerCase()
    .replace(/['’]s$/u, '')
    .replace(/defense/u, 'defence')
    .replace(/iz(e|ation)/u, 'is$1')
    .replace(/program$/u, 'programme');
}

function tokens(name: string): string[] {
  return name
    .split(/[\s,]+/u)
    .map(foldSpelling)
    .filter((t) => t !== '' && !['the', 'of', 'for', 'and', 'a', 'an'].includes(t));
}

/** Same word, or one a longer form of the other ("Northland's" and "Northlandish"), within a longer name. */
function sameToken(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return short.length >= 5 && long.startsWith(short) && long.length - short.length <= 2;
}

/**
 * Every token of `part` is in `whole`. A one-word name must match a word exactly: "Monitor" is
 * the Monitor Group, but "Northland" alone is not the Northland Defence Ministry.
 */
function tokensWithin(part: readonly string[], whole: readonly string[]): boolean {
  if (part.length === 1) return whole.includes(part[0] ?? '');
  return part.length > 0 && part.every((t) => whole.some((w) => sameToken(t, w)));
}

/** Words after a name that say through what it spoke, not who it is: "Monitor's report". */
const REPORTING_NOUN =
  /(?:['’]s)?(?:\s+[\p{Ll}-]+){0,2}\s+(?:report|statement|research|analysis|spokesman|spokeswoman|spokesperson|director|chief|head|officials?|researchers?|investigators?|experts?)$/u;

/** Resolves names to their canonical form and kind, through the catalogue. */
export class NameBook {
  private readonly people: { name: string; kind: EntityKind; tokens: string[][] }[];
  private readonly organisations: { name: string; tokens: string[] }[];

  constructor(context: AttributionContext) {
    // people.yaml also lists organisations quoted as a whole; they have no affiliation.
    this.people = context.people.map((p) => ({
      name: p.name,
      kind: p.affiliation === null ? 'organisation' : 'person',
      tokens: [p.name, ...p.aliases].map(tokens),
    }));
    const orgs = new Set(context.organisations);
    for (const p of context.people) if (p.affiliation !== null) orgs.add(p.affiliation);
    this.organisations = [...orgs].sort().map((name) => ({ name, tokens: tokens(name) }));
  }

  /** Like `resolve`, but only names the catalogue knows: "the defence ministry", "Northland". */
  known(written: string): Entity | null {
    const entity = this.resolve(written);
    return entity !== null && entity.catalogued ? entity : null;
  }

  /** Whether a written name is one of the catalogue's people or organisations. */
  private inCatalogue(written: string): boolean {
    const own = tokens(written);
    return (
      this.people.some((p) =>
        p.tokens.some((alias) => tokensWithin(own, alias) || tokensWithin(alias, own)),
      ) || this.organisations.some((o) => tokensWithin(own, o.tokens))
    );
  }

  /** The canonical entity for a name as written, or the name itself when the catalogue lacks it. */
  resolve(written: string): (Entity & { catalogued: boolean }) | null {
    let name = written.trim().replace(/[.,:]+$/u, '');
    // "Monitor's report" speaks for the Monitor; "local officials" stays as written.
    const owner = name.replace(REPORTING_NOUN, '').replace(/['’]s$/u, '');
    // "Local officials" stays whole: the owner must be a name, shown by a possessive or the
    // catalogue, not only a capital at the start of a sentence.
    if (
      owner !== name &&
      /^\p{Lu}/u.test(owner) &&
      (/['’]s(?:\s|$)/u.test(name) || owner.includes(' ') || this.inCatalogue(owner))
    ) {
      name = owner;
    }
    if (DEMONYM.test(name) || CALENDAR_WORD.test(name)) return null;
    const words = name.split(/\s+/u);
    // Leading words that cannot begin a name: "However", "He", a participle ("Marking …").
    while (
      words.length > 0 &&
      (NOT_NAMES.has(words[0] ?? '') || (words.length > 1 && /ing$/u.test(words[0] ?? '')))
    ) {
      words.shift();
    }
    name = words.join(' ');
    if (name === '') return null;
    const own = tokens(name);
    const person = this.people.find((p) =>
      p.tokens.some((alias) => tokensWithin(own, alias) || tokensWithin(alias, own)),
    );
    if (person !== undefined) return { name: person.name, kind: person.kind, catalogued: true };
    const organisation = this.organisations.find((o) => tokensWithin(own, o.tokens));
    if (organisation !== undefined) {
      return { name: organisation.name, kind: 'organisation', catalogued: true };
    }
    const kind: EntityKind =
      ORGANISATION_WORDS.test(name) ||
      words.length === 1 ||
      /^\p{Ll}/u.test(name) ||
      /\p{Lu}.*\s\p{Ll}/u.test(name)
        ? 'organisation'
        : 'person';
    return { name, kind, catalogued: false };
  }
}

interface Candidate {
  entity: Entity | null;
  reported: 'speech' | 'work';
  /** A reporting clause after the words it reports: ", the Monitor said". */
  trailing: boolean;
  /** A pronoun or description to resolve from context, with the kind it needs. */
  pointsTo: EntityKind | null;
  /** A description's specific noun ("ministry"): the organisation it points to must be one. */
  head?: string;
  cue: Located;
  denial: boolean;
  /** The part of the sentence the cue covers, when not the whole of it. */
  scope?: TextRange;
}

function describeReference(groups: Record<string, string | undefined>): EntityKind | null {
  const pronoun = groups.pronoun?.toLowerCase();
  if (pronoun === 'he' || pronoun === 'she' || pronoun === 'his' || pronoun === 'her') {
    return 'person';
  }
  if (pronoun !== undefined) return 'organisation';
  if (groups.description !== undefined) return 'organisation';
  return null;
}

function candidatesIn(sentence: Sentence, book: NameBook, isTitle: boolean): Candidate[] {
  const found: Candidate[] = [];
  const text = flat(sentence.quote);
  const add = (match: RegExpExecArray) => {
    const groups = match.groups ?? {};
    const start = sentence.start + match.index;
    const cue = { start, end: start + match[0].length, quote: match[0] };
    const verb = groups.verb ?? '';
    const denial = DENIAL.test(verb);
    const after = text.slice(match.index + match[0].length);
    const reported =
      IS_WORK_VERB.test(verb) && !(PUBLISHED_WORDS.test(verb) && STATEMENT_AFTER.test(after))
        ? 'work'
        : 'speech';
    const trailing = /[,”"’]\s*(?:the\s+)?$/iu.test(text.slice(0, match.index));
    if (groups.common !== undefined) {
      // Only where no pronoun or article opens it: "the police said" is a description.
      const phrase = groups.common;
      if (!/^(?:the|a|an|its|their|his|her|our|some|many|several|two|three)\s/iu.test(phrase)) {
        // As written: "police" is not made a catalogued force it may not be.
        const entity = { name: phrase, kind: 'organisation' as const };
        found.push({ entity, pointsTo: null, cue, denial, trailing, reported });
      }
      return;
    }
    if (groups.name !== undefined) {
      // "Ann Marsh, the Monitor's director of research, told": the person before the title speaks.
      const before = APPOSITION_HEAD.exec(text.slice(0, match.index))?.groups?.head;
      const head = before === undefined ? null : book.resolve(before);
      // "The aid coordinator in Riverland, Ann Marsh, said": the person set off by commas after
      // a title speaks, not the place or body the title ends with.
      const aside = /^\s*\p{Lu}/u.test(groups.aside ?? '')
        ? book.resolve(groups.aside ?? '')
        : null;
      const named = book.resolve(groups.name);
      const entity =
        head?.kind === 'person'
          ? head
          : aside?.kind === 'person' && named?.kind !== 'person'
            ? aside
            : named;
      if (entity !== null) found.push({ entity, pointsTo: null, cue, denial, trailing, reported });
      return;
    }
    if (groups.description !== undefined) {
      // "the defence ministry" may name a catalogue entry outright.
      const named = book.known(groups.description);
      if (named !== null) {
        found.push({ entity: named, pointsTo: null, cue, denial, trailing, reported });
        return;
      }
      // "the Northern Front group" names its group, one the catalogue lacks: it speaks as
      // written, and never stands for another group named before.
      const words = groups.description.split(/\s+/u).slice(1, -1);
      if (words.some((w) => /^\p{Lu}/u.test(w) && !/-based$/u.test(w))) {
        const entity = {
          name: groups.description.replace(/^[Tt]he\s+/u, ''),
          kind: 'organisation' as const,
        };
        found.push({ entity, pointsTo: null, cue, denial, trailing, reported });
        return;
      }
    }
    const pointsTo = describeReference(groups);
    if (pointsTo !== null) {
      const head = SPECIFIC_HEAD.exec(groups.description ?? '')?.[1]?.toLowerCase();
      found.push({
        entity: null,
        pointsTo,
        cue,
        denial,
        trailing,
        reported,
        ...(head === undefined ? {} : { head }),
      });
    }
  };
  for (const match of text.matchAll(isTitle ? HEADLINE_SPEAKER_VERB : SPEAKER_VERB)) add(match);
  if (found.length === 0 && !isTitle) {
    const coordinated = COORDINATED_SPEAKER_VERB.exec(text);
    if (coordinated !== null) add(coordinated);
  }
  if (found.length === 0 && !isTitle) {
    for (const match of text.matchAll(WITNESS_SPEAKER_VERB)) {
      const before = found.length;
      add(match);
      // Only a person witnesses: a place or a body "saw" nothing anyone told.
      const added = found.slice(before);
      found.splice(
        before,
        added.length,
        ...added.filter((c) => (c.entity?.kind ?? c.pointsTo) === 'person'),
      );
    }
  }
  for (const match of text.matchAll(VERB_SPEAKER)) add(match);
  for (const match of text.matchAll(ACCORDING_TO)) {
    const phrase = match.groups?.phrase;
    if (phrase !== undefined) {
      const start = sentence.start + match.index;
      const entity = book.resolve(phrase);
      const cue = { start, end: start + match[0].length, quote: match[0] };
      if (entity !== null) {
        found.push({
          entity,
          pointsTo: null,
          cue,
          denial: false,
          trailing: false,
          reported: 'speech',
        });
      }
    } else add(match);
  }
  const byPhrase = (match: RegExpExecArray | null, trailing: boolean, scoped = false) => {
    const phrase = match?.groups?.phrase;
    if (match === null || phrase === undefined) return;
    // A source, not a clause: a few words that the catalogue knows or that name a body.
    if (phrase.split(/\s+/).length > 6) return;
    if (
      book.known(phrase) === null &&
      !ORGANISATION_WORDS.test(phrase) &&
      !SOURCE_NOUN.test(phrase) &&
      !(scoped && /(?:^|\s)\p{Lu}/u.test(phrase))
    )
      return;
    const entity = book.resolve(phrase);
    if (entity === null) return;
    const start = sentence.start + match.index;
    const cue = { start, end: start + match[0].length, quote: match[0] };
    const around = scoped ? phraseAround(text, match.index, match.index + match[0].length) : null;
    found.push({
      entity,
      pointsTo: null,
      cue,
      denial: false,
      trailing,
      reported: 'speech',
      ...(around === null
        ? {}
        : { scope: { start: sentence.start + around.start, end: sentence.start + around.end } }),
    });
  };
  // "The attack, claimed by X, was …": the participle covers its own phrase, not the sentence.
  for (const match of text.matchAll(BY_AGENT)) byPhrase(match, false, true);
  for (const match of text.matchAll(FRAMING)) {
    const phrase = match.groups?.phrase;
    const entity = phrase === undefined ? null : book.resolve(phrase);
    if (entity === null || phrase === undefined || phrase.split(/\s+/u).length > 6) continue;
    const start = sentence.start + match.index;
    found.push({
      entity,
      pointsTo: null,
      cue: { start, end: start + match[0].length, quote: match[0] },
      denial: false,
      trailing: false,
      reported: 'speech',
      // What follows the framing is the speaker's view; the words before are the outlet's.
      scope: { start, end: sentence.end },
    });
  }
  if (isTitle) {
    byPhrase(HEADLINE_SOURCE.exec(text), true);
    const prefix = HEADLINE_PREFIX.exec(text);
    if (prefix !== null) add(prefix);
    const suffix = HEADLINE_SUFFIX.exec(text);
    if (suffix !== null) add(suffix);
    for (const [pattern, trailing] of [
      [HEADLINE_SAYS, true],
      [HEADLINE_LEADS, false],
    ] as const) {
      const says = pattern.exec(text);
      const phrase = says?.groups?.phrase;
      if (says === null || phrase === undefined) continue;
      const entity = book.resolve(phrase);
      const start = sentence.start + says.index;
      const cue = { start, end: start + says[0].length, quote: says[0] };
      if (entity !== null) {
        found.push({ entity, pointsTo: null, cue, denial: false, trailing, reported: 'speech' });
      }
    }
  }
  return found;
}

function overlapShare(sentence: Sentence, quote: QuoteProposal): number {
  const overlap = Math.min(sentence.end, quote.end) - Math.max(sentence.start, quote.start);
  return overlap <= 0 ? 0 : overlap / Math.max(1, sentence.end - sentence.start);
}

const QUOTE_MARKS = /^[\s“”"‘’']|[“”"‘’']\s*$/u;

const SUBJECT = new RegExp(
  `^(?:(?<description>${DESCRIPTION})|(?:[Tt]he\\s+)?(?<name>${NAME}))\\s+\\p{Ll}`,
  'u',
);
/** "Northlandish", "Southlanders": adjectives and peoples, not a speaker a pronoun can stand for. */
const DEMONYM = /^\p{Lu}\p{Ll}+(?:ian|ians|ese|ish)$/u;

/** The name a sentence opens with, as its subject ("The Defence Ministry had no comment"), if any. */
export function subjectOf(sentence: string, book: NameBook): string | null {
  const groups = SUBJECT.exec(sentence)?.groups;
  const words = groups?.name ?? groups?.description;
  return words === undefined ? null : (book.known(words)?.name ?? null);
}

/** How many sentences back a pronoun may look for the name it stands for. */
const LOOK_BACK = 3;

/**
 * Attributes every sentence of one article, in order: pronouns resolve through the speakers and
 * subjects of the sentences before. Returns one entry per sentence, aligned with `sentences`.
 */
export function attributeSentences(
  sentences: readonly Sentence[],
  quotes: readonly QuoteProposal[],
  context: AttributionContext,
  /** Indexes of the headline's sentences, where "X: …" marks a speaker and verbs are capitalised. */
  headlines: ReadonlySet<number> = new Set(),
): Attribution[] {
  const book = new NameBook(context);
  const peopleById = new Map(context.people.map((p) => [p.id, p.name]));
  /** The speaker of each sentence that is mostly a quotation, for quotations that continue. */
  const quotedSpeaker: (Entity | null)[] = [];
  const sortedQuotes = [...quotes].sort((x, y) => x.start - y.start || x.end - y.end);
  let nextQuote = 0;
  /** Named entities seen in each sentence so far, for resolving pronouns. */
  const seen: Entity[][] = [];

  const resolveReference = (kind: EntityKind, index: number, head?: string): Entity | null => {
    for (let back = index; back >= Math.max(0, index - LOOK_BACK); back--) {
      // "he" or "she" cannot reach past a sentence that names only organisations: the text
      // would not make the person certain.
      const here = seen[back] ?? [];
      if (kind === 'person' && here.length > 0 && here.every((e) => e.kind !== 'person')) {
        return null;
      }
      const named = here.filter(
        (e) => e.kind === kind && (head === undefined || e.name.toLowerCase().includes(head)),
      );
      const distinct = new Set(named.map((e) => e.name));
      if (distinct.size === 1) return named[0] ?? null;
      if (distinct.size > 1) return null;
    }
    return null;
  };

  return sentences.map((sentence, index) => {
    const entities: Entity[] = [];
    seen.push(entities);
    const isTitle = headlines.has(index);
    const candidates = candidatesIn(sentence, book, isTitle);
    const denial =
      (DENIAL.test(flat(sentence.quote)) && !NEGATED_DENIAL.test(flat(sentence.quote))) ||
      CALLED_FALSE.test(flat(sentence.quote));

    // A sentence that is mostly a quotation speaks in its speaker's voice. Sentences and quotes
    // are both in text order, so one pointer walks the quotes once for the whole article.
    while (
      nextQuote < sortedQuotes.length &&
      (sortedQuotes[nextQuote]?.end ?? 0) <= sentence.start
    ) {
      nextQuote += 1;
    }
    let quote: QuoteProposal | undefined;
    for (let q = nextQuote; q < sortedQuotes.length; q++) {
      const candidate = sortedQuotes[q];
      if (candidate === undefined || candidate.start >= sentence.end) break;
      if (overlapShare(sentence, candidate) >= 0.5) {
        quote = candidate;
        break;
      }
    }
    const quoted = quote?.speakerId != null ? (peopleById.get(quote.speakerId) ?? null) : null;

    let chosen: {
      entity: Entity | null;
      cue: Located | null;
      unresolved: boolean;
      reported: 'speech' | 'work' | null;
      scope?: TextRange;
    } | null = null;
    if (quoted !== null && quote !== undefined) {
      chosen = {
        entity: { name: quoted, kind: 'person' },
        cue: quote.speakerCue,
        unresolved: false,
        reported: 'speech',
      };
    }
    // Words said beat work described; named speakers are surer than pronouns; a trailing
    // reporting clause (", X said") is the surest; otherwise the first in the sentence.
    const ranked = [...candidates].sort(
      (a, b) =>
        Number(a.reported === 'work') - Number(b.reported === 'work') ||
        // A cue over part of the sentence gives way to one over all of it.
        Number(a.scope !== undefined) - Number(b.scope !== undefined) ||
        Number(a.entity === null) - Number(b.entity === null) ||
        Number(b.trailing) - Number(a.trailing),
    );
    const best = ranked[0];
    if (chosen === null && best !== undefined) {
      const entity =
        best.entity ??
        (best.pointsTo === null ? null : resolveReference(best.pointsTo, index - 1, best.head));
      chosen = {
        entity,
        cue: best.cue,
        unresolved: entity === null,
        reported: best.reported,
        ...(best.scope === undefined ? {} : { scope: best.scope }),
      };
    }
    if (chosen === null && quote !== undefined && QUOTE_MARKS.test(flat(sentence.quote))) {
      // A quotation continuing in the same paragraph keeps the speaker of the one before;
      // otherwise quoted words are someone's even when the text does not say whose.
      const before = index > 0 ? sentences[index - 1] : undefined;
      const carried =
        before !== undefined && before.paragraph === sentence.paragraph
          ? (quotedSpeaker[index - 1] ?? null)
          : null;
      chosen = {
        entity: carried,
        cue: quote.speakerCue,
        unresolved: carried === null,
        reported: 'speech',
      };
    }

    // "was named as", "is being treated as", "is believed to": someone's claim, not said whose.
    if (chosen === null) {
      const passive = AGENTLESS.exec(flat(sentence.quote));
      if (passive !== null) {
        const start = sentence.start + passive.index;
        chosen = {
          entity: null,
          cue: {
            start,
            end: start + passive[0].length,
            quote: sentence.quote.slice(passive.index, passive.index + passive[0].length),
          },
          unresolved: true,
          reported: 'speech',
        };
      }
    }

    for (const c of candidates) if (c.entity !== null) entities.push(c.entity);
    if (chosen?.entity != null) entities.push(chosen.entity);
    // The subject that opens a sentence is what a later "it" or "he" most often stands for.
    const subject = SUBJECT.exec(flat(sentence.quote))?.groups;
    if (subject?.name !== undefined) {
      // Only catalogue names: a capitalised first word ("Air strikes …") is rarely a speaker.
      const entity = book.known(subject.name);
      if (entity !== null) entities.push(entity);
    } else if (subject?.description !== undefined) {
      const entity =
        book.known(subject.description) ??
        resolveReference(
          'organisation',
          index - 1,
          SPECIFIC_HEAD.exec(subject.description)?.[1]?.toLowerCase(),
        );
      if (entity !== null) entities.push(entity);
    }

    quotedSpeaker[index] = quote !== undefined ? (chosen?.entity ?? null) : null;
    return {
      speaker: chosen?.entity?.name ?? null,
      cue: chosen?.cue ?? null,
      denial,
      unresolved: chosen?.unresolved ?? false,
      reported: chosen?.reported ?? null,
      ...(chosen?.scope === undefined ? {} : { scope: chosen.scope }),
    };
  });
}
