import {
  comparedArticle as article,
  QUOTE,
  WIRE,
} from '../../../test-support/pipeline/compared-articles.ts';
import { naiveSentences } from '../../../test-support/pipeline/naive-sentences.ts';
import { sentenceWords, tokenize } from '../compare-tokens.ts';
import type { ComparedArticle } from './shared.ts';
import { sourceGroups } from './source-groups.ts';
import { findWireCopy } from './wire-copy.ts';

/** The wire copy found, as a list. */
const wireCopy = (articles: readonly ComparedArticle[]) => [...findWireCopy(articles).values()];

const A = article(
  'a',
  `${WIRE}\nOfficials said repairs would take a week.\n“${QUOTE},” the mayor said.`,
);
const B = article('b', `Local news.\n${WIRE}\nSchools were closed.`);

describe('findWireCopy', () => {
  it('finds wire copy with verbatim passages at the right offsets in both articles', () => {
    const wire = wireCopy([A, B]).find((r) => r.articleA === 'a' && r.articleB === 'b');
    expect(wire?.kind).toBe('wire');
    expect(wire?.passages).toHaveLength(1);
    const passage = wire!.passages[0]!;
    expect(passage.quoteA).toBe(WIRE.slice(0, -1));
    expect(A.text.slice(passage.startA, passage.endA)).toBe(passage.quoteA);
    expect(B.text.slice(passage.startB, passage.endB)).toBe(passage.quoteB);
    expect(wire!.containmentBA).toBeGreaterThan(wire!.containmentAB);
    expect(wire!.containmentAB).toBeGreaterThan(0.4);
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
    const found = wireCopy([wire, shuffled, oneSentence]);
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
    expect(wireCopy([x, y])).toHaveLength(1);
    const strip = (a: ComparedArticle): ComparedArticle => {
      const tokens = tokenize(a.text, [{ start: 0, end: menu.length }], []);
      return { ...a, tokens, sentences: sentenceWords(naiveSentences(a.text), tokens) };
    };
    expect(wireCopy([strip(x), strip(y)])).toEqual([]);
  });
});
