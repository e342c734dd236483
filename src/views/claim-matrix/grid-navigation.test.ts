import { describe, expect, it } from 'vitest';
import { moveInGrid } from './grid-navigation.ts';

const key = (name: string, ctrlKey = false) => ({ key: name, ctrlKey, metaKey: false });
const at = (row: number, column: number) => ({ row, column });

describe('moveInGrid', () => {
  it('moves one cell with the arrows and stops at the edges', () => {
    expect(moveInGrid(key('ArrowRight'), at(1, 1), 4, 3, 2)).toEqual(at(1, 2));
    expect(moveInGrid(key('ArrowRight'), at(1, 2), 4, 3, 2)).toEqual(at(1, 2));
    expect(moveInGrid(key('ArrowLeft'), at(1, 0), 4, 3, 2)).toEqual(at(1, 0));
    expect(moveInGrid(key('ArrowDown'), at(3, 1), 4, 3, 2)).toEqual(at(3, 1));
    expect(moveInGrid(key('ArrowUp'), at(3, 1), 4, 3, 2)).toEqual(at(2, 1));
  });

  it('goes to the ends of the row with Home/End, to the corners with Ctrl', () => {
    expect(moveInGrid(key('Home'), at(2, 2), 4, 3, 2)).toEqual(at(2, 0));
    expect(moveInGrid(key('End'), at(2, 0), 4, 3, 2)).toEqual(at(2, 2));
    expect(moveInGrid(key('Home', true), at(2, 2), 4, 3, 2)).toEqual(at(0, 0));
    expect(moveInGrid(key('End', true), at(0, 0), 4, 3, 2)).toEqual(at(3, 2));
    expect(moveInGrid({ key: 'End', ctrlKey: false, metaKey: true }, at(0, 0), 4, 3, 2)).toEqual(
      at(3, 2),
    );
  });

  it('pages by the rows on screen', () => {
    expect(moveInGrid(key('PageDown'), at(0, 1), 100, 3, 10)).toEqual(at(10, 1));
    expect(moveInGrid(key('PageUp'), at(5, 1), 100, 3, 10)).toEqual(at(0, 1));
  });

  it('ignores other keys and an empty grid, and pulls a stale position back inside', () => {
    expect(moveInGrid(key('a'), at(0, 0), 4, 3, 2)).toBeNull();
    expect(moveInGrid(key('ArrowDown'), at(0, 0), 0, 3, 2)).toBeNull();
    expect(moveInGrid(key('ArrowLeft'), at(9, 9), 4, 3, 2)).toEqual(at(3, 2));
  });
});
