import fc from 'fast-check';
import { extractQuotes } from './extract-quotes.ts';
import type { EventEntry, PersonEntry } from '../catalogue-schema.ts';
import { EMPTY, sentencesOf } from '../../test-support/pipeline/extract-context.ts';
import type { ExtractContext } from './types.ts';
import { textWith } from '../../test-support/pipeline/arbitrary-text.ts';

/** Invented catalogues: no story's names. */
const report = (id: string, label: string): EventEntry => ({
  id,
  kind: 'publication',
  label,
  date: '2020-03-10',
  endDate: null,
  datePrecision: 'day',
  place: null,
});

const RIVERLAND_PEOPLE: PersonEntry[] = [
  { id: 'ann-marsh', name: 'Ann Marsh', aliases: ['Marsh'], affiliation: 'Monitor Group' },
  {
    id: 'jana-holt',
    name: 'Jana Holt',
    aliases: ['Holt', 'Colonel Jana Holt'],
    affiliation: 'Riverland Defence Ministry',
  },
  { id: 'tom-vale', name: 'Tom Vale', aliases: ['Vale'], affiliation: 'Riverland Presidency' },
  { id: 'lena-gray', name: 'Lena Gray', aliases: ['Gray'], affiliation: 'Riverland Presidency' },
  { id: 'monitor-group', name: 'Monitor Group', aliases: ['Monitor'], affiliation: null },
  {
    id: 'riverland-presidency',
    name: 'Riverland Presidency',
    aliases: ['Presidency'],
    affiliation: null,
  },
  {
    id: 'riverland-defence-ministry',
    name: 'Riverland Defence Ministry',
    aliases: ['Riverland Defense Ministry', 'Defence Ministry', 'Defense Ministry'],
    affiliation: null,
  },
];

const RIVERLAND: ExtractContext = {
  referenceDate: '2020-03-11',
  events: [report('monitor-report', "Monitor Group's report")],
  people: RIVERLAND_PEOPLE,
};

/** A second invented conflict, so rules are shown to hold beyond one catalogue. */
const LAKESHORE: ExtractContext = {
  referenceDate: '2021-06-02',
  events: [report('watch-report', 'Harbour Watch report on the depot strike')],
  people: [
    {
      id: 'mira-dunn',
      name: 'Mira Dunn',
      aliases: ['Dunn'],
      affiliation: 'Kessel regional administration',
    },
    { id: 'harbour-watch', name: 'Harbour Watch', aliases: [], affiliation: null },
    {
      id: 'lakeshore-defence-ministry',
      name: 'Lakeshore Defence Ministry',
      aliases: ['Lakeshore Defense Ministry'],
      affiliation: null,
    },
  ],
};

function quotes(text: string, context: ExtractContext = RIVERLAND) {
  return extractQuotes(text, sentencesOf(text), context).map((q) => [q.quote, q.speakerId]);
}

