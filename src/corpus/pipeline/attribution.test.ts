import type { PersonEntry } from '../catalogue-schema.ts';
import { attributeSentences, type AttributionContext } from './attribution.ts';
import { naiveSentences } from '../../test-support/pipeline/naive-sentences.ts';
import type { QuoteProposal } from './types.ts';

const PEOPLE: PersonEntry[] = [
  { id: 'jana-holt', name: 'Jana Holt', aliases: ['Holt'], affiliation: 'Monitor Group' },
  { id: 'monitor-group', name: 'Monitor Group', aliases: ['the Monitor'], affiliation: null },
  {
    id: 'defence-ministry',
    name: 'Northland Defence Ministry',
    aliases: ['Defence Ministry'],
    affiliation: null,
  },
];
const CONTEXT: AttributionContext = { people: PEOPLE, organisations: ['Relief Alliance'] };

function speakers(text: string, quotes: QuoteProposal[] = [], headlines = new Set<number>()) {
  const sentences = naiveSentences(text);
  return attributeSentences(sentences, quotes, CONTEXT, headlines).map((a, i) => ({
    sentence: sentences[i]!.quote,
    speaker: a.speaker,
    denial: a.denial,
    cue: a.cue?.quote ?? null,
  }));
}

describe('attributeSentences', () => {
  it('takes the person set off by commas after a title as the speaker, not the place the title ends with', () => {
    const found = speakers(
      [
        'The relief coordinator in Riverland, Jana Holt, said the road was closed.',
        'The Monitor Group, the Riverland-based charity, said the road was closed.',
      ].join('\n'),
    );
    expect(found.map((f) => f.speaker)).toEqual(['Jana Holt', 'Monitor Group']);
  });

  it('reads a speaker with no name, "police said", and keeps "Local officials" whole', () => {
    const found = speakers(
      [
        'The ferry sank near the pier, police said.',
        'Local officials said the pier was closed.',
        'The toll rose to 30, medical sources told reporters.',
        'The Joint Review Board (JRB) said the ferry was overloaded.',
        'Rescuers interviewed dozens of survivors and witnesses, and reviewed the footage.',
        'Two boats sank off Tarsa on Sunday, the Tarsa Fishers Union said on Monday, adding that crews were safe.',
      ].join('\n'),
    );
    expect(found.map((f) => f.speaker)).toEqual([
      'police',
      'Local officials',
      'medical sources',
      'Joint Review Board',
      // The subject describes its work; the witnesses it interviewed are not speakers.
      'Rescuers',
      // An aside with a reporting verb of its own is a clause: its subject speaks.
      'Tarsa Fishers Union',
    ]);
  });

  it('reads an agentless reporting passive as someone’s claim, whose unsaid', () => {
    const found = speakers(
      [
        'The attacker was named as a local man.',
        'Man named as Tarsa bomber',
        'The blast is being treated as an attack.',
        'The blast hit the market at noon.',
      ].join('\n'),
      [],
      new Set([1]),
    );
    expect(found.map((f) => [f.speaker, f.cue])).toEqual([
      [null, 'was named as'],
      [null, 'named as'],
      [null, 'is being treated as'],
      [null, null],
    ]);
  });

  it('finds a source named after "by" and a headline that ends in its source', () => {
    const found = speakers(
      [
        'Toll from Tarsa blast rises to 40 - Defence Ministry',
        'The attack, claimed by the Monitor Group, was the deadliest this year.',
        'The previous toll, announced by the Defence Ministry on Tuesday, was 30.',
        'Tarsa strikes may be war crimes: the group was right, some say.',
      ].join('\n'),
      [],
      new Set([0, 3]),
    );
    expect(found.map((f) => f.speaker)).toEqual([
      'Northland Defence Ministry',
      'Monitor Group',
      'Northland Defence Ministry',
      null,
    ]);
  });

  it('finds "X said", "said X", "according to X" and canonical names from the catalogue', () => {
    const found = speakers(
      [
        'The strikes killed 12 people, the Monitor Group said on Monday.',
        'Nobody was warned, said Holt.',
        'The town was empty, according to local officials.',
        'Rain fell all day.',
      ].join('\n'),
    );
    expect(found.map((f) => f.speaker)).toEqual([
      'Monitor Group',
      'Jana Holt',
      'local officials',
      null,
    ]);
    expect(found[0]!.cue).toBe('Monitor Group said');
  });

  it('names the person in "Name, a title, told" and in "Name, Org’s Title told"', () => {
    const found = speakers(
      [
        'Jana Holt, a researcher at the group, told reporters the toll was rising.',
        '"We counted every body", Jana Holt, Monitor Group’s Field Director told the radio.',
      ].join('\n'),
    );
    expect(found.map((f) => f.speaker)).toEqual(['Jana Holt', 'Jana Holt']);
  });

  it('resolves "it said" and "the group said" to the nearest named organisation', () => {
    const found = speakers(
      [
        'The Monitor Group visited Tarsa on Monday.',
        'It said the strikes hit a market.',
        'The rights group said the market was crowded.',
      ].join('\n'),
    );
    expect(found.map((f) => f.speaker)).toEqual([null, 'Monitor Group', 'Monitor Group']);
  });

  it('resolves a description with a place of base, "the Geneva-based group said"', () => {
    const found = speakers(
      [
        'Strikes killed 12 people, the Monitor Group said on Monday.',
        'The Geneva-based group said a market was hit.',
        'The Geneva group said nothing more.',
      ].join('\n'),
    );
    // "The Geneva group" names a group of its own: it speaks as written, not as the Monitor Group.
    expect(found.map((f) => f.speaker)).toEqual(['Monitor Group', 'Monitor Group', 'Geneva group']);
  });

  it('reads a reporting verb in the subject’s second predicate, "X runs … and has accused"', () => {
    const found = speakers(
      [
        'Strikes killed 12 people, the Monitor Group said on Monday.',
        'The Geneva-based monitor relies on a network of sources and has accused the army of killing dozens.',
        'The Relief Alliance runs two clinics and treated 30 people.',
        'Troops shelled the town and the Relief Alliance accused them of killing dozens.',
      ].join('\n'),
    );
    // A second predicate that is not reported speech leaves the outlet speaking; a new clause
    // with its own speaker is that speaker's, never the first subject's ("Troops").
    expect(found.map((f) => f.speaker)).toEqual([
      'Monitor Group',
      'Monitor Group',
      null,
      'Relief Alliance',
    ]);
    expect(found[1]?.cue).toMatch(/and has accused$/u);
  });

  it('reads what a person saw or counted as that person’s account, never a place’s', () => {
    const found = speakers(
      [
        'Jana Holt reached the village on Sunday.',
        'She saw 12 bodies laid out in the yard.',
        'Northland saw its deadliest day in years.',
      ].join('\n'),
    );
    expect(found.map((f) => f.speaker)).toEqual([null, 'Jana Holt', null]);
  });

  it('leaves "he said" unresolved when two people were named just before', () => {
    const found = speakers(
      [
        'Jana Holt met Omar Sadik, the mayor, on Monday.',
        'Omar Sadik said the road was closed, and Jana Holt said it was open.',
        'He said the road would reopen.',
      ].join('\n'),
    );
    expect(found[2]!.speaker).toBeNull();
  });

  it('resolves "he" to the one person named just before', () => {
    const found = speakers(
      [
        'Defence Ministry spokesman Ivan Petrov told a briefing the report was false.',
        'He also rejected claims that cluster bombs were used.',
      ].join('\n'),
    );
    expect(found.map((f) => f.speaker)).toEqual(['Ivan Petrov', 'Ivan Petrov']);
    expect(found[1]!.denial).toBe(true);
  });

  it('does not let "he" reach past a sentence that names only an organisation', () => {
    const found = speakers(
      [
        'Defence Ministry spokesman Ivan Petrov told a briefing the report was false.',
        'The Monitor Group released a statement on Tuesday.',
        '"Such attacks may amount to war crimes," he claimed.',
      ].join('\n'),
    );
    expect(found[2]!.speaker).toBeNull();
  });

  it('never takes a month or weekday for a speaker', () => {
    const found = speakers('The report covers attacks since 30 September, and includes maps.');
    expect(found[0]!.speaker).toBeNull();
  });

  it('gives a quotation continuing in the same paragraph the speaker of the one before', () => {
    const text =
      'The Monitor Group spoke.\n"The strikes hit homes," it said. "Such attacks may be war crimes."';
    const sentences = naiveSentences(text);
    const quotes: QuoteProposal[] = [
      'The strikes hit homes,',
      'Such attacks may be war crimes.',
    ].map((words) => {
      const start = text.indexOf(words);
      return { start, end: start + words.length, quote: words, speakerId: null, speakerCue: null };
    });
    const found = attributeSentences(sentences, quotes, CONTEXT);
    expect(found.map((a) => a.speaker)).toEqual([null, 'Monitor Group', 'Monitor Group']);
  });

  it('marks denials and rebuttals, but not "neither confirmed nor denied"', () => {
    const found = speakers(
      [
        'The Defence Ministry denied targeting civilians.',
        'The Defence Ministry dismissed the report as fake.',
        'The authorities have neither confirmed nor denied responsibility.',
        'The Defence Ministry called the findings biased.',
      ].join('\n'),
    );
    expect(found.map((f) => f.denial)).toEqual([true, true, false, true]);
    expect(found[0]!.speaker).toBe('Northland Defence Ministry');
  });

  it('prefers the trailing reporting clause to an earlier subject', () => {
    const found = speakers(
      'Northland called the report biased, the Defence Ministry said later on Wednesday.',
    );
    expect(found[0]!.speaker).toBe('Northland Defence Ministry');
  });

  it('reads a headline’s "X: …" and "…: X" and its capitalised verbs only in headlines', () => {
    const text = [
      'Monitor Group: Tarsa strikes may be war crimes',
      'Tarsa Strikes May Be War Crimes: Relief Alliance',
      'Relief Alliance Slams Strikes on Tarsa',
      'Relief Alliance Slams are a dance.',
    ].join('\n');
    const found = speakers(text, [], new Set([0, 1, 2]));
    expect(found.map((f) => f.speaker)).toEqual([
      'Monitor Group',
      'Relief Alliance',
      'Relief Alliance',
      null,
    ]);
  });

  it('reads a sentence-case headline’s leading "rights group says" as its speaker, as written', () => {
    const text = [
      'Rights group says strikes on Tarsa may be war crimes',
      'Rights group says strikes on Tarsa may be war crimes',
    ].join('\n');
    const found = speakers(text, [], new Set([0]));
    expect(found.map((f) => f.speaker)).toEqual(['Rights group', null]);
  });

  it('gives a sentence that is mostly a quotation its quote’s speaker', () => {
    const text = 'The group spoke.\n"The market was full of children," Holt said.';
    const sentences = naiveSentences(text);
    const quoteStart = text.indexOf('"The');
    const quoteEnd = text.indexOf('," Holt') + 2;
    const quote: QuoteProposal = {
      start: quoteStart,
      end: quoteEnd,
      quote: text.slice(quoteStart, quoteEnd),
      speakerId: 'jana-holt',
      speakerCue: null,
    };
    const [, second] = attributeSentences(sentences, [quote], CONTEXT);
    expect(second!.speaker).toBe('Jana Holt');
  });

  it('never throws and returns one attribution per sentence on odd text', () => {
    const text = 'Said said said. : : X:\n"" ’s ’s. According to. It. He said. The group said';
    const sentences = naiveSentences(text);
    expect(attributeSentences(sentences, [], CONTEXT)).toHaveLength(sentences.length);
  });
});
