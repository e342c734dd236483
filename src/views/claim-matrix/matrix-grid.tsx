import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Cell } from '../../filters/filters.ts';
import { cellElementId } from './cell-element-id.ts';
import {
  categoryLabel,
  type ClaimMatrixModel,
  type MatrixCell,
  type MatrixGroup,
  type MatrixRow,
} from './claim-matrix-model.ts';
import { figureWords } from '../figure-wording.ts';
import { moveInGrid, type GridPosition } from './grid-navigation.ts';
import { StanceMark } from './stance-mark.tsx';
import { NARROW_SCREEN, useMediaQuery } from '../use-media-query.ts';

/**
 * Sizes in pixels; narrow screens get a slimmer claim column and taller rows. Rows are tall enough
 * for three lines of the claim: most claims whole, with the dates and counts they end on (in the
 * seed corpus 12 of 15 claims, against 6 with two lines).
 */
const WIDE = { rowHeader: 288, column: 136, row: 116, group: 72, columnHeader: 44 };
const NARROW = { rowHeader: 148, column: 112, row: 176, group: 72, columnHeader: 44 };
/**
 * What the grid is taken to measure before it has been measured: a desktop screen's worth (the
 * grid is at most 52rem tall). The prerender draws this many rows and columns, and the browser's
 * first render must draw the same ones to take the prerendered page over.
 */
const FIRST_RECT = { width: 1280, height: 832 };

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
 * whole matrix.
 */
