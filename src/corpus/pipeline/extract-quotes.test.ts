import fc from 'fast-check';
import { extractQuotes } from './extract-quotes.ts';
import { EMPTY, SYRIA, UKRAINE, sentencesOf } from './fixtures/extract-context.ts';
import type { ExtractContext } from './types.ts';
import { textWith } from './fixtures/arbitrary-text.ts';

function quotes(text: string, context: ExtractContext = SYRIA) {
  return extractQuotes(text, sentencesOf(text), context).map((q) => [q.quote, q.speakerId]);
}

describe('extractQuotes', () => {
  it('reads curly, straight and nested straight quotes, marks excluded, punctuation inside kept', () => {
    expect(
      quotes(
        '"Experts said it indicated fuel-air explosives (also known as "vacuum bombs"), a type of weapon," said Amnesty.',
      ),
    ).toEqual([
      [
        'Experts said it indicated fuel-air explosives (also known as "vacuum bombs"), a type of weapon,',
        'amnesty-international',
      ],
      ['vacuum bombs', 'amnesty-international'],
    ]);
  });

  it('keeps apostrophes out and reads a single quote closed by the wrong mark', () => {
    expect(
      quotes('‘Russia’s operation conforms to the law of weapons, ‘ Peskov told reporters.'),
    ).toEqual([['Russia’s operation conforms to the law of weapons,', 'dmitry-peskov']]);
    expect(quotes('The Kremlin’s ally and Amnesty’s report.')).toEqual([]);
  });

  it('splits back-to-back quotes and runs an unclosed quote to the end of its paragraph', () => {
    expect(
      quotes(
        'The activist, Mohammed al-Ghazal, told Amnesty:\n\n“It was a normal Sunday,” “First there was a loud explosion.”\n\n“Nothing was left of the market',
        {
          ...SYRIA,
          people: [
            ...SYRIA.people,
            { id: 'al-ghazal', name: 'Mohammed al-Ghazal', aliases: [], affiliation: 'activist' },
          ],
        },
      ),
    ).toEqual([
      ['It was a normal Sunday,', 'al-ghazal'],
      ['First there was a loud explosion.', 'al-ghazal'],
      ['Nothing was left of the market', 'al-ghazal'],
    ]);
  });

  it('names the speaker from "X said", "said X", appositions and titles', () => {
    expect(
      quotes(
        'The report contains "trite cliches" and "fake information", ministry spokesman Igor Konashenkov told a news briefing.\n\n“Such attacks may amount to war crimes,” said Philip Luther, director at Amnesty International.\n\n“We see how effectively our pilots work”, Putin said, according to Sputnik.\n\n“Nothing new was published”, Russian defense ministry spokesman, General-Major Igor Konashenkov, said.\n\nIgor Konashenkov, a spokesman for the Russian Defense Ministry, told a briefing that the report contained “fake information.”',
      ),
    ).toEqual([
      ['trite cliches', 'igor-konashenkov'],
      ['fake information', 'igor-konashenkov'],
      ['Such attacks may amount to war crimes,', 'philip-luther'],
      ['We see how effectively our pilots work', 'vladimir-putin'],
      ['Nothing new was published', 'igor-konashenkov'],
      ['fake information.', 'igor-konashenkov'],
    ]);
  });

  it('resolves "he" to the nearest named person before it, and leaves it null when there is none', () => {
    expect(
      quotes(
        'Igor Konashenkov, a spokesman for the Russian Defense Ministry, told a briefing.\n\n“It is strange that Amnesty avoids the question,” he said.',
      ),
    ).toEqual([['It is strange that Amnesty avoids the question,', 'igor-konashenkov']]);
    expect(
      quotes(
        'On Wednesday, Amnesty International released a statement.\n“Such attacks may amount to war crimes”, he claimed.',
      ),
    ).toEqual([['Such attacks may amount to war crimes', null]]);
  });

  it('resolves "it" to an organisation, skipping quoted paragraphs, never to a possessive', () => {
    expect(
      quotes(
        'The director of Amnesty International, Philip Luther said:\n\n“Attacks may amount to war crimes,”\n\nBy targeting hospitals, it denounced Russia’s “shameful failure” to act.',
      ),
    ).toEqual([
      ['Attacks may amount to war crimes,', 'philip-luther'],
      ['shameful failure', 'amnesty-international'],
    ]);
    expect(
      quotes(
        'The group concluded that the Kremlin’s line was false.\n\nIt said its aim was "serious failings".',
      ),
    ).toEqual([['serious failings', null]]);
  });

  it('gives a quote with no attribution no speaker, but the speaker of a quote it continues', () => {
    expect(
      quotes(
        'A market that was "bustling with people" was hit. It became a "scene of carnage," said Amnesty. "People were screaming."',
      ),
    ).toEqual([
      ['bustling with people', null],
      ['scene of carnage,', 'amnesty-international'],
      ['People were screaming.', 'amnesty-international'],
    ]);
  });

  it('follows the same rules in another war', () => {
    expect(
      quotes(
        '“The station was full of women and children,” Pavlo Kyrylenko, head of the regional administration, said on Friday. The Russian Defense Ministry called the claims "provocation".',
        UKRAINE,
      ),
    ).toEqual([
      ['The station was full of women and children,', 'pavlo-kyrylenko'],
      ['provocation', 'russian-defence-ministry'],
    ]);
  });

  it('never throws on arbitrary text, and every quote and speaker cue is verbatim', () => {
    fc.assert(
      fc.property(
        textWith(
          ['“', '”', '"', '‘', '’', "'", ' he said.', ' said Amnesty.', '\n', 'Luther', 'it'],
          '',
        ),
        (text) => {
          for (const context of [EMPTY, SYRIA]) {
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
