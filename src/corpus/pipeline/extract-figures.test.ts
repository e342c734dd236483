import fc from 'fast-check';
import { extractFigures } from './extract-figures.ts';
import { EMPTY, sentencesOf } from '../../test-support/pipeline/extract-context.ts';
import { textWith } from '../../test-support/pipeline/arbitrary-text.ts';

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
  it('reads qualifiers, vague amounts and "a dozen"', () => {
    expect(
      figures(
        'Monitor Group said Riverland artillery had killed at least 180 civilians and around a dozen fighters in Tarsa from March to May of last year.',
      ),
    ).toEqual([
      {
        quote: 'at least 180 civilians',
        low: 180,
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
      'Shelling has killed hundreds of civilians in Belvo. Researchers interviewed dozens of witnesses and activists. Riverland has reported thousands of attacks. Scores of people fled.',
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
      'In a later suspected Riverland raid, at least 38 civilians, including 21 children and 9 women who were hiding in the cellar of a school, were killed on May 3 in Belvo.',
    );
    expect(found.map((f) => [f.quote, f.low, f.high, f.qualifier, f.group, f.outcome])).toEqual([
      ['at least 38 civilians', 38, null, 'at least', 'civilians', 'killed'],
      ['21 children', 21, 21, null, 'children', 'killed'],
      ['9 women', 9, 9, null, 'women', 'killed'],
    ]);
    const listed = figures(
      'A second raid killed at least 21 children and 9 women who were taking shelter in Tarsa.',
    );
    expect(listed.map((f) => [f.quote, f.qualifier, f.high])).toEqual([
      ['at least 21 children', 'at least', null],
      ['9 women', 'at least', null],
    ]);
  });

  it('reads number words, ranges and the noun after modifiers in another invented war', () => {
    const found = figures(
      'Thirty-seven people died when two rockets hit the bus depot. Officials said between 20 and 30 soldiers were wounded. The study analysed 18 suspected Riverland air strikes. Nearly 2,400 residents were evacuated, and some 150,000 people have fled the province.',
    );
    expect(found.map((f) => [f.quote, f.low, f.high, f.qualifier, f.group, f.outcome])).toEqual([
      ['Thirty-seven people', 37, 37, null, 'people', 'killed'],
      ['two rockets', 2, 2, null, 'other', null],
      ['between 20 and 30 soldiers', 20, 30, 'between', 'fighters', 'injured'],
      ['18 suspected Riverland air strikes', 18, 18, null, 'attacks', 'analysed'],
      ['Nearly 2,400 residents', 2400, 2400, 'nearly', 'people', 'displaced'],
      ['some 150,000 people', 150000, 150000, 'some', 'people', 'displaced'],
    ]);
  });

  it('does not carry a verb across a new clause to a figure after it', () => {
    expect(
      figures(
        'The study focuses on seven attacks in four districts, which six of the attacks targeted schools.',
      ).map((f) => [f.quote, f.outcome]),
    ).toEqual([
      ['seven attacks', 'documented'],
      ['four districts', null],
      ['six of the attacks', null],
    ]);
  });

  it('reads the outcome from the counted noun when it says it', () => {
    expect(
      figures('She saw 25 bodies laid out along the road.').map((f) => [f.group, f.outcome]),
    ).toEqual([['people', 'killed']]);
  });

  it('takes a bare number after a casualty verb or a toll as a count of people', () => {
    expect(
      figures('The blast killed 9 and wounded 26.').map((f) => [f.low, f.group, f.outcome]),
    ).toEqual([
      [9, 'people', 'killed'],
      [26, 'people', 'injured'],
    ]);
    expect(figures('The death toll in Belvo rose to 44.').map((f) => [f.low, f.group])).toEqual([
      [44, 'people'],
    ]);
  });

  it('does not count years, days of the month, pages or durations, even before a counted noun', () => {
    expect(
      figures(
        'On Aug. 12 civilians fled Tarsa. In 2019 people fled. By March 14 fighters had left. On 12 August attacks resumed. The 40-page study lists civilians. For three years people suffered.',
      ),
    ).toEqual([]);
    expect(figures('Officials said 2019 civilians were killed.').map((f) => f.low)).toEqual([2019]);
  });

  it('does not count ages, percentages or money', () => {
    expect(
      figures(
        'A girl aged 9 died. Some 60 percent of people left Tarsa. The charity paid $500 to families.',
      ),
    ).toEqual([]);
  });

  it('counts munitions and places as other things, but not an identifying "one"', () => {
    expect(
      figures(
        'She saw one man weeping. The clinic was hit by three missiles. Riverland attacked thousands of locations. One documented attack took place in Belvo.',
      ).map((f) => [f.quote, f.group, f.outcome]),
    ).toEqual([
      ['three missiles', 'other', null],
      ['thousands of locations', 'other', null],
    ]);
  });

  it('takes "among them" after a comma as opening the next part, not as making the count before it a part', () => {
    const text = 'The blast killed nine people, among them two children.';
    const roles = extractFigures(text, sentencesOf(text), EMPTY).map((f) => [f.quote, f.role]);
    expect(roles).toEqual([
      ['nine people', 'total'],
      ['two children', 'part'],
    ]);
  });

  it('does not read "toll" in "toll bridge" or "toll booth" as a count of the dead', () => {
    expect(figures('Five drivers were stuck on the toll bridge for hours.')).toMatchObject([
      { quote: 'Five drivers', low: 5, outcome: null },
    ]);
    expect(figures('The death toll from the crash near the toll booth rose to 12.')).toMatchObject([
      { low: 12, outcome: 'killed' },
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
          'at least 180 civilians',
          'a dozen',
          'hundreds of',
          'between 3 and 4',
          'forty-nine',
          '30-40 people',
          'killed 5',
          '“',
          '\n',
          'Aug. 12',
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
