import { useLayoutEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import type { ViewProps } from '../shared/view-props.ts';
import { linkProps } from './link-props.ts';
import { sharedCopy, type SharedCopy } from './shared-copy.ts';
import type { DiffRange, WordChange } from './word-diff.ts';

interface Props extends ViewProps {
  /** The open article, shown on the left (above, on a phone). */
  articleId: string;
  /** The article it shares text with. */
  otherId: string;
  onClose: () => void;
}

/** Words that differ: by colour and by a wavy underline, so neither alone tells them. */
const DIFFERS =
  'rounded-sm bg-oi-orange/35 text-slate-950 underline decoration-oi-vermillion decoration-wavy decoration-1 underline-offset-4';

const percent = (share: number) => `${Math.round(share * 100)}%`;

/** One side's sentences, the words that differ from the other side marked. */
function Side({ ranges, label }: { ranges: readonly DiffRange[]; label: string }) {
  return (
    <div className="min-w-0 rounded-md border border-slate-200 bg-white p-2">
      <p className="mb-1 text-xs font-semibold text-slate-600">{label}</p>
      <blockquote className="text-[15px] leading-relaxed text-slate-900">
        {ranges.map((range, r) => (
          <span key={range.start}>
            {r > 0 && <span className="text-slate-500"> … </span>}
            {range.pieces.map((piece) =>
              piece.change === null ? (
                <span key={piece.start}>{piece.text}</span>
              ) : (
                <mark key={piece.start} className={DIFFERS}>
                  {piece.text}
                </mark>
              ),
            )}
          </span>
        ))}
      </blockquote>
    </div>
  );
}

function changeWords(change: WordChange, mine: string, other: string): string {
  if (change.kind === 'only-a') return `only in ${mine}: “${change.a}”`;
  if (change.kind === 'only-b') return `only in ${other}: “${change.b}”`;
  return `${mine} “${change.a}”, ${other} “${change.b}”`;
}

/**
 * The text two articles share, side by side (stacked on a phone): sentence by sentence, the words
 * that differ marked and listed, and the likely original of each. A modal dialog: Escape or Close
 * shuts it and gives the focus back to what opened it.
 */
export function SharedCopyDialog({
  corpus,
  filters,
  setFilters,
  articleId,
  otherId,
  onClose,
}: Props) {
  const copy: SharedCopy | null = useMemo(
    () => sharedCopy(corpus, articleId, otherId),
    [corpus, articleId, otherId],
  );
  const dialogRef = useRef<HTMLDialogElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  // A layout effect, so that on closing the focus is given back before the reader takes it.
  useLayoutEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    headingRef.current?.focus({ preventScroll: true });
    headingRef.current?.scrollIntoView({ block: 'nearest' });
    return () => {
      if (dialog.open) dialog.close();
      if (opener?.isConnected === true) opener.focus({ preventScroll: true });
    };
  }, []);

  if (!copy) return null;
  const mineShort = `article ${copy.mine.id}`;
  const otherShort = `article ${copy.other.id}`;
  const origins = new Set(copy.rows.map((r) => r.originText));

  const show = (id: string, range: { start: number; end: number }) =>
    linkProps(setFilters, { ...filters, article: id, highlight: range }, onClose);
  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    // The reader around it has its own Escape and Tab; inside the dialog they are the dialog's.
    event.stopPropagation();
  };

  return (
    <dialog
      ref={dialogRef}
      aria-labelledby="shared-copy-heading"
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onKeyDown={onKeyDown}
      className="m-auto max-h-[calc(100dvh-1rem)] w-[min(72rem,calc(100vw-1rem))] max-w-none overflow-y-auto rounded-lg border border-slate-300 bg-slate-50 p-0 text-slate-900 shadow-xl backdrop:bg-slate-950/50"
    >
      <div className="sticky top-0 z-10 flex items-start justify-between gap-3 border-b border-slate-200 bg-white p-3 sm:p-4">
        <div className="min-w-0">
          <p className="text-xs font-semibold tracking-wide text-slate-600 uppercase">
            Shared text · {copy.kind === 'wire' ? 'wire copy' : 'spun copy'}
          </p>
          <h2
            id="shared-copy-heading"
            ref={headingRef}
            tabIndex={-1}
            className="rounded-sm text-lg leading-snug font-semibold text-slate-950"
          >
            {copy.mineLabel} and {copy.otherLabel}
          </h2>
        </div>
        <button
          type="button"
          onClick={onClose}
          className="shrink-0 rounded-md border border-slate-400 bg-white px-3 py-1 text-sm font-medium text-slate-900 hover:bg-slate-100"
        >
          Close<span className="sr-only"> the comparison</span>
          <span aria-hidden="true" className="ml-1 text-xs text-slate-600">
            Esc
          </span>
        </button>
      </div>

      <div className="flex flex-col gap-3 p-3 sm:p-4">
        <p className="max-w-prose text-sm text-slate-800">
          {copy.rows.length} {copy.rows.length === 1 ? 'sentence' : 'sentences'} in common:{' '}
          {percent(copy.shareMine)} of {mineShort}’s text is in {otherShort},{' '}
          {percent(copy.shareOther)} of {otherShort}’s is in {mineShort}.{' '}
          {copy.kind === 'wire'
            ? 'Wire copy: long runs word for word the same.'
            : 'Spun copy: the same sentences with words swapped.'}{' '}
          <mark className={DIFFERS}>Marked words</mark> differ between the two; the rest is the
          same, word for word.
        </p>
        {origins.size === 1 && (
          <p className="text-sm text-slate-900">
            <span className="font-semibold">Likely original: </span>
            {[...origins][0]}
          </p>
        )}

        <ol className="flex flex-col gap-3">
          {copy.rows.map((row, index) => {
            const first = row.diff.a[0];
            const last = row.diff.a.at(-1);
            const firstOther = row.diff.b[0];
            const lastOther = row.diff.b.at(-1);
            return (
              <li
                key={first?.start ?? index}
                aria-label={`Sentence ${index + 1} of ${copy.rows.length}`}
                className="rounded-lg border border-slate-200 bg-slate-100 p-2 sm:p-3"
              >
                <div className="grid gap-2 md:grid-cols-2 md:gap-3">
                  <Side ranges={row.diff.a} label={copy.mineLabel} />
                  <Side ranges={row.diff.b} label={copy.otherLabel} />
                </div>
                <p className="mt-2 text-sm text-slate-800">
                  <span className="font-semibold">
                    {row.diff.changes.length === 0 ? 'Word for word the same.' : 'Differs: '}
                  </span>
                  {row.diff.changes.map((c) => changeWords(c, mineShort, otherShort)).join('; ')}
                </p>
                {origins.size > 1 && (
                  <p className="mt-1 text-sm text-slate-800">
                    <span className="font-semibold">Likely original: </span>
                    {row.originText}
                  </p>
                )}
                <p className="mt-1 flex flex-wrap gap-x-4 text-sm">
                  {first && last && (
                    <a
                      className="text-sky-800 underline underline-offset-2"
                      {...show(copy.mine.id, { start: first.start, end: last.end })}
                    >
                      Show in {mineShort}
                      <span className="sr-only">, sentence {index + 1}</span>
                    </a>
                  )}
                  {firstOther && lastOther && (
                    <a
                      className="text-sky-800 underline underline-offset-2"
                      {...show(copy.other.id, { start: firstOther.start, end: lastOther.end })}
                    >
                      Show in {otherShort}
                      <span className="sr-only">, sentence {index + 1}</span>
                    </a>
                  )}
                </p>
              </li>
            );
          })}
        </ol>
      </div>
    </dialog>
  );
}
