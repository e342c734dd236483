/** A position among the matrix's data cells. */
export interface GridPosition {
  row: number;
  column: number;
}

export interface GridKey {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
}

/**
 * Where a key moves the focus in a grid of `rows` × `columns` cells (the ARIA grid pattern): the
 * arrows by one, Home/End to the row's ends, Ctrl+Home/End to the grid's corners, PageUp/PageDown
 * by `pageRows`. Null for a key that does not move; the result always lies inside the grid.
 */
export function moveInGrid(
  { key, ctrlKey, metaKey }: GridKey,
  from: GridPosition,
  rows: number,
  columns: number,
  pageRows: number,
): GridPosition | null {
  if (rows === 0 || columns === 0) return null;
  const clamp = (row: number, column: number): GridPosition => ({
    row: Math.max(0, Math.min(rows - 1, row)),
    column: Math.max(0, Math.min(columns - 1, column)),
  });
  const toCorner = ctrlKey || metaKey;
  const page = Math.max(1, pageRows);
  switch (key) {
    case 'ArrowUp':
      return clamp(from.row - 1, from.column);
    case 'ArrowDown':
      return clamp(from.row + 1, from.column);
    case 'ArrowLeft':
      return clamp(from.row, from.column - 1);
    case 'ArrowRight':
      return clamp(from.row, from.column + 1);
    case 'Home':
      return clamp(toCorner ? 0 : from.row, 0);
    case 'End':
      return clamp(toCorner ? rows - 1 : from.row, columns - 1);
    case 'PageUp':
      return clamp(from.row - page, from.column);
    case 'PageDown':
      return clamp(from.row + page, from.column);
    default:
      return null;
  }
}
