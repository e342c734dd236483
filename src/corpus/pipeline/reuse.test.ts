import { sentenceWords, tokenize } from './compare-tokens.ts';
import { naiveSentences } from '../../test-support/pipeline/naive-sentences.ts';
import { findReuse, MAX_PARTNERS, sourceGroups, type ComparedArticle } from './reuse.ts';

const WIRE =
  'Heavy rain flooded the valley town of Orrin on Tuesday, cutting the only road to the coast and leaving hundreds of families without power or clean water for a second day.';
const QUOTE = 'We have never seen water rise this fast in forty years of keeping records here';

function article(id: string, text: string): ComparedArticle {
  const quoted = [...text.matchAll(/“([^”]+)”/g)].map((m) => ({
    start: m.index + 1,
    end: m.index + 1 + (m[1] ?? '').length,
  }));
  const tokens = tokenize(text, [], quoted);
  return { id, text, tokens, sentences: sentenceWords(naiveSentences(text), tokens) };
}

const A = article(
  'a',
  `${WIRE}\nOfficials said repairs would take a week.\n“${QUOTE},” the mayor said.`,
);
const B = article('b', `Local news.\n${WIRE}\nSchools were closed.`);
const C = article(
  'c',
  'Heavy rainfall inundated the valley city of Orrin on Tuesday, severing the sole road to the coast and leaving hundreds of households without electricity or clean water for a second day.',
);
const D = article('d', `The mayor spoke at length.\n“${QUOTE},” she told reporters.`);

describe('findReuse', () => {
  const reuse = findReuse([A, B, C, D]);

  it('finds wire copy with verbatim passages at the right offsets in both articles', () => {
    const wire = reuse.find((r) => r.articleA === 'a' && r.articleB === 'b');
    expect(wire?.kind).toBe('wire');
    expect(wire?.passages).toHaveLength(1);
    const passage = wire!.passages[0]!;
    expect(passage.quoteA).toBe(WIRE.slice(0, -1));
    expect(A.text.slice(passage.startA, passage.endA)).toBe(passage.quoteA);
    expect(B.text.slice(passage.startB, passage.endB)).toBe(passage.quoteB);
    expect(wire!.containmentBA).toBeGreaterThan(wire!.containmentAB);
    expect(wire!.containmentAB).toBeGreaterThan(0.4);
  });

  it('finds spun copy: the same sentence with words swapped', () => {
    const spun = reuse.find((r) => r.articleA === 'a' && r.articleB === 'c');
    expect(spun?.kind).toBe('spun');
    expect(spun?.passages[0]?.quoteB).toBe(C.text);
  });

  it('does not count two outlets quoting the same words as copy', () => {
    expect(reuse.some((r) => r.articleB === 'd' || r.articleA === 'd')).toBe(false);
  });

  it('groups articles linked by reuse into one independent source', () => {
    expect(sourceGroups(['d', 'c', 'b', 'a'], reuse)).toEqual([
      { id: 'source-a', articleIds: ['a', 'b', 'c'] },
      { id: 'source-d', articleIds: ['d'] },
    ]);
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

  it('finds copy whose sentences are shuffled, and one copied sentence with one word changed', () => {
    const s1 =
      'Fire crews battled the blaze at the chemical plant outside Tarrow for eleven hours on Friday before bringing it under control, the regional emergency service said in a statement.';
    const s2 =
      'At least nine workers were treated for smoke inhalation and two remain in hospital in a serious condition, according to a spokeswoman for the county health board.';
    const s3 =
      'The plant, which makes industrial solvents, was evacuated shortly after the first explosion was heard just before dawn by residents living nearby.';
    const wire = article(
      'w',
      [s1, s2, s3, 'Investigators have not said what caused it.'].join('\n'),
    );
    const shuffled = article(
      's',
      ['Residents were told to keep windows closed.', s3, s1.replace('eleven', '11'), s2].join(
        '\n',
      ),
    );
    const oneSentence = article(
      'e',
      [
        'A local blog wrote about it.',
        s1.replace('emergency service', 'fire service'),
        'More soon.',
      ].join('\n'),
    );
    const found = findReuse([wire, shuffled, oneSentence]);
    const pair = (a: string, b: string) => found.find((r) => r.articleA === a && r.articleB === b);
    expect(pair('w', 's')?.passages.length).toBe(3);
    expect(pair('w', 'e')?.kind).toBe('wire');
    expect(sourceGroups(['e', 's', 'w'], found)).toHaveLength(1);
  });

  it('leaves boilerplate (removed ranges) out of the comparison', () => {
    const menu =
      'Home News Sport Weather Business Culture Travel Opinion Video Audio Live Newsletters Podcasts Games Puzzles Crosswords Recipes Books Music Film Television Science Health Money';
    const x = { ...article('x', `${menu}\nA fire broke out.`) };
    const y = { ...article('y', `${menu}\nThe match was drawn.`) };
    expect(findReuse([x, y])).toHaveLength(1);
    const strip = (a: ComparedArticle): ComparedArticle => {
      const tokens = tokenize(a.text, [{ start: 0, end: menu.length }], []);
      return { ...a, tokens, sentences: sentenceWords(naiveSentences(a.text), tokens) };
    };
    expect(findReuse([strip(x), strip(y)])).toEqual([]);
  });
});
