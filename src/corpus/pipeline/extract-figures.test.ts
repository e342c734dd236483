import fc from 'fast-check';
import { extractFigures } from './extract-figures.ts';
import { EMPTY, sentencesOf } from './fixtures/extract-context.ts';
import { textWith } from './fixtures/arbitrary-text.ts';

function figures(text: string) {
  return extractFigures(text, sentencesOf(text), EMPTY).map(
    ({ quote, low, high, qualifier, vague, group, outcome }) => ({
      quote,
      low,
      high,
      qualifier,
      vague,
      group,
      outcome,
    }),
  );
}

describe('extractFigures', () => {
  it('reads qualifiers, vague amounts and "a dozen" from the seed sentences', () => {
    expect(
      figures(
        'Amnesty said Russian air strikes had killed at least 200 civilians and around a dozen fighters from September to November of this year.',
      ),
    ).toEqual([
      {
        quote: 'at least 200 civilians',
        low: 200,
        high: null,
        qualifier: 'at least',
        vague: false,
        group: 'civilians',
        outcome: 'killed',
      },
      {
        quote: 'around a dozen fighters',
        low: 12,
        high: 12,
        qualifier: 'around',
        vague: false,
        group: 'fighters',
        outcome: 'killed',
      },
    ]);
  });

  it('never shows "hundreds", "dozens", "thousands" or "scores" as exact numbers', () => {
    const found = figures(
      'Strikes have killed hundreds of civilians. The group interviewed dozens of witnesses and activists. Russia has described thousands of attacks. Scores of people fled.',
    );
    // The low bound each word stands for is number-words' to say; here, that none is exact.
    expect(found.map((f) => [f.quote, f.high, f.vague, f.group])).toEqual([
      ['hundreds of civilians', null, true, 'civilians'],
      ['dozens of witnesses and activists', null, true, 'people'],
      ['thousands of attacks', null, true, 'attacks'],
      ['Scores of people', null, true, 'people'],
    ]);
    expect(found[1]!.outcome).toBe('interviewed');
  });

  it('gives each count of a list its own figure, the list’s qualifier and its total’s outcome', () => {
    const found = figures(
      'In another suspected Russian attack, at least 46 civilians, including 32 children and 11 women who were sheltering in the basement of a residential building, were killed on October 15 in al-Ghantu.',
    );
    expect(found.map((f) => [f.quote, f.low, f.high, f.qualifier, f.group, f.outcome])).toEqual([
      ['at least 46 civilians', 46, null, 'at least', 'civilians', 'killed'],
      ['32 children', 32, 32, null, 'children', 'killed'],
      ['11 women', 11, 11, null, 'women', 'killed'],
    ]);
    const listed = figures(
      'Another attack killed at least 32 children and 11 women who were taking shelter in Homs.',
    );
    expect(listed.map((f) => [f.quote, f.qualifier, f.high])).toEqual([
      ['at least 32 children', 'at least', null],
      ['11 women', 'at least', null],
    ]);
  });

  it('reads number words, ranges and the noun after modifiers in stories of another war', () => {
    const found = figures(
      'Forty-nine people died when two missiles hit the station. Officials said between 30 and 40 soldiers were wounded. The report analysed 25 suspected Russian air strikes. Nearly 1,500 residents were evacuated, and some 300,000 people have fled the region.',
    );
    expect(found.map((f) => [f.quote, f.low, f.high, f.qualifier, f.group, f.outcome])).toEqual([
      ['Forty-nine people', 49, 49, null, 'people', 'killed'],
      ['two missiles', 2, 2, null, 'other', null],
      ['between 30 and 40 soldiers', 30, 40, 'between', 'fighters', 'injured'],
      ['25 suspected Russian air strikes', 25, 25, null, 'attacks', 'analysed'],
      ['Nearly 1,500 residents', 1500, 1500, 'nearly', 'people', 'displaced'],
      ['some 300,000 people', 300000, 300000, 'some', 'people', 'displaced'],
    ]);
  });

  it('does not carry a verb across a new clause to a figure after it', () => {
    expect(
      figures(
        'The report focuses on six attacks in three provinces, which five of the attacks targeted homes.',
      ).map((f) => [f.quote, f.outcome]),
    ).toEqual([
      ['six attacks', 'documented'],
      ['three provinces', null],
      ['five of the attacks', null],
    ]);
  });

  it('reads the outcome from the counted noun when it says it', () => {
    expect(figures('He saw 40 bodies lined up in a row.').map((f) => [f.group, f.outcome])).toEqual(
      [['people', 'killed']],
    );
  });

  it('takes a bare number after a casualty verb or a toll as a count of people', () => {
    expect(
      figures('The shelling killed 12 and wounded 30.').map((f) => [f.low, f.group, f.outcome]),
    ).toEqual([
      [12, 'people', 'killed'],
      [30, 'people', 'injured'],
    ]);
    expect(figures('The death toll rose to 52.').map((f) => [f.low, f.group])).toEqual([
      [52, 'people'],
    ]);
  });

  it('does not count years, days of the month, pages or durations, even before a counted noun', () => {
    expect(
      figures(
        'On Sept. 30 civilians fled the town. In 2015 people fled. By November 29 fighters had left. On 30 September attacks resumed. The 28-page report lists civilians. For five years people suffered.',
      ),
    ).toEqual([]);
    expect(figures('Officials said 2015 civilians were killed.').map((f) => f.low)).toEqual([2015]);
  });

  it('does not count ages, percentages or money', () => {
    expect(
      figures(
        'A boy aged 12 died. Some 45 percent of people fled. The fund paid $300 to families.',
      ),
    ).toEqual([]);
  });

  it('counts munitions and places as other things, but not an identifying "one"', () => {
    expect(
      figures(
        'He saw one woman crying. It was hit by three missiles. Russia attacked thousands of locations. One documented attack took place there.',
      ).map((f) => [f.quote, f.group, f.outcome]),
    ).toEqual([
      ['three missiles', 'other', null],
      ['thousands of locations', 'other', null],
    ]);
  });

  it('reads a qualifier typed with two letters swapped, but not a lone short word', () => {
    expect(figures('The storm left ta least 12 hikers injured, rescuers said.')).toMatchObject([
      { quote: 'ta least 12 hikers injured', low: 12, high: null, qualifier: 'at least' },
    ]);
    expect(figures('The flood forced ta most 30 families to leave.')).toMatchObject([
      { low: 30, qualifier: 'at most' },
    ]);
    expect(figures('The ferry carried ovre 40 passengers.')).toMatchObject([
      { low: 40, high: 40, qualifier: null },
    ]);
  });

  it('never throws on arbitrary text, and every figure is verbatim and inside its sentence', () => {
    fc.assert(
      fc.property(
        textWith([
          'at least 200 civilians',
          'a dozen',
          'hundreds of',
          'between 3 and 4',
          'forty-nine',
          '30-40 people',
          'killed 5',
          '“',
          '\n',
          'Sept. 30',
          ' ',
        ]),
        (text) => {
          const sentences = sentencesOf(text);
          for (const f of extractFigures(text, sentences, EMPTY)) {
            expect(text.slice(f.start, f.end)).toBe(f.quote);
            expect(sentences.some((s) => s.start <= f.start && f.end <= s.end)).toBe(true);
            expect(Number.isFinite(f.low)).toBe(true);
            if (f.vague) expect(f.high).toBeNull();
          }
        },
      ),
    );
  });
});
