import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixtureCorpus } from '../../test-support/fixture-corpus.ts';
import type { Article } from '../../corpus/schema.ts';
import { segmentArticle, type ArticleSegment, type TextMark } from './article-segments.ts';

const wire = fixtureCorpus.articles[0]!;

function joined(segments: ArticleSegment[]): string {
  return segments
    .map((s) => (s.type === 'text' ? s.text : s.pieces.map((p) => p.text).join('')))
    .join('');
}

const mark = (kind: TextMark['kind'], article: Article, quote: string): TextMark => {
  const start = article.text.indexOf(quote);
  return { kind, start, end: start + quote.length, note: quote };
};

describe('segmentArticle', () => {
  it('sets boilerplate aside with its reason and keeps every character in order', () => {
    const segments = segmentArticle(wire, []);
    expect(joined(segments)).toBe(wire.text);
    const removed = segments.filter((s) => s.type === 'removed');
    expect(removed.map((s) => [s.reasons, s.pieces.map((p) => p.text).join('')])).toEqual([
      [['site-menu'], 'Menu | World | Business'],
      [['credit'], 'Reporting by Wire Desk'],
    ]);
  });

  it('marks a figure inside the evidence with both marks, and only that run', () => {
    const evidence = mark(
      'primary',
      wire,
      'The strikes killed "at least 200 civilians and around a dozen fighters"',
    );
    const figure = mark('figure', wire, 'at least 200 civilians');
    const segments = segmentArticle(wire, [evidence, figure]);
    const both = segments.filter((s) => s.type === 'text' && s.marks.length === 2) as Extract<
      ArticleSegment,
      { type: 'text' }
    >[];
    expect(both.map((s) => s.text)).toEqual(['at least 200 civilians']);
    const primaryText = segments
      .filter((s) => s.type === 'text' && s.marks.some((m) => m.kind === 'primary'))
      .map((s) => (s.type === 'text' ? s.text : ''))
      .join('');
    expect(primaryText).toBe(evidence.note);
  });

  it('opens boilerplate that holds the primary mark', () => {
    const segments = segmentArticle(wire, [mark('primary', wire, 'Wire Desk')]);
    const credit = segments.find((s) => s.type === 'removed' && s.reasons.includes('credit'));
    expect(credit).toMatchObject({ holdsPrimary: true });
  });

  it('merges overlapping boilerplate and clips marks outside the text', () => {
    const article: Article = {
      ...wire,
      removed: [
        { start: 0, end: 10, reason: 'site-menu', rule: 'a' },
        { start: 5, end: 20, reason: 'trending', rule: 'b' },
      ],
    };
    const segments = segmentArticle(article, [
      { kind: 'date', start: -5, end: 3, note: 'clipped' },
      { kind: 'quote', start: 9, end: 4, note: 'inverted' },
      { kind: 'figure', start: 10_000, end: 10_010, note: 'outside' },
    ]);
    expect(segments[0]).toMatchObject({ type: 'removed', start: 0, end: 20 });
    expect(segments[0]?.type === 'removed' && segments[0].reasons).toEqual([
      'site-menu',
      'trending',
    ]);
    const marked = segments.flatMap((s) =>
      s.type === 'text' ? s.marks : s.pieces.flatMap((p) => p.marks),
    );
    expect(new Set(marked.map((m) => m.note))).toEqual(new Set(['clipped']));
    expect(joined(segments)).toBe(wire.text);
  });

  it('never loses or repeats a character, whatever the ranges', () => {
    const range = (length: number) =>
      fc.tuple(fc.integer({ min: -3, max: length + 3 }), fc.integer({ min: -3, max: length + 3 }));
    fc.assert(
      fc.property(
        fc.string({ maxLength: 60 }).chain((text) =>
          fc.record({
            text: fc.constant(text),
            removed: fc.array(range(text.length), { maxLength: 4 }),
            marks: fc.array(range(text.length), { maxLength: 6 }),
          }),
        ),
        ({ text, removed, marks }) => {
          const article: Article = {
            ...wire,
            text,
            removed: removed.map(([start, end]) => ({
              start: Math.max(0, start),
              end: Math.max(0, end),
              reason: 'other' as const,
              rule: 'r',
            })),
          };
          const segments = segmentArticle(
            article,
            marks.map(([start, end]) => ({ kind: 'figure' as const, start, end, note: '' })),
          );
          expect(joined(segments)).toBe(text);
          for (const s of segments) {
            const pieces = s.type === 'text' ? [s] : s.pieces;
            for (const p of pieces) {
              expect(text.slice(p.start, p.end)).toBe(p.text);
              for (const m of p.marks) expect(m.start <= p.start && m.end >= p.end).toBe(true);
            }
          }
        },
      ),
    );
  });
});
