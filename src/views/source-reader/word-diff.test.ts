import { describe, expect, it } from 'vitest';
import { wordDiff, type DiffRange } from './word-diff.ts';

const whole = (text: string) => [{ start: 0, end: text.length }];
const diff = (a: string, b: string) => wordDiff(a, whole(a), b, whole(b));
/** The side's text with each changed run in brackets. */
const marked = (ranges: DiffRange[]) =>
  ranges
    .map((r) => r.pieces.map((p) => (p.change === null ? p.text : `[${p.text}]`)).join(''))
    .join(' | ');

describe('wordDiff', () => {
  it('marks nothing where the words are the same, whatever the case and apostrophes', () => {
    const result = diff('The mayor’s office said so.', "the Mayor's office said so.");
    expect(result.changes).toEqual([]);
    expect(result.same).toBe(5);
    expect(marked(result.a)).toBe('The mayor’s office said so.');
  });

  it('marks swapped words on both sides, one change per run', () => {
    const result = diff(
      'Heavy rain flooded the valley town on Tuesday, officials said.',
      'Heavy rainfall inundated the valley town on Tuesday, officials stated.',
    );
    expect(result.changes).toEqual([
      { kind: 'swapped', a: 'rain flooded', b: 'rainfall inundated' },
      { kind: 'swapped', a: 'said', b: 'stated' },
    ]);
    expect(marked(result.a)).toBe(
      'Heavy [rain flooded] the valley town on Tuesday, officials [said].',
    );
    expect(marked(result.b)).toBe(
      'Heavy [rainfall inundated] the valley town on Tuesday, officials [stated].',
    );
  });

  it('marks words one side adds and words it leaves out', () => {
    const result = diff(
      'The bridge, built in 1890, was closed on Monday.',
      'The old bridge was closed on Monday night.',
    );
    expect(result.changes).toEqual([
      { kind: 'only-b', a: '', b: 'old' },
      { kind: 'only-a', a: 'built in 1890', b: '' },
      { kind: 'only-b', a: '', b: 'night' },
    ]);
    expect(marked(result.a)).toBe('The bridge, [built in 1890], was closed on Monday.');
    expect(marked(result.b)).toBe('The [old] bridge was closed on Monday [night].');
  });

  it('compares several ranges of each side as one run of words, keeping each range’s own text', () => {
    const a = 'First part here. Unrelated. Second part there.';
    const b = 'First part here and second part there.';
    const result = wordDiff(
      a,
      [
        { start: 0, end: 16 },
        { start: 28, end: a.length },
      ],
      b,
      whole(b),
    );
    expect(result.changes).toEqual([{ kind: 'only-b', a: '', b: 'and' }]);
    expect(marked(result.a)).toBe('First part here. | Second part there.');
    for (const range of result.a) {
      expect(range.pieces.map((p) => p.text).join('')).toBe(a.slice(range.start, range.end));
    }
  });

  it('closes a bracket that a changed run opens', () => {
    const result = diff('The board (the RWB) met.', 'The board met.');
    expect(marked(result.a)).toBe('The board [(the RWB)] met.');
    expect(result.changes).toEqual([{ kind: 'only-a', a: '(the RWB)', b: '' }]);
  });

  it('keeps every piece at its offsets in the text', () => {
    const a = 'Prefix. The ferry sank near the pier at dawn.';
    const b = 'The ferry capsized close to the pier at dawn.';
    const result = wordDiff(a, [{ start: 8, end: a.length }], b, whole(b));
    for (const piece of result.a.flatMap((r) => r.pieces)) {
      expect(a.slice(piece.start, piece.end)).toBe(piece.text);
    }
    expect(result.changes).toEqual([{ kind: 'swapped', a: 'sank near', b: 'capsized close to' }]);
  });
});
