import type { Reuse } from '../../schema.ts';
import { sourceGroups } from './source-groups.ts';

/** A reuse link between two articles; the groups read only who is linked to whom. */
function link(articleA: string, articleB: string, kind: Reuse['kind']): Reuse {
  return { articleA, articleB, containmentAB: 0.5, containmentBA: 0.5, kind, passages: [] };
}

describe('sourceGroups', () => {
  it('groups articles linked by reuse into one independent source', () => {
    // b and c are linked only through a: one copied it verbatim, the other spun it.
    const reuse = [link('a', 'c', 'spun'), link('a', 'b', 'wire')];
    expect(sourceGroups(['d', 'c', 'b', 'a'], reuse)).toEqual([
      { id: 'source-a', articleIds: ['a', 'b', 'c'] },
      { id: 'source-d', articleIds: ['d'] },
    ]);
  });
});
