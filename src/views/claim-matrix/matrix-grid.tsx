import {
  defaultRangeExtractor,
  elementScroll,
  useVirtualizer,
  type Range,
  type Virtualizer,
} from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { flushSync } from 'react-dom';
import type { Cell } from '../../filters/filters.ts';
import { cellElementId } from '../shared/cell-element-id.ts';
import { categoryLabel } from '../shared/claim-words.ts';
import {
  type ClaimMatrixModel,
  type MatrixColumn,
  type MatrixCell,
  type MatrixGroup,
  type MatrixRow,
} from './claim-matrix-model.ts';
import { figureWords } from '../../wording/figure-wording.ts';
import { outletMetadataWords } from '../../wording/outlet-metadata-words.ts';
import { GradeBadge } from './grade-badge.tsx';
import { moveInGrid, type GridPosition } from './grid-navigation.ts';
import { rowWords } from './row-words.ts';
import { ReviewedMark, StanceMark } from '../shared/stance-mark.tsx';
import { NARROW_SCREEN, useMediaQuery } from '../shared/use-media-query.ts';

/**
 * Sizes in pixels; narrow screens get a slimmer claim column. Rows are as tall as their content
 * (measured once drawn): `row` is only the least a row is taken to need before then.
 */
const WIDE = { rowHeader: 440, column: 136, row: 56, group: 52, columnHeader: 34, chars: 66 };
const NARROW = { rowHeader: 164, column: 104, row: 96, group: 54, columnHeader: 34, chars: 26 };
/**
 * Where the matrix shares its width (the source reader open beside it), the claim column gives
 * way down to this, so about three articles stay in view beside the claims.
 */
const MIN_WIDE_ROW_HEADER = 300;
const COLUMNS_KEPT_IN_VIEW = 3;
/** About how wide a character of a claim is, in px, to estimate its lines. */
const CHARACTER = 6.3;
/**
 * What the grid is taken to measure before it has been measured: a desktop screen's worth. The
 * prerender draws this many rows and columns, and the browser's first render must draw the same
 * ones to take the prerendered page over.
 */
const FIRST_RECT = { width: 1280, height: 832 };

/**
 * A row's height before it is measured, from how many lines its claim and its cells' words take
 * (at about `chars` characters a line in the claim column). The same on the server and in the
 * browser, so the prerendered rows are where the first render puts them.
 */
function estimateRow(row: MatrixRow, size: typeof WIDE): number {
  const claimLines = Math.ceil(row.claim.statement.length / size.chars);
  // The line of grade, counts and totals under the claim takes about a third more room.
  const metaLines = Math.ceil((row.sourcing.totals === null ? 80 : 120) / (size.chars * 1.1));
  return Math.max(size.row, 10 + claimLines * 18 + metaLines * 17);
}

/** Keeps one index rendered whatever the scroll, so the focused cell never unmounts. */
function keeping(index: number) {
  return (range: Range) => {
    const indexes = defaultRangeExtractor(range);
    if (index < 0 || index >= range.count || indexes.includes(index)) return indexes;
    return [...indexes, index].sort((a, b) => a - b);
  };
}

const IDENTITY: Record<string, string> = {
  stated: 'identity stated',
  inferred: 'identity inferred',
  unknown: 'identity unknown',
};

interface Props {
  model: ClaimMatrixModel;
  /** The cell open in the source reader. */
  openCell: Cell | null;
  onOpen: (cell: MatrixCell) => void;
  onClose: () => void;
}

/**
 * The claim matrix as an ARIA grid: arrow keys, Home/End, Ctrl+Home/End, PageUp/PageDown and Enter,
 * with one tab stop; rows and columns are virtualized, and aria-rowindex/colindex stay those of the
 * whole matrix. Rows are as tall as their content.
 */
/**
 * Tells the virtualizer the grid's size each time a ResizeObserver reports it, after the
 * browser's own layout. The virtualizer's default also reads the size when the grid mounts, which
 * forces the page's layout inside React's commit; until the first report, `initialRect` stands.
 */
