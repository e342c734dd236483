import { swappedWords } from './quote-discrepancies.ts';

describe('swappedWords', () => {
  const w = (text: string) => text.split(' ');
  it('lists words swapped one for one, ignoring a longer extent at either end', () => {
    expect(swappedWords(w('a b c d e'), w('a x c y e'))).toEqual([
      [1, 1],
      [3, 3],
    ]);
    expect(swappedWords(w('z a b c d'), w('a b q d e f'))).toEqual([[3, 2]]);
  });
  it('is null when words are added, dropped or moved', () => {
    expect(swappedWords(w('a b c d e'), w('a b x y c d e'))).toBeNull();
    expect(swappedWords(w('a b c d e'), w('a c d e'))).toBeNull();
    expect(swappedWords(w('a b c d e'), w('a d c b e'))).toBeNull();
    expect(swappedWords(w('a b'), w('c d'))).toBeNull();
  });
});