describe('extractQuotes', () => {
  it('reads curly, straight and nested straight quotes, marks excluded, punctuation inside kept', () => {
    expect(
      quotes(
        '"Witnesses said it pointed to cluster munitions (also called "bomblets"), a kind of weapon," said Monitor.',
      ),
    ).toEqual([
      [
        'Witnesses said it pointed to cluster munitions (also called "bomblets"), a kind of weapon,',
        'monitor-group',
      ],
      ['bomblets', 'monitor-group'],
    ]);
  });

  it('keeps apostrophes out and reads a single quote closed by the wrong mark', () => {
    expect(
      quotes('‘Riverland’s campaign respects the rules of war, ‘ Vale told reporters.'),
    ).toEqual([['Riverland’s campaign respects the rules of war,', 'tom-vale']]);
    expect(quotes('The Presidency’s ally and Monitor’s report.')).toEqual([]);
  });

  it('splits back-to-back quotes and runs an unclosed quote to the end of its paragraph', () => {
    expect(
      quotes(
        'The activist, Sami Roe, told Monitor:\n\n“It was a quiet Friday,” “Then came a loud blast.”\n\n“Nothing was left of the bakery',
        {
          ...RIVERLAND,
          people: [
            ...RIVERLAND.people,
            { id: 'sami-roe', name: 'Sami Roe', aliases: [], affiliation: 'activist' },
          ],
        },
      ),
    ).toEqual([
      ['It was a quiet Friday,', 'sami-roe'],
      ['Then came a loud blast.', 'sami-roe'],
      ['Nothing was left of the bakery', 'sami-roe'],
    ]);
  });

  it('names the speaker from "X said", "said X", appositions and titles', () => {
    expect(
      quotes(
        'The report contains "tired cliches" and "false information", ministry spokeswoman Jana Holt told a news briefing.\n\n“Such strikes may amount to war crimes,” said Ann Marsh, researcher at Monitor Group.\n\n“We see how well our crews work”, Gray said, according to the state news agency.\n\n“Nothing new was published”, Riverland defense ministry spokeswoman, Colonel Jana Holt, said.\n\nJana Holt, a spokeswoman for the Riverland Defense Ministry, told a briefing that the report contained “false information.”',
      ),
    ).toEqual([
      ['tired cliches', 'jana-holt'],
      ['false information', 'jana-holt'],
      ['Such strikes may amount to war crimes,', 'ann-marsh'],
      ['We see how well our crews work', 'lena-gray'],
      ['Nothing new was published', 'jana-holt'],
      ['false information.', 'jana-holt'],
    ]);
  });

  it('resolves "he" to the nearest named person before it, and leaves it null when there is none', () => {
    expect(
      quotes(
        'Tom Vale, a spokesman for the Riverland Presidency, told a briefing.\n\n“It is odd that Monitor avoids the question,” he said.',
      ),
    ).toEqual([['It is odd that Monitor avoids the question,', 'tom-vale']]);
    expect(
      quotes(
        'On Tuesday, the Monitor Group released a statement.\n“Such strikes may amount to war crimes”, he claimed.',
      ),
    ).toEqual([['Such strikes may amount to war crimes', null]]);
  });

  it('resolves "it" to an organisation, skipping quoted paragraphs, never to a possessive', () => {
    expect(
      quotes(
        'The researcher at the Monitor Group, Ann Marsh said:\n\n“Strikes may amount to war crimes,”\n\nBy shelling clinics, it denounced Riverland’s “shameful failure” to act.',
      ),
    ).toEqual([
      ['Strikes may amount to war crimes,', 'ann-marsh'],
      ['shameful failure', 'monitor-group'],
    ]);
    expect(
      quotes(
        'The group concluded that the Presidency’s line was false.\n\nIt said its aim was "serious failings".',
      ),
    ).toEqual([['serious failings', null]]);
  });

  it('gives a quote with no attribution no speaker, but the speaker of a quote it continues', () => {
    expect(
      quotes(
        'A bakery that was "packed with people" was hit. It became a "scene of horror," said Monitor. "People were screaming."',
      ),
    ).toEqual([
      ['packed with people', null],
      ['scene of horror,', 'monitor-group'],
      ['People were screaming.', 'monitor-group'],
    ]);
  });

  it('follows the same rules with another catalogue', () => {
    expect(
      quotes(
        '“The depot was full of women and children,” Mira Dunn, head of the regional administration, said on Friday. The Lakeshore Defense Ministry called the claims "provocation".',
        LAKESHORE,
      ),
    ).toEqual([
      ['The depot was full of women and children,', 'mira-dunn'],
      ['provocation', 'lakeshore-defence-ministry'],
    ]);
  });

  it('never throws on arbitrary text, and every quote and speaker cue is verbatim', () => {
    fc.assert(
      fc.property(
        textWith(
          ['“', '”', '"', '‘', '’', "'", ' he said.', ' said Monitor.', '\n', 'Marsh', 'it'],
          '',
        ),
        (text) => {
          for (const context of [EMPTY, RIVERLAND]) {
            for (const q of extractQuotes(text, sentencesOf(text), context)) {
              expect(text.slice(q.start, q.end)).toBe(q.quote);
              expect(q.quote.trim()).toBe(q.quote);
              if (q.speakerCue)
                expect(text.slice(q.speakerCue.start, q.speakerCue.end)).toBe(q.speakerCue.quote);
            }
          }
        },
      ),
    );
  });
});