function observeRectAfterLayout(
  instance: Virtualizer<HTMLDivElement, Element>,
  onRect: (rect: { width: number; height: number }) => void,
): (() => void) | undefined {
  const element = instance.scrollElement;
  if (element === null || typeof ResizeObserver === 'undefined') return undefined;
  // Layout is done when the observer reports, so reading the element's size then costs nothing.
  const observer = new ResizeObserver(() =>
    onRect({ width: element.clientWidth, height: element.clientHeight }),
  );
  observer.observe(element);
  return () => observer.disconnect();
}

/** Virtualizers (one per axis of a grid) that have asked to scroll at least once. */
const scrolledBefore = new WeakSet<Virtualizer<HTMLDivElement, Element>>();

/**
 * Scrolls the grid as the virtualizer asks, except its first request on a new grid to go to the
 * top, where a new grid already is: scrolling an element forces the page's layout, and that first
 * request comes inside React's commit.
 */
function scrollGrid(
  offset: number,
  options: { adjustments?: number; behavior?: ScrollBehavior },
  instance: Virtualizer<HTMLDivElement, Element>,
): void {
  if (!scrolledBefore.has(instance)) {
    scrolledBefore.add(instance);
    if (offset + (options.adjustments ?? 0) === 0) return;
  }
  elementScroll(offset, options, instance);
}

/**
 * A row's height as its ResizeObserver saw it, after the browser's own layout; until then the
 * height known or estimated. The virtualizer's default reads `offsetHeight` when a row mounts,
 * which forces the whole page's layout in the middle of React's commit: with a new story's
 * dashboard just drawn, that one task ran past 50 ms. The observer reports each row after the
 * first layout; a row whose estimate was off moves to its measured place in the next frame.
 */
function rowHeight(
  element: Element,
  entry: ResizeObserverEntry | undefined,
  instance: Virtualizer<HTMLDivElement, Element>,
): number {
  const box = entry?.borderBoxSize[0];
  if (box !== undefined) return Math.round(box.blockSize);
  const index = instance.indexFromElement(element);
  return (
    instance.itemSizeCache.get(instance.options.getItemKey(index)) ??
    instance.options.estimateSize(index)
  );
}

