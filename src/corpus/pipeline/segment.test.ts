import fc from 'fast-check';
import { cleanArticle } from './clean.ts';
import { segmentSentences, softBreaks } from './segment.ts';
import { textWith } from '../../test-support/pipeline/arbitrary-text.ts';

const quotes = (text: string) => segmentSentences(text, []).map((s) => s.quote);

describe('segmentSentences', () => {
  it('keeps "Sept.", "U.S.", "No." and initials inside their sentence', () => {
    expect(
      quotes(
        'Riverland started its campaign on Sept. 30, saying the U.S. had failed. Jana K. Holt spoke at No. 10 Belvo St. on Monday. Then it rained.',
      ),
    ).toEqual([
      'Riverland started its campaign on Sept. 30, saying the U.S. had failed.',
      'Jana K. Holt spoke at No. 10 Belvo St. on Monday.',
      'Then it rained.',
    ]);
  });

  it('ends a sentence at "no." and at a closing quote after the full stop', () => {
    expect(quotes('Asked if he would resign, he said no. The vote is on Friday.')).toEqual([
      'Asked if he would resign, he said no.',
      'The vote is on Friday.',
    ]);
    expect(
      quotes(
        'The ministry called it “a made-up story.” Monitor Group said it stood by the report.',
      ),
    ).toEqual([
      'The ministry called it “a made-up story.”',
      'Monitor Group said it stood by the report.',
    ]);
  });

  it('keeps a quote inside a sentence whole and splits before an opening quote', () => {
    expect(
      quotes(
        'It turned into a "field of broken glass," said Monitor Group. "In a matter of seconds, the stalls were burning," she said.',
      ),
    ).toEqual([
      'It turned into a "field of broken glass," said Monitor Group.',
      '"In a matter of seconds, the stalls were burning," she said.',
    ]);
  });

  it('keeps back-to-back quotes joined by a comma in one sentence', () => {
    expect(quotes('“The bakers were loading bread,” “Then the roof came down.”')).toEqual([
      '“The bakers were loading bread,” “Then the roof came down.”',
    ]);
  });

  it('makes every line its own sentence, so headlines without a full stop stand alone', () => {
    const text =
      'Shelling Kills Eight in Tarsa\nOfficials said eight people died. Three were children.\n\nRiverland Says It Will Respond';
    const sentences = segmentSentences(text, []);
    expect(sentences.map((s) => [s.paragraph, s.quote])).toEqual([
      [0, 'Shelling Kills Eight in Tarsa'],
      [1, 'Officials said eight people died.'],
      [1, 'Three were children.'],
      [2, 'Riverland Says It Will Respond'],
    ]);
  });

  it('does not split inside an ellipsis that joins two words', () => {
    expect(quotes('the river bridges, in...sections that show damage.')).toHaveLength(1);
  });

  it('leaves out removed ranges: whole lines and text glued to a sentence', () => {
    const text =
      'Enable Read mode\nriverland-tarsa-floodswebAccording to Monitor Group, 200 villagers were killed.\nTop Content Trending';
    const sentences = segmentSentences(text, cleanArticle(text));
    expect(sentences.map((s) => s.quote)).toEqual([
      'According to Monitor Group, 200 villagers were killed.',
    ]);
    expect(sentences[0]!.paragraph).toBe(0);
  });

  it('reads single line breaks inside hard-wrapped text as spaces, and blank lines as paragraphs', () => {
    const text = [
      'The ministry said on Tuesday that the strike may have',
      'killed at least 30 people, and that the figure could',
      'rise. Rescue teams were still searching the rubble of the',
      'market late into the night.',
      '',
      'A spokesman for the',
      'Interior Ministry, Colonel Tomas',
      'Brenn, declined to comment.',
    ].join('\n');
    expect(
      segmentSentences(text, []).map((s) => [s.quote.replace(/\n/g, ' '), s.paragraph]),
    ).toEqual([
      [
        'The ministry said on Tuesday that the strike may have killed at least 30 people, and that the figure could rise.',
        0,
      ],
      ['Rescue teams were still searching the rubble of the market late into the night.', 0],
      ['A spokesman for the Interior Ministry, Colonel Tomas Brenn, declined to comment.', 1],
    ]);
  });

  it('keeps a line break as a sentence end where lines are headlines and paragraphs', () => {
    const text =
      'Blast hits central market\nAt least 12 people were killed on Monday.\nPolice said the toll could rise.\nRelated stories\nMore from the region';
    expect(segmentSentences(text, []).map((s) => s.quote)).toEqual([
      'Blast hits central market',
      'At least 12 people were killed on Monday.',
      'Police said the toll could rise.',
      'Related stories',
      'More from the region',
    ]);
  });

  it('never throws, and every sentence is verbatim, in order and outside every removed range', () => {
    fc.assert(
      fc.property(
        textWith(['Sept. 30', 'U.S.', '“Quote.”', '. ', '\n', '\r\n', '"', '…', 'A. B.'], ''),
        fc.array(fc.tuple(fc.nat(200), fc.nat(40))),
        (text, cuts) => {
          const removed = cuts
            .map(([start, length]) => ({ start, end: Math.min(text.length, start + length) }))
            .filter((r) => r.end > r.start);
          let last = 0;
          const soft = softBreaks(text);
          for (const s of segmentSentences(text, removed)) {
            expect(text.slice(s.start, s.end)).toBe(s.quote);
            expect(s.quote.trim()).toBe(s.quote);
            expect(s.quote.length).toBeGreaterThan(0);
            // A sentence spans a line break only where the break is soft (inside wrapped text).
            for (let k = s.start; k < s.end; k += 1)
              if (text[k] === '\n') expect(soft.has(k)).toBe(true);
            expect(s.start).toBeGreaterThanOrEqual(last);
            last = s.end;
            for (const r of removed) expect(s.end <= r.start || s.start >= r.end).toBe(true);
          }
        },
      ),
    );
  });
});