export function MatrixGrid({ model, openCell, onOpen, onClose }: Props) {
  const narrow = useMediaQuery(NARROW_SCREEN);
  const size = narrow ? NARROW : WIDE;
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

  const scrollRef = useRef<HTMLDivElement>(null);
  // The app does not run the React Compiler, and the virtualizer re-renders this component itself
  // on scroll, so its unmemoizable functions cannot go stale here.
  // eslint-disable-next-line react-hooks/incompatible-library
  const rowVirtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => size.row,
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
    initialRect: FIRST_RECT,
    paddingStart: size.rowHeader,
    scrollPaddingStart: size.rowHeader,
    overscan: 2,
    rangeExtractor: useMemo(() => keeping(active.column), [active.column]),
  });
  useEffect(() => {
    rowVirtualizer.measure();
    columnVirtualizer.measure();
  }, [narrow, rowVirtualizer, columnVirtualizer]);

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
    const scroller = scrollRef.current;
    const pageRows = scroller
      ? Math.max(1, Math.floor((scroller.clientHeight - headerHeight) / size.row))
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
      role="grid"
      data-wide-layout
      aria-label={`Claim matrix: ${rows.length} claims by ${columns.length} articles`}
      aria-rowcount={rows.length + 2}
      aria-colcount={columns.length + 1}
      onKeyDown={onKeyDown}
      className="relative w-fit max-w-full overflow-auto overscroll-contain rounded-lg border border-slate-300 bg-white"
      style={{ maxHeight: 'min(72vh, 52rem)' }}
    >
      <div className="relative" style={{ width: totalWidth, height: totalHeight }}>
        <div role="rowgroup" className="sticky top-0 z-20" style={{ width: totalWidth }}>
          <div role="row" aria-rowindex={1} className="relative" style={{ height: size.group }}>
            <div
              role="columnheader"
              aria-colindex={1}
              aria-rowspan={2}
              className="sticky left-0 z-30 flex flex-col justify-end border-r border-b border-slate-300 bg-slate-100 px-3 py-2"
              style={{ width: size.rowHeader, height: headerHeight }}
            >
              <span className="text-sm font-semibold text-slate-900">Claim</span>
              <span className="text-xs text-slate-700">outlets carrying it · sources</span>
            </div>
            {visibleGroups.map((group) => (
              <GroupHeader
                key={group.outlet.id}
                group={group}
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
                  className="absolute top-0 flex h-full flex-col justify-center border-r border-b border-slate-300 bg-slate-50 px-2 text-xs"
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
            return (
              <div
                key={row.claim.id}
                role="row"
                aria-rowindex={vr.index + 3}
                className="absolute left-0"
                style={{ top: vr.start, height: vr.size, width: totalWidth }}
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
                  const isActive = vr.index === active.row && vc.index === active.column;
                  const isOpen =
                    openCell?.claimId === cell.claim.id &&
                    openCell.articleId === cell.column.article.id;
                  return (
                    <MatrixGridCell
                      key={cell.column.article.id}
                      cell={cell}
                      columnIndex={vc.index}
                      left={vc.start}
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
  left,
  width,
  height,
}: {
  group: MatrixGroup;
  left: number;
  width: number;
  height: number;
}) {
  const { outlet } = group;
  const how = outlet.identification.how;
  const evidence = outlet.identification.evidence.map((e) => `“${e.quote}”: ${e.note}`);
  return (
    <div
      role="columnheader"
      aria-colindex={group.firstColumn + 2}
      aria-colspan={group.columnCount}
      className="absolute top-0 flex flex-col justify-center border-r border-b border-slate-300 bg-slate-100 px-2 py-1"
      style={{ left, width, height }}
      title={
        evidence.length > 0
          ? `${IDENTITY[how] ?? how}: ${evidence.join('; ')}`
          : (IDENTITY[how] ?? how)
      }
    >
      <span className="line-clamp-2 text-sm leading-tight font-semibold text-slate-950">
        {outlet.name}
      </span>
      <span className="truncate text-xs text-slate-700">{outlet.kind}</span>
      <span className={`truncate text-xs text-slate-700 ${how === 'stated' ? '' : 'italic'}`}>
        {IDENTITY[how]}
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
  return (
    <div
      role="rowheader"
      aria-colindex={1}
      className="sticky left-0 z-10 flex h-full flex-col gap-0.5 overflow-hidden border-r border-b border-slate-300 bg-white px-3 py-1.5"
      style={{ width }}
    >
      <span
        className={`${narrow ? 'line-clamp-5 text-xs' : 'line-clamp-3 text-sm'} shrink-0 leading-snug font-medium text-slate-950`}
        title={claim.statement}
      >
        {claim.statement}
      </span>
      <span
        className="shrink-0 text-xs break-words text-slate-700"
        title={`${categoryLabel(claim.category)} · claimed by ${claim.claimant}`}
      >
        {categoryLabel(claim.category)} · {claim.claimant}
      </span>
      <span className="flex shrink-0 flex-wrap items-center gap-x-2 gap-y-0.5 text-xs text-slate-800">
        <span>
          {row.outlets} of {outletCount} outlets · {row.sources}{' '}
          {row.sources === 1 ? 'source' : 'sources'}
        </span>
        {discrepancies.length > 0 && (
          <span
            className="rounded bg-amber-100 px-1 font-semibold text-amber-950 ring-1 ring-amber-700"
            title={discrepancies.map((d) => d.subject).join('; ')}
          >
            ≠ {discrepancies.length}
            <span className={narrow ? 'sr-only' : ''}>
              {' '}
              {discrepancies.length === 1 ? 'discrepancy' : 'discrepancies'}
            </span>
          </span>
        )}
      </span>
    </div>
  );
}

function MatrixGridCell({
  cell,
  columnIndex,
  left,
  width,
  tabbable,
  open,
  onFocus,
  onOpen,
}: {
  cell: MatrixCell;
  columnIndex: number;
  left: number;
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
      className="absolute top-0 flex h-full cursor-pointer flex-col items-center gap-0.5 border-r border-b border-slate-200 px-1.5 py-2 text-center hover:bg-slate-50 focus-visible:-outline-offset-4! data-[matches-stances=true]:bg-amber-50 data-[matches-stances=true]:shadow-[inset_0_-4px_0_var(--color-oi-orange)] aria-selected:bg-sky-50 aria-selected:shadow-[inset_0_0_0_2px_var(--color-oi-blue)]"
      style={{ left, width }}
    >
      <span aria-hidden="true" className="flex items-center gap-1">
        <StanceMark stance={cell.stance} origin={cell.origin} />
        {cell.hedged && <span className="text-base leading-none font-bold text-slate-900">~</span>}
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
      {cell.figure && (
        <span
          aria-hidden="true"
          className="line-clamp-2 text-[11px] leading-tight font-semibold text-slate-950"
        >
          {figureWords(cell.figure)}
          {cell.figureInEvidence ? '' : '*'}
        </span>
      )}
    </div>
  );
}