export function MatrixGrid({ model, openCell, onOpen, onClose }: Props) {
  const narrow = useMediaQuery(NARROW_SCREEN);
  const scrollRef = useRef<HTMLDivElement>(null);
  // The width the grid may take: its container's. Unknown until measured (as in the prerender).
  const [room, setRoom] = useState<number | null>(null);
  useLayoutEffect(() => {
    const container = scrollRef.current?.parentElement;
    if (!container || typeof ResizeObserver === 'undefined') return;
    // The observer's first report comes after the browser's own layout and before its paint, and
    // the grid is redrawn at once for the room it has: reading the width here instead forced the
    // whole page's layout inside React's commit, one long task with a new story's dashboard.
    const observer = new ResizeObserver(([entry]) => {
      const width = Math.floor(entry?.borderBoxSize[0]?.inlineSize ?? 0);
      if (width > 0) flushSync(() => setRoom(width));
    });
    observer.observe(container);
    return () => observer.disconnect();
  }, []);
  const size = useMemo(() => {
    if (narrow) return NARROW;
    if (room === null) return WIDE;
    const rowHeader = Math.max(
      MIN_WIDE_ROW_HEADER,
      Math.min(WIDE.rowHeader, room - COLUMNS_KEPT_IN_VIEW * WIDE.column - 2),
    );
    return { ...WIDE, rowHeader, chars: Math.floor((rowHeader - 24) / CHARACTER) };
  }, [narrow, room]);
  const headerHeight = size.group + size.columnHeader;
  const { rows, columns, groups } = model;

  const rowIndex = useMemo(() => new Map(rows.map((r, i) => [r.claim.id, i])), [rows]);
  const columnIndex = useMemo(() => new Map(columns.map((c, i) => [c.article.id, i])), [columns]);

  // The focus is kept by ids so it stays on the same claim and article when rows re-sort.
  const [focus, setFocus] = useState<(Cell & GridPosition) | null>(() =>
    openCell ? { ...openCell, row: 0, column: 0 } : null,
  );
  // A cell opened from outside (a link, Back, Forward) takes the focus position with it.
  const openKey = openCell ? `${openCell.claimId}~${openCell.articleId}` : null;
  const [seenOpen, setSeenOpen] = useState(openKey);
  if (openKey !== seenOpen) {
    setSeenOpen(openKey);
    if (openCell) setFocus({ ...openCell, row: 0, column: 0 });
  }
  const clamp = (value: number, count: number) => Math.max(0, Math.min(count - 1, value));
  const active: GridPosition = {
    row: rowIndex.get(focus?.claimId ?? '') ?? clamp(focus?.row ?? 0, rows.length),
    column: columnIndex.get(focus?.articleId ?? '') ?? clamp(focus?.column ?? 0, columns.length),
  };

  // The app does not run the React Compiler, and the virtualizer re-renders this component itself
  // on scroll, so its unmemoizable functions cannot go stale here.
  // eslint-disable-next-line react-hooks/incompatible-library
  const rowVirtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (index) => {
      const row = rows[index];
      return row ? estimateRow(row, size) : size.row;
    },
    getItemKey: (index) => rows[index]?.claim.id ?? index,
    measureElement: rowHeight,
    observeElementRect: observeRectAfterLayout,
    scrollToFn: scrollGrid,
    initialRect: FIRST_RECT,
    paddingStart: headerHeight,
    scrollPaddingStart: headerHeight,
    overscan: 4,
    rangeExtractor: useMemo(() => keeping(active.row), [active.row]),
  });
  const columnVirtualizer = useVirtualizer({
    horizontal: true,
    count: columns.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => size.column,
    observeElementRect: observeRectAfterLayout,
    scrollToFn: scrollGrid,
    initialRect: FIRST_RECT,
    paddingStart: size.rowHeader,
    scrollPaddingStart: size.rowHeader,
    overscan: 2,
    rangeExtractor: useMemo(() => keeping(active.column), [active.column]),
  });
  useEffect(() => {
    rowVirtualizer.measure();
    columnVirtualizer.measure();
  }, [size, rowVirtualizer, columnVirtualizer]);

  // A cell opened from a link (or Back, Forward) is scrolled into the grid's view, not only marked.
  const openRow = openCell ? (rowIndex.get(openCell.claimId) ?? -1) : -1;
  const openColumn = openCell ? (columnIndex.get(openCell.articleId) ?? -1) : -1;
  useEffect(() => {
    if (openRow >= 0) rowVirtualizer.scrollToIndex(openRow);
    if (openColumn >= 0) columnVirtualizer.scrollToIndex(openColumn);
  }, [openRow, openColumn, rowVirtualizer, columnVirtualizer]);

  const focusPending = useRef(false);
  const activeCell = model.cell(active.row, active.column);
  const activeId = activeCell
    ? cellElementId(activeCell.claim.id, activeCell.column.article.id)
    : null;
  useLayoutEffect(() => {
    if (!focusPending.current || activeId === null) return;
    focusPending.current = false;
    // The grid's own scroll is the virtualizer's, so the sticky headers never cover the cell;
    // then the page scrolls, if need be, to bring that part of the grid into view.
    const element = document.getElementById(activeId);
    element?.focus({ preventScroll: true });
    const frame = requestAnimationFrame(() =>
      element?.scrollIntoView({ block: 'nearest', inline: 'nearest' }),
    );
    return () => cancelAnimationFrame(frame);
  }, [activeId]);

  const moveTo = (position: GridPosition) => {
    const cell = model.cell(position.row, position.column);
    if (!cell) return;
    setFocus({ claimId: cell.claim.id, articleId: cell.column.article.id, ...position });
    rowVirtualizer.scrollToIndex(position.row);
    columnVirtualizer.scrollToIndex(position.column);
    focusPending.current = true;
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Enter') {
      if (activeCell) onOpen(activeCell);
      event.preventDefault();
      return;
    }
    if (event.key === 'Escape' && openCell) {
      onClose();
      event.preventDefault();
      return;
    }
    // A page is as many rows as are in view now (rows differ in height).
    const scroller = scrollRef.current;
    const pageRows = scroller
      ? rowVirtualizer
          .getVirtualItems()
          .filter(
            (item) =>
              item.start >= scroller.scrollTop + headerHeight &&
              item.end <= scroller.scrollTop + scroller.clientHeight,
          ).length
      : 1;
    const next = moveInGrid(event, active, rows.length, columns.length, pageRows);
    if (!next) return;
    event.preventDefault();
    moveTo(next);
  };

  const virtualRows = rowVirtualizer.getVirtualItems();
  const virtualColumns = columnVirtualizer.getVirtualItems();
  const totalWidth = columnVirtualizer.getTotalSize();
  const totalHeight = rowVirtualizer.getTotalSize();
  const firstColumn = virtualColumns[0]?.index ?? 0;
  const lastColumn = virtualColumns.at(-1)?.index ?? -1;
  const visibleGroups = groups.filter(
    (g) => g.firstColumn <= lastColumn && g.firstColumn + g.columnCount - 1 >= firstColumn,
  );

  return (
    <div
      ref={scrollRef}
      id="claim-matrix-grid"
      role="grid"
      data-wide-layout
      aria-label={`Claim matrix: ${rows.length} claims by ${columns.length} articles`}
      aria-rowcount={rows.length + 2}
      aria-colcount={columns.length + 1}
      onKeyDown={onKeyDown}
      className="relative w-fit max-w-full overflow-auto overscroll-x-contain rounded-lg border border-slate-300 bg-white"
      // As tall as the screen, less a margin to scroll the page by: once scrolled into view, the
      // matrix shows as many claims as fit.
      style={{ maxHeight: 'min(calc(100vh - 2.5rem), 60rem)' }}
    >
      <div className="relative" style={{ width: totalWidth, height: totalHeight }}>
        <div role="rowgroup" className="sticky top-0 z-20" style={{ width: totalWidth }}>
          <div role="row" aria-rowindex={1} className="relative" style={{ height: size.group }}>
            <div
              role="columnheader"
              aria-colindex={1}
              aria-rowspan={2}
              className="sticky left-0 z-30 flex flex-col justify-end border-r border-b border-slate-300 bg-slate-100 px-3 py-1.5"
              style={{ width: size.rowHeader, height: headerHeight }}
            >
              <span className="text-sm font-semibold text-slate-900">Claim</span>
              <span className="text-xs text-slate-700">
                grade · outlets carrying it · independent sources
              </span>
            </div>
            {visibleGroups.map((group) => (
              <GroupHeader
                key={group.outlet.id}
                group={group}
                column={columns[group.firstColumn]}
                left={size.rowHeader + group.firstColumn * size.column}
                width={group.columnCount * size.column}
                height={size.group}
              />
            ))}
          </div>
          <div
            role="row"
            aria-rowindex={2}
            className="relative"
            style={{ height: size.columnHeader }}
          >
            {virtualColumns.map((vc) => {
              const column = columns[vc.index];
              if (!column) return null;
              return (
                <div
                  key={column.article.id}
                  role="columnheader"
                  aria-colindex={vc.index + 2}
                  className="absolute top-0 flex h-full flex-col justify-center border-r border-b border-slate-300 bg-slate-50 px-2 text-[11px] leading-tight"
                  style={{ left: vc.start, width: vc.size }}
                  title={column.unread ?? column.article.title ?? undefined}
                >
                  <span className="font-medium text-slate-900">Article {column.article.id}</span>
                  <span className="text-slate-700">
                    {column.unread === null
                      ? (column.article.published ?? 'date unknown')
                      : 'not read: language'}
                  </span>
                </div>
              );
            })}
          </div>
        </div>
        <div role="rowgroup">
          {virtualRows.map((vr) => {
            const row = rows[vr.index];
            if (!row) return null;
            // Cells sit in the row's flow, so the row grows to the tallest; a gap stands for the
            // columns scrolled out of view.
            let x = size.rowHeader;
            return (
              <div
                key={row.claim.id}
                ref={rowVirtualizer.measureElement}
                data-index={vr.index}
                role="row"
                aria-rowindex={vr.index + 3}
                className="absolute left-0 flex"
                style={{ top: vr.start, minHeight: size.row, width: totalWidth }}
              >
                <RowHeader
                  row={row}
                  outletCount={groups.length}
                  width={size.rowHeader}
                  narrow={narrow}
                />
                {virtualColumns.map((vc) => {
                  const cell = model.cell(vr.index, vc.index);
                  if (!cell) return null;
                  const gap = vc.start - x;
                  x = vc.start + vc.size;
                  const isActive = vr.index === active.row && vc.index === active.column;
                  const isOpen =
                    openCell?.claimId === cell.claim.id &&
                    openCell.articleId === cell.column.article.id;
                  return (
                    <MatrixGridCell
                      key={cell.column.article.id}
                      cell={cell}
                      columnIndex={vc.index}
                      gap={gap}
                      width={vc.size}
                      tabbable={isActive}
                      open={isOpen}
                      onFocus={() =>
                        setFocus({
                          claimId: cell.claim.id,
                          articleId: cell.column.article.id,
                          row: vr.index,
                          column: vc.index,
                        })
                      }
                      onOpen={() => onOpen(cell)}
                    />
                  );
                })}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}

function GroupHeader({
  group,
  column,
  left,
  width,
  height,
}: {
  group: MatrixGroup;
  /** The group's first column, to name an unidentified outlet by its article. */
  column: MatrixColumn | undefined;
  left: number;
  width: number;
  height: number;
}) {
  const { outlet } = group;
  const how = outlet.identification.how;
  const evidence = [
    ...outlet.identification.evidence.map((e) => `“${e.quote}”: ${e.note}`),
    ...outletMetadataWords(outlet),
  ];
  // "Unidentified outlet (article 000)" is cut to "Unidentified outlet" in a narrow column, and
  // two of them then look alike: the name goes on one line, the article on the next.
  const shortName = column && group.columnCount === 1 ? column.parts.outlet : outlet.name;
  const named = shortName !== outlet.name;
  return (
    <div
      role="columnheader"
      aria-colindex={group.firstColumn + 2}
      aria-colspan={group.columnCount}
      // Room for a name on two lines and the identity under it; neither line ever shrinks into
      // the other (a long outlet name ran into "identity stated").
      className="absolute top-0 flex flex-col justify-center overflow-hidden border-r border-b border-slate-300 bg-slate-100 px-2 py-1"
      style={{ left, width, height }}
      title={
        evidence.length > 0
          ? `${outlet.name}, ${IDENTITY[how] ?? how}: ${evidence.join('; ')}`
          : `${outlet.name}, ${IDENTITY[how] ?? how}`
      }
    >
      {/* An unidentified outlet is named by its article in the column header just below. */}
      <span className="line-clamp-2 shrink-0 text-xs leading-tight font-semibold text-slate-950">
        {shortName}
        {named && how !== 'unknown' && (
          <span className="sr-only"> (article {column?.article.id})</span>
        )}
      </span>
      <span
        className={`shrink-0 truncate text-[11px] leading-tight text-slate-700 ${how === 'stated' ? '' : 'italic'}`}
      >
        {/* "Unidentified outlet" already says its identity is unknown: say which article. */}
        {named && how === 'unknown'
          ? `article ${column?.article.id ?? ''}`
          : outlet.kind === 'unknown'
            ? IDENTITY[how]
            : `${outlet.kind} · ${how}`}
      </span>
    </div>
  );
}

function RowHeader({
  row,
  outletCount,
  width,
  narrow,
}: {
  row: MatrixRow;
  outletCount: number;
  width: number;
  narrow: boolean;
}) {
  const { claim, discrepancies } = row;
  const words = rowWords(row, outletCount);
  return (
    <div
      role="rowheader"
      aria-colindex={1}
      className="sticky left-0 z-10 flex shrink-0 flex-col gap-0.5 border-r border-b border-slate-300 bg-white px-3 py-1"
      style={{ width }}
    >
      <span
        className={`${narrow ? 'text-xs' : 'text-[13px]'} leading-snug font-medium text-slate-950`}
      >
        {claim.statement}
      </span>{' '}
      {/* One flowing line (wrapped as needed): grade, counts, denials, discrepancies, totals. */}
      <span className="text-xs leading-snug text-slate-800">
        <GradeBadge grade={words.grade} why={words.why} /> <span>{words.counts}</span>
        {words.disputes !== null && (
          <>
            {' · '}
            <span className="whitespace-nowrap">
              <span className="mr-0.5 inline-block align-[-1px]">
                <StanceMark stance="disputes" size={11} />
              </span>
              {words.disputes}
            </span>
          </>
        )}
        {discrepancies.length > 0 && (
          <>
            {' '}
            <span
              className="rounded bg-amber-100 px-1 font-semibold whitespace-nowrap text-amber-950 ring-1 ring-amber-700"
              title={discrepancies.map((d) => d.subject).join('; ')}
            >
              ≠ {discrepancies.length}
              <span className={narrow ? 'sr-only' : ''}>
                {' '}
                {discrepancies.length === 1 ? 'discrepancy' : 'discrepancies'}
              </span>
            </span>
          </>
        )}
        {words.totals !== null && (
          <>
            {' · '}
            <span className="font-medium text-slate-950">{words.totals}</span>
          </>
        )}
        <span
          className="text-slate-600"
          title={`${categoryLabel(claim.category)} · claimed by ${claim.claimant}`}
        >
          {' · '}
          <span className={narrow ? 'sr-only' : ''}>{categoryLabel(claim.category)} · </span>
          <span className="sr-only">claimed by </span>
          {claim.claimant}
        </span>
      </span>
    </div>
  );
}

function MatrixGridCell({
  cell,
  columnIndex,
  gap,
  width,
  tabbable,
  open,
  onFocus,
  onOpen,
}: {
  cell: MatrixCell;
  columnIndex: number;
  /** Room for the columns before this one that are scrolled out of view. */
  gap: number;
  width: number;
  tabbable: boolean;
  open: boolean;
  onFocus: () => void;
  onOpen: () => void;
}) {
  const reported = cell.stance !== 'not-reported';
  return (
    <div
      id={cellElementId(cell.claim.id, cell.column.article.id)}
      role="gridcell"
      aria-colindex={columnIndex + 2}
      aria-label={cell.label}
      aria-selected={open}
      tabIndex={tabbable ? 0 : -1}
      onFocus={onFocus}
      onClick={onOpen}
      title={cell.label}
      data-matches-stances={cell.matchesStances ?? undefined}
      className="flex shrink-0 cursor-pointer flex-col items-center gap-0.5 border-r border-b border-slate-200 px-1 py-1.5 text-center hover:bg-slate-50 focus-visible:-outline-offset-4! data-[matches-stances=true]:bg-amber-50 data-[matches-stances=true]:shadow-[inset_0_-4px_0_var(--color-oi-orange)] aria-selected:bg-sky-50 aria-selected:shadow-[inset_0_0_0_2px_var(--color-oi-blue)]"
      style={{ width, marginLeft: gap > 0 ? gap : undefined }}
    >
      <span aria-hidden="true" className="flex items-center gap-1">
        <StanceMark stance={cell.stance} />
        {cell.also.map((other) => (
          <StanceMark key={other.stance} stance={other.stance} size={13} />
        ))}
        {cell.hedged && <span className="text-base leading-none font-bold text-slate-900">~</span>}
        {cell.origin === 'reviewed' && <ReviewedMark />}
        {!reported && (
          <span className="text-[11px] text-slate-600">
            {cell.column.unread === null ? 'not reported' : 'not read'}
          </span>
        )}
      </span>
      {cell.attributedTo !== null && (
        <span
          aria-hidden="true"
          className="w-full text-[11px] leading-tight break-words text-slate-700"
        >
          {cell.stance === 'disputes' ? 'citing ' : ''}
          {cell.attributedTo}
        </span>
      )}
      {cell.also.map(
        (other) =>
          other.attributedTo !== null && (
            <span
              key={other.stance}
              aria-hidden="true"
              className="flex w-full items-start justify-center gap-0.5 text-[11px] leading-tight text-slate-700"
            >
              <StanceMark stance={other.stance} size={11} />
              <span className="break-words">{other.attributedTo}</span>
              {other.reviewed && <ReviewedMark size={11} />}
            </span>
          ),
      )}
      {cell.figure && (
        <span aria-hidden="true" className="text-[11px] leading-tight font-semibold text-slate-950">
          {figureWords(cell.figure)}
          {cell.figureInEvidence ? '' : '*'}
        </span>
      )}
    </div>
  );
}
