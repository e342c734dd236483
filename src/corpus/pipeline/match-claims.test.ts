import type { ClaimEntry } from '../catalogue-schema.ts';
import { attributeSentences } from './attribution.ts';
import { naiveSentences } from '../../test-support/pipeline/naive-sentences.ts';
import { compileClaims, isHedged, matchClaims } from './match-claims.ts';

const CLAIMS: ClaimEntry[] = [
  {
    id: 'war-crimes',
    statement: 'The strikes may be war crimes',
    category: 'legal-assessment',
    claimant: 'Monitor Group',
    figure: null,
    cues: { all: ['war crimes?'], any: [], none: [] },
  },
  {
    id: 'cluster-bombs',
    statement: 'Cluster bombs were used',
    category: 'weapons',
    claimant: 'Monitor Group',
    figure: null,
    cues: { all: ['cluster (?:bombs|munitions)'], any: ['used|using|dropped'], none: [] },
  },
  {
    id: 'six-attacks',
    statement: 'The report documents six attacks',
    category: 'method',
    claimant: 'Monitor Group',
    figure: null,
    cues: { all: ['\\bsix attacks'], any: [], none: [] },
  },
  {
    id: 'denies-civilians',
    statement: 'The ministry denies targeting civilians',
    category: 'denial',
    claimant: 'Defence Ministry',
    figure: null,
    cues: { all: ['deni\\w*', 'civilians'], any: [], none: ['neither'] },
  },
];

function evidenceFor(text: string) {
  const sentences = naiveSentences(text);
  const attributions = attributeSentences(sentences, [], {
    people: [
      { id: 'monitor', name: 'Monitor Group', aliases: ['Monitor'], affiliation: null },
      { id: 'mod', name: 'Defence Ministry', aliases: [], affiliation: null },
    ],
    organisations: [],
  });
  return matchClaims('a1', sentences, attributions, compileClaims(CLAIMS));
}

describe('matchClaims', () => {
  it('gives stance asserts, attributes (with the speaker) and disputes', () => {
    const text = [
      'The strikes were war crimes.',
      'The strikes may amount to war crimes, the Monitor Group said.',
      'The Defence Ministry rejected claims that cluster bombs were used.',
      'The Defence Ministry denied targeting civilians.',
    ].join('\n');
    const found = evidenceFor(text).map((e) => [e.claimId, e.stance, e.attributedTo, e.hedged]);
    expect(found).toEqual([
      ['war-crimes', 'asserts', null, false],
      ['war-crimes', 'attributes', 'Monitor Group', true],
      ['cluster-bombs', 'disputes', 'Defence Ministry', false],
      ['denies-civilians', 'attributes', 'Defence Ministry', false],
    ]);
  });

  it('lets a cue over part of a sentence speak only for the claims in that part', () => {
    const text = [
      'The raid, claimed by the Northern Front, used cluster bombs and was called war crimes.',
      'The blast killed six, in what police were treating as war crimes.',
      'The Monitor Group said the raid, claimed by the Northern Front, used cluster bombs.',
    ].join('\n');
    const found = evidenceFor(text).map((e) => [e.claimId, e.stance, e.attributedTo]);
    expect(found).toEqual([
      // The participle credits the raid, not what the sentence says of it.
      ['war-crimes', 'asserts', null],
      ['cluster-bombs', 'asserts', null],
      // The framing covers the words after it.
      ['war-crimes', 'attributes', 'police'],
      // A cue over the whole sentence stands.
      ['cluster-bombs', 'attributes', 'Monitor Group'],
    ]);
  });

  it('describes a report’s own work in the outlet’s voice, but attributes what it says', () => {
    const text = [
      'The Monitor Group previously visited Tarsa.',
      'The report focuses on six attacks in the north.',
      'The report says cluster bombs were used in six attacks.',
    ].join('\n');
    const found = evidenceFor(text).map((e) => [e.claimId, e.stance, e.attributedTo]);
    expect(found).toEqual([
      ['six-attacks', 'asserts', null],
      ['cluster-bombs', 'attributes', 'Monitor Group'],
      ['six-attacks', 'attributes', 'Monitor Group'],
    ]);
  });

  it('disputes a claim a speaker answers ("asked about allegations that …") or calls false', () => {
    const text = [
      'When asked about allegations that the army used cluster bombs, the Defence Ministry said it follows the law.',
      'The Monitor Group said claims that the ministry denied targeting civilians are false.',
    ].join('\n');
    const found = evidenceFor(text).map((e) => [e.claimId, e.stance, e.attributedTo]);
    expect(found).toEqual([
      ['cluster-bombs', 'disputes', 'Defence Ministry'],
      ['denies-civilians', 'disputes', 'Monitor Group'],
    ]);
  });

  it('reads a claim called false in the same clause as disputed, by the outlet or a quoted speaker', () => {
    const text = [
      'The accusations that the army committed war crimes are baseless.',
      '"Talk of war crimes is a cliché and a fake," he said.',
      'The Defence Ministry denies the strikes hit homes, but they were war crimes, the Monitor Group said.',
    ].join('\n');
    expect(evidenceFor(text).map((e) => [e.claimId, e.stance, e.attributedTo])).toEqual([
      ['war-crimes', 'disputes', null],
      ['war-crimes', 'disputes', null],
      // The denial is the ministry's, about homes; the war-crimes claim is the group's own.
      ['war-crimes', 'attributes', 'Monitor Group'],
    ]);
  });

  it('spans whole sentences, verbatim, with origin auto', () => {
    const text = 'Intro line.\nThe Monitor said cluster bombs were dropped on Tarsa.';
    for (const e of evidenceFor(text)) {
      expect(text.slice(e.start, e.end)).toBe(e.quote);
      expect(e.origin).toBe('auto');
    }
    expect(evidenceFor(text)).toHaveLength(1);
  });

  it('does not match a sentence a `none` cue excludes or one missing an `any` cue', () => {
    const text =
      'The ministry has neither denied nor confirmed targeting civilians.\nCluster bombs are cheap.';
    expect(evidenceFor(text)).toEqual([]);
  });
});

describe('isHedged', () => {
  const hedgedAt = (sentence: string, words: string) => {
    const start = sentence.indexOf(words);
    return isHedged(sentence, start, start + words.length);
  };

  it('sees a hedge in the clause that carries the claim', () => {
    expect(hedgedAt('The strikes may amount to war crimes.', 'war crimes')).toBe(true);
    expect(hedgedAt('The strikes appear to have hit a market.', 'hit a market')).toBe(true);
    expect(hedgedAt('Northland Strikes in Tarsa May Amount to War Crimes', 'War Crimes')).toBe(
      true,
    );
    expect(hedgedAt('The army allegedly used cluster bombs.', 'cluster bombs')).toBe(true);
  });

  it('ignores a hedge in another clause, and "May" the month', () => {
    expect(
      hedgedAt(
        'The bombing killed many civilians and may be a war crime.',
        'killed many civilians',
      ),
    ).toBe(false);
    expect(hedgedAt('The army committed war crimes.', 'war crimes')).toBe(false);
    expect(hedgedAt('In May 2015 the army committed war crimes.', 'war crimes')).toBe(false);
  });
});
