import { describe, expect, it } from 'vitest';
import { MINIMAL_FILES, withFiles } from '../../test-support/pipeline/minimal-files.ts';
import { naiveSentences } from '../../test-support/pipeline/naive-sentences.ts';
import type { Claim } from '../schema.ts';
import { attributeSentences } from './attribution.ts';
import { buildCorpus } from './build-corpus.ts';
import { formatInputError } from './input-error.ts';
import { loadInputs, type ClaimExample } from './load-inputs.ts';
import { matchExamples } from './match-examples.ts';
import type { ProposalArticle, ProposalFigure } from './propose-claims.ts';

const CONTEXT = {
  people: [
    { id: 'watch', name: 'Harbour Watch', aliases: [], affiliation: null },
    { id: 'mod', name: 'Defence Ministry', aliases: [], affiliation: null },
  ],
  organisations: [],
};

function article(id: string, lines: string[], figures: ProposalFigure[] = []): ProposalArticle {
  const text = lines.join('\n');
  const sentences = naiveSentences(text);
  return {
    id,
    outlet: `Outlet ${id}`,
    sentences,
    attributions: attributeSentences(sentences, [], CONTEXT),
    figures,
    quotes: [],
    dates: [],
  };
}

/** The passage `quote` of an article, as `loadInputs` resolves a `like` entry. */
function example(claimId: string, a: ProposalArticle, quote: string): ClaimExample {
  const text = a.sentences.map((s) => s.quote).join('\n');
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`"${quote}" is not in ${a.id}`);
  return { claimId, articleId: a.id, start, end: start + quote.length, quote };
}

const WING: Claim = {
  id: 'surgical-wing-destroyed',
  statement: 'Shelling destroyed the surgical wing of the Velmora hospital.',
  category: 'weapons',
  claimant: 'Harbour Watch',
  figure: null,
  origin: 'curated',
};

const E1 = article('e1', [
  'Shelling destroyed the surgical wing of Velmora hospital, the Harbour Watch said.',
  'Velmora lies on the river delta, two hours from the coast.',
]);
const E2 = article('e2', [
  'The surgical wing of the hospital in Velmora was destroyed by shelling, according to the Harbour Watch.',
  'The Harbour Watch toured Velmora hospital and the river delta with the mayor.',
  'Fishermen in Velmora mended their nets by the river.',
]);
const E3 = article('e3', [
  'The Defence Ministry denied that shelling destroyed the surgical wing of the hospital in Velmora.',
  'Boats left the Velmora delta at dawn.',
  'Shelling destroyed a bakery near the Velmora market.',
]);
const E4 = article('e4', [
  'Doctors said shelling may have destroyed the surgical wing of Velmora hospital.',
  'Velmora hospital has served the delta for forty years.',
]);
const ARTICLES = [E1, E2, E3, E4];
const EXAMPLE = example(
  WING.id,
  E1,
  'Shelling destroyed the surgical wing of Velmora hospital, the Harbour Watch said.',
);

