import { extractFigures } from './extract-figures.ts';
import { EMPTY, sentencesOf } from '../../test-support/pipeline/extract-context.ts';

/** Sentences written for these tests: each shows one way news copy counts, none from an article. */
function read(text: string) {
  return extractFigures(text, sentencesOf(text), EMPTY).map((f) => ({
    quote: f.quote,
    low: f.low,
    group: f.group,
    noun: f.noun,
    outcome: f.outcome,
    role: f.role,
  }));
}

const brief = (text: string) => read(text).map((f) => [f.quote, f.group, f.outcome, f.role]);

describe('figures of any counted noun', () => {
  it('counts people named by nouns of any trade, kept verbatim with their group', () => {
    expect(
      read(
        'Twelve journalists were killed. 30 passengers died on the bus. Five police officers were injured. Six staff members were hurt. 200 students were detained.',
      ).map((f) => [f.low, f.group, f.noun, f.outcome]),
    ).toEqual([
      [12, 'people', 'journalists', 'killed'],
      [30, 'people', 'passengers', 'killed'],
      [5, 'people', 'police officers', 'injured'],
      [6, 'people', 'staff members', 'injured'],
      [200, 'people', 'students', 'detained'],
    ]);
  });

  it('takes the group from the last noun of a compound, unless that noun says what happened', () => {
    expect(
      read(
        'Dozens of women teachers were trapped. There were 900 civilian deaths. Two national days of mourning began.',
      ).map((f) => [f.quote, f.group, f.outcome]),
    ).toEqual([
      ['Dozens of women teachers', 'people', 'present'],
      ['900 civilian deaths', 'civilians', 'killed'],
    ]);
  });

  it('reads "several hundred" as vague, "only 37" as exact, and counts "U.N. envoys"', () => {
    expect(
      read(
        'Several hundred people were trapped. Only 37 people were rescued. Two U.N. envoys said so.',
      ).map((f) => [f.quote, f.low, f.noun]),
    ).toEqual([
      ['Several hundred people', 200, 'people'],
      ['Only 37 people', 37, 'people'],
      ['Two U.N. envoys', 2, 'envoys'],
    ]);
  });

  it('counts a noun the lexicon lacks as people when what happened only happens to people', () => {
    expect(brief('At least 12 miners were killed in the blast.')).toEqual([
      ['At least 12 miners', 'people', 'killed', 'total'],
    ]);
  });

  it('reads tolls not written as "N nouns were killed"', () => {
    expect(
      read(
        'The death toll has risen to 41. The toll stands at 17. Officials put the number of dead at 58. There were 64 deaths. The blast went off, killing 35. At least 14 dead were counted.',
      ).map((f) => [f.low, f.group, f.outcome, f.role]),
    ).toEqual([
      [41, 'people', 'killed', 'total'],
      [17, 'people', 'killed', 'total'],
      [58, 'people', 'killed', 'total'],
      [64, 'people', 'killed', 'total'],
      [35, 'people', 'killed', 'total'],
      [14, 'people', 'killed', 'total'],
    ]);
  });
});

describe('numbers whose meaning comes after them', () => {
  it('reads a bare number or vague amount by what follows it, through auxiliaries', () => {
    expect(
      read(
        'Dozens were being treated for burns. Another 300 are reported to have been injured. More than 80 people were wounded, 9 of whom are still in hospital.',
      ).map((f) => [f.quote, f.outcome, f.role]),
    ).toEqual([
      ['Dozens', 'treated', 'total'],
      ['300', 'injured', 'total'],
      ['More than 80 people', 'injured', 'total'],
      ['9', 'treated', 'part'],
    ]);
  });

  it('reads "passed 70" and "1,200+" as lower bounds', () => {
    const found = extractFigures(
      'The death toll passed 70 on Monday. Some 1,200+ were injured.',
      sentencesOf('The death toll passed 70 on Monday. Some 1,200+ were injured.'),
      EMPTY,
    );
    expect(found.map((f) => [f.low, f.high])).toEqual([
      [70, null],
      [1200, null],
    ]);
  });
});

describe('what a figure counts (role)', () => {
  it('reads a change, and the earlier value it replaces, as changes', () => {
    expect(
      read(
        'The toll rose by one overnight. The death toll reached 12, up from 11. The toll is now nine more than first reported. Rescuers found 29 more bodies on Friday.',
      ).map((f) => [f.low, f.role]),
    ).toEqual([
      [1, 'change'],
      [12, 'total'],
      [11, 'change'],
      [9, 'change'],
      [29, 'change'],
    ]);
  });

  it('reads the members of a list, a breakdown after "with" and "among them" as parts', () => {
    expect(
      brief(
        'At least 40 people died, including 15 children, 10 women and six guards. The toll stands at 80, with 70 bodies recovered. The wounded are in hospital, with 12 children among them.',
      ).map(([quote, , , role]) => [quote, role]),
    ).toEqual([
      ['At least 40 people', 'total'],
      ['15 children', 'part'],
      ['10 women', 'part'],
      ['six guards', 'part'],
      ['80', 'total'],
      ['70 bodies', 'part'],
      ['12 children', 'part'],
    ]);
  });

  it('reads a toll put in the past perfect as an earlier value', () => {
    expect(
      read('Earlier, officials had put the toll at 33. The toll now stands at 41.').map((f) => [
        f.low,
        f.role,
      ]),
    ).toEqual([
      [33, 'change'],
      [41, 'total'],
    ]);
  });

  it('reads a ratio as a ratio, never as a count', () => {
    expect(brief('The strikes killed ten civilians for each fighter.')).toEqual([
      ['ten civilians', 'civilians', 'killed', 'ratio'],
    ]);
  });

  it('reads parts beside their total, and "15 of the 96" as a part of the 96', () => {
    expect(
      brief(
        'At least 40 people were killed, including 12 children. Fewer than 15 of the 96 victims were identified.',
      ),
    ).toEqual([
      ['At least 40 people', 'people', 'killed', 'total'],
      ['12 children', 'children', 'killed', 'part'],
      ['Fewer than 15', 'people', 'victims', 'part'],
      ['96 victims', 'people', 'victims', 'total'],
    ]);
  });

  it('reads what one person saw or lost as an account', () => {
    expect(
      brief(
        'She had lost her husband and three children. He stood beside 20 bodies lined up on the floor.',
      ).map(([quote, , , role]) => [quote, role]),
    ).toEqual([
      ['three children', 'account'],
      ['20 bodies', 'account'],
    ]);
  });

  it('reads the work behind a report as method, and a wider count as context', () => {
    expect(
      brief(
        'The group interviewed 30 witnesses. The war has killed 250,000 people. Bombings have killed more than 4,000 people since 2007.',
      ).map(([quote, , , role]) => [quote, role]),
    ).toEqual([
      ['30 witnesses', 'method'],
      ['250,000 people', 'context'],
      ['more than 4,000 people', 'context'],
    ]);
  });

  it('does not call people present, treated or attacking the dead', () => {
    expect(
      brief(
        'About 105 patients were inside the hospital at the time. Doctors treated 60 people for burns. Hundreds of armed men stormed the village, killing 30.',
      ),
    ).toEqual([
      ['About 105 patients', 'people', 'present', 'total'],
      ['60 people', 'people', 'treated', 'total'],
      ['Hundreds of armed men', 'people', null, 'total'],
      ['30', 'people', 'killed', 'total'],
    ]);
  });
});
