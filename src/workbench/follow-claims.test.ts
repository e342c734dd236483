import { DEFAULT_FILTERS, type Filters } from '../filters/filters.ts';
import { viewAfterDecisions } from './follow-claims.ts';

const open = (claimId: string, claims: string[] = []): Filters => ({
  ...DEFAULT_FILTERS,
  cell: { claimId, articleId: 'a1' },
  claims,
});
const none = new Map<string, string | null>();

describe('viewAfterDecisions', () => {
  it('keeps the open cell on a proposal made curated, and on the claim a merge moved it to', () => {
    const after = new Map<string, string | null>([
      ['auto-ferry-sank', 'ferry-sank'],
      ['ferry-sank', 'ferry-capsized'],
    ]);
    const ids = new Set(['ferry-capsized', 'other']);
    expect(viewAfterDecisions(open('auto-ferry-sank'), none, after, ids)?.cell).toEqual({
      claimId: 'ferry-capsized',
      articleId: 'a1',
    });
  });

  it('follows a claim back to its proposal when the decision that moved it is undone', () => {
    const before = new Map<string, string | null>([['auto-ferry-sank', 'ferry-sank']]);
    const ids = new Set(['auto-ferry-sank', 'other']);
    expect(viewAfterDecisions(open('ferry-sank'), before, none, ids)?.cell).toEqual({
      claimId: 'auto-ferry-sank',
      articleId: 'a1',
    });
  });

  it('closes the cell of a dropped claim and takes it out of the claims filter', () => {
    const after = new Map<string, string | null>([
      ['auto-x', null],
      ['auto-y', 'y'],
    ]);
    const view = viewAfterDecisions(
      open('auto-x', ['auto-x', 'auto-y', 'z']),
      none,
      after,
      new Set(['y', 'z']),
    );
    expect(view?.cell).toBeNull();
    expect(view?.claims).toEqual(['y', 'z']);
  });

  it('leaves a view that names no moved claim as it is', () => {
    const after = new Map<string, string | null>([['auto-x', 'x']]);
    const ids = new Set(['x', 'other']);
    expect(viewAfterDecisions(open('other'), none, after, ids)).toBeNull();
    expect(viewAfterDecisions(DEFAULT_FILTERS, none, after, ids)).toBeNull();
  });
});
