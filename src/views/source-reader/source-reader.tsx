import {
  Fragment,
  useContext,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import type { RemovedReason } from '../../corpus/schema.ts';
import { cellElementId } from '../shared/cell-element-id.ts';
import { CurationSlot } from '../shared/curation-slot.ts';
import { StanceMark } from '../shared/stance-mark.tsx';
import type { ViewProps } from '../shared/view-props.ts';
import type { ArticleSegment, MarkKind, TextMark, TextPiece } from './article-segments.ts';
import { outletMetadataWords } from '../../wording/outlet-metadata-words.ts';
import { buildReader, isWebUrl } from './reader-model.ts';
import { linkProps } from './link-props.ts';
import { SharedCopyDialog } from './shared-copy-dialog.tsx';

const REASONS: Record<RemovedReason, string> = {
  'site-menu': 'site menu',
  'read-mode-widget': 'read-mode widget',
  trending: 'trending links',
  'related-links': 'related links',
  appeal: 'donation appeal',
  caption: 'photo caption',
  credit: 'credit line',
  dateline: 'dateline',
  other: 'other boilerplate',
};

/** Each kind of mark by colour and by line style, so neither alone tells them apart. */
const MARK_CLASS: Record<MarkKind, string> = {
  primary: 'bg-oi-yellow text-slate-950',
  figure:
    'font-semibold underline decoration-oi-blue decoration-solid decoration-2 underline-offset-4',
  date: 'underline decoration-oi-green decoration-double decoration-2 underline-offset-4',
  quote: 'italic border-b-2 border-dotted border-oi-purple',
  shared: 'box-decoration-clone shadow-[inset_0_2px_0_0_var(--color-oi-sky)]',
  credit: 'rounded-sm box-decoration-clone ring-2 ring-oi-vermillion',
};

/** Shared text's tint, left off inside the primary highlight so that stays yellow. */
const SHARED_TINT = 'bg-sky-100';

const MARK_LEGEND: { kind: MarkKind; term: string }[] = [
  { kind: 'primary', term: 'the passage you opened' },
  { kind: 'figure', term: 'figure' },
  { kind: 'date', term: 'date' },
  { kind: 'quote', term: 'quote' },
  { kind: 'shared', term: 'shared with another article' },
  { kind: 'credit', term: 'credit to a news agency' },
];

/** What Tab can reach inside the reader. */
const TAB_STOPS =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), summary, [tabindex="0"]';

const IDENTITY: Record<string, string> = {
  stated: 'identity stated',
  inferred: 'identity inferred',
  unknown: 'identity unknown',
};

const SECTION_HEADING = 'text-xs font-semibold tracking-wide text-slate-600 uppercase';
const BUTTON =
  'rounded-md border border-slate-400 bg-white px-2 py-0.5 text-sm font-medium text-slate-900 hover:bg-slate-100';

/** The likely originals of what two articles share: one line, or one per origin with its count. */
function OriginLines({ origins }: { origins: readonly { text: string; rows: number }[] }) {
  if (origins.length === 0) return null;
  if (origins.length === 1) {
    return (
      <p className="mt-0.5">
        <span className="font-semibold">Likely original: </span>
        {origins[0]?.text}
      </p>
    );
  }
  return (
    <div className="mt-0.5">
      <p className="font-semibold">Likely original, sentence by sentence:</p>
      <ul className="list-disc pl-5">
        {origins.map((o) => (
          <li key={o.text}>
            {o.text} ({o.rows} {o.rows === 1 ? 'sentence' : 'sentences'})
          </li>
        ))}
      </ul>
    </div>
  );
}

type Group =
  | { type: 'text'; start: number; pieces: TextPiece[] }
  | Extract<ArticleSegment, { type: 'removed' }>;

