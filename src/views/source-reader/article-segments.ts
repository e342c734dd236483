import type { Article, RemovedReason } from '../../corpus/schema.ts';

/**
 * What a mark in the reader stands for. `primary` is the span the reader was opened for; `shared`
 * text another article shares; `credit` a credit to a news agency.
 */
export type MarkKind = 'primary' | 'figure' | 'date' | 'quote' | 'shared' | 'credit';

/** A range of the article's text to mark, with a note in words (shown as a tooltip). */
export interface TextMark {
  kind: MarkKind;
  start: number;
  end: number;
  note: string;
}

/** A run of text under one unchanging set of marks. */
export interface TextPiece {
  start: number;
  end: number;
  text: string;
  /** The marks covering the whole run, in the order given. */
  marks: TextMark[];
}

/** The article in reading order: body text, and boilerplate set aside with its reason. */
export type ArticleSegment =
  | ({ type: 'text' } & TextPiece)
  | {
      type: 'removed';
      start: number;
      end: number;
      reasons: RemovedReason[];
      pieces: TextPiece[];
      /** The primary mark falls inside it: show it open. */
      holdsPrimary: boolean;
    };

/**
 * Cuts an article's text into runs for the reader: every character once, in order, so the pieces
 * joined equal `article.text`; boilerplate (`removed`, overlaps merged) becomes its own segment;
 * marks are clipped to the text, and empty or inverted ones are ignored.
 */
export function segmentArticle(article: Article, marks: readonly TextMark[]): ArticleSegment[] {
  const length = article.text.length;
  const kept = marks
    .map((m) => ({ ...m, start: Math.max(0, m.start), end: Math.min(length, m.end) }))
    .filter((m) => m.start < m.end);

  const removed: { start: number; end: number; reasons: RemovedReason[] }[] = [];
  for (const r of [...article.removed].sort((a, b) => a.start - b.start)) {
    const start = Math.max(0, r.start);
    const end = Math.min(length, r.end);
    if (start >= end) continue;
    const last = removed.at(-1);
    if (last && start <= last.end) {
      last.end = Math.max(last.end, end);
      if (!last.reasons.includes(r.reason)) last.reasons.push(r.reason);
    } else {
      removed.push({ start, end, reasons: [r.reason] });
    }
  }

  const cuts = new Set([0, length]);
  for (const m of kept) cuts.add(m.start).add(m.end);
  for (const r of removed) cuts.add(r.start).add(r.end);
  const points = [...cuts].sort((a, b) => a - b);

  const pieceOf = (start: number, end: number): TextPiece => ({
    start,
    end,
    text: article.text.slice(start, end),
    marks: kept.filter((m) => m.start <= start && m.end >= end),
  });

  const segments: ArticleSegment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] ?? 0;
    const end = points[i + 1] ?? length;
    const piece = pieceOf(start, end);
    const inRemoved = removed.find((r) => r.start <= start && r.end >= end);
    const last = segments.at(-1);
    if (!inRemoved) {
      // Runs with the same marks are joined, so the reader renders few elements.
      if (last?.type === 'text' && sameMarks(last.marks, piece.marks)) {
        last.end = end;
        last.text += piece.text;
      } else {
        segments.push({ type: 'text', ...piece });
      }
    } else if (last?.type === 'removed' && last.start === inRemoved.start) {
      last.pieces.push(piece);
    } else {
      segments.push({
        type: 'removed',
        start: inRemoved.start,
        end: inRemoved.end,
        reasons: inRemoved.reasons,
        pieces: [piece],
        holdsPrimary: false,
      });
    }
  }
  for (const segment of segments) {
    if (segment.type === 'removed') {
      segment.holdsPrimary = segment.pieces.some((p) => p.marks.some((m) => m.kind === 'primary'));
    }
  }
  return segments;
}

function sameMarks(a: readonly TextMark[], b: readonly TextMark[]): boolean {
  return a.length === b.length && a.every((mark, i) => mark === b[i]);
}