describe('matchExamples', () => {
  const evidence = matchExamples(ARTICLES, [WING], [EXAMPLE]);
  const found = (articleId: string) => evidence.filter((e) => e.articleId === articleId);

  it('links the quoted passage itself, and a paraphrase in another article', () => {
    expect(found('e1').map((e) => e.quote)).toEqual([E1.sentences[0]?.quote]);
    expect(found('e2').map((e) => e.quote)).toEqual([E2.sentences[0]?.quote]);
    expect(found('e2')[0]).toMatchObject({ stance: 'attributes', attributedTo: 'Harbour Watch' });
  });

  it('does not link a sentence that shares only the names (and a noun) with the example', () => {
    const linked = evidence.map((e) => e.quote);
    expect(linked).not.toContain(E2.sentences[1]?.quote);
    expect(linked).not.toContain(E4.sentences[1]?.quote);
  });

  it('does not link a sentence about something else that uses some of the example’s words', () => {
    expect(evidence.map((e) => e.quote)).not.toContain(E3.sentences[2]?.quote);
  });

  it('gives a denial of the claim by the other side the stance "disputes"', () => {
    expect(found('e3').map((e) => [e.stance, e.attributedTo])).toEqual([
      ['disputes', 'Defence Ministry'],
    ]);
  });

  it('keeps the hedge of a sentence that says the claim may be true', () => {
    expect(found('e4').map((e) => e.hedged)).toEqual([true]);
    expect(found('e2').map((e) => e.hedged)).toEqual([false]);
  });

  it('with a count in the claim, links the same count and not another', () => {
    const killed = (a: ProposalArticle, quote: string, low: number): ProposalFigure => {
      const text = a.sentences.map((s) => s.quote).join('\n');
      const start = text.indexOf(quote);
      return {
        start,
        end: start + quote.length,
        quote,
        low,
        high: low,
        vague: false,
        group: 'people',
        outcome: 'killed',
        role: 'total',
        eventId: null,
      };
    };
    const lines = {
      k1: 'The shelling of the Velmora hospital killed 14 people, the Harbour Watch said.',
      k2: 'Fourteen people were killed when the Velmora hospital was shelled.',
      k3: 'The Velmora hospital shelling killed 9 people, the Harbour Watch said.',
    };
    const bare = Object.entries(lines).map(([id, line]) => article(id, [line]));
    const [k1, k2, k3] = bare.map((a, i) =>
      article(
        a.id,
        [Object.values(lines)[i] ?? ''],
        [killed(a, ['14 people', 'Fourteen people', '9 people'][i] ?? '', [14, 14, 9][i] ?? 0)],
      ),
    );
    const toll: Claim = {
      ...WING,
      id: 'hospital-14-killed',
      category: 'casualties',
      figure: { eventId: null, group: 'people', outcome: 'killed' },
    };
    const articles = [k1!, k2!, k3!];
    const linked = matchExamples(articles, [toll], [example(toll.id, k1!, lines.k1)]);
    expect(linked.map((e) => e.articleId)).toEqual(['k1', 'k2']);
  });

  it('links a sentence once per claim, and none that cue matching linked already', () => {
    const cued = found('e2');
    const again = matchExamples(ARTICLES, [WING], [EXAMPLE, EXAMPLE], { linked: cued });
    expect(again.filter((e) => e.articleId === 'e2')).toEqual([]);
    expect(again.filter((e) => e.articleId === 'e1')).toHaveLength(1);
  });
});

describe('claims by example in claims.yaml', () => {
  const claims = `- id: tarsa-12-killed
  statement: Strikes on Tarsa killed 12 civilians
  category: casualties
  claimant: Monitor Group
  figure: { event: tarsa-strike, group: civilians, outcome: killed }
  like:
    - { article: a1, quote: 'Air strikes on the town of Tarsa killed at least 12 civilians' }
- id: may-be-war-crimes
  statement: The strikes may amount to war crimes
  category: legal-assessment
  claimant: Monitor Group
  like:
    - article: b2
      quote: 'Tarsa may amount to war crimes'
`;
  const messages = (text: string) => {
    const result = loadInputs(withFiles({ 'claims.yaml': text }));
    if (result.ok) throw new Error('expected the claims to be refused');
    return result.errors.map(formatInputError);
  };

  it('resolves each example and builds its evidence, with no cues', () => {
    const built = buildCorpus(withFiles({ 'claims.yaml': claims }), { autoOnly: true });
    if (!built.ok) throw new Error(JSON.stringify(built.errors));
    const of = (claimId: string) =>
      built.corpus.evidence.filter((e) => e.claimId === claimId).map((e) => e.articleId);
    // a1 carries it in its headline too; b2 in other words, with the same count.
    expect(of('tarsa-12-killed')).toEqual(['a1', 'a1', 'b2']);
    // Its headline says it too; a1, which never speaks of war crimes, shares only the town's name.
    expect(of('may-be-war-crimes')).toEqual(['b2', 'b2']);
  });

  it('refuses an example whose words are not in the article, naming file, line and field', () => {
    expect(messages(claims.replace('Tarsa may amount', 'Tarsa might amount'))).toEqual([
      'data/claims.yaml:14: like[0].quote: "Tarsa might amount to war crimes" is not in article b2',
    ]);
    expect(messages(claims.replace('article: b2', 'article: c3'))).toEqual([
      'data/claims.yaml:13: like[0].article: "c3" is not an article id (known: a1, b2)',
    ]);
  });

  it('refuses a claim with neither like nor cues', () => {
    const bare = claims.slice(0, claims.indexOf('  like:'));
    expect(messages(bare)).toEqual([
      'data/claims.yaml:1: cues: claim "tarsa-12-killed" has neither like (passages quoted from articles that make the claim) nor cues (regular expressions): give at least one',
    ]);
  });

  it('keeps the minimal folder, with cues only, loading as before', () => {
    expect(loadInputs(MINIMAL_FILES).ok).toBe(true);
  });
});