/** Consecutive body runs joined, so a highlight that crosses marks stays one element. */
function groupText(segments: readonly ArticleSegment[]): Group[] {
  const groups: Group[] = [];
  for (const segment of segments) {
    const last = groups.at(-1);
    if (segment.type === 'removed') groups.push(segment);
    else if (last?.type === 'text') last.pieces.push(segment);
    else groups.push({ type: 'text', start: segment.start, pieces: [segment] });
  }
  return groups;
}

function Marked({ piece, primary }: { piece: TextPiece; primary: boolean }) {
  // Article text is data: it only ever becomes text nodes, never markup.
  let node: ReactNode = piece.text;
  for (const kind of ['figure', 'date', 'quote', 'credit', 'shared'] as const) {
    const marks = piece.marks.filter((m: TextMark) => m.kind === kind);
    if (marks.length === 0) continue;
    node = (
      <span
        className={`${MARK_CLASS[kind]}${kind === 'shared' && !primary ? ` ${SHARED_TINT}` : ''}`}
        title={[...new Set(marks.map((m) => m.note))].join('; ')}
      >
        {node}
      </span>
    );
  }
  return <>{node}</>;
}

/** Runs of text, with each stretch of the primary passage inside one highlight. */
function Pieces({ pieces }: { pieces: readonly TextPiece[] }) {
  const runs: { primary: boolean; pieces: TextPiece[] }[] = [];
  for (const piece of pieces) {
    const primary = piece.marks.some((m) => m.kind === 'primary');
    const last = runs.at(-1);
    if (last && last.primary === primary) last.pieces.push(piece);
    else runs.push({ primary, pieces: [piece] });
  }
  return runs.map((run) => {
    const children = run.pieces.map((piece) => (
      <Marked key={piece.start} piece={piece} primary={run.primary} />
    ));
    const key = run.pieces[0]?.start ?? 0;
    return run.primary ? (
      <mark key={key} className={MARK_CLASS.primary}>
        {children}
      </mark>
    ) : (
      <Fragment key={key}>{children}</Fragment>
    );
  });
}

/**
 * The open article beside the views (full screen on phones): the passage it was opened for
 * highlighted and scrolled into view, with its heading (which takes the focus) kept in sight; its
 * figures, dates, quotes, credits to news agencies and every passage it shares with another
 * article marked; boilerplate set aside with its reason; what it shares with each article, with
 * the likely original, and opened side by side on demand. Escape closes it and gives the focus back.
 */
