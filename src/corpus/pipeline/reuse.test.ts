import {
  comparedArticle as article,
  QUOTE,
  SPUN,
  WIRE,
  WITH_WIRE,
  WITH_WIRE_AND_QUOTE,
} from '../../test-support/pipeline/compared-articles.ts';
import { findReuse, MAX_PARTNERS, sourceGroups } from './reuse.ts';

// Each finder is tested beside it in reuse/; these test what the composition adds: both finders
// together, and each article's partners cut to the closest.

const [A, B, C] = [WITH_WIRE_AND_QUOTE, WITH_WIRE, SPUN];
const D = article('d', `The mayor spoke at length.\n“${QUOTE},” she told reporters.`);

describe('findReuse', () => {
  const reuse = findReuse([A, B, C, D]);

  it('lists wire and spun copy together, ordered by article id', () => {
    expect(reuse.map((r) => [r.articleA, r.articleB, r.kind])).toEqual([
      ['a', 'b', 'wire'],
      ['a', 'c', 'spun'],
      ['b', 'c', 'spun'],
    ]);
  });

  it('lists a pair with wire copy once, as wire, though it also spun a sentence', () => {
    const said =
      'The county engineer said the bridge over the Tessel river would stay shut until divers had checked its piers.';
    const spun =
      'A county surveyor said the bridge across the Tessel river would remain shut until divers had inspected its piers.';
    const found = findReuse([article('x', `${WIRE}\n${said}`), article('y', `${WIRE}\n${spun}`)]);
    expect(found.map((r) => [r.articleA, r.articleB, r.kind])).toEqual([['x', 'y', 'wire']]);
    expect(found[0]?.passages.map((p) => p.quoteA)).toEqual([WIRE.slice(0, -1)]);
  });

  it('does not count two outlets quoting the same words as copy', () => {
    expect(reuse.some((r) => r.articleB === 'd' || r.articleA === 'd')).toBe(false);
  });

  it('lists each article’s closest partners only when one story is copied everywhere', () => {
    const copies = Array.from({ length: 60 }, (_, i) =>
      article(`w${String(i).padStart(2, '0')}`, `Edition ${i}.\n${WIRE}`),
    );
    const capped: [string, number][] = [];
    const found = findReuse(copies, (id, n) => capped.push([id, n]));
    for (const copy of copies) {
      const listed = found.filter((r) => r.articleA === copy.id || r.articleB === copy.id);
      expect(listed.length).toBeGreaterThan(0);
    }
    expect(found.length).toBeLessThanOrEqual(60 * MAX_PARTNERS);
    expect(capped.length).toBeGreaterThan(0);
    expect(
      sourceGroups(
        copies.map((c) => c.id),
        found,
      ),
    ).toHaveLength(1);
  });
});
