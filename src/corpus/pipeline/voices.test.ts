import fc from 'fast-check';
import type { PersonEntry } from '../catalogue-schema.ts';
import type { AttributionContext } from './attribution.ts';
import { extractQuotes } from './extract-quotes.ts';
import { textWith } from '../../test-support/pipeline/arbitrary-text.ts';
import { segmentSentences } from './segment.ts';
import { readVoices } from './voices.ts';

const PEOPLE: PersonEntry[] = [
  { id: 'ann-marsh', name: 'Ann Marsh', aliases: ['Marsh'], affiliation: 'Relief Alliance' },
  { id: 'relief-alliance', name: 'Relief Alliance', aliases: ['the Alliance'], affiliation: null },
  { id: 'tom-vale', name: 'Tom Vale', aliases: ['Vale'], affiliation: 'Harbour Police' },
];
const CONTEXT: AttributionContext = { people: PEOPLE, organisations: ['Harbour Police'] };

function voicesOf(text: string) {
  const sentences = segmentSentences(text, []);
  const quotes = extractQuotes(text, sentences, {
    referenceDate: '2020-01-01',
    events: [],
    people: PEOPLE,
  });
  return { sentences, voices: readVoices(sentences, quotes, CONTEXT) };
}

describe('readVoices', () => {
  it('gives a quotation and its sentence one speaker when they share a reporting clause', () => {
    const text =
      'The aid coordinator in Riverland, Ann Marsh, said workers were “shocked and outraged” by the blast.';
    const { voices } = voicesOf(text);
    expect(voices.sentences.map((s) => s.speaker)).toEqual(['Ann Marsh']);
    expect(voices.quotes.map((q) => [q.quote, q.speakerId])).toEqual([
      ['shocked and outraged', 'ann-marsh'],
    ]);
  });

  it('lets a quotation with no cue of its own take its sentence’s catalogued speaker', () => {
    const text = 'The Relief Alliance has documented scenes of “chaos” at the harbour.';
    const { voices } = voicesOf(text);
    expect(voices.quotes.map((q) => q.speakerId)).toEqual(['relief-alliance']);
  });

  it('credits a figure to the quotation that holds it, then to a source its own words name', () => {
    const text = [
      '“At least 12 sailors are missing,” Tom Vale said.',
      '',
      'The Harbour Police rejected the toll of 40 that the Relief Alliance claims.',
    ].join('\n');
    const { voices } = voicesOf(text);
    const twelve = text.indexOf('12 sailors');
    expect(voices.speakerOf(twelve, twelve + '12 sailors'.length)).toBe('Tom Vale');
    const forty = text.indexOf('40');
    expect(voices.speakerOf(forty, forty + 2)).toBe('Relief Alliance');
    // The sentence itself is the police’s rebuttal.
    expect(voices.sentences[1]?.speaker).toBe('Harbour Police');
  });

  it('never lets a sentence and a quotation read from the same cue disagree, on any text', () => {
    fc.assert(
      fc.property(
        textWith([
          'Ann Marsh said',
          ', Tom Vale, told reporters',
          '“we saw the fire,”',
          ' he said',
          'The Alliance said',
          'The coordinator in Riverland',
          ', ',
          '. ',
          '\n\n',
          ' the toll was 30',
        ]),
        (text) => {
          const { sentences, voices } = voicesOf(text);
          const names = new Map(PEOPLE.map((p) => [p.id, p.name]));
          for (const q of voices.quotes) {
            const cue = q.speakerCue;
            if (cue === null || q.speakerId === null) continue;
            const at = sentences.findIndex((s) => s.start <= cue.start && cue.start < s.end);
            const sentence = voices.sentences[at];
            if (sentence?.cue == null) continue;
            if (sentence.cue.start < cue.end && cue.start < sentence.cue.end) {
              expect(sentence.speaker).toBe(names.get(q.speakerId));
            }
          }
        },
      ),
    );
  });
});
