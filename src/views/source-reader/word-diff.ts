import { tokenize, type Token } from '../../corpus/pipeline/compare-tokens.ts';

/** A range of an article's text, end exclusive. */
export interface TextRange {
  start: number;
  end: number;
}

/**
 * Where two passages' words part: `swapped` (words of one stand where the other has other words),
 * `only-a` or `only-b` (words one has and the other lacks). `a` and `b` are the words verbatim,
 * empty on the side that has none.
 */
export interface WordChange {
  kind: 'swapped' | 'only-a' | 'only-b';
  a: string;
  b: string;
}

/** A run of one side's text: the same words as the other side, or part of change `change`. */
export interface DiffPiece {
  start: number;
  end: number;
  text: string;
  /** Index into `changes`; null where the words are the same on both sides. */
  change: number | null;
}

/** One range of a side's text, cut into pieces that together equal `text.slice(start, end)`. */
export interface DiffRange extends TextRange {
  pieces: DiffPiece[];
}

/** Two passages compared word by word. */
export interface WordDiff {
  a: DiffRange[];
  b: DiffRange[];
  changes: WordChange[];
  /** Words the two have in common, in the same order. */
  same: number;
  /** Words in each side. */
  wordsA: number;
  wordsB: number;
}

/** Past this many cells, the word alignment keeps the common start and end only. */
const MAX_CELLS = 250_000;

/** Index pairs of a longest common subsequence of two word lists, in order. */
function commonWords(a: readonly string[], b: readonly string[]): [number, number][] {
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix += 1;
  let suffix = 0;
  while (
    suffix < a.length - prefix &&
    suffix < b.length - prefix &&
    a[a.length - 1 - suffix] === b[b.length - 1 - suffix]
  ) {
    suffix += 1;
  }
  const pairs: [number, number][] = [];
  for (let k = 0; k < prefix; k++) pairs.push([k, k]);
  const n = a.length - prefix - suffix;
  const m = b.length - prefix - suffix;
  if (n > 0 && m > 0 && n * m <= MAX_CELLS) {
    // lengths[i][j]: the longest common subsequence of a[prefix + i..] and b[prefix + j..].
    const width = m + 1;
    const lengths = new Uint16Array((n + 1) * width);
    for (let i = n - 1; i >= 0; i--) {
      for (let j = m - 1; j >= 0; j--) {
        lengths[i * width + j] =
          a[prefix + i] === b[prefix + j]
            ? (lengths[(i + 1) * width + j + 1] ?? 0) + 1
            : Math.max(lengths[(i + 1) * width + j] ?? 0, lengths[i * width + j + 1] ?? 0);
      }
    }
    let i = 0;
    let j = 0;
    while (i < n && j < m) {
      if (a[prefix + i] === b[prefix + j]) {
        pairs.push([prefix + i, prefix + j]);
        i += 1;
        j += 1;
      } else if ((lengths[(i + 1) * width + j] ?? 0) >= (lengths[i * width + j + 1] ?? 0)) {
        i += 1;
      } else {
        j += 1;
      }
    }
  }
  for (let k = suffix; k > 0; k--) pairs.push([a.length - k, b.length - k]);
  return pairs;
}

function wordsOf(text: string, ranges: readonly TextRange[]): Token[] {
  return ranges.flatMap((range) =>
    tokenize(text.slice(range.start, range.end), [], []).map((t) => ({
      ...t,
      start: t.start + range.start,
      end: t.end + range.start,
    })),
  );
}

const PAIRS: Record<string, string> = { ')': '(', ']': '[', '}': '{', '”': '“' };

const count = (text: string, ch: string) => text.split(ch).length - 1;

/**
 * A changed run takes the brackets around or inside it whole: "(ISIS)", not "(ISIS" and ")".
 */
