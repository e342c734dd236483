import { DEFAULT_FILTERS, type Filters } from '../filters/filters.ts';
import { filtersAfterMoves } from './follow-claims.ts';

const open = (claimId: string): Filters => ({
  ...DEFAULT_FILTERS,
  cell: { claimId, articleId: 'a1' },
});

describe('filtersAfterMoves', () => {
  it('keeps the open cell on a proposal made curated, and on the claim a merge moved it to', () => {
    const moved = new Map<string, string | null>([
      ['auto-ferry-sank', 'ferry-sank'],
      ['ferry-sank', 'ferry-capsized'],
    ]);
    expect(filtersAfterMoves(open('auto-ferry-sank'), moved)?.cell).toEqual({
      claimId: 'ferry-capsized',
      articleId: 'a1',
    });
  });

  it('closes the cell of a dropped claim and takes it out of the claims filter', () => {
    const moved = new Map<string, string | null>([
      ['auto-x', null],
      ['auto-y', 'y'],
    ]);
    const after = filtersAfterMoves(
      { ...open('auto-x'), claims: ['auto-x', 'auto-y', 'z'] },
      moved,
    );
    expect(after?.cell).toBeNull();
    expect(after?.claims).toEqual(['y', 'z']);
  });

  it('leaves a view that names no moved claim as it is', () => {
    const moved = new Map<string, string | null>([['auto-x', 'x']]);
    expect(filtersAfterMoves(open('other'), moved)).toBeNull();
    expect(filtersAfterMoves(DEFAULT_FILTERS, moved)).toBeNull();
  });
});