export function SourceReader({ corpus, filters, setFilters }: ViewProps) {
  const model = useMemo(() => buildReader(corpus, filters), [corpus, filters]);
  const asideRef = useRef<HTMLElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const textRef = useRef<HTMLElement>(null);
  const openerRef = useRef<HTMLElement | null>(null);
  /** The article whose shared text is open side by side with the open article's, if any. */
  const [comparing, setComparing] = useState<{ from: string; other: string } | null>(null);
  const renderCuration = useContext(CurationSlot);

  const target = model
    ? `${model.article.id}|${filters.cell?.claimId ?? ''}|${filters.highlight?.start ?? ''}-${filters.highlight?.end ?? ''}`
    : null;

  useLayoutEffect(() => {
    const aside = asideRef.current;
    if (target === null || !aside) return;
    const focused = document.activeElement;
    if (focused instanceof HTMLElement && focused !== document.body && !aside.contains(focused)) {
      openerRef.current = focused;
    }
    const heading = headingRef.current;
    heading?.focus({ preventScroll: true });
    const mark = textRef.current?.querySelector('mark');
    if (mark) {
      // Scroll the reader only, never the page, so the matrix stays where it was.
      const box = aside.getBoundingClientRect();
      const at = mark.getBoundingClientRect();
      aside.scrollTop += at.top - box.top - aside.clientHeight / 2 + at.height / 2;
    } else {
      aside.scrollTop = 0;
    }
    // The heading stays at the top of the reader as it scrolls; should the reader itself be out
    // of sight (the page scrolled past it), the page scrolls just enough to show what has focus.
    const shown = heading?.getBoundingClientRect();
    if (heading && shown && (shown.top < 0 || shown.bottom > window.innerHeight)) {
      heading.scrollIntoView({ block: 'nearest' });
    }
  }, [target]);

  // A comparison belongs to the article it was opened from: another article (Back, a link) ends it.
  if (comparing !== null && comparing.from !== model?.article.id) setComparing(null);

  if (!model) return null;
  const { article, outlet, cell } = model;

  const close = () => {
    const opener = openerRef.current;
    const cellId = filters.cell
      ? cellElementId(filters.cell.claimId, filters.cell.articleId)
      : null;
    setFilters((current) => ({ ...current, cell: null, article: null, highlight: null }));
    const back =
      opener?.isConnected === true ? opener : cellId ? document.getElementById(cellId) : null;
    back?.focus({ preventScroll: true });
  };
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
      return;
    }
    const aside = asideRef.current;
    // Full screen (a phone), the reader covers the page: Tab wraps inside it like a dialog's.
    if (event.key !== 'Tab' || !aside || getComputedStyle(aside).position !== 'fixed') return;
    const stops = [...aside.querySelectorAll<HTMLElement>(TAB_STOPS)].filter(
      (element) => element.getClientRects().length > 0,
    );
    const first = stops[0];
    const last = stops.at(-1);
    if (!first || !last) return;
    const at = document.activeElement;
    if (event.shiftKey && (at === first || at === headingRef.current)) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && at === last) {
      event.preventDefault();
      first.focus();
    }
  };

  const title = article.title ?? `Untitled article ${article.id}`;
  const unread = corpus.diagnostics.find(
    (d) => d.code === 'language-not-read' && d.articleId === article.id,
  );
  const how = outlet?.identification.how ?? 'unknown';
  const identityNotes = outlet
    ? [...outlet.identification.evidence.map((e) => e.note), ...outletMetadataWords(outlet)]
    : [];

  return (
    <aside
      ref={asideRef}
      aria-labelledby="source-reader-heading"
      onKeyDown={onKeyDown}
      className="fixed inset-0 z-40 overflow-y-auto bg-white p-4 lg:sticky lg:top-4 lg:z-auto lg:max-h-[calc(100vh-2rem)] lg:w-[30rem] lg:shrink-0 lg:rounded-lg lg:border lg:border-slate-300 lg:shadow-sm"
    >
      <div className="sticky -top-4 z-10 -mx-4 -mt-4 flex items-start justify-between gap-3 border-b border-slate-200 bg-white px-4 pt-4 pb-2">
        <div className="min-w-0">
          <p className="text-xs font-semibold tracking-wide text-slate-600 uppercase">
            Source reader · article {article.id}
          </p>
          <h2
            id="source-reader-heading"
            ref={headingRef}
            tabIndex={-1}
            className="mt-1 rounded-sm text-lg leading-snug font-semibold break-words text-slate-950 focus-visible:outline-offset-0"
          >
            {title}
          </h2>
        </div>
        <button
          type="button"
          onClick={close}
          className="shrink-0 rounded-md border border-slate-400 px-3 py-1 text-sm font-medium text-slate-900 hover:bg-slate-100"
        >
          Close<span className="sr-only"> the source reader</span>
          <span aria-hidden="true" className="ml-1 text-xs text-slate-600">
            Esc
          </span>
        </button>
      </div>

      {unread && (
        <p
          role="note"
          className="mt-2 rounded-md border border-amber-400 bg-amber-50 p-2 text-sm text-slate-900"
        >
          <span className="font-semibold">Not read by the machine. </span>
          {unread.message}
        </p>
      )}

      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-sm">
        <dt className="text-slate-600">Outlet</dt>
        <dd className="text-slate-900">
          {outlet?.name ?? article.outletId}{' '}
          <span className="text-slate-700">
            ({outlet?.kind ?? 'unknown'}, {IDENTITY[how]}
            {identityNotes.length > 0 ? `: ${identityNotes.join('; ')}` : ''})
          </span>
        </dd>
        <dt className="text-slate-600">Published</dt>
        <dd className="text-slate-900">{article.published ?? 'date unknown'}</dd>
        {article.byline !== undefined && (
          <>
            <dt className="text-slate-600">Byline</dt>
            <dd className="text-slate-900">
              {article.byline}{' '}
              <span className="text-slate-700">(named by its page or file, not in its text)</span>
            </dd>
          </>
        )}
        <dt className="text-slate-600">URL</dt>
        <dd className="break-all text-slate-900">
          {article.url === null ? (
            'unknown'
          ) : isWebUrl(article.url) ? (
            <a
              href={article.url}
              target="_blank"
              rel="noopener noreferrer"
              className="text-oi-blue underline"
            >
              {article.url}
            </a>
          ) : (
            <span>{article.url}</span>
          )}
        </dd>
      </dl>

      {cell && (
        <div className="mt-3 rounded-md border border-slate-300 bg-slate-50 p-2 text-sm">
          <p className="text-slate-600">Claim</p>
          <p className="font-medium text-slate-950">{cell.claim.statement}</p>
          <p className="mt-1 flex items-center gap-2 text-slate-900">
            <StanceMark stance={cell.stance} origin={cell.evidence[0]?.origin ?? null} />
            <span>{cell.summary}</span>
          </p>
        </div>
      )}
      {model.highlightProblem && (
        <p
          role="status"
          className="mt-3 rounded-md border border-amber-300 bg-amber-50 p-2 text-sm text-amber-950"
        >
          {model.highlightProblem}
        </p>
      )}

      {renderCuration === null
        ? cell && (
            <p className="mt-2 text-xs text-slate-700">
              Read-only here. To confirm or correct what the machine proposed, build a story of your
              own in the workbench (&ldquo;Your own story&rdquo;).
            </p>
          )
        : renderCuration({ corpus, articleId: article.id, claimId: cell?.claim.id ?? null })}

      {model.reuse.length > 0 && (
        <section aria-labelledby="reader-shared-heading" className="mt-3 text-sm">
          <h3 id="reader-shared-heading" className={SECTION_HEADING}>
            Shared with other articles
          </h3>
          <ul className="mt-1 space-y-2">
            {model.reuse.map((r) => (
              <li key={r.otherArticle.id} className="text-slate-800">
                <p>
                  Shares {Math.round(r.share * 100)}% of its text with article {r.otherArticle.id} (
                  {r.otherOutlet?.name ?? r.otherArticle.outletId},{' '}
                  {r.kind === 'wire' ? 'wire copy' : 'spun copy'}): {r.passages}{' '}
                  {r.passages === 1 ? 'passage' : 'passages'}, marked in the text.
                </p>
                <OriginLines origins={r.origins} />
                <p className="mt-1 flex flex-wrap gap-2">
                  <button
                    type="button"
                    className={BUTTON}
                    aria-label={`Compare side by side with article ${r.otherArticle.id}`}
                    onClick={() => setComparing({ from: article.id, other: r.otherArticle.id })}
                  >
                    Compare side by side
                  </button>
                  <button
                    type="button"
                    className={BUTTON}
                    onClick={() =>
                      setFilters((current) => ({
                        ...current,
                        article: r.otherArticle.id,
                        cell: null,
                        highlight: r.firstInOther,
                      }))
                    }
                  >
                    Open article {r.otherArticle.id}
                  </button>
                </p>
              </li>
            ))}
          </ul>
        </section>
      )}

      {model.credits.length > 0 && (
        <section aria-labelledby="reader-credits-heading" className="mt-3 text-sm">
          <h3 id="reader-credits-heading" className={SECTION_HEADING}>
            Credits to news agencies
          </h3>
          <ul className="mt-1 space-y-2">
            {model.credits.map((link) => {
              const { credit } = link;
              return (
                <li key={`${credit.start}-${credit.agency}`} className="text-slate-800">
                  <p>
                    <a
                      className="font-medium text-sky-800 underline underline-offset-2"
                      {...linkProps(setFilters, {
                        ...filters,
                        article: article.id,
                        highlight: { start: credit.start, end: credit.end },
                      })}
                    >
                      “{credit.quote}”
                    </a>{' '}
                    — {link.covers}.
                  </p>
                  {link.copies.length > 0 && (
                    <p className="mt-1">
                      Likely {credit.agency} copy: the text this article shares with{' '}
                      {link.copies.map((copy, i) => (
                        <Fragment key={copy.article.id}>
                          {i > 0 && (i === link.copies.length - 1 ? ' and ' : ', ')}
                          <button
                            type="button"
                            className="font-medium text-sky-800 underline underline-offset-2"
                            aria-label={`Compare side by side with ${copy.label}`}
                            onClick={() =>
                              setComparing({ from: article.id, other: copy.article.id })
                            }
                          >
                            {copy.label}
                          </button>
                        </Fragment>
                      ))}{' '}
                      (each opens the two side by side).
                    </p>
                  )}
                  {link.copies.length === 0 && credit.scope !== 'photo' && (
                    <p className="mt-1 text-slate-700">
                      {credit.scope === 'article'
                        ? 'No other article in the corpus shares text with this one.'
                        : 'No other article in the corpus carries that sentence.'}
                    </p>
                  )}
                  {link.agencyArticles.length > 0 && (
                    <p className="mt-1">
                      {credit.agency}’s own articles in the corpus:{' '}
                      {link.agencyArticles.map((a, i) => (
                        <Fragment key={a.article.id}>
                          {i > 0 && ', '}
                          <a
                            className="font-medium text-sky-800 underline underline-offset-2"
                            {...linkProps(setFilters, {
                              ...filters,
                              article: a.article.id,
                              cell: null,
                              highlight: null,
                            })}
                          >
                            {a.label}
                          </a>
                        </Fragment>
                      ))}
                    </p>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      )}

      <ul
        aria-label="Marks in the text"
        className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-800"
      >
        {MARK_LEGEND.map(({ kind, term }) => (
          <li key={kind}>
            <span className={`${MARK_CLASS[kind]}${kind === 'shared' ? ` ${SHARED_TINT}` : ''}`}>
              {term}
            </span>{' '}
            <span className="text-slate-600">({model.counts[kind]})</span>
          </li>
        ))}
        <li>
          <span className="rounded border border-dashed border-slate-500 px-1">boilerplate</span>{' '}
          <span className="text-slate-600">set aside, click to show</span>
        </li>
      </ul>

      <section
        ref={textRef}
        aria-label="Article text"
        className="mt-3 border-t border-slate-200 pt-3 text-[15px] leading-relaxed break-words whitespace-pre-wrap text-slate-900"
      >
        {groupText(model.segments).map((group) =>
          group.type === 'text' ? (
            <Pieces key={group.start} pieces={group.pieces} />
          ) : (
            <details
              key={`${group.start}-${String(group.holdsPrimary)}`}
              open={group.holdsPrimary || undefined}
              className="my-1 rounded border border-dashed border-slate-500 bg-slate-50 px-2 py-0.5 text-sm whitespace-normal text-slate-700"
            >
              <summary className="cursor-pointer">
                Removed: {group.reasons.map((r) => REASONS[r]).join(', ')} (
                {group.end - group.start} characters)
              </summary>
              <span className="whitespace-pre-wrap">
                <Pieces pieces={group.pieces} />
              </span>
            </details>
          ),
        )}
      </section>
      {comparing?.from === article.id && (
        <SharedCopyDialog
          corpus={corpus}
          filters={filters}
          setFilters={setFilters}
          articleId={article.id}
          otherId={comparing.other}
          onClose={() => setComparing(null)}
        />
      )}
    </aside>
  );
}