function balanced(pieces: DiffPiece[]): DiffPiece[] {
  for (let k = 0; k < pieces.length; k++) {
    const piece = pieces[k];
    if (!piece || piece.change === null) continue;
    const before = pieces[k - 1];
    const after = pieces[k + 1];
    for (const [close, open] of Object.entries(PAIRS)) {
      const opens = count(piece.text, open);
      const closes = count(piece.text, close);
      const closeAfter = after?.change === null && after.text.startsWith(close);
      const openBefore = before?.change === null && before.text.endsWith(open);
      const takeClose = closeAfter && (opens > closes || (opens === closes && openBefore));
      const takeOpen = openBefore && (closes > opens || (opens === closes && closeAfter));
      if (takeClose && after) {
        piece.text += close;
        piece.end += close.length;
        after.text = after.text.slice(close.length);
        after.start += close.length;
      }
      if (takeOpen && before) {
        piece.text = open + piece.text;
        piece.start -= open.length;
        before.text = before.text.slice(0, -open.length);
        before.end -= open.length;
      }
    }
  }
  return pieces.filter((p) => p.start < p.end);
}

/** The ranges cut into pieces: a gap between two words of one change belongs to that change. */
function piecesOf(
  text: string,
  ranges: readonly TextRange[],
  tokens: readonly Token[],
  changeOf: readonly (number | null)[],
): DiffRange[] {
  let t = 0;
  return ranges.map((range) => {
    const pieces: DiffPiece[] = [];
    const push = (start: number, end: number, change: number | null) => {
      if (start >= end) return;
      const last = pieces.at(-1);
      if (last && last.change === change && last.end === start) {
        last.end = end;
        last.text += text.slice(start, end);
      } else {
        pieces.push({ start, end, text: text.slice(start, end), change });
      }
    };
    let at = range.start;
    let previous: number | null | undefined;
    while (t < tokens.length && (tokens[t]?.start ?? Infinity) < range.end) {
      const token = tokens[t];
      const change = changeOf[t] ?? null;
      if (token === undefined) break;
      push(at, token.start, previous !== undefined && previous === change ? change : null);
      push(token.start, token.end, change);
      at = token.end;
      previous = change;
      t += 1;
    }
    push(at, range.end, null);
    return { ...range, pieces: balanced(pieces) };
  });
}

/**
 * Two passages compared word by word (words as the reuse finder reads them: case and apostrophes
 * folded): the longest run of words in common, in order, and between them what was swapped, added
 * or left out. Each side's pieces cover its ranges exactly, so they render the text as written.
 */
export function wordDiff(
  textA: string,
  rangesA: readonly TextRange[],
  textB: string,
  rangesB: readonly TextRange[],
): WordDiff {
  const tokensA = wordsOf(textA, rangesA);
  const tokensB = wordsOf(textB, rangesB);
  const pairs = commonWords(
    tokensA.map((t) => t.norm),
    tokensB.map((t) => t.norm),
  );
  const changeA: (number | null)[] = tokensA.map(() => null);
  const changeB: (number | null)[] = tokensB.map(() => null);
  const changes: WordChange[] = [];
  let i = 0;
  let j = 0;
  for (const [nextI, nextJ] of [...pairs, [tokensA.length, tokensB.length] as [number, number]]) {
    if (nextI > i || nextJ > j) {
      const index = changes.length;
      changes.push({
        kind: nextI > i && nextJ > j ? 'swapped' : nextI > i ? 'only-a' : 'only-b',
        a: '',
        b: '',
      });
      for (let k = i; k < nextI; k++) changeA[k] = index;
      for (let k = j; k < nextJ; k++) changeB[k] = index;
    }
    i = nextI + 1;
    j = nextJ + 1;
  }
  const a = piecesOf(textA, rangesA, tokensA, changeA);
  const b = piecesOf(textB, rangesB, tokensB, changeB);
  // Said as shown: with the brackets a changed run took whole.
  const said = (side: DiffRange[], index: number) =>
    side.flatMap((r) => r.pieces.filter((p) => p.change === index).map((p) => p.text)).join(' … ');
  changes.forEach((change, index) => {
    change.a = said(a, index);
    change.b = said(b, index);
  });
  return {
    a,
    b,
    changes,
    same: pairs.length,
    wordsA: tokensA.length,
    wordsB: tokensB.length,
  };
}
